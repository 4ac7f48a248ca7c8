// Table of sentences (with a publication date) and the records the extractor must find in them.
// Written from general news phrasings, not from the gold files. `none` cases must yield no record at all.
export interface Case {
  text: string;
  published: string;
  expect?: string[]; // "ACTOR ACTION TARGET mode date|null"
  none?: boolean;
  /** Records that must NOT appear (e.g. an asserted reading of a negated statement). */
  forbid?: string[];
}

export const CASES: Case[] = [
  // RECOGNIZE, active and with dates
  {
    text: 'On 14 March 2024, Barbados formally recognised the State of Palestine.',
    published: '2024-03-20',
    expect: ['BRB RECOGNIZE PSE asserted 2024-03-14'],
  },
  {
    text: 'Jamaica recognized Palestine as a state in April 2024.',
    published: '2024-05-01',
    expect: ['JAM RECOGNIZE PSE asserted 2024-04'],
  },
  {
    text: 'In 2008, Costa Rica recognized Kosovo.',
    published: '2019-01-01',
    expect: ['CRI RECOGNIZE XKX asserted 2008'],
  },
  {
    text: 'Spain, Ireland and Norway officially recognised a Palestinian state on Tuesday.',
    published: '2024-05-29',
    expect: [
      'ESP RECOGNIZE PSE asserted 2024-05-28',
      'IRL RECOGNIZE PSE asserted 2024-05-28',
      'NOR RECOGNIZE PSE asserted 2024-05-28',
    ],
  },
  {
    text: 'Russia has become the first country to formally recognise the Taliban government.',
    published: '2025-07-04',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Last month, Israel became the first country to recognise Somaliland.',
    published: '2026-01-10',
    expect: ['ISR RECOGNIZE SOMALILAND asserted 2025-12'],
  },
  {
    text: 'Nicaragua recognised Abkhazia and South Ossetia as independent states.',
    published: '2008-09-06',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted null', 'NIC RECOGNIZE SOUTH_OSSETIA asserted null'],
  },
  {
    text: 'Honduras said it recognises the People’s Republic of China as the only legitimate government of China.',
    published: '2023-03-26',
    expect: ['HND RECOGNIZE CHN asserted null'],
  },
  {
    text: 'The Bahamas decided to formally recognize Palestine as a State.',
    published: '2024-05-08',
    expect: ['BHS RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Armenia recognized the State of Palestine on Friday, its foreign ministry said.',
    published: '2024-06-22',
    expect: ['ARM RECOGNIZE PSE asserted 2024-06-21'],
  },
  // passive
  {
    text: 'Kosovo was recognized by the United States.',
    published: '2008-02-19',
    expect: ['USA RECOGNIZE XKX asserted null'],
  },
  {
    text: 'The Taliban’s first regime was only recognized by three countries: Pakistan, Saudi Arabia and the United Arab Emirates.',
    published: '2021-09-01',
    expect: [
      'PAK RECOGNIZE TALIBAN asserted null',
      'SAU RECOGNIZE TALIBAN asserted null',
      'ARE RECOGNIZE TALIBAN asserted null',
    ],
  },
  // negation
  {
    text: 'Beijing has not formally recognised the Taliban government.',
    published: '2025-07-04',
    expect: ['CHN RECOGNIZE TALIBAN negated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Japan and South Korea have not recognised Palestinian statehood.',
    published: '2025-09-27',
    expect: ['JPN RECOGNIZE PSE negated null', 'KOR RECOGNIZE PSE negated null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'The United States does not recognise Palestine as a state.',
    published: '2025-09-27',
    expect: ['USA RECOGNIZE PSE negated null'],
    forbid: ['USA RECOGNIZE PSE asserted'],
  },
  {
    text: 'China welcomed the decision but stopped short of formal recognition of the Taliban.',
    published: '2025-07-10',
    expect: ['CHN RECOGNIZE TALIBAN negated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'China, which has not recognized the Taliban, hosts its ambassador in Beijing.',
    published: '2025-07-10',
    expect: ['CHN RECOGNIZE TALIBAN negated null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Denmark’s parliament voted down a bill to recognise a Palestinian state.',
    published: '2024-05-30',
    expect: ['DNK RECOGNIZE PSE negated null'],
    forbid: ['DNK RECOGNIZE PSE asserted'],
  },
  {
    text: 'Uzbekistan has yet to recognize the Taliban government.',
    published: '2025-08-01',
    expect: ['UZB RECOGNIZE TALIBAN negated null'],
    forbid: ['UZB RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Qatar continues pragmatic engagement but avoids full recognition of the Taliban.',
    published: '2025-08-01',
    expect: ['QAT RECOGNIZE TALIBAN negated null'],
    forbid: ['QAT RECOGNIZE TALIBAN asserted'],
  },
  // refusal
  {
    text: 'India refused to recognise the Taliban regime.',
    published: '1997-06-01',
    expect: ['IND REFUSE_RECOGNITION TALIBAN asserted null'],
    forbid: ['IND RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'New Zealand will not recognise Palestinian statehood at this time, its foreign minister said.',
    published: '2025-09-27',
    expect: ['NZL REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['NZL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Germany has ruled out recognising Palestine for now.',
    published: '2025-07-26',
    expect: ['DEU REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['DEU RECOGNIZE PSE asserted'],
  },
  // speculation
  {
    text: 'Kazakhstan may recognize the Taliban government later this year.',
    published: '2025-08-01',
    expect: ['KAZ RECOGNIZE TALIBAN speculated 2025'],
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Belgium could recognise Palestine at the UN summit, diplomats said.',
    published: '2025-09-01',
    expect: ['BEL RECOGNIZE PSE speculated null'],
    forbid: ['BEL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Britain and Australia are considering recognition of a Palestinian state.',
    published: '2024-05-30',
    expect: ['GBR RECOGNIZE PSE speculated null', 'AUS RECOGNIZE PSE speculated null'],
    forbid: ['GBR RECOGNIZE PSE asserted'],
  },
  {
    text: 'Tajikistan is expected to recognize the Taliban soon.',
    published: '2025-08-01',
    expect: ['TJK RECOGNIZE TALIBAN speculated null'],
    forbid: ['TJK RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Will Iran recognize the Taliban government?',
    published: '2025-08-01',
    expect: ['IRN RECOGNIZE TALIBAN speculated null'],
    forbid: ['IRN RECOGNIZE TALIBAN asserted'],
  },
  // intent
  {
    text: 'France will recognise the State of Palestine in September, President Emmanuel Macron said.',
    published: '2025-07-25',
    expect: ['FRA RECOGNIZE PSE intended 2025-09', 'FRA INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['FRA RECOGNIZE PSE asserted'],
  },
  {
    text: 'Canada plans to recognize Palestine at the General Assembly.',
    published: '2025-07-31',
    expect: ['CAN RECOGNIZE PSE intended null', 'CAN INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['CAN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Malta intends to recognise the State of Palestine.',
    published: '2025-08-01',
    expect: ['MLT INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['MLT RECOGNIZE PSE asserted'],
  },
  // withdrawal and switches
  {
    text: 'Suriname withdrew its recognition of Kosovo in October 2017.',
    published: '2017-11-01',
    expect: ['SUR WITHDRAW_RECOGNITION XKX asserted 2017-10'],
    forbid: ['SUR RECOGNIZE XKX asserted'],
  },
  {
    text: 'Nauru severed diplomatic ties with Taiwan on Monday.',
    published: '2024-01-16',
    expect: ['NRU WITHDRAW_RECOGNITION TWN asserted 2024-01-15'],
  },
  {
    text: 'Togo revoked its recognition of Kosovo.',
    published: '2019-07-01',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted null'],
  },
  // envoys and missions
  {
    text: 'The UAE has accepted the credentials of an ambassador from Afghanistan’s Taliban government.',
    published: '2024-08-24',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['ARE RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Russia accepted the credentials of a Taliban-appointed ambassador in Moscow.',
    published: '2025-07-07',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'China hosts a Taliban ambassador in Beijing.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'In 2023, China appointed a new ambassador to Kabul.',
    published: '2025-07-07',
    expect: ['CHN SEND_ENVOY TALIBAN asserted 2023'],
  },
  {
    text: 'Uzbekistan and Pakistan have appointed ambassadors to Kabul.',
    published: '2025-07-07',
    expect: ['UZB SEND_ENVOY TALIBAN asserted null', 'PAK SEND_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'India reopened its embassy in Kabul in 2002.',
    published: '2025-07-07',
    expect: ['IND OPEN_MISSION AFG asserted 2002'],
  },
  {
    text: 'Japan reopened its embassy in Kabul in 2024.',
    published: '2025-07-07',
    expect: ['JPN OPEN_MISSION TALIBAN asserted 2024'],
  },
  {
    text: 'Moscow closed its embassy in Kabul in 1992.',
    published: '2025-07-07',
    expect: ['RUS CLOSE_MISSION AFG asserted 1992'],
  },
  {
    text: 'Russia never closed its embassy in Kabul after the Taliban takeover.',
    published: '2025-07-04',
    expect: ['RUS CLOSE_MISSION TALIBAN negated null'],
    forbid: ['RUS CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: 'China, Pakistan and Iran kept their embassies in Kabul open.',
    published: '2025-07-04',
    expect: [
      'CHN OPEN_MISSION TALIBAN asserted null',
      'PAK OPEN_MISSION TALIBAN asserted null',
      'IRN OPEN_MISSION TALIBAN asserted null',
    ],
  },
  // lists and designations
  {
    text: 'In April 2025, Russia removed the Taliban from its list of banned terrorist organisations.',
    published: '2025-07-04',
    expect: ['RUS DELIST TALIBAN asserted 2025-04'],
  },
  {
    text: 'Kazakhstan delisted the Taliban as a terrorist group in December 2023.',
    published: '2025-08-01',
    expect: ['KAZ DELIST TALIBAN asserted 2023-12'],
  },
  {
    text: 'In 2003, Russia designated the Taliban as a terrorist organisation.',
    published: '2025-07-04',
    expect: ['RUS DESIGNATE TALIBAN asserted 2003'],
  },
  {
    text: 'Britain declared Hamas a terrorist organisation in 2021.',
    published: '2023-10-10',
    expect: ['GBR DESIGNATE HAMAS asserted 2021'],
  },
  // sanctions
  {
    text: 'Washington imposed sanctions on senior Taliban leaders.',
    published: '2025-07-07',
    expect: ['USA SANCTION TALIBAN asserted null'],
  },
  {
    text: 'The European Union imposed new sanctions on Russia on Friday.',
    published: '2024-02-24',
    expect: ['EU SANCTION RUS asserted 2024-02-23'],
  },
  // agreements
  {
    text: 'Russia signed an economic deal with the Taliban in 2022.',
    published: '2025-07-04',
    expect: ['RUS AGREEMENT TALIBAN asserted 2022'],
  },
  {
    text: 'Uzbekistan and the Taliban signed a railway agreement in July 2024.',
    published: '2024-08-01',
    expect: ['UZB AGREEMENT TALIBAN asserted 2024-07', 'TALIBAN AGREEMENT UZB asserted 2024-07'],
  },
  // meetings
  {
    text: 'Pakistan’s foreign minister met Amir Khan Muttaqi in Kabul in April 2025.',
    published: '2025-07-04',
    expect: ['PAK MEET TALIBAN asserted 2025-04'],
  },
  {
    text: 'Muttaqi met Russian Foreign Minister Sergey Lavrov in Moscow in October 2024.',
    published: '2025-07-04',
    expect: ['TALIBAN MEET RUS asserted 2024-10'],
  },
  {
    text: 'Russia hosted a Taliban delegation in Moscow in May 2023.',
    published: '2025-07-07',
    expect: ['RUS MEET TALIBAN asserted 2023-05'],
  },
  {
    text: 'Venezuela’s president visited Russia on Thursday.',
    published: '2009-09-11',
    expect: ['VEN MEET RUS asserted 2009-09-10'],
  },
  {
    text: 'Iran has been engaging with the Taliban.',
    published: '2025-07-04',
    expect: ['IRN MEET TALIBAN asserted null'],
  },
  {
    text: 'India held talks with Taliban officials in Dubai in January 2025.',
    published: '2025-07-04',
    expect: ['IND MEET TALIBAN asserted 2025-01'],
  },
  // praise and condemnation, incl. reactions to a third party's act
  {
    text: 'China welcomed Russia’s decision to recognise the Taliban.',
    published: '2025-07-05',
    expect: ['CHN PRAISE RUS asserted null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Palestinian President Mahmoud Abbas welcomed Armenia’s decision.',
    published: '2024-06-22',
    expect: ['PSE PRAISE ARM asserted null'],
  },
  {
    text: 'Israel condemned Spain’s recognition of a Palestinian state.',
    published: '2024-05-29',
    expect: ['ISR CONDEMN ESP asserted null'],
    forbid: ['ISR RECOGNIZE PSE asserted'],
  },
  {
    text: 'Serbia strongly criticised Ghana’s move.',
    published: '2019-11-12',
    expect: ['SRB CONDEMN GHA asserted null'],
  },
  {
    text: 'The US held back from criticising the UAE.',
    published: '2024-08-24',
    expect: ['USA CONDEMN ARE negated null'],
    forbid: ['USA CONDEMN ARE asserted'],
  },
  {
    text: 'Islamabad accuses the Taliban government of sheltering militants.',
    published: '2025-07-04',
    expect: ['PAK CONDEMN TALIBAN asserted null'],
  },
  {
    text: 'In July 2024, President Putin called the Taliban allies in the fight against terrorism.',
    published: '2025-07-04',
    expect: ['RUS PRAISE TALIBAN asserted 2024-07'],
  },
  // nothing to find
  { text: 'The weather in Kabul was hot on Friday.', published: '2025-07-04', none: true },
  {
    text: 'Analysts said recognition without conditions would legitimize impunity.',
    published: '2025-07-04',
    none: true,
  },
  { text: 'The Soviet Union invaded Afghanistan in 1979.', published: '2025-07-04', none: true },
  { text: 'The striker signed a new contract with the club on Tuesday.', published: '2025-07-04', none: true },
  { text: 'Stock markets in Tokyo and London closed higher on Monday.', published: '2025-07-04', none: true },
  { text: 'Related Articles', published: '2025-07-04', none: true },
  {
    text: 'The international community does not officially recognise the Taliban.',
    published: '2025-07-04',
    none: true,
  },
];
