// Display names for entity ids: short common names where the ISO name is long or awkward.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Entities outside ISO 3166 (EVENTS.md "Entities") and ISO names people do not use. */
export const ENTITY_NAMES: Readonly<Record<string, string>> = {
  TALIBAN: 'Taliban',
  XKX: 'Kosovo',
  SUN: 'Soviet Union',
  SOMALILAND: 'Somaliland',
  ICHKERIA: 'Chechen Republic of Ichkeria',
  ABKHAZIA: 'Abkhazia',
  SOUTH_OSSETIA: 'South Ossetia',
  NORTHERN_CYPRUS: 'Northern Cyprus',
  SADR: 'Sahrawi Arab Democratic Republic',
  UN: 'United Nations',
  EU: 'European Union',
  NATO: 'NATO',
  SCO: 'Shanghai Cooperation Organisation',
  GCC: 'Gulf Cooperation Council',
  OIC: 'Organisation of Islamic Cooperation',
  ARAB_LEAGUE: 'Arab League',
  AU: 'African Union',
  ASEAN: 'ASEAN',
  CSTO: 'Collective Security Treaty Organization',
  BRICS: 'BRICS',
  ISKP: 'Islamic State Khorasan Province',
  TTP: 'Tehreek-e-Taliban Pakistan',
  AL_QAEDA: 'al-Qaeda',
  HAMAS: 'Hamas',
  BOL: 'Bolivia',
  CHN: 'China',
  BRN: 'Brunei',
  COD: 'DR Congo',
  CZE: 'Czechia',
  FSM: 'Micronesia',
  GBR: 'United Kingdom',
  IRN: 'Iran',
  KOR: 'South Korea',
  LAO: 'Laos',
  MDA: 'Moldova',
  PRK: 'North Korea',
  PSE: 'Palestine',
  RUS: 'Russia',
  SYR: 'Syria',
  TUR: 'Türkiye',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  USA: 'United States',
  VAT: 'Holy See',
  VEN: 'Venezuela',
  VNM: 'Vietnam',
};

export function entityName(id: string): string {
  return ENTITY_NAMES[id] ?? countries.getName(id, 'en') ?? id;
}

/** Whether the id is an ISO 3166-1 alpha-3 country code (or Kosovo's user-assigned XKX). */
export function isCountry(id: string): boolean {
  return id === 'XKX' || countries.alpha3ToNumeric(id) !== undefined;
}
