// Plain-English lines for events ("Russia recognized Taliban"), for briefs and CSV.
import type { Action, Event, Source } from '../core/types.ts';
import { entityName } from './names.ts';

/** Past tense (asserted) and bare form (for "did not", "intends to", "may"). */
const VERBS: Readonly<Record<Action, [past: string, bare: string]>> = {
  RECOGNIZE: ['recognized', 'recognize'],
  WITHDRAW_RECOGNITION: ['withdrew recognition of', 'withdraw recognition of'],
  ACCEPT_ENVOY: ['accepted an envoy of', 'accept an envoy of'],
  SEND_ENVOY: ['sent an envoy to', 'send an envoy to'],
  OPEN_MISSION: ['opened or kept a mission at', 'open a mission at'],
  CLOSE_MISSION: ['closed its mission at', 'close its mission at'],
  DELIST: ['delisted', 'delist'],
  DESIGNATE: ['designated', 'designate'],
  SANCTION: ['sanctioned', 'sanction'],
  AGREEMENT: ['signed an agreement with', 'sign an agreement with'],
  MEET: ['met', 'meet'],
  PRAISE: ['praised', 'praise'],
  CONDEMN: ['condemned', 'condemn'],
  INTEND_RECOGNIZE: ['announced it will recognize', 'announce it will recognize'],
  REFUSE_RECOGNITION: ['refused to recognize', 'refuse to recognize'],
};

export function describe(e: Pick<Event, 'actor' | 'action' | 'target' | 'mode'>): string {
  const [past, bare] = VERBS[e.action];
  const verb = {
    asserted: past,
    negated: `did not ${bare}`,
    intended: `intends to ${bare}`,
    speculated: `may ${bare}`,
  }[e.mode];
  return `${entityName(e.actor)} ${verb} ${entityName(e.target)}`;
}

/** "Outlet (doc)" or just the doc id when the outlet is unknown. */
export function sourceLabel(s: Source): string {
  return s.outlet ? `${s.outlet} (${s.doc})` : s.doc;
}
