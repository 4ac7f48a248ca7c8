// CAMEO codes for Chancery's actions and actors, with Goldstein scale values. Data, not code.
import type { Action } from '../../core/types.ts';

export interface CameoAction {
  /** CAMEO event code (EventCode); its first three and two digits give the base and root codes. */
  code: string;
  label: string;
  /** Goldstein scale value of the code (-10 conflict … +10 cooperation). */
  goldstein: number;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
}

/** The contract's CAMEO column, refined to the closest three-digit code where it gives only a root. */
export const CAMEO_ACTIONS: Readonly<Record<Action, CameoAction>> = {
  RECOGNIZE: { code: '054', label: 'Grant diplomatic recognition', goldstein: 6.0, quadClass: 1 },
  WITHDRAW_RECOGNITION: { code: '161', label: 'Reduce or break diplomatic relations', goldstein: -4.0, quadClass: 4 },
  // No CAMEO code for envoys or missions: 050 "Engage in diplomatic cooperation" is the closest.
  ACCEPT_ENVOY: { code: '050', label: 'Engage in diplomatic cooperation', goldstein: 3.5, quadClass: 1 },
  SEND_ENVOY: { code: '050', label: 'Engage in diplomatic cooperation', goldstein: 3.5, quadClass: 1 },
  OPEN_MISSION: { code: '050', label: 'Engage in diplomatic cooperation', goldstein: 3.5, quadClass: 1 },
  CLOSE_MISSION: { code: '161', label: 'Reduce or break diplomatic relations', goldstein: -4.0, quadClass: 4 },
  DELIST: { code: '081', label: 'Ease administrative sanctions', goldstein: 5.0, quadClass: 2 },
  DESIGNATE: { code: '172', label: 'Impose administrative sanctions', goldstein: -5.0, quadClass: 4 },
  SANCTION: { code: '163', label: 'Impose embargo, boycott, or sanctions', goldstein: -8.0, quadClass: 4 },
  AGREEMENT: { code: '057', label: 'Sign formal agreement', goldstein: 8.0, quadClass: 1 },
  MEET: { code: '040', label: 'Consult', goldstein: 1.0, quadClass: 1 },
  PRAISE: { code: '051', label: 'Praise or endorse', goldstein: 3.4, quadClass: 1 },
  CONDEMN: { code: '111', label: 'Criticize or denounce', goldstein: -2.0, quadClass: 3 },
  INTEND_RECOGNIZE: {
    code: '032',
    label: 'Express intent to engage in diplomatic cooperation',
    goldstein: 4.5,
    quadClass: 1,
  },
  REFUSE_RECOGNITION: { code: '120', label: 'Reject', goldstein: -4.0, quadClass: 3 },
};

export interface CameoActor {
  code: string;
  countryCode: string;
  knownGroupCode: string;
}

/**
 * Entities that are not ISO states. States use their alpha-3 code (CAMEO country codes follow
 * ISO alpha-3). Entities absent here keep Chancery's id as the actor code, with no country or group.
 * Group and IGO codes follow the CAMEO actor codebook as best known; check before relying on them.
 */
export const CAMEO_ACTORS: Readonly<Record<string, CameoActor>> = {
  TALIBAN: { code: 'TAL', countryCode: 'AFG', knownGroupCode: 'TAL' },
  UN: { code: 'IGOUNO', countryCode: '', knownGroupCode: 'UNO' },
  EU: { code: 'IGOEEC', countryCode: '', knownGroupCode: 'EEC' },
  NATO: { code: 'IGONAT', countryCode: '', knownGroupCode: 'NAT' },
  ARAB_LEAGUE: { code: 'IGOARL', countryCode: '', knownGroupCode: 'ARL' },
  GCC: { code: 'IGOGCC', countryCode: '', knownGroupCode: 'GCC' },
  HAMAS: { code: 'HMS', countryCode: 'PSE', knownGroupCode: 'HMS' },
  XKX: { code: 'KSV', countryCode: 'KSV', knownGroupCode: '' },
  SUN: { code: 'SUN', countryCode: 'SUN', knownGroupCode: '' },
};
