import type { Case } from './cases.ts';

// Second probing round: headlines and lists, timelines and bullets, anaphors across sentences, passives, numbers
// that are no years, era phrases, engagement, pronoun objects.
export const PROBE2_CASES: Case[] = [
  // a headline's list of actors with a bare infinitive: a plan, not a fact
  {
    text: 'Malta, Slovenia, Belgium to recognise Palestinian state',
    published: '2025-07-30',
    expect: [
      'MLT INTEND_RECOGNIZE PSE asserted null',
      'SVN RECOGNIZE PSE intended null',
      'BEL RECOGNIZE PSE intended null',
    ],
    forbid: ['MLT RECOGNIZE PSE asserted', 'SVN RECOGNIZE PSE asserted', 'BEL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Portugal and Luxembourg to recognise Palestine at UN summit',
    published: '2025-09-10',
    expect: ['PRT RECOGNIZE PSE intended null', 'LUX RECOGNIZE PSE intended null'],
    forbid: ['PRT RECOGNIZE PSE asserted', 'LUX RECOGNIZE PSE asserted'],
  },
  // a headline's list with commas only
  {
    text: 'Andorra, Monaco recognise Palestinian state',
    published: '2025-09-23',
    expect: ['AND RECOGNIZE PSE asserted null', 'MCO RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Denmark, Finland could recognise Palestine next year, officials say',
    published: '2025-09-23',
    expect: ['DNK RECOGNIZE PSE speculated 2026', 'FIN RECOGNIZE PSE speculated 2026'],
    forbid: ['DNK RECOGNIZE PSE asserted', 'FIN RECOGNIZE PSE asserted'],
  },
  // a number that names a committee or a resolution is no year
  {
    text: 'The Security Council 1988 committee lifted the travel ban on Taliban foreign minister Amir Khan Muttaqi to allow him to travel to Moscow.',
    published: '2025-09-30',
    forbid: ['UN DELIST', 'UN MEET', 'TALIBAN MEET RUS asserted'],
  },
  {
    text: 'Under resolution 1988, the UN added the Taliban leader to its sanctions list in 2011.',
    published: '2025-09-30',
    forbid: ['UN DESIGNATE TALIBAN asserted 1988'],
  },
  // the owner of the envoy inside a passive's subject
  {
    text: 'The credentials of the Somaliland representative were accepted by Taipei in 2020.',
    published: '2025-02-01',
    expect: ['TWN ACCEPT_ENVOY SOMALILAND asserted 2020'],
  },
  // "the Pacific nation", "the Central American country": the state the place word fits, from an earlier sentence
  {
    text: 'Kiribati broke ties with Taiwan on Friday. Taipei said it had ended relations with the Pacific nation to uphold its dignity.',
    published: '2019-09-21',
    expect: ['KIR WITHDRAW_RECOGNITION TWN asserted 2019-09-20', 'TWN WITHDRAW_RECOGNITION KIR asserted null'],
  },
  {
    text: 'Costa Rica opened relations with Beijing in June. The Central American country had ended its ties with Taiwan days before.',
    published: '2007-07-01',
    expect: ['CRI WITHDRAW_RECOGNITION TWN asserted null'],
    forbid: ['CHN WITHDRAW_RECOGNITION TWN'],
  },
  // "the country" opening a new sentence: the subject before, not the last state named
  {
    text: 'Tuvalu said on Monday that it would end its ties with Taiwan. The country said it hoped to establish relations with China.',
    published: '2025-03-04',
    expect: ['TUV RECOGNIZE CHN speculated null'],
    forbid: ['TWN INTEND_RECOGNIZE', 'TWN RECOGNIZE', 'TUV RECOGNIZE CHN asserted'],
  },
  // a date right after the reporting verb is the telling's, not the plan's
  {
    text: 'Palau said on Tuesday it would switch its recognition to Beijing.',
    published: '2025-03-07',
    expect: ['PLW RECOGNIZE CHN intended null'],
  },
  // the era a sentence names decides what Kabul is
  {
    text: 'Iran ran an embassy in Kabul and a consulate in Herat before the Taliban seized power.',
    published: '2024-06-01',
    expect: ['IRN OPEN_MISSION AFG asserted null'],
    forbid: ['IRN OPEN_MISSION TALIBAN'],
  },
  // "operates an embassy": a mission kept
  {
    text: 'Kazakhstan operates an embassy in Kabul and a consulate in Mazar-i-Sharif.',
    published: '2024-06-01',
    expect: ['KAZ OPEN_MISSION TALIBAN asserted null'],
  },
  // "engage": diplomatic contact unless it is a fight
  {
    text: 'Turkey has engaged the Taliban administration since 2021.',
    published: '2024-06-01',
    expect: ['TUR MEET TALIBAN asserted 2021'],
  },
  {
    text: 'Afghan border forces engaged Pakistani troops near Torkham on Sunday.',
    published: '2025-10-13',
    forbid: ['TALIBAN MEET', 'PAK MEET'],
  },
  {
    text: 'Pakistani security forces engaged the TTP in a gunfight in Khyber.',
    published: '2025-10-13',
    none: true,
  },
  // "a negotiated settlement" is no meeting
  {
    text: 'Japan, Korea and Singapore said statehood should follow a negotiated settlement.',
    published: '2025-09-23',
    forbid: ['JPN MEET', 'KOR MEET', 'SGP MEET'],
  },
  // "the first G7 country": a predicate, however it is written
  {
    text: 'France became the second G7 nation to recognise Palestine.',
    published: '2025-09-23',
    expect: ['FRA RECOGNIZE PSE asserted null'],
  },
  // a counted group with its members named
  {
    text: 'More than 100 countries, including Brazil, Mexico and Chile, already recognise the State of Palestine.',
    published: '2025-09-23',
    expect: ['BRA RECOGNIZE PSE asserted null', 'MEX RECOGNIZE PSE asserted null', 'CHL RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Four NATO members – Spain, Slovakia, Greece and Romania – have never recognised Kosovo.',
    published: '2025-02-17',
    expect: [
      'ESP RECOGNIZE XKX negated null',
      'SVK RECOGNIZE XKX negated null',
      'GRC RECOGNIZE XKX negated null',
      'ROU RECOGNIZE XKX negated null',
    ],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  {
    text: 'Several Western states (Germany, Italy and Japan) do not recognise the State of Palestine.',
    published: '2025-09-23',
    expect: ['DEU RECOGNIZE PSE negated null', 'ITA RECOGNIZE PSE negated null', 'JPN RECOGNIZE PSE negated null'],
  },
  // bulleted timelines: the row's date, and "follow" told in the present
  {
    text: 'Key dates:\n- 2008: Costa Rica recognises Kosovo\n- March 15, 2021: Kosovo opens its embassy in Jerusalem',
    published: '2025-02-17',
    expect: ['CRI RECOGNIZE XKX asserted 2008', 'XKX OPEN_MISSION ISR asserted 2021-03-15'],
  },
  {
    text: '2008 – Russia recognises Abkhazia.\n2008 – Nicaragua and Venezuela follow.',
    published: '2024-08-26',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008', 'VEN RECOGNIZE ABKHAZIA asserted 2008'],
  },
  // "followed hours later", "followed a day later": dated from the act followed
  {
    text: 'Barbados recognised Palestine on Friday. Trinidad and Tobago followed hours later.',
    published: '2024-05-06',
    expect: ['TTO RECOGNIZE PSE asserted 2024-05-03'],
  },
  {
    text: 'Ireland recognised Palestine on Tuesday. Slovenia followed a day later.',
    published: '2024-05-31',
    expect: ['SVN RECOGNIZE PSE asserted 2024-05-29'],
  },
  // "by us" in a quote: its speaker acts
  {
    text: '"The Islamic Emirate will not be recognised by us," a senior Turkmen diplomat said.',
    published: '2025-07-10',
    expect: ['TKM REFUSE_RECOGNITION TALIBAN asserted null'],
    forbid: ['TKM RECOGNIZE TALIBAN asserted'],
  },
  // an object pronoun is the subject of the infinitive after it
  {
    text: 'Beijing lifted the restrictions on Taliban minister Muttaqi to allow him to visit Shanghai.',
    published: '2025-09-01',
    forbid: ['CHN MEET', 'TALIBAN MEET CHN asserted'],
  },
  // calling an act an attack or a reward: a condemnation of its agent
  {
    text: 'Mogadishu called Ethiopia\'s deal with Somaliland "an assault on Somali sovereignty".',
    published: '2024-01-03',
    expect: ['SOM CONDEMN ETH asserted null'],
  },
  {
    text: 'The UN called for an end to the assault on the capital.',
    published: '2024-01-03',
    none: true,
  },
  // a condition or a report inside a relative clause does not reach the main verb
  {
    text: 'Canada, which said in July it would act unless Israel changed course, formally recognised Palestine on Sunday.',
    published: '2025-09-23',
    expect: ['CAN RECOGNIZE PSE asserted 2025-09-21'],
    forbid: ['CAN RECOGNIZE PSE speculated'],
  },
  // a passive deal "signed between" two parties: each way
  {
    text: 'A transit agreement was signed between Uzbekistan and the Taliban administration on Monday.',
    published: '2025-08-13',
    expect: ['UZB AGREEMENT TALIBAN asserted 2025-08-11', 'TALIBAN AGREEMENT UZB asserted 2025-08-11'],
  },
  {
    text: 'No accord was signed between Kazakhstan and the Taliban during the visit.',
    published: '2025-08-13',
    expect: ['KAZ AGREEMENT TALIBAN negated null'],
    forbid: ['KAZ AGREEMENT TALIBAN asserted', 'TALIBAN AGREEMENT KAZ asserted'],
  },
  // a gerund as the subject of a modal is an act talked about, not done
  {
    text: "Germany's chancellor said recognising Palestine at this stage could harm the peace process.",
    published: '2025-09-23',
    forbid: ['DEU RECOGNIZE PSE asserted'],
  },
  // a view of recognition is no recognition
  {
    text: 'Japan views recognition of a Palestinian state as the end point of negotiations.',
    published: '2025-09-23',
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  // plans shelved: a plan denied
  {
    text: 'The Danish government has shelved its plans to recognise Palestine.',
    published: '2025-09-23',
    expect: ['DNK INTEND_RECOGNIZE PSE negated null'],
    forbid: ['DNK INTEND_RECOGNIZE PSE asserted', 'DNK RECOGNIZE PSE asserted'],
  },
];
