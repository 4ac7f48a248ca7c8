import type { Case } from './cases.ts';

// The actions tested least (lists, sanctions, missions, envoys, agreements, reactions) and their modes, on
// recognition stories other than Russia and the Taliban.
export const ACTIONS_CASES: Case[] = [
  // a name before a determiner or a verb does not modify the sanctions noun: China opposed them, imposed none
  {
    text: 'The European Union renewed its sanctions on the Taliban in December. China opposed the sanctions, calling them unilateral.',
    published: '2025-03-01',
    forbid: ['CHN SANCTION'],
  },
  {
    text: 'The EU extended its sanctions on the Taliban last year. Beijing criticised sanctions as counterproductive.',
    published: '2025-03-01',
    forbid: ['CHN SANCTION'],
  },
  {
    text: 'Pakistan criticised the new US sanctions on the Taliban.',
    published: '2025-03-01',
    expect: ['USA SANCTION TALIBAN asserted null'],
    forbid: ['PAK SANCTION'],
  },
  // extending an exemption from a ban lifts it for a while: no sanction
  {
    text: 'UN extends travel ban exemption for Taliban ministers',
    published: '2024-08-20',
    forbid: ['UN SANCTION'],
  },
  {
    text: 'The Security Council did not extend the travel ban waiver for two Taliban ministers in August.',
    published: '2024-09-20',
    forbid: ['UN SANCTION'],
  },
  {
    text: 'The Security Council extended the travel ban on two Taliban ministers in August.',
    published: '2024-09-20',
    expect: ['UN SANCTION TALIBAN asserted 2024-08'],
  },
  // a list act on a group the gazetteer does not know is not the story's topic
  {
    text: 'Kazakhstan removed the Taliban from its list of terrorist organisations in 2023. Washington revoked the designation of the Houthis as a terrorist group in February 2021.',
    published: '2025-03-01',
    expect: ['KAZ DELIST TALIBAN asserted 2023'],
    forbid: ['USA DELIST'],
  },
  {
    text: 'Russia lifted its ban on the Taliban in April. Canada plans to list the Bishnoi gang as a terrorist entity.',
    published: '2025-06-01',
    forbid: ['CAN DESIGNATE'],
  },
  // "a campaign urging states to de-recognise": the states asked act, and they are nobody named
  {
    text: 'Serbia has for years led a campaign urging states to de-recognise Kosovo.',
    published: '2025-04-15',
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Belgrade ran a campaign urging Togo to de-recognise Kosovo.',
    published: '2025-04-15',
    expect: ['TGO WITHDRAW_RECOGNITION XKX speculated null'],
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  // "despite pledging to do so": a pledge, not a fact
  {
    text: 'Kosovo opened an embassy in Jerusalem in 2021. Serbia did not move its embassy to Jerusalem, despite pledging to do so.',
    published: '2025-04-15',
    expect: ['XKX OPEN_MISSION ISR asserted 2021'],
    forbid: ['SRB OPEN_MISSION ISR asserted'],
  },
  {
    text: 'Somalia threatened to expel the Ethiopian ambassador.',
    published: '2024-04-02',
    expect: ['SOM CLOSE_MISSION ETH intended null'],
    forbid: ['SOM CLOSE_MISSION ETH asserted'],
  },
  {
    text: "Mogadishu has threatened to close Ethiopia's consulates.",
    published: '2024-04-02',
    forbid: ['SOM CLOSE_MISSION ETH asserted'],
  },
  // rejecting another's recognition condemns it, and the recognition is still told
  {
    text: "The African Union rejected Israel's recognition of Somaliland.",
    published: '2025-12-27',
    expect: ['AU CONDEMN ISR asserted null', 'ISR RECOGNIZE SOMALILAND asserted null'],
  },
  {
    text: 'Somalia rejected recognition of Somaliland.',
    published: '2025-12-27',
    expect: ['SOM REFUSE_RECOGNITION SOMALILAND asserted null'],
    forbid: ['SOM CONDEMN'],
  },
  // recognising a plan, an autonomy proposal, names no state
  {
    text: "France recognized Morocco's autonomy plan as the only basis for a solution in July 2024.",
    published: '2024-11-20',
    forbid: ['FRA RECOGNIZE'],
  },
  {
    text: "Spain's recognition of the Moroccan autonomy proposal angered Algeria.",
    published: '2024-11-20',
    forbid: ['ESP RECOGNIZE'],
  },
  // an ordered closure of another state's missions: the host closes them
  {
    text: "Somalia ordered the closure of Ethiopia's consulates in Hargeisa and Garowe in April.",
    published: '2024-05-01',
    expect: ['SOM CLOSE_MISSION ETH asserted 2024-04'],
    forbid: ['SOM CLOSE_MISSION SOMALILAND'],
  },
  {
    text: 'Taiwan announced the closure of its embassy in Honduras.',
    published: '2023-03-27',
    expect: ['TWN CLOSE_MISSION HND asserted null'],
  },
  {
    text: 'Pakistan criticised the closure of the US embassy in Kabul.',
    published: '2021-09-01',
    forbid: ['PAK CLOSE_MISSION'],
  },
  // an agent stands before any verb joined after the object
  {
    text: 'Ethiopia signed a port deal with Somaliland on Monday. Egypt condemned the deal and pledged to stand by Somalia.',
    published: '2024-01-03',
    expect: ['EGY CONDEMN ETH asserted null'],
    forbid: ['EGY CONDEMN SOM'],
  },
  // hosting another's embassy accepts its envoys
  {
    text: 'South Africa continues to host a Sahrawi embassy in Pretoria.',
    published: '2024-11-20',
    expect: ['ZAF ACCEPT_ENVOY SADR asserted null'],
  },
  {
    text: 'Kenya does not host a Sahrawi embassy.',
    published: '2024-11-20',
    expect: ['KEN ACCEPT_ENVOY SADR negated null'],
    forbid: ['KEN ACCEPT_ENVOY SADR asserted'],
  },
  {
    text: 'Russia hosted a reception at the Taliban embassy.',
    published: '2025-07-05',
    forbid: ['RUS ACCEPT_ENVOY'],
  },
  // "no" before the word the frame needed denies the act
  {
    text: 'Russia has had no embassy in Kabul since 1992.',
    published: '2020-01-01',
    forbid: ['RUS OPEN_MISSION AFG asserted'],
  },
  {
    text: 'Ethiopia signed no agreement with Somaliland that year.',
    published: '2025-01-01',
    expect: ['ETH AGREEMENT SOMALILAND negated null'],
    forbid: ['ETH AGREEMENT SOMALILAND asserted'],
  },
  // "has no plans to open", "no intention of closing": the act after it, not a mission owned
  {
    text: 'The United States has no plans to open a consulate in Hargeisa.',
    published: '2025-12-27',
    expect: ['USA OPEN_MISSION SOMALILAND negated null'],
    forbid: ['USA OPEN_MISSION SOMALILAND asserted'],
  },
  {
    text: 'Ethiopia has no intention of closing its consulate in Hargeisa.',
    published: '2025-12-27',
    expect: ['ETH CLOSE_MISSION SOMALILAND negated null'],
    forbid: ['ETH OPEN_MISSION SOMALILAND asserted'],
  },
  {
    text: 'India has an embassy in Kabul.',
    published: '2025-07-05',
    expect: ['IND OPEN_MISSION TALIBAN asserted null'],
  },
  // modes on the least tested actions
  {
    text: 'Tajikistan refused to delist the Taliban and will not close its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['TJK DELIST TALIBAN negated null', 'TJK CLOSE_MISSION TALIBAN negated null'],
    forbid: ['TJK DELIST TALIBAN asserted', 'TJK CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: 'Kazakhstan is considering designating the Islamic State Khorasan Province as a terrorist group.',
    published: '2025-07-05',
    expect: ['KAZ DESIGNATE ISKP speculated null'],
  },
  {
    text: 'The Security Council could impose new sanctions on Taliban leaders, diplomats said.',
    published: '2025-07-05',
    expect: ['UN SANCTION TALIBAN speculated null'],
    forbid: ['UN SANCTION TALIBAN asserted'],
  },
  {
    text: 'Britain has not sanctioned any Taliban official since 2021.',
    published: '2025-07-05',
    expect: ['GBR SANCTION TALIBAN negated null'],
  },
  {
    text: 'Uzbekistan is weighing whether to send an ambassador to Kabul.',
    published: '2025-07-05',
    expect: ['UZB SEND_ENVOY TALIBAN speculated null'],
  },
  {
    text: 'Somaliland plans to appoint an ambassador to Israel.',
    published: '2025-12-27',
    expect: ['SOMALILAND SEND_ENVOY ISR intended null'],
  },
  {
    text: 'Russia is considering expelling Taliban diplomats.',
    published: '2025-07-05',
    expect: ['RUS CLOSE_MISSION TALIBAN speculated null'],
  },
  {
    text: 'Djibouti did not condemn the move, and Kenya has not commented.',
    published: '2025-12-27',
    forbid: ['DJI CONDEMN', 'KEN CONDEMN'],
  },
  // a sanction on no party in particular is not on the story's main target
  {
    text: 'Honduras cut ties with Taiwan in March. Beijing has never imposed sanctions on a country for keeping ties with Taiwan.',
    published: '2023-06-01',
    forbid: ['CHN SANCTION', 'CHN RECOGNIZE'],
  },
  {
    text: 'Taiwan lost Nauru in January. Some lawmakers want to sanction countries that abandon Taiwan.',
    published: '2024-06-01',
    forbid: ['TWN SANCTION', 'USA SANCTION'],
  },
  {
    text: 'The UN put Taliban leaders under sanctions in 1999. The Security Council imposed an asset freeze on its leaders in 2001.',
    published: '2024-06-01',
    expect: ['UN SANCTION TALIBAN asserted 1999', 'UN SANCTION TALIBAN asserted 2001'],
  },
  // a negation does not reach a second verb with a tense of its own
  {
    text: 'South Africa does not recognize Moroccan sovereignty and continues to host a Sahrawi embassy in Pretoria.',
    published: '2024-11-20',
    expect: ['ZAF ACCEPT_ENVOY SADR asserted null'],
    forbid: ['ZAF ACCEPT_ENVOY SADR negated'],
  },
  {
    text: 'China has not recognised the Taliban but keeps its embassy in Kabul open.',
    published: '2025-01-10',
    expect: ['CHN RECOGNIZE TALIBAN negated null', 'CHN OPEN_MISSION TALIBAN asserted null'],
  },
  {
    text: 'Kenya has not recognised the SADR and has opened a consulate in Laayoune.',
    published: '2025-01-10',
    expect: ['KEN RECOGNIZE SADR negated null'],
    forbid: ['KEN RECOGNIZE SADR asserted'],
  },
  // a bare verb after "and" shares the negation
  {
    text: 'India did not recognise the Taliban and open an embassy in Kabul.',
    published: '2025-01-10',
    expect: ['IND OPEN_MISSION TALIBAN negated null'],
    forbid: ['IND OPEN_MISSION TALIBAN asserted'],
  },
  {
    text: 'Washington recalled its ambassador from Panama in 2018 but imposed no sanctions on Panama.',
    published: '2024-06-01',
    expect: ['USA SANCTION PAN negated null'],
    forbid: ['USA SANCTION PAN asserted'],
  },
  // put or placed under sanctions; an embargo placed on a state
  {
    text: 'The UN put Taliban leaders under sanctions in 1999.',
    published: '2024-06-01',
    expect: ['UN SANCTION TALIBAN asserted 1999'],
  },
  {
    text: 'Britain has not placed any Taliban official under sanctions.',
    published: '2024-06-01',
    expect: ['GBR SANCTION TALIBAN negated null'],
    forbid: ['GBR SANCTION TALIBAN asserted'],
  },
  {
    text: 'The United States placed an arms embargo on Ethiopia in 2021.',
    published: '2024-06-01',
    expect: ['USA SANCTION ETH asserted 2021'],
  },
  // a representative appointed to a party is an envoy; one sent to a conference is not
  {
    text: 'Taiwan appointed a new representative to Somaliland in 2020.',
    published: '2024-06-01',
    expect: ['TWN SEND_ENVOY SOMALILAND asserted 2020'],
  },
  {
    text: 'Somaliland plans to appoint a representative in Taipei.',
    published: '2024-06-01',
    expect: ['SOMALILAND SEND_ENVOY TWN intended null'],
  },
  {
    text: 'The Taliban sent an envoy to Moscow in May. Russia sent a representative to the conference.',
    published: '2024-06-01',
    forbid: ['RUS SEND_ENVOY'],
  },
  // "calling for sanctions" is a noun after a preposition, no act of sanctioning
  {
    text: 'The Organisation of Islamic Cooperation criticised Israel but stopped short of calling for sanctions.',
    published: '2025-12-28',
    expect: ['OIC CONDEMN ISR asserted null'],
    forbid: ['OIC SANCTION'],
  },
  {
    text: 'The European Parliament voted on Thursday to sanction Israel.',
    published: '2025-12-28',
    forbid: ['EU SANCTION ISR negated'],
  },
  // the object of an infinitive is no subject; nor is the subject of a clause after "hoped"
  {
    text: 'China said it firmly opposed any attempt to split Somalia and would not establish ties with Somaliland.',
    published: '2025-12-28',
    expect: ['CHN REFUSE_RECOGNITION SOMALILAND asserted null'],
    forbid: ['SOM REFUSE_RECOGNITION'],
  },
  {
    text: "Israel recognised Somaliland on Friday. Taiwan welcomed Israel's decision and said it hoped other democracies would follow.",
    published: '2025-12-28',
    expect: ['TWN PRAISE ISR asserted null'],
    forbid: ['TWN RECOGNIZE', 'TWN INTEND_RECOGNIZE'],
  },
  {
    text: 'Somaliland had hoped Ethiopia would become the first country to recognise it.',
    published: '2024-06-01',
    forbid: ['SOMALILAND RECOGNIZE'],
  },
  // a modal after "and" starts a predicate of its own
  {
    text: 'Paraguay said it would not abandon Taiwan and would open a new consulate in Taipei next year.',
    published: '2025-02-03',
    expect: ['PRY OPEN_MISSION TWN intended 2026'],
    forbid: ['PRY OPEN_MISSION TWN negated'],
  },
  {
    text: 'The United States has not sanctioned any country for switching ties.',
    published: '2025-02-03',
    forbid: ['USA SANCTION'],
  },
  {
    text: 'Nauru cut ties with Taiwan in January and reopened relations with China days later.',
    published: '2024-03-01',
    expect: ['NRU RECOGNIZE CHN asserted 2024-01', 'NRU WITHDRAW_RECOGNITION TWN asserted 2024-01'],
  },
  // a wish is no fact; the one wanted to act is the infinitive's subject
  {
    text: 'Kazakhstan wants to delist the Taliban.',
    published: '2025-06-11',
    expect: ['KAZ DELIST TALIBAN speculated null'],
    forbid: ['KAZ DELIST TALIBAN asserted'],
  },
  {
    text: 'Russia and China want the council to delist several senior Taliban officials.',
    published: '2025-06-11',
    forbid: ['RUS DELIST', 'CHN DELIST'],
  },
  // "the sanctions" are whoever the story says imposed them
  {
    text: 'Russia removed the Taliban from its terrorist list in April. The United States imposed sanctions on two Taliban ministers on Monday. The Taliban denounced the sanctions as unjust.',
    published: '2025-06-11',
    expect: ['TALIBAN CONDEMN USA asserted null'],
    forbid: ['TALIBAN CONDEMN RUS'],
  },
  {
    text: 'Russia removed the Taliban from its terrorist list in April. The Taliban denounced the sanctions as unjust.',
    published: '2025-06-11',
    forbid: ['TALIBAN CONDEMN RUS'],
  },
  // an act named after a reaction or a report is not the reacting party's own
  {
    text: 'Serbia claims another withdrawal of recognition of Kosovo',
    published: '2025-04-15',
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Serbia condemned recognition of Kosovo.',
    published: '2025-04-15',
    forbid: ['SRB RECOGNIZE'],
  },
  {
    text: 'Russia welcomed recognition of the Taliban by other states.',
    published: '2025-07-05',
    forbid: ['RUS RECOGNIZE'],
  },
  {
    text: 'Kenya announced recognition of Kosovo on Monday.',
    published: '2025-03-12',
    expect: ['KEN RECOGNIZE XKX asserted 2025-03-10'],
  },
  // a mission as the subject of an intransitive or passive verb: its owner acts, where the subject says
  {
    text: "Taiwan's embassy in Nauru closed on Friday.",
    published: '2024-01-20',
    expect: ['TWN CLOSE_MISSION NRU asserted 2024-01-19'],
  },
  {
    text: 'The Israeli embassy in Mogadishu was shut in 1991.',
    published: '2025-12-28',
    expect: ['ISR CLOSE_MISSION SOM asserted 1991'],
  },
  {
    text: "Uzbekistan's embassy in Kabul never closed.",
    published: '2025-07-05',
    expect: ['UZB CLOSE_MISSION TALIBAN negated null'],
    forbid: ['UZB CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: "China's embassy in Kabul may close soon.",
    published: '2025-07-05',
    expect: ['CHN CLOSE_MISSION TALIBAN speculated null'],
    forbid: ['CHN CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: "Kenya's embassy in Pristina opened in May.",
    published: '2025-09-01',
    expect: ['KEN OPEN_MISSION XKX asserted 2025-05'],
  },
  {
    text: 'The Somali embassy in Addis Ababa remains open.',
    published: '2024-04-10',
    expect: ['SOM OPEN_MISSION ETH asserted null'],
  },
  {
    text: 'The embassy said Russia closed its borders.',
    published: '2025-07-05',
    none: true,
  },
  // "warned it would": a reported plan; "warned X against": a warning, by X if named
  {
    text: 'Somalia warned it would expel the Ethiopian ambassador.',
    published: '2024-04-02',
    expect: ['SOM CLOSE_MISSION ETH intended null'],
    forbid: ['SOM CLOSE_MISSION ETH asserted'],
  },
  {
    text: 'Somalia cautioned Kenya against recognising Somaliland.',
    published: '2025-12-28',
    expect: ['KEN RECOGNIZE SOMALILAND speculated null'],
    forbid: ['SOM RECOGNIZE', 'KEN RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'Somalia warned Ethiopia against opening a consulate in Hargeisa.',
    published: '2025-12-28',
    forbid: ['ETH OPEN_MISSION SOMALILAND asserted', 'SOM OPEN_MISSION'],
  },
  {
    text: 'China has warned against recognising Somaliland.',
    published: '2025-12-28',
    forbid: ['CHN RECOGNIZE'],
  },
  // the possessor of a prefixed noun stands before the prefix
  {
    text: "Ghana withdrew its recognition of Kosovo in 2019. Sierra Leone's de-recognition in 2020 was welcomed by Serbia.",
    published: '2025-04-20',
    expect: ['SLE WITHDRAW_RECOGNITION XKX asserted 2020', 'SRB PRAISE SLE asserted 2020'],
    forbid: ['SRB WITHDRAW_RECOGNITION'],
  },
  // no event: sport, trade figures, sanctions as economics, people who speak for no state
  {
    text: 'Somalia beat Ethiopia 2-0 in the regional cup on Saturday.',
    published: '2025-07-05',
    none: true,
  },
  {
    text: 'Sanctions on Russia have pushed up oil prices, economists say.',
    published: '2025-07-05',
    none: true,
  },
  {
    text: "Analysts criticised Israel's decision, and a former Somali diplomat condemned the deal.",
    published: '2025-12-27',
    none: true,
  },
  {
    text: 'Afghan exports to Uzbekistan rose 30 percent to 200 million dollars.',
    published: '2025-07-05',
    none: true,
  },
];
