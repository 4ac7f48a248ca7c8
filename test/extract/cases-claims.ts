import type { Case } from './cases.ts';

// Reactions, claims and denials as wire copy tells them: a claim denied after it is told, labels put as a
// predicate of the act, clefts, permissions to travel, gapped second subjects, a told act rejected.
export const CLAIMS_CASES: Case[] = [
  // a claim set off after the act and denied by a party: the act is disputed
  {
    text: 'Serbia said Suriname had withdrawn its recognition of Kosovo, a claim Pristina denied.',
    published: '2025-07-05',
    expect: ['SUR WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['SUR WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Belgrade said Sierra Leone had withdrawn its recognition of Kosovo, which Pristina denied.',
    published: '2025-07-05',
    expect: ['SLE WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['SLE WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Pakistani media reported that Islamabad had accepted a Taliban ambassador, a claim the foreign office denied.',
    published: '2025-07-05',
    expect: ['PAK ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['PAK ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Taipei said Haiti had switched recognition to Beijing, reports that Port-au-Prince dismissed.',
    published: '2025-07-05',
    expect: ['HTI RECOGNIZE CHN speculated null'],
    forbid: ['HTI RECOGNIZE CHN asserted', 'HTI WITHDRAW_RECOGNITION TWN asserted'],
  },
  {
    text: 'Serbia said Suriname had withdrawn its recognition of Kosovo, though Pristina denied it.',
    published: '2025-07-05',
    expect: ['SUR WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['SUR WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Serbia said Togo had withdrawn its recognition of Kosovo, but Pristina strongly denied the claim on Monday.',
    published: '2025-07-05',
    expect: ['TGO WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['TGO WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: "Serbia said Ghana had withdrawn its recognition of Kosovo - a claim Kosovo's foreign ministry rejected.",
    published: '2025-07-05',
    expect: ['GHA WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['GHA WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Serbia claims that Burundi withdrew its recognition of Kosovo, an assertion disputed by Pristina.',
    published: '2025-07-05',
    expect: ['BDI WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['BDI WITHDRAW_RECOGNITION XKX asserted'],
  },
  // a claim told on someone's word, denied in the next sentence
  {
    text: "Serbia's foreign minister said Suriname had withdrawn its recognition of Kosovo. Kosovo's foreign ministry denied the claim.",
    published: '2025-07-05',
    expect: ['SUR WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['SUR WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Serbian President Aleksandar Vucic said on Tuesday that Sierra Leone had revoked its recognition of Kosovo. Pristina dismissed the reports as fake news.',
    published: '2025-07-05',
    expect: ['SLE WITHDRAW_RECOGNITION XKX speculated 2025-07-01'],
    forbid: ['SLE WITHDRAW_RECOGNITION XKX asserted'],
  },
  {
    text: 'Pakistani media reported that Islamabad had accepted a Taliban ambassador. The foreign office denied this.',
    published: '2025-07-05',
    expect: ['PAK ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['PAK ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Taliban officials said Russia had recognised the Islamic Emirate. She also dismissed speculation about economic benefits.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday. Ukraine rejected the move.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03', 'UKR CONDEMN RUS asserted null'],
  },
  // near misses: a claim not denied, a claim about another clause's act, and a told act rejected, stand
  {
    text: 'Russia recognised the Taliban in July, and Serbia said Togo had withdrawn recognition of Kosovo, a claim Pristina denied.',
    published: '2025-09-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07', 'TGO WITHDRAW_RECOGNITION XKX speculated null'],
  },
  {
    text: 'Israel recognised Somaliland, but Somalia denied it any legitimacy.',
    published: '2025-07-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
  },
  {
    text: 'Kabul said Kazakhstan had accepted its ambassador, a report Astana has not denied.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Israel recognised Somaliland, which Somalia rejected as illegal.',
    published: '2025-07-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND speculated'],
  },
  {
    text: 'Israel recognised Somaliland, a decision Somalia rejected.',
    published: '2025-07-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null', 'SOM CONDEMN ISR asserted null'],
  },
  // a label put as the predicate of the act, told by a speaker, or given by "called"
  {
    text: 'Canada recognised the State of Palestine on Sunday. Israel called the move absurd.',
    published: '2025-07-05',
    expect: ['ISR CONDEMN CAN asserted null'],
  },
  {
    text: 'Canada recognised the State of Palestine on Sunday. Israel said the decision was counterproductive.',
    published: '2025-07-05',
    expect: ['ISR CONDEMN CAN asserted null'],
  },
  {
    text: "France recognised the State of Palestine on Monday. Israel's foreign minister said the recognition was a reward for Hamas.",
    published: '2025-07-05',
    expect: ['FRA RECOGNIZE PSE asserted 2025-06-30', 'ISR CONDEMN FRA asserted null'],
  },
  {
    text: 'Britain recognised Palestine on Sunday. Netanyahu said the move was a huge reward for terror.',
    published: '2025-07-05',
    expect: ['ISR CONDEMN GBR asserted null'],
  },
  {
    text: "Mogadishu said Israel's recognition of Somaliland was null and void.",
    published: '2025-07-05',
    expect: ['SOM CONDEMN ISR asserted null'],
  },
  {
    text: "Israel recognised Somaliland on Friday. Turkey's foreign ministry said the move was unacceptable and illegitimate.",
    published: '2025-07-05',
    expect: ['TUR CONDEMN ISR asserted null'],
  },
  {
    text: "Taipei said Honduras's decision to switch ties was regrettable.",
    published: '2025-07-05',
    expect: ['TWN CONDEMN HND asserted null'],
  },
  {
    text: "Israel says France's move rewards terrorism",
    published: '2025-07-05',
    expect: ['ISR CONDEMN FRA asserted null'],
  },
  // near misses: a label denied, or with no speaker, is no condemnation
  {
    text: "Israel recognised Somaliland on Friday. Kenya said Israel's recognition was not illegal.",
    published: '2025-07-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted 2025-07-04'],
    forbid: ['KEN CONDEMN ISR asserted'],
  },
  {
    text: 'Israel recognised Somaliland. Analysts said the move was a mistake.',
    published: '2025-07-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR CONDEMN ISR'],
  },
  // clefts
  {
    text: 'It was China that first accepted a Taliban ambassador.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'It was Nicaragua that first recognised Abkhazia after Russia.',
    published: '2025-07-05',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted null'],
  },
  {
    text: 'But it was Uzbekistan and Kazakhstan that first sent envoys to Kabul.',
    published: '2025-07-05',
    expect: ['UZB SEND_ENVOY TALIBAN asserted null', 'KAZ SEND_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'It was not China that recognised the Taliban.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN negated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  // a journey someone is allowed or invited to make is not made
  {
    text: 'The UN Security Council granted Muttaqi a travel exemption, allowing him to travel to Moscow.',
    published: '2025-07-05',
    expect: ['TALIBAN MEET RUS speculated null'],
    forbid: ['TALIBAN MEET RUS asserted'],
  },
  {
    text: 'The Security Council committee allowed Muttaqi to travel to New Delhi.',
    published: '2025-07-05',
    expect: ['TALIBAN MEET IND speculated null'],
    forbid: ['TALIBAN MEET IND asserted'],
  },
  {
    text: 'Russia invited the Taliban foreign minister to visit Moscow.',
    published: '2025-07-05',
    forbid: ['TALIBAN MEET RUS asserted'],
  },
  {
    text: 'The committee permitted Muttaqi to fly to Islamabad for talks.',
    published: '2025-07-05',
    forbid: ['TALIBAN MEET PAK asserted'],
  },
  {
    text: 'Vilnius allowed Taiwan to open an office.',
    published: '2025-07-05',
    expect: ['TWN OPEN_MISSION LTU asserted null'],
  },
  // a gapped second subject with only "too" or "neither" does the same act, and is no target
  {
    text: 'Greece has not recognised Kosovo, and Spain neither.',
    published: '2025-07-05',
    expect: ['GRC RECOGNIZE XKX negated null', 'ESP RECOGNIZE XKX negated null'],
    forbid: ['GRC RECOGNIZE ESP'],
  },
  {
    text: 'Russia accepted a Taliban ambassador, and China too.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['RUS ACCEPT_ENVOY CHN'],
  },
  {
    text: 'Israel recognised Somaliland, and Ethiopia and Kenya too.',
    published: '2025-07-05',
    expect: ['ETH RECOGNIZE SOMALILAND asserted null', 'KEN RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE ETH', 'ISR RECOGNIZE KEN'],
  },
  {
    text: "Egypt condemned Israel's recognition of Somaliland, and Jordan too.",
    published: '2025-07-05',
    expect: ['EGY CONDEMN ISR asserted null', 'JOR CONDEMN ISR asserted null'],
    forbid: ['JOR RECOGNIZE SOMALILAND', 'ISR RECOGNIZE JOR'],
  },
  {
    text: 'Bhutan recognised Bangladesh on 6 December 1971, and India the same day.',
    published: '2025-07-05',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted 1971-12-06'],
  },
  // rejecting a told act condemns its doer; rejecting the idea of an act does not
  {
    text: 'Israel recognised Somaliland on Friday. Turkey rejected the recognition.',
    published: '2025-07-05',
    expect: ['TUR CONDEMN ISR asserted null'],
  },
  {
    text: 'Israel recognised Somaliland on Friday. Egypt firmly rejected this recognition, saying it violated international law.',
    published: '2025-07-05',
    expect: ['EGY CONDEMN ISR asserted null'],
  },
  {
    text: "Arab League rejects Israeli recognition of Somaliland as 'null and void'",
    published: '2025-07-05',
    expect: ['ARAB_LEAGUE CONDEMN ISR asserted null'],
  },
  {
    text: 'Mexico rejected the Russian recognition of the Taliban.',
    published: '2025-07-05',
    expect: ['MEX CONDEMN RUS asserted null'],
  },
  {
    text: 'The United States rejected recognition of a Palestinian state.',
    published: '2025-07-05',
    forbid: ['USA CONDEMN PSE'],
  },
  {
    text: 'Israel recognised Somaliland on Friday. Kenya rejected recognition of Somaliland.',
    published: '2025-07-05',
    expect: ['KEN REFUSE_RECOGNITION SOMALILAND asserted null'],
    forbid: ['KEN CONDEMN ISR'],
  },
  {
    text: 'Israel recognised Somaliland on Friday. Somalia rejected any recognition of Somaliland.',
    published: '2025-07-05',
    forbid: ['SOM CONDEMN ISR'],
  },
  // a quotation in straight single quotes, as British papers print it: "we" is the speaker's party
  {
    text: "'We will recognise Palestine in September,' Macron said.",
    published: '2025-07-05',
    expect: ['FRA INTEND_RECOGNIZE PSE asserted null', 'FRA RECOGNIZE PSE intended 2025-09'],
  },
  {
    text: "'We will not recognise Somaliland,' Kenyan Foreign Minister Musalia Mudavadi told reporters.",
    published: '2025-07-05',
    expect: ['KEN REFUSE_RECOGNITION SOMALILAND asserted null'],
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: "Spain's foreign minister said: 'We do not recognise Kosovo and we never will.'",
    published: '2025-07-05',
    expect: ['ESP RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  // consular or diplomatic staff a party appointed, accepted: its diplomats accredited
  {
    text: 'Germany accepted two Taliban consular officials.',
    published: '2025-07-05',
    expect: ['DEU ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Germany has accepted two consular officials sent by the Taliban.',
    published: '2025-07-05',
    expect: ['DEU ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Germany accepted consular services from the Taliban.',
    published: '2025-07-05',
    forbid: ['DEU ACCEPT_ENVOY TALIBAN'],
  },
  {
    text: 'Norway accepted Taliban officials for talks in Oslo.',
    published: '2025-07-05',
    forbid: ['NOR ACCEPT_ENVOY TALIBAN'],
  },
];
