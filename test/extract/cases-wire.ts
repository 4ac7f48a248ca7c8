import type { Case } from './cases.ts';

// Wire and newspaper reporting of recognition diplomacy: reactions with participle clauses, denied claims,
// pro-verbs that follow one another, reactions drawn from the main clause's act.
export const WIRE_CASES: Case[] = [
  // the "it" of a participle clause ("calling it", "describing it as") is the main clause's object
  {
    text: "The Organization of Islamic Cooperation condemned Israel's decision to recognise Somaliland, calling it a violation of Somalia's sovereignty.",
    published: '2025-12-28',
    expect: ['OIC CONDEMN ISR asserted null', 'ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['OIC CONDEMN SOMALILAND', 'OIC CONDEMN SOM'],
  },
  {
    text: 'The Arab League slammed the move by Israel to recognise Somaliland, calling it illegal.',
    published: '2025-12-28',
    expect: ['ARAB_LEAGUE CONDEMN ISR asserted null'],
    forbid: ['ARAB_LEAGUE CONDEMN SOMALILAND'],
  },
  {
    text: "Egypt rejected the deal, calling it a violation of Somalia's sovereignty.",
    published: '2024-01-03',
    forbid: ['EGY CONDEMN SOM'],
  },
  {
    text: "The African Union rejected the memorandum, terming it a violation of Somalia's territorial integrity.",
    published: '2024-01-03',
    forbid: ['AU CONDEMN SOM'],
  },
  // (the main clause's object is itself a party: it is the one called names)
  {
    text: 'Somalia condemned Ethiopia, calling it a threat to regional peace.',
    published: '2024-01-03',
    expect: ['SOM CONDEMN ETH asserted null'],
  },
  // a claim denied denies the act it tells; the denial is no refusal, and the claim's parties are not its object
  {
    text: "Pristina rejected Belgrade's claims that Togo had withdrawn its recognition of Kosovo.",
    published: '2024-05-10',
    expect: ['TGO WITHDRAW_RECOGNITION XKX negated null', 'XKX CONDEMN SRB asserted null'],
    forbid: ['TGO WITHDRAW_RECOGNITION XKX asserted', 'XKX CONDEMN TGO'],
  },
  {
    text: 'Kosovo’s foreign ministry dismissed Serbian claims that Togo had revoked its recognition of Kosovo.',
    published: '2024-05-10',
    expect: ['TGO WITHDRAW_RECOGNITION XKX negated null'],
    forbid: ['TGO WITHDRAW_RECOGNITION XKX asserted', 'XKX CONDEMN TGO'],
  },
  {
    text: 'Pristina rejected claims that Togo had withdrawn its recognition of Kosovo.',
    published: '2024-05-10',
    expect: ['TGO WITHDRAW_RECOGNITION XKX negated null'],
    forbid: ['TGO WITHDRAW_RECOGNITION XKX asserted', 'TGO WITHDRAW_RECOGNITION XKX speculated', 'XKX CONDEMN TGO'],
  },
  {
    text: 'The Taliban dismissed as baseless reports that Russia had closed its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['RUS CLOSE_MISSION TALIBAN negated null'],
    forbid: ['RUS CLOSE_MISSION TALIBAN asserted', 'TALIBAN CONDEMN RUS'],
  },
  {
    text: "Taipei refuted Beijing's assertion that Palau would switch recognition to China.",
    published: '2025-07-05',
    expect: ['PLW RECOGNIZE CHN negated null'],
    forbid: ['PLW RECOGNIZE CHN asserted', 'PLW RECOGNIZE CHN speculated'],
  },
  {
    text: 'Somalia denied claims by Ethiopian officials that Mogadishu had agreed to recognise Somaliland.',
    published: '2024-01-05',
    forbid: ['SOM RECOGNIZE SOMALILAND asserted', 'SOM RECOGNIZE SOMALILAND intended', 'SOM INTEND_RECOGNIZE'],
  },
  // (a rejected claim reaches no act joined after it)
  {
    text: "Kosovo rejected Serbia's claims and thanked Togo for its continued recognition.",
    published: '2024-05-10',
    expect: ['XKX PRAISE TGO asserted null'],
    forbid: ['XKX PRAISE TGO negated'],
  },
  // a pro-verb after another in the same sentence stands for the same act
  {
    text: 'Spain recognised Palestine on Tuesday. Slovenia is expected to follow suit next week, while Belgium and Malta have said they are considering doing so.',
    published: '2024-05-30',
    expect: [
      'ESP RECOGNIZE PSE asserted 2024-05-28',
      'SVN RECOGNIZE PSE speculated 2024-06',
      'BEL RECOGNIZE PSE speculated null',
      'MLT RECOGNIZE PSE speculated null',
    ],
    forbid: ['BEL RECOGNIZE PSE asserted', 'MLT RECOGNIZE PSE asserted'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday. China is likely to follow suit, but India has said it will not do so.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN speculated null', 'IND REFUSE_RECOGNITION TALIBAN asserted null'],
    forbid: ['IND RECOGNIZE TALIBAN asserted', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  // "followed suit" after a listing told just before follows the listing
  {
    text: 'Kazakhstan removed the Taliban from its list of banned organisations in December. Kyrgyzstan followed suit in September.',
    published: '2025-10-01',
    expect: ['KAZ DELIST TALIBAN asserted 2024-12', 'KGZ DELIST TALIBAN asserted 2025-09'],
  },
  // a participle clause that draws criticism reacts to the main clause's act, done by its subject
  {
    text: 'Ghana withdrew its recognition of Kosovo in 2019, prompting criticism from Pristina.',
    published: '2024-05-10',
    expect: ['XKX CONDEMN GHA asserted 2019'],
  },
  {
    text: 'Russia recognised the Taliban government on Thursday, drawing condemnation from the European Union.',
    published: '2025-07-05',
    expect: ['EU CONDEMN RUS asserted 2025-07-03'],
  },
  {
    text: 'Honduras switched recognition to Beijing in March, sparking a rebuke from Washington.',
    published: '2023-04-01',
    expect: ['USA CONDEMN HND asserted 2023-03'],
  },
  // (a reaction of no stated content is none)
  {
    text: 'Norway recognised Palestine, drawing a reaction from Israel.',
    published: '2024-05-29',
    forbid: ['ISR CONDEMN'],
  },
  // a visit told as the time of the clause's act, naming no place, is to the clause's subject
  {
    text: "Tuvalu reaffirmed its ties with Taipei during a visit by Taiwan's foreign minister Lin Chia-lung.",
    published: '2025-07-05',
    expect: ['TWN MEET TUV asserted null'],
  },
  {
    text: 'Palau signed a coast guard agreement with Taiwan during a three-day visit by President Lai Ching-te.',
    published: '2025-07-05',
    expect: ['TWN MEET PLW asserted null', 'PLW AGREEMENT TWN asserted null'],
  },
  {
    text: "During a visit by Somaliland's president, Ethiopia pledged to open a consulate.",
    published: '2025-07-05',
    expect: ['SOMALILAND MEET ETH asserted null'],
  },
  {
    text: "Nauru pledged continued support for Taiwan during a visit by Taiwan's vice president.",
    published: '2025-07-05',
    expect: ['TWN MEET NRU asserted null'],
  },
  // (not a protest at the time of a visit elsewhere, nor an act a participle ties to the visit)
  {
    text: "Beijing lodged a protest during a visit by Paraguay's president.",
    published: '2025-07-05',
    forbid: ['PRY MEET CHN'],
  },
  {
    text: "Somalia condemned the agreement signed during a visit by Ethiopia's prime minister.",
    published: '2024-01-05',
    forbid: ['ETH MEET SOM'],
  },
  // a participle clause after a comma has parties of its own: not those of the trigger before it
  {
    text: 'Honduras switched recognition to Beijing in March, sparking a rebuke from Washington.',
    published: '2023-04-01',
    forbid: ['HND WITHDRAW_RECOGNITION USA'],
  },
  {
    text: 'Kiribati cut ties with Taipei in 2019, drawing criticism from Washington.',
    published: '2024-05-01',
    expect: ['KIR WITHDRAW_RECOGNITION TWN asserted 2019'],
    forbid: ['KIR WITHDRAW_RECOGNITION USA'],
  },
  {
    text: 'Solomon Islands recognised Beijing in September 2019, ending 36 years of ties with Taiwan.',
    published: '2024-05-01',
    expect: ['SLB RECOGNIZE CHN asserted 2019-09'],
    forbid: ['SLB RECOGNIZE TWN asserted'],
  },
  // an alternative to the act, right before it, denies it; not an alternative to its actor
  {
    text: 'Greece, instead of recognising Kosovo, upgraded its liaison office in Pristina.',
    published: '2024-05-01',
    expect: ['GRC RECOGNIZE XKX negated null'],
    forbid: ['GRC RECOGNIZE XKX asserted'],
  },
  {
    text: 'Germany chose to increase aid rather than recognise Palestine.',
    published: '2025-07-05',
    expect: ['DEU RECOGNIZE PSE negated null'],
    forbid: ['DEU RECOGNIZE PSE asserted'],
  },
  {
    text: 'Kenya opted for engagement rather than formally recognising Somaliland.',
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE SOMALILAND negated null'],
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'Russia, rather than China, recognised the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  // a condition set off by commas right after a noun trigger makes its act a guess
  {
    text: "Washington's recognition of Somaliland, if it happens, would upend decades of policy.",
    published: '2025-07-05',
    expect: ['USA RECOGNIZE SOMALILAND speculated null'],
    forbid: ['USA RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: "Ethiopia's recognition of Somaliland, if confirmed, would be the first by an African state.",
    published: '2024-01-05',
    expect: ['ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['ETH RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: "Israel's recognition of Somaliland, once formalised, will open the door to a military presence.",
    published: '2025-07-05',
    forbid: ['ISR RECOGNIZE SOMALILAND asserted'],
  },
  // (a relative clause or a participle after the noun is no condition)
  {
    text: "Russia's recognition of the Taliban, announced on Thursday, was welcomed in Kabul.",
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  // "would" under a trailing attribution by the actor's own speaker is its stated intent; by others, a guess
  {
    text: 'Britain would recognise Palestine in September, Starmer said.',
    published: '2025-07-30',
    expect: ['GBR RECOGNIZE PSE intended 2025-09', 'GBR INTEND_RECOGNIZE PSE asserted null'],
  },
  {
    text: "Kenya would open a consulate in Hargeisa next year, Kenya's foreign ministry said.",
    published: '2025-07-05',
    expect: ['KEN OPEN_MISSION SOMALILAND intended 2026'],
  },
  {
    text: 'Britain would recognise Palestine in September, analysts said.',
    published: '2025-07-30',
    expect: ['GBR RECOGNIZE PSE speculated 2025-09'],
    forbid: ['GBR INTEND_RECOGNIZE', 'GBR RECOGNIZE PSE intended'],
  },
  {
    text: "Ethiopia would recognise Somaliland in return for sea access, Somaliland's president said.",
    published: '2024-01-05',
    expect: ['ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['ETH INTEND_RECOGNIZE', 'ETH RECOGNIZE SOMALILAND asserted'],
  },
  // a guess that looks ahead to a month without its year means the coming one
  {
    text: 'Ethiopia could recognise Somaliland in March, diplomats said.',
    published: '2025-07-05',
    expect: ['ETH RECOGNIZE SOMALILAND speculated 2026-03'],
  },
  {
    text: 'Kenya may have opened a liaison office in Hargeisa in March.',
    published: '2025-07-05',
    expect: ['KEN OPEN_MISSION SOMALILAND speculated 2025-03'],
  },
  // an act something paves the way for, opens the door to or is a step towards is yet to come
  {
    text: "Russia's Supreme Court suspended the ban on the Taliban in April, paving the way for full recognition.",
    published: '2025-07-05',
    expect: ['RUS DELIST TALIBAN asserted 2025-04'],
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'The delisting opened the door to formal recognition of the Taliban by Moscow.',
    published: '2025-07-05',
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Analysts saw the memorandum as a step towards recognition of Somaliland by Ethiopia.',
    published: '2024-01-05',
    forbid: ['ETH RECOGNIZE SOMALILAND asserted'],
  },
  // a pronoun reported by a common-noun subject ("the three countries announced they …") is that phrase, not a
  // party named earlier; "the two countries" still stands for the pair just named
  {
    text: 'Israel recalled its ambassadors to Ireland and Norway and summoned the Spanish envoy after the three countries announced they would recognise a Palestinian state.',
    published: '2024-05-23',
    forbid: ['ISR INTEND_RECOGNIZE', 'ISR RECOGNIZE PSE'],
  },
  {
    text: 'Israel protested after the European governments said they would recognise Palestine.',
    published: '2024-05-23',
    forbid: ['ISR INTEND_RECOGNIZE', 'ISR RECOGNIZE PSE'],
  },
  {
    text: 'Israel recalled its envoys from Ireland and Norway after the two countries announced they would recognise Palestine.',
    published: '2024-05-23',
    expect: ['IRL RECOGNIZE PSE intended null', 'NOR RECOGNIZE PSE intended null'],
    forbid: ['ISR INTEND_RECOGNIZE'],
  },
  // "the leaders of X for recognising": X is the one who recognised
  {
    text: "Israel's Netanyahu condemned the leaders of Britain, Canada and Australia for recognising a Palestinian state.",
    published: '2025-09-22',
    expect: ['GBR RECOGNIZE PSE asserted null', 'CAN RECOGNIZE PSE asserted null', 'ISR CONDEMN AUS asserted null'],
    forbid: ['ISR RECOGNIZE PSE'],
  },
  {
    text: 'Serbia criticised the government of Ghana for recognising Kosovo.',
    published: '2024-05-01',
    expect: ['GHA RECOGNIZE XKX asserted null', 'SRB CONDEMN GHA asserted null'],
    forbid: ['SRB RECOGNIZE XKX'],
  },
  {
    text: 'China praised the leaders of Honduras for switching recognition to Beijing.',
    published: '2023-03-27',
    expect: ['HND RECOGNIZE CHN asserted null'],
    forbid: ['CHN RECOGNIZE'],
  },
  // "not by X but by Y": X did not act, Y did
  {
    text: 'Kosovo was recognised not by Bangladesh but by Oman.',
    published: '2024-05-01',
    expect: ['BGD RECOGNIZE XKX negated null', 'OMN RECOGNIZE XKX asserted null'],
    forbid: ['BGD RECOGNIZE XKX asserted'],
  },
  {
    text: 'The Taliban government was recognised not by China but by Russia.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN negated null', 'RUS RECOGNIZE TALIBAN asserted null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Kosovo was recognised not by Serbia.',
    published: '2024-05-01',
    forbid: ['SRB RECOGNIZE XKX asserted'],
  },
  // hearsay ("is said to be", "is understood to be") makes a plan a guess
  {
    text: 'Uzbekistan is said to be preparing to accept a Taliban ambassador.',
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN intended', 'UZB ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Saudi Arabia is understood to be planning to reopen its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['SAU OPEN_MISSION TALIBAN speculated null'],
    forbid: ['SAU OPEN_MISSION TALIBAN intended'],
  },
  // the one whose lead is followed did the act: it is not the act's target
  {
    text: "Somaliland and Israel agreed to establish relations. Ethiopia could follow Israel's lead.",
    published: '2025-12-27',
    expect: ['ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['ETH RECOGNIZE ISR'],
  },
  {
    text: "Russia recognised the Taliban. Kazakhstan may follow in Russia's footsteps.",
    published: '2025-07-05',
    expect: ['KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ RECOGNIZE RUS'],
  },
];
