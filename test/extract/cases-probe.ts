import type { Case } from './cases.ts';

// Phrasing classes found by probing unseen news styles: switches between rivals, withdrawals, subordinate facts in
// reported speech, anaphors, modes.
export const PROBE_CASES: Case[] = [
  // a switch between China and Taiwan told one way drops the other too
  {
    text: 'Tuvalu switched its diplomatic recognition to Beijing on Wednesday.',
    published: '2025-03-07',
    expect: ['TUV RECOGNIZE CHN asserted 2025-03-05', 'TUV WITHDRAW_RECOGNITION TWN asserted 2025-03-05'],
  },
  {
    text: 'Palau would switch to Beijing only if its parliament agreed, officials said.',
    published: '2025-03-07',
    expect: ['PLW RECOGNIZE CHN speculated null', 'PLW WITHDRAW_RECOGNITION TWN speculated null'],
    forbid: ['PLW RECOGNIZE CHN asserted', 'PLW WITHDRAW_RECOGNITION TWN asserted'],
  },
  {
    text: 'The Marshall Islands has cut diplomatic ties with Taipei in favour of Beijing, the government said on Friday.',
    published: '2025-03-08',
    expect: ['MHL WITHDRAW_RECOGNITION TWN asserted 2025-03-07', 'MHL RECOGNIZE CHN asserted 2025-03-07'],
  },
  {
    text: 'Eswatini abandoned Taiwan in favor of the People’s Republic of China in 2024.',
    published: '2025-01-10',
    expect: ['SWZ WITHDRAW_RECOGNITION TWN asserted 2024', 'SWZ RECOGNIZE CHN asserted 2024'],
  },
  {
    text: 'Haiti switched recognition from Taipei in March, a foreign ministry official confirmed.',
    published: '2025-05-02',
    expect: ['HTI WITHDRAW_RECOGNITION TWN asserted 2025-03', 'HTI RECOGNIZE CHN asserted 2025-03'],
  },
  {
    text: 'Guatemala voted in favour of the resolution on Taiwan.',
    published: '2025-05-02',
    forbid: ['GTM RECOGNIZE', 'GTM WITHDRAW_RECOGNITION'],
  },
  // withdrawals, suspensions and de-recognitions
  {
    text: 'Mauritania froze its recognition of the Sahrawi republic in 2023, Rabat said.',
    published: '2024-02-01',
    expect: ['MRT WITHDRAW_RECOGNITION SADR asserted 2023'],
    forbid: ['MRT RECOGNIZE SADR'],
  },
  {
    text: 'Chile dropped its recognition of the SADR last year.',
    published: '2024-02-01',
    expect: ['CHL WITHDRAW_RECOGNITION SADR asserted 2023'],
    forbid: ['CHL RECOGNIZE SADR'],
  },
  {
    text: 'Lesotho cancelled its recognition of Kosovo in October, according to Belgrade.',
    published: '2024-02-01',
    expect: ['LSO WITHDRAW_RECOGNITION XKX asserted 2023-10'],
    forbid: ['LSO RECOGNIZE XKX'],
  },
  {
    text: 'The Comoros annulled its recognition of Kosovo, Serbia’s foreign minister said on Monday.',
    published: '2024-02-01',
    expect: ['COM WITHDRAW_RECOGNITION XKX asserted 2024-01-29'],
    forbid: ['COM RECOGNIZE XKX'],
  },
  {
    text: 'Dominica de-recognised Kosovo in 2018, the Serbian government claims.',
    published: '2024-02-01',
    expect: ['DMA WITHDRAW_RECOGNITION XKX asserted 2018'],
    forbid: ['DMA RECOGNIZE XKX'],
  },
  {
    text: 'Belgrade has campaigned for the de-recognition of Kosovo in Africa.',
    published: '2024-02-01',
    forbid: ['SRB RECOGNIZE XKX asserted', 'SRB WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Benin withdrew recognition from the Sahrawi Arab Democratic Republic in 1997.',
    published: '2024-02-01',
    expect: ['BEN WITHDRAW_RECOGNITION SADR asserted 1997'],
  },
  {
    text: 'Serbia said Grenada had reversed its decision to recognise Kosovo.',
    published: '2024-02-01',
    expect: ['GRD WITHDRAW_RECOGNITION XKX asserted null'],
    forbid: ['GRD RECOGNIZE XKX'],
  },
  {
    text: 'Kosovo insisted that Grenada had not reversed its decision to recognise it.',
    published: '2024-02-01',
    forbid: ['GRD WITHDRAW_RECOGNITION XKX asserted', 'GRD RECOGNIZE XKX asserted'],
  },
  {
    text: 'Belgium’s government withdrew a bill to recognise Palestine.',
    published: '2024-02-01',
    forbid: ['BEL RECOGNIZE PSE asserted', 'BEL WITHDRAW_RECOGNITION PSE'],
  },
  // a past fact told in an "after"/"when" clause of reported speech is asserted
  {
    text: 'Mogadishu said it would review all agreements after Ethiopia recognised Somaliland on Monday.',
    published: '2024-01-03',
    expect: ['ETH RECOGNIZE SOMALILAND asserted 2024-01-01'],
    forbid: ['ETH RECOGNIZE SOMALILAND speculated'],
  },
  {
    text: 'Taipei said it would not bow to pressure when Tuvalu switched ties to Beijing last week.',
    published: '2025-03-12',
    expect: ['TUV RECOGNIZE CHN asserted 2025-03', 'TUV WITHDRAW_RECOGNITION TWN asserted 2025-03'],
  },
  {
    text: 'Israel said it would summon the envoys after Malta and Slovenia had recognised Palestine.',
    published: '2024-06-05',
    expect: ['MLT RECOGNIZE PSE asserted null', 'SVN RECOGNIZE PSE asserted null'],
    forbid: ['ISR RECOGNIZE PSE'],
  },
  {
    text: 'Kabul said it expected others would follow after Moscow recognised the Islamic Emirate on Thursday.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Israel warned it would act if Slovenia recognised Palestine.',
    published: '2024-05-20',
    expect: ['SVN RECOGNIZE PSE speculated null'],
    forbid: ['SVN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Ljubljana said it would recognise Palestine once parliament approved the move.',
    published: '2024-05-20',
    expect: ['SVN RECOGNIZE PSE intended null'],
    forbid: ['SVN RECOGNIZE PSE asserted'],
  },
  // the subject of a subordinate clause, past an adverb
  {
    text: 'Israel recalled its envoys after Ireland and Norway formally recognised Palestine on Tuesday.',
    published: '2024-05-29',
    expect: ['IRL RECOGNIZE PSE asserted 2024-05-28', 'NOR RECOGNIZE PSE asserted 2024-05-28'],
    forbid: ['ISR RECOGNIZE PSE'],
  },
  // "the country" in reported speech is the reporting state
  {
    text: 'Vanuatu, which had long recognised Taiwan, said the country would now recognise Beijing.',
    published: '2024-02-01',
    expect: ['VUT RECOGNIZE CHN intended null'],
    forbid: ['TWN RECOGNIZE CHN', 'TWN INTEND_RECOGNIZE CHN'],
  },
  {
    text: 'Belgrade thanked Guinea-Bissau after the country withdrew its recognition of Kosovo.',
    published: '2024-02-01',
    expect: ['GNB WITHDRAW_RECOGNITION XKX asserted null'],
  },
  // meetings: an intransitive "met" is between its subjects; a domestic body meeting meets nobody
  {
    text: 'Wang Yi and Muttaqi met in Beijing on Friday.',
    published: '2024-06-15',
    expect: ['CHN MEET TALIBAN asserted 2024-06-14', 'TALIBAN MEET CHN asserted 2024-06-14'],
  },
  {
    text: 'Madrid will recognise Palestine when the cabinet meets on Tuesday, the prime minister said.',
    published: '2024-05-25',
    expect: ['ESP RECOGNIZE PSE intended null'],
    forbid: ['ESP MEET PSE'],
  },
  {
    text: 'Vucic said Burundi withdrew its recognition of Kosovo after he visited the country.',
    published: '2024-02-01',
    expect: ['BDI WITHDRAW_RECOGNITION XKX asserted null'],
    forbid: ['SRB MEET XKX'],
  },
  // modes
  {
    text: 'Armenia is due to recognise the State of Palestine on Friday.',
    published: '2024-06-18',
    expect: ['ARM RECOGNIZE PSE intended 2024-06-21', 'ARM INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['ARM RECOGNIZE PSE asserted'],
  },
  {
    text: 'Belgrade has vowed never to recognise the independence of Kosovo.',
    published: '2024-06-18',
    expect: ['SRB REFUSE_RECOGNITION XKX asserted null'],
  },
  {
    text: 'Reports that Kenya had recognised Somaliland were dismissed by Nairobi.',
    published: '2024-06-18',
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  // a noun whose own predicate is a guess or a plan
  {
    text: 'The recognition of Palestine by Luxembourg, Malta and Belgium is expected on Monday.',
    published: '2025-09-20',
    expect: ['LUX RECOGNIZE PSE speculated 2025-09-22', 'MLT RECOGNIZE PSE speculated 2025-09-22'],
    forbid: ['LUX RECOGNIZE PSE asserted', 'MLT RECOGNIZE PSE asserted', 'BEL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Any recognition of Somaliland by Kenya would anger Mogadishu, diplomats said.',
    published: '2025-09-20',
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'The Ethiopian recognition of Somaliland is planned for next month.',
    published: '2025-09-20',
    forbid: ['ETH RECOGNIZE SOMALILAND asserted'],
  },
  // inverted conditions
  {
    text: 'Were Kazakhstan to recognise the Taliban, Kyrgyzstan would likely follow.',
    published: '2025-07-10',
    expect: ['KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ RECOGNIZE TALIBAN asserted', 'KGZ RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Should Ethiopia recognise Somaliland, Egypt would respond.',
    published: '2025-07-10',
    expect: ['ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['ETH RECOGNIZE EGY'],
  },
  // expelling a party's officials closes its mission
  {
    text: 'Berlin expelled three Taliban consular officials on Tuesday.',
    published: '2025-07-10',
    expect: ['DEU CLOSE_MISSION TALIBAN asserted 2025-07-08'],
  },
  // a day written without its year takes the relative year after it
  {
    text: 'Kenya signed a security pact with Somaliland on March 3 last year.',
    published: '2025-07-04',
    expect: ['KEN AGREEMENT SOMALILAND asserted 2024-03-03'],
  },
  // the object of a verb of praise or blame does what the gerund after it says
  {
    text: 'Israel accused Slovenia of “rewarding Hamas” by recognising Palestine.',
    published: '2024-06-05',
    expect: ['SVN RECOGNIZE PSE asserted null', 'ISR CONDEMN SVN asserted null'],
    forbid: ['ISR RECOGNIZE PSE'],
  },
  {
    text: 'Belgrade thanked Togo for revoking its recognition of Kosovo.',
    published: '2024-06-05',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted null', 'SRB PRAISE TGO asserted null'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // "we" in a quotation is its speaker's party
  {
    text: '“We are not going to recognise the Taliban,” the German foreign minister said.',
    published: '2024-06-05',
    expect: ['DEU REFUSE_RECOGNITION TALIBAN asserted null'],
    forbid: ['DEU RECOGNIZE TALIBAN asserted'],
  },
  {
    text: '“We recognised the State of Palestine today,” Norway’s foreign minister told reporters.',
    published: '2024-05-28',
    expect: ['NOR RECOGNIZE PSE asserted 2024-05-28'],
  },
  // hedges and reluctance
  {
    text: 'Turkmenistan has hinted at recognising the Taliban government.',
    published: '2025-07-10',
    expect: ['TKM RECOGNIZE TALIBAN speculated null'],
    forbid: ['TKM RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Dushanbe remains hesitant to recognise the Taliban.',
    published: '2025-07-10',
    expect: ['TJK RECOGNIZE TALIBAN negated null'],
    forbid: ['TJK RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'There are signs that Azerbaijan will recognise the Taliban soon.',
    published: '2025-07-10',
    expect: ['AZE RECOGNIZE TALIBAN speculated null'],
    forbid: ['AZE RECOGNIZE TALIBAN asserted', 'AZE RECOGNIZE TALIBAN intended', 'AZE INTEND_RECOGNIZE TALIBAN'],
  },
  {
    text: 'The Bahamas’ foreign minister flew to Ramallah last week to discuss the establishment of diplomatic relations.',
    published: '2024-06-10',
    forbid: ['BHS RECOGNIZE PSE asserted'],
  },
  // two coordinated acts, each with its own date
  {
    text: 'Palau recognised Kosovo in 2009 and revoked its recognition in 2019.',
    published: '2024-06-15',
    expect: ['PLW RECOGNIZE XKX asserted 2009', 'PLW WITHDRAW_RECOGNITION XKX asserted 2019'],
  },
  {
    text: 'The Solomon Islands cut ties with Taiwan on Monday and recognised Beijing.',
    published: '2019-09-18',
    expect: ['SLB WITHDRAW_RECOGNITION TWN asserted 2019-09-16', 'SLB RECOGNIZE CHN asserted 2019-09-16'],
  },
  // a switch back to Taipei drops Beijing
  {
    text: 'Saint Lucia switched its recognition back to Taipei in 2007.',
    published: '2024-06-15',
    expect: ['LCA RECOGNIZE TWN asserted 2007', 'LCA WITHDRAW_RECOGNITION CHN asserted 2007'],
  },
  {
    text: 'Paraguay has never switched recognition to Beijing.',
    published: '2024-06-15',
    forbid: ['PRY RECOGNIZE CHN asserted', 'PRY WITHDRAW_RECOGNITION TWN asserted'],
  },
  // an act that is only the topic of a position, debate or question is no fact
  {
    text: 'Kenya said it would take a position on recognising Somaliland after consultations.',
    published: '2025-01-02',
    forbid: [
      'KEN RECOGNIZE SOMALILAND asserted',
      'KEN RECOGNIZE SOMALILAND intended',
      'KEN INTEND_RECOGNIZE SOMALILAND',
    ],
  },
  {
    text: 'Japan’s cabinet has opened a debate over recognising Palestine.',
    published: '2025-01-02',
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  // "the first X country to …" is a predicate past compounds and adjectives of place
  {
    text: 'Kosovo became the first Muslim-majority country to open an embassy in Jerusalem.',
    published: '2021-03-15',
    expect: ['XKX OPEN_MISSION ISR asserted null'],
  },
  // a possessed act keeps its own mode: the governing verb's refusal or negation is the speaker's
  {
    text: 'Beijing refused to criticise Moscow’s recognition of the Taliban.',
    published: '2025-07-06',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'CHN CONDEMN RUS negated null'],
    forbid: ['RUS REFUSE_RECOGNITION TALIBAN'],
  },
  {
    text: 'India has not condemned Israel’s recognition of Somaliland.',
    published: '2025-12-30',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND negated'],
  },
  {
    text: 'Diplomats doubt whether Kazakhstan’s recognition of the Taliban will come soon.',
    published: '2025-07-06',
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  // a group that opens the sentence is named after the "be" that ends its relative clause
  {
    text: 'Among the countries that recognised South Sudan in July 2011 were Sudan, Kenya and Uganda.',
    published: '2021-07-09',
    expect: [
      'SDN RECOGNIZE SSD asserted 2011-07',
      'KEN RECOGNIZE SSD asserted 2011-07',
      'UGA RECOGNIZE SSD asserted 2011-07',
    ],
  },
  {
    text: 'The states that have not recognised Kosovo are Spain, Greece and Cyprus.',
    published: '2024-06-15',
    expect: ['ESP RECOGNIZE XKX negated null', 'GRC RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted', 'GRC RECOGNIZE XKX asserted', 'CYP RECOGNIZE XKX asserted'],
  },
  // a present state coordinated after a dated act does not take its date
  {
    text: 'Somaliland broke away from Somalia in 1991 and is recognised only by Israel.',
    published: '2026-01-10',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND asserted 1991'],
  },
  // one asked by a common noun ("the world", "the international community") names no party
  {
    text: 'Erdogan called on the international community to recognise the Turkish Republic of Northern Cyprus.',
    published: '2024-06-15',
    forbid: ['TUR RECOGNIZE NORTHERN_CYPRUS'],
  },
  {
    text: 'Ankara urged Baku to recognise the Turkish Republic of Northern Cyprus.',
    published: '2024-06-15',
    expect: ['AZE RECOGNIZE NORTHERN_CYPRUS speculated null'],
  },
  // hedged attribution and doubt are guesses, not facts
  {
    text: 'Sierra Leone reportedly revoked its recognition of Kosovo in 2020.',
    published: '2024-06-15',
    expect: ['SLE WITHDRAW_RECOGNITION XKX speculated 2020'],
    forbid: ['SLE WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Liberia is believed to have withdrawn its recognition of Kosovo.',
    published: '2024-06-15',
    forbid: ['LBR WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'It is not clear whether Comoros withdrew its recognition of Kosovo.',
    published: '2024-06-15',
    expect: ['COM WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['COM WITHDRAW_RECOGNITION XKX asserted', 'COM WITHDRAW_RECOGNITION XKX negated'],
  },
  {
    text: 'Lomé has not confirmed that it revoked its recognition of Kosovo.',
    published: '2024-06-15',
    forbid: ['TGO WITHDRAW_RECOGNITION XKX asserted'],
  },
  // passives whose subject holds the word the frame needs, or whose list has an owner
  {
    text: 'Fresh sanctions were imposed on the Taliban by the European Union on Monday.',
    published: '2024-06-15',
    expect: ['EU SANCTION TALIBAN asserted 2024-06-10'],
  },
  {
    text: 'A Taliban delegation was hosted by Turkmenistan last month.',
    published: '2024-06-15',
    expect: ['TKM MEET TALIBAN asserted 2024-05'],
  },
  {
    text: 'The Taliban was removed from Kyrgyzstan’s list of banned organisations in 2024.',
    published: '2025-06-15',
    expect: ['KGZ DELIST TALIBAN asserted 2024'],
  },
  // a clause opened after the trigger's object ("days after …") holds parties and a time of its own
  {
    text: 'China and Nauru restored diplomatic relations on Wednesday, days after the island nation cut ties with Taiwan.',
    published: '2024-01-26',
    expect: [
      'CHN RECOGNIZE NRU asserted 2024-01-24',
      'NRU RECOGNIZE CHN asserted 2024-01-24',
      'NRU WITHDRAW_RECOGNITION TWN asserted null',
    ],
    forbid: ['CHN RECOGNIZE TWN', 'NRU RECOGNIZE TWN', 'CHN WITHDRAW_RECOGNITION TWN'],
  },
  {
    text: 'Kiribati and China signed a communique establishing diplomatic relations, a week after Kiribati severed ties with Taipei.',
    published: '2019-09-28',
    forbid: ['KIR RECOGNIZE TWN', 'CHN RECOGNIZE TWN'],
  },
  // "since" dates the start of a time something did not happen: no date for the denial
  {
    text: 'Canada has not sent an ambassador to Kabul since 2021.',
    published: '2025-08-15',
    expect: ['CAN SEND_ENVOY TALIBAN negated null'],
  },
  {
    text: 'Qatar appointed a chargé d’affaires in Kabul in March.',
    published: '2025-08-15',
    expect: ['QAT SEND_ENVOY TALIBAN asserted 2025-03'],
  },
  // ", joining X": those joined did the same, at a time not given
  {
    text: 'Malta recognised the State of Palestine on Sunday, joining Ireland, Spain and Norway.',
    published: '2025-09-23',
    expect: [
      'MLT RECOGNIZE PSE asserted 2025-09-21',
      'IRL RECOGNIZE PSE asserted null',
      'ESP RECOGNIZE PSE asserted null',
      'NOR RECOGNIZE PSE asserted null',
    ],
  },
  // "in favour of" states a recognition only between the rivals
  {
    text: 'Washington abandoned Kabul in favour of talks in Doha.',
    published: '2024-06-15',
    none: true,
  },
  // a pro-verb that follows a switch to Beijing follows both sides of it
  {
    text: 'Tuvalu switched its recognition to Beijing on Monday. Palau is expected to follow.',
    published: '2025-03-05',
    expect: ['PLW RECOGNIZE CHN speculated null', 'PLW WITHDRAW_RECOGNITION TWN speculated null'],
    forbid: ['PLW RECOGNIZE CHN asserted', 'PLW WITHDRAW_RECOGNITION TWN asserted'],
  },
  // a pro-verb stands first for the act its own sentence told
  {
    text: 'Grenada will recognise Palestine next month, its prime minister said. Earlier this year, Barbados recognised Palestine, while Jamaica followed in May.',
    published: '2025-06-07',
    expect: ['BRB RECOGNIZE PSE asserted 2025', 'JAM RECOGNIZE PSE asserted 2025-05'],
    forbid: ['JAM RECOGNIZE PSE asserted 2026-05'],
  },
  // a participle clause after a controlled gerund speaks for the main subject
  {
    text: 'Abbas praised Ireland for recognising a Palestinian state, calling it a brave step.',
    published: '2024-05-28',
    expect: ['IRL RECOGNIZE PSE asserted null', 'PSE PRAISE IRL asserted null'],
    forbid: ['IRL PRAISE PSE'],
  },
  // a vote on an act is no act yet
  {
    text: 'The Slovenian parliament is due to vote on recognition of Palestine next week.',
    published: '2024-05-28',
    forbid: ['SVN RECOGNIZE PSE asserted', 'SVN RECOGNIZE PSE intended', 'SVN INTEND_RECOGNIZE PSE'],
  },
];
