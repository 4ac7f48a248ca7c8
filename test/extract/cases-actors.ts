import type { Case } from './cases.ts';

// Who acts and on whom: acts named by their owner, reactions to them, reported speech, contested authorities and
// their leaders, institutions, appositions and relative clauses.
export const ACTORS_CASES: Case[] = [
  // an act spelled out by an act noun is the noun's owner's, not the clause subject's
  {
    text: 'Beijing has yet to comment on the Honduran announcement on cutting ties with Taiwan.',
    published: '2023-03-16',
    forbid: ['CHN WITHDRAW_RECOGNITION', 'CHN RECOGNIZE'],
  },
  {
    text: 'The Ethiopian decision to recognise Somaliland was announced in Addis Ababa on Monday.',
    published: '2025-03-05',
    expect: ['ETH RECOGNIZE SOMALILAND asserted 2025-03-03'],
  },
  {
    text: 'Washington said it was disappointed by the Honduran decision to switch recognition to Beijing.',
    published: '2023-03-27',
    expect: ['HND RECOGNIZE CHN asserted null', 'HND WITHDRAW_RECOGNITION TWN asserted null'],
    forbid: ['USA RECOGNIZE', 'USA WITHDRAW_RECOGNITION'],
  },
  {
    text: 'The State Department welcomed the Israeli decision to recognise Kosovo, calling it a step toward stability.',
    published: '2020-09-05',
    expect: ['ISR RECOGNIZE XKX asserted null', 'USA PRAISE ISR asserted null'],
    forbid: ['USA RECOGNIZE'],
  },
  {
    text: "China on Sunday welcomed the Solomon Islands government's decision to establish diplomatic relations with Beijing.",
    published: '2019-09-22',
    expect: ['SLB RECOGNIZE CHN asserted null', 'CHN PRAISE SLB asserted 2019-09-22'],
    forbid: ['CHN RECOGNIZE'],
  },
  {
    text: 'Belgrade condemned the move by Israel to recognise Kosovo.',
    published: '2020-09-06',
    expect: ['ISR RECOGNIZE XKX asserted null', 'SRB CONDEMN ISR asserted null'],
    forbid: ['SRB RECOGNIZE'],
  },
  // a reaction to an act whose owner the sentence does not name: the one reacting did not act
  {
    text: 'Mogadishu reacted angrily to the decision to recognise Somaliland, recalling its ambassador.',
    published: '2025-12-27',
    forbid: ['SOM RECOGNIZE'],
  },
  {
    text: 'The African Union on Saturday rejected the decision to recognise the breakaway region.',
    published: '2025-12-27',
    forbid: ['AU RECOGNIZE'],
  },
  {
    text: 'Egypt and Turkey condemned the decision to recognise Somaliland as an independent state.',
    published: '2025-12-27',
    forbid: ['EGY RECOGNIZE', 'TUR RECOGNIZE'],
  },
  // the clause's own decision still is its subject's
  {
    text: 'Kenya made the decision to recognise Somaliland in March, officials said.',
    published: '2025-05-01',
    expect: ['KEN RECOGNIZE SOMALILAND asserted 2025-03'],
  },
  // "cut Taiwan ties": the name before the ties is the other party
  {
    text: 'Nauru cut Taiwan ties in January 2024, days after the island election.',
    published: '2024-02-01',
    expect: ['NRU WITHDRAW_RECOGNITION TWN asserted 2024-01'],
  },
  // recognising another state's sovereignty over a territory is no recognition of that state
  {
    text: "Morocco's sovereignty over Western Sahara was recognised by the United States in December 2020.",
    published: '2021-01-10',
    forbid: ['USA RECOGNIZE MAR', 'USA RECOGNIZE SADR'],
  },
  {
    text: "Kenya's recognition of Moroccan sovereignty over Western Sahara drew a protest from Algiers.",
    published: '2025-06-01',
    forbid: ['KEN RECOGNIZE MAR'],
  },
  // a relative clause's verb takes its parties inside the clause
  {
    text: 'Kosovo, whose independence Serbia rejects, was recognised by Israel in 2020.',
    published: '2021-02-02',
    expect: ['ISR RECOGNIZE XKX asserted 2020'],
    forbid: ['SRB CONDEMN ISR'],
  },
  // a title set off by commas, then another party's name: two parties, not one name
  {
    text: 'The Abkhaz authorities, South Ossetian leader Alan Gagloev and Syrian officials signed a cooperation agreement in Sukhumi.',
    published: '2023-05-10',
    expect: ['SOUTH_OSSETIA AGREEMENT ABKHAZIA asserted null', 'ABKHAZIA AGREEMENT SYR asserted null'],
  },
  // contested authorities' leaders and ministers
  {
    text: 'Irro thanked Israel for recognising Somaliland, calling it a historic day for the Horn of Africa.',
    published: '2025-12-27',
    expect: ['SOMALILAND PRAISE ISR asserted null', 'ISR RECOGNIZE SOMALILAND asserted null'],
  },
  {
    text: "Taiwan's representative in Hargeisa, Allen Lou, met President Irro on Tuesday.",
    published: '2025-03-06',
    expect: ['TWN MEET SOMALILAND asserted 2025-03-04'],
  },
  {
    text: 'Somaliland President Muse Bihi Abdi signed a memorandum of understanding with Ethiopia in January 2024. Bihi said the deal would lead to recognition.',
    published: '2024-02-01',
    expect: ['SOMALILAND AGREEMENT ETH asserted 2024-01'],
  },
  {
    text: 'Turkish Cypriot leader Ersin Tatar met Azerbaijan’s President Ilham Aliyev in Baku. Tatar thanked Azerbaijan for its support.',
    published: '2023-07-10',
    expect: ['NORTHERN_CYPRUS MEET AZE asserted null', 'NORTHERN_CYPRUS PRAISE AZE asserted null'],
  },
  {
    text: 'President Lai condemned the decision, saying Taiwan would not bow to pressure from Beijing.',
    published: '2025-01-16',
    forbid: ['TWN CONDEMN TWN'],
  },
  {
    text: 'Hussein al-Sheikh met French President Emmanuel Macron in Paris on Friday.',
    published: '2025-06-01',
    expect: ['PSE MEET FRA asserted 2025-05-30'],
  },
  // a reaction in a relative clause reacts to the act the story told, not to the subject of the clause it hangs on
  {
    text: 'Israel recognised Somaliland on Friday. Egypt’s foreign minister held calls with his Turkish and Djiboutian counterparts, who condemned the recognition.',
    published: '2025-12-27',
    expect: ['TUR CONDEMN ISR asserted null', 'DJI CONDEMN ISR asserted null'],
    forbid: ['TUR CONDEMN EGY', 'DJI CONDEMN EGY'],
  },
  // a name that qualifies a group noun is still a member of the list around it
  {
    text: 'The United States, most EU members and Japan recognised Kosovo soon after its 2008 declaration.',
    published: '2018-02-17',
    expect: ['USA RECOGNIZE XKX asserted 2008', 'JPN RECOGNIZE XKX asserted 2008'],
  },
  {
    text: 'Kosovo has been recognised by the US and Japan, but not by Serbia, EU members Spain and Greece, or China.',
    published: '2024-01-01',
    expect: ['ESP RECOGNIZE XKX negated null', 'GRC RECOGNIZE XKX negated null', 'SRB RECOGNIZE XKX negated null'],
  },
  // "his credentials": the envoy named before
  {
    text: 'Bilal Karimi, the Taliban’s envoy in Beijing, said China had accepted his credentials in January.',
    published: '2024-02-10',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  // those seated in a capital act for its government, unless another party owns them
  {
    text: 'Authorities in Hargeisa hailed the Israeli recognition, while officials in Mogadishu denounced it.',
    published: '2025-12-27',
    expect: ['SOMALILAND PRAISE ISR asserted null'],
  },
  {
    text: 'The de facto authorities in Tskhinvali welcomed Russia’s recognition.',
    published: '2008-08-27',
    expect: ['SOUTH_OSSETIA PRAISE RUS asserted null'],
  },
  {
    text: 'US officials in Doha met Taliban representatives on Saturday.',
    published: '2024-07-01',
    expect: ['USA MEET TALIBAN asserted 2024-06-29'],
    forbid: ['QAT MEET'],
  },
  // a place glued to "-based" describes the party, it is no verb's object
  {
    text: 'The Ramallah-based Palestinian Authority welcomed France’s recognition of a Palestinian state.',
    published: '2025-09-23',
    expect: ['PSE PRAISE FRA asserted null', 'FRA RECOGNIZE PSE asserted null'],
  },
  // "the Turkish Cypriot side", "the Afghan side": a government
  {
    text: 'The Turkish Cypriot side rejected the EU’s decision, Ersin Tatar’s office said.',
    published: '2023-03-01',
    expect: ['NORTHERN_CYPRUS CONDEMN EU asserted null'],
  },
  // thanks given to one party for an act: that party acted
  {
    text: 'The Afghan side expressed gratitude to China for accepting its ambassador.',
    published: '2024-02-01',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['TALIBAN ACCEPT_ENVOY'],
  },
  {
    text: 'Somaliland extended its appreciation to Israel for recognising its independence.',
    published: '2025-12-27',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['SOMALILAND RECOGNIZE'],
  },
  {
    text: 'Somalia protested the decision of the Kenyan government to open a consulate in Hargeisa.',
    published: '2025-05-01',
    expect: ['KEN OPEN_MISSION SOMALILAND asserted null'],
    forbid: ['SOM OPEN_MISSION'],
  },
  // a passive reaction falls on the owner of the act its clause opens with
  {
    text: 'Starmer’s pledge to recognise Palestine unless Israel agreed to a ceasefire was welcomed by Mahmoud Abbas.',
    published: '2025-07-30',
    expect: ['GBR INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['PSE PRAISE ISR', 'GBR RECOGNIZE PSE asserted'],
  },
  // "thanked X for its recognition": X recognised
  {
    text: 'Palestinian President Mahmoud Abbas thanked Spain, Ireland and Norway for their recognition of the State of Palestine.',
    published: '2024-05-29',
    expect: [
      'ESP RECOGNIZE PSE asserted null',
      'IRL RECOGNIZE PSE asserted null',
      'NOR RECOGNIZE PSE asserted null',
      'PSE PRAISE NOR asserted null',
    ],
  },
  // descriptions of a contested authority stand for the one the story named last
  {
    text: 'Israel recognised Somaliland on Friday. The self-declared republic has since opened talks with the UAE on a naval base.',
    published: '2025-12-28',
    expect: ['SOMALILAND MEET ARE asserted null'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008. Syria recognised the breakaway republic in May 2018.',
    published: '2024-01-01',
    expect: ['SYR RECOGNIZE ABKHAZIA asserted 2018-05'],
  },
  // the agencies' name for Taiwan
  {
    text: 'Nauru said it would sever ties with the self-ruled island and recognise Beijing.',
    published: '2024-01-15',
    expect: ['NRU WITHDRAW_RECOGNITION TWN intended null', 'NRU INTEND_RECOGNIZE CHN asserted null'],
    forbid: ['NRU WITHDRAW_RECOGNITION CHN'],
  },
  // the one told is no subject of what it is told
  {
    text: 'Taiwan said on Monday that Nauru had informed it that it would switch recognition to Beijing.',
    published: '2024-01-15',
    expect: ['NRU RECOGNIZE CHN intended null', 'NRU INTEND_RECOGNIZE CHN asserted 2024-01-15'],
    forbid: ['TWN RECOGNIZE', 'TWN INTEND_RECOGNIZE'],
  },
  {
    text: 'Lavrov told Muttaqi that Moscow would recognise the Islamic Emirate once conditions allowed.',
    published: '2025-04-20',
    forbid: ['TALIBAN RECOGNIZE', 'TALIBAN INTEND_RECOGNIZE'],
  },
  {
    text: 'Nauru told Taiwan that it would switch recognition to Beijing.',
    published: '2024-01-15',
    expect: ['NRU RECOGNIZE CHN intended null'],
    forbid: ['TWN RECOGNIZE', 'TWN INTEND_RECOGNIZE'],
  },
  // a hyphenated pair names two parties
  {
    text: 'US-Taliban talks resumed in Doha on Monday after a two-month pause.',
    published: '2025-03-05',
    expect: ['USA MEET TALIBAN asserted 2025-03-03', 'TALIBAN MEET USA asserted 2025-03-03'],
  },
  {
    text: 'The Ethiopia-Somaliland memorandum of understanding was signed in Addis Ababa on January 1, 2024.',
    published: '2024-06-01',
    expect: ['ETH AGREEMENT SOMALILAND asserted 2024-01-01', 'SOMALILAND AGREEMENT ETH asserted 2024-01-01'],
  },
  {
    text: 'Russia recognised Abkhazia and South Ossetia in August 2008. Georgia cut ties with Nicaragua after Managua recognised the breakaway regions.',
    published: '2009-01-10',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted null', 'NIC RECOGNIZE SOUTH_OSSETIA asserted null'],
  },
  // the UN's envoys act for the UN; the Polisario's for the SADR
  {
    text: 'Polisario Front representative to the UN Sidi Omar met Staffan de Mistura in New York on Tuesday.',
    published: '2024-10-17',
    expect: ['SADR MEET UN asserted 2024-10-15'],
  },
  // a gerund used as a noun is its possessor's act
  {
    text: "Somalia recalled its ambassador from Kenya in protest at Nairobi's hosting of Somaliland's leader.",
    published: '2025-12-27',
    expect: ['KEN MEET SOMALILAND asserted null'],
    forbid: ['SOM MEET SOMALILAND'],
  },
  // who seeks recognition does not recognise; who wins it from another was recognised by that other
  {
    text: 'Kosovo declared independence in 2008. In the Horn of Africa, Somaliland has pursued recognition since 1991.',
    published: '2025-02-01',
    forbid: ['SOMALILAND RECOGNIZE'],
  },
  {
    text: 'The Taliban are seeking recognition from Moscow and Beijing.',
    published: '2024-05-01',
    forbid: ['TALIBAN RECOGNIZE', 'RUS RECOGNIZE TALIBAN asserted', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Taiwan received formal recognition from Nauru in May 2005.',
    published: '2024-01-16',
    expect: ['NRU RECOGNIZE TWN asserted 2005-05'],
    forbid: ['TWN RECOGNIZE'],
  },
  // "its leaders", "the territory": the authority the story is about
  {
    text: 'Somaliland declared independence in 1991. Its leaders signed a memorandum with Ethiopia in January 2024 under which Addis Ababa would consider recognising the territory, a deal Mogadishu called an act of aggression.',
    published: '2025-02-01',
    expect: [
      'SOMALILAND AGREEMENT ETH asserted 2024-01',
      // (what the memorandum says Ethiopia would consider is not dated by its signing)
      'ETH RECOGNIZE SOMALILAND speculated null',
      // (the reaction after the comma is told as done: its own words carry no guess)
      'SOM CONDEMN ETH asserted 2024-01',
    ],
    forbid: ['ETH RECOGNIZE SOMALILAND asserted'],
  },
  // a reaction in a sentence that told an act first reacts to that act, not to the story's main one
  {
    text: 'Russia recognised the Taliban government in July. Separately, Kenya opened a consulate in Hargeisa last week, a step Somalia condemned.',
    published: '2025-09-01',
    expect: ['SOM CONDEMN KEN asserted 2025-08'],
    forbid: ['SOM CONDEMN RUS'],
  },
  // a pronoun after a preposition is no subject
  {
    text: 'Beijing insists that any state wishing to establish relations with it must first cut ties with Taipei.',
    published: '2024-01-16',
    forbid: ['CHN WITHDRAW_RECOGNITION', 'CHN RECOGNIZE'],
  },
  // "X is one of the states that …", and those it stands "alongside"
  {
    text: 'Spain, which fears the precedent for Catalonia, is one of five EU members that have not recognised Kosovo, alongside Cyprus, Greece, Romania and Slovakia.',
    published: '2025-02-01',
    expect: [
      'ESP RECOGNIZE XKX negated null',
      'CYP RECOGNIZE XKX negated null',
      'GRC RECOGNIZE XKX negated null',
      'ROU RECOGNIZE XKX negated null',
      'SVK RECOGNIZE XKX negated null',
    ],
    forbid: ['ESP RECOGNIZE XKX asserted', 'CYP RECOGNIZE XKX asserted'],
  },
  {
    text: 'Syria is one of five states that recognise Abkhazia.',
    published: '2023-01-01',
    expect: ['SYR RECOGNIZE ABKHAZIA asserted null'],
  },
  // "the two nations": the pair just named
  {
    text: 'Kenyan Foreign Minister Musalia Mudavadi met his Moroccan counterpart Nasser Bourita in Rabat. The two nations also signed agreements on agriculture and health.',
    published: '2025-05-27',
    expect: ['KEN AGREEMENT MAR asserted null', 'MAR AGREEMENT KEN asserted null'],
  },
  // a withdrawal the text leaves to the story takes back what its actor recognised
  {
    text: 'Syria recognised Abkhazia and South Ossetia in 2018 and withdrew that recognition in 2025.',
    published: '2025-06-01',
    expect: ['SYR WITHDRAW_RECOGNITION ABKHAZIA asserted 2025', 'SYR WITHDRAW_RECOGNITION SOUTH_OSSETIA asserted 2025'],
  },
  {
    text: 'Kenya backed Morocco’s autonomy plan on Monday. Kenya had recognised the SADR in 2014 but did not say whether it would now withdraw that recognition.',
    published: '2025-05-27',
    expect: ['KEN WITHDRAW_RECOGNITION SADR speculated null'],
    forbid: ['KEN WITHDRAW_RECOGNITION SADR asserted', 'KEN WITHDRAW_RECOGNITION MAR'],
  },
  {
    text: 'Somaliland declared independence from Somalia in 1991. The breakaway region has since opened talks with the UAE.',
    published: '2025-05-27',
    expect: ['SOMALILAND MEET ARE asserted null'],
  },
  {
    text: 'Mogadishu welcomed the AU decision not to recognise Somaliland.',
    published: '2025-05-27',
    expect: ['AU REFUSE_RECOGNITION SOMALILAND asserted null', 'SOM PRAISE AU asserted null'],
    forbid: ['SOM REFUSE_RECOGNITION', 'SOM RECOGNIZE'],
  },
  // a clause opened by "after" holds its own parties and words: meeting an ambassador is no acceptance of him
  {
    text: 'Afghanistan’s Foreign Minister Amir Khan Muttaqi welcomed the “courageous decision” after meeting Russian Ambassador Dmitry Zhirnov in Kabul on Thursday.',
    published: '2025-07-04',
    expect: ['TALIBAN MEET RUS asserted 2025-07-03'],
    forbid: ['TALIBAN ACCEPT_ENVOY', 'RUS ACCEPT_ENVOY'],
  },
];
