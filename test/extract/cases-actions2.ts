import type { Case } from './cases.ts';

// The acts around a recognition other than the recognition itself, as wire copy, papers and government statements
// tell them: credentials and agrément, expulsions, upgraded missions, sanctions lifted, reactions to an acceptance.
export const ACTIONS2_CASES: Case[] = [
  // "letters of credence" are credentials: presented to the host, or received by it
  {
    text: 'The new Taliban envoy presented his letters of credence to President Shavkat Mirziyoyev in Tashkent.',
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: "Israel's ambassador-designate presented his letters of credence to Somaliland's president on 12 January 2026.",
    published: '2026-01-14',
    expect: ['SOMALILAND ACCEPT_ENVOY ISR asserted 2026-01-12'],
  },
  {
    text: 'President Tokayev received the letters of credence of the new Afghan ambassador, appointed by the Taliban, on June 10.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-06-10'],
    forbid: ['KAZ MEET TALIBAN'],
  },
  // credentials received "from" the envoy: the envoy's state is the target
  {
    text: 'President Ahmed al-Sharaa received the letters of credence from the new Qatari ambassador.',
    published: '2025-07-05',
    expect: ['SYR ACCEPT_ENVOY QAT asserted null'],
  },
  {
    text: 'China accepted credentials from the Taliban envoy in January 2024.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  {
    text: 'Uzbekistan has not accepted the letters of credence of a Taliban ambassador.',
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN negated null'],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted'],
  },
  // agrément granted to another state's nominee
  {
    text: "China has granted agrément to the Taliban's nominee for ambassador in Beijing.",
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: "Beijing gave its agrément to the Taliban's choice of ambassador.",
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: "Uzbekistan has not yet granted agrément to the Taliban's ambassador nominee.",
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN negated null'],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted'],
  },
  // an order to leave, or persona non grata, expels the envoy
  {
    text: 'Honduras ordered Taiwanese diplomats to leave the country within 30 days.',
    published: '2023-03-27',
    expect: ['HND CLOSE_MISSION TWN asserted null'],
  },
  {
    text: 'Algeria gave the French diplomats 48 hours to leave the country.',
    published: '2025-04-15',
    expect: ['DZA CLOSE_MISSION FRA asserted null'],
  },
  {
    text: "Somalia ordered Ethiopia's ambassador to leave within 72 hours in April 2024 over the Somaliland deal.",
    published: '2024-05-01',
    expect: ['SOM CLOSE_MISSION ETH asserted 2024-04'],
  },
  {
    text: 'Moldova declared a Russian diplomat persona non grata on Tuesday.',
    published: '2025-07-05',
    expect: ['MDA CLOSE_MISSION RUS asserted 2025-07-01'],
  },
  {
    text: "Russia's ambassador was declared persona non grata by Estonia.",
    published: '2025-07-05',
    expect: ['EST CLOSE_MISSION RUS asserted null'],
  },
  {
    text: 'Mogadishu could declare the Ethiopian envoy persona non grata.',
    published: '2024-01-05',
    expect: ['SOM CLOSE_MISSION ETH speculated null'],
    forbid: ['SOM CLOSE_MISSION ETH asserted'],
  },
  {
    text: 'Honduras did not order Taiwanese diplomats to leave.',
    published: '2023-03-27',
    forbid: ['HND CLOSE_MISSION TWN asserted'],
  },
  // ... but not a recall, nor others told to leave
  {
    text: 'Israel ordered its ambassador to return home for consultations.',
    published: '2024-05-23',
    forbid: ['ISR CLOSE_MISSION'],
  },
  {
    text: 'Pakistan gave Afghan refugees until March to leave.',
    published: '2025-02-01',
    forbid: ['PAK CLOSE_MISSION'],
  },
  // a hyphenated compound is one word of a frame's window
  {
    text: 'India upgraded its technical team in Kabul to a full-fledged embassy on October 10.',
    published: '2025-10-20',
    expect: ['IND OPEN_MISSION TALIBAN asserted 2025-10-10'],
  },
  // the lifting of sanctions is no sanction
  {
    text: 'Washington announced the easing of sanctions against Damascus.',
    published: '2025-05-20',
    forbid: ['USA SANCTION SYR'],
  },
  {
    text: "The EU announced the removal of sanctions on Syria's banks.",
    published: '2025-05-20',
    forbid: ['EU SANCTION SYR'],
  },
  {
    text: 'Trump announced the lifting of sanctions on Syria during a visit to Riyadh on May 13.',
    published: '2025-05-20',
    expect: ['USA MEET SAU asserted 2025-05-13'],
    forbid: ['USA SANCTION SYR'],
  },
  {
    text: 'The EU announced new sanctions on Syria.',
    published: '2025-05-20',
    expect: ['EU SANCTION SYR asserted null'],
  },
  // welcoming another's acceptance of an envoy praises it; welcoming the envoy hosts him
  {
    text: "The Taliban welcomed Russia's decision to accept its ambassador.",
    published: '2025-07-05',
    expect: ['TALIBAN PRAISE RUS asserted null', 'RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'The Taliban thanked China for accepting its ambassador.',
    published: '2025-07-05',
    expect: ['TALIBAN PRAISE CHN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: "Beijing welcomed the Taliban's appointment of an ambassador.",
    published: '2025-07-05',
    expect: ['CHN PRAISE TALIBAN asserted null'],
    forbid: ['CHN ACCEPT_ENVOY TALIBAN'],
  },
  {
    text: 'China welcomed the new Taliban ambassador.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['CHN PRAISE TALIBAN'],
  },
  // hosting a head of state by title
  {
    text: 'Erdogan hosted the Emir of Qatar in Ankara.',
    published: '2025-07-05',
    expect: ['TUR MEET QAT asserted null'],
  },
  // "to accord formal recognition": the infinitive's verb, not a goal ("a prerequisite to diplomatic recognition")
  {
    text: 'Russia became the first country to accord formal recognition to the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Russia became the first state to offer formal recognition to the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Russia becomes the first country to grant formal recognition to the Taliban regime.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'The US is unlikely to extend formal recognition to the Taliban.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE TALIBAN speculated null'],
    forbid: ['USA RECOGNIZE TALIBAN asserted'],
  },
  // "their embassies" of two parties are in each other's capitals; of three or more, each one's own
  {
    text: 'Germany, France and Britain have not reopened their embassies.',
    published: '2025-03-01',
    forbid: ['DEU OPEN_MISSION FRA', 'FRA OPEN_MISSION GBR', 'GBR OPEN_MISSION DEU'],
  },
  {
    text: 'Spain, Italy and Greece closed their missions in 2012.',
    published: '2025-03-01',
    forbid: ['ESP CLOSE_MISSION ITA', 'ITA CLOSE_MISSION GRC', 'GRC CLOSE_MISSION ESP'],
  },
  {
    text: 'Saudi Arabia and Iran reopened their embassies in 2023.',
    published: '2025-03-01',
    expect: ['SAU OPEN_MISSION IRN asserted 2023', 'IRN OPEN_MISSION SAU asserted 2023'],
  },
  // a listing's agent after "by"
  {
    text: 'The designation of Hamas as a terrorist organisation by Paraguay in 2024 drew praise from Israel.',
    published: '2025-03-01',
    expect: ['PRY DESIGNATE HAMAS asserted 2024', 'ISR PRAISE PRY asserted 2024'],
  },
  {
    text: "The removal of the Taliban from the list of terrorist organisations by Russia's Supreme Court came in April.",
    published: '2025-07-05',
    expect: ['RUS DELIST TALIBAN asserted 2025-04'],
  },
  {
    text: 'The listing of the TTP as a terrorist group by the UN in 2011 is under review.',
    published: '2025-03-01',
    expect: ['UN DESIGNATE TTP asserted 2011'],
  },
  // "the only country to recognise": a rank, as "the first country"; not a group asked to act
  {
    text: 'Turkey remains the only country to recognise the Turkish Republic of Northern Cyprus.',
    published: '2025-03-01',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted null'],
  },
  {
    text: 'Russia remains the only country to formally recognise the Taliban.',
    published: '2025-08-01',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Turkey is the only nation to recognise Northern Cyprus.',
    published: '2025-03-01',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted null'],
  },
  {
    text: 'Serbia urged the countries to withdraw recognition of Kosovo.',
    published: '2025-03-01',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // sanctions kept, renewed or maintained are sanctions in force
  {
    text: "The UN Security Council's 1988 sanctions committee maintains travel bans and asset freezes on more than 130 Taliban figures.",
    published: '2025-07-05',
    expect: ['UN SANCTION TALIBAN asserted null'],
  },
  {
    text: 'The EU renewed sanctions on Taliban leaders for another year.',
    published: '2025-07-05',
    expect: ['EU SANCTION TALIBAN asserted null'],
  },
  {
    text: 'The EU decided not to renew the sanctions on Syria.',
    published: '2025-07-05',
    forbid: ['EU SANCTION SYR asserted'],
  },
  // a noun joined by "and" before a preposition is no second verb
  {
    text: 'Washington imposed visa restrictions and sanctions on Taliban officials.',
    published: '2025-07-05',
    expect: ['USA SANCTION TALIBAN asserted null'],
  },
  // a mission kept closed is not kept open
  {
    text: 'The US kept its embassy in Kabul closed.',
    published: '2025-07-05',
    forbid: ['USA OPEN_MISSION TALIBAN'],
  },
  {
    text: 'Norway has kept its embassy in Kabul shut since 2021.',
    published: '2025-07-05',
    forbid: ['NOR OPEN_MISSION TALIBAN'],
  },
  {
    text: 'China kept its embassy in Kabul open.',
    published: '2025-07-05',
    expect: ['CHN OPEN_MISSION TALIBAN asserted null'],
  },
  // two parties that discussed something met; the act they discussed is a topic, not a fact
  {
    text: 'Mirziyoyev and Muttaqi discussed trade and the Trans-Afghan railway.',
    published: '2025-07-05',
    expect: ['UZB MEET TALIBAN asserted null', 'TALIBAN MEET UZB asserted null'],
  },
  {
    text: 'China discussed Afghanistan with Pakistan on Monday.',
    published: '2025-07-05',
    expect: ['CHN MEET PAK asserted 2025-06-30'],
  },
  {
    text: 'Russia and China discussed recognition of the Taliban.',
    published: '2025-07-05',
    expect: ['RUS MEET CHN asserted null', 'RUS RECOGNIZE TALIBAN speculated null'],
    forbid: ['RUS RECOGNIZE TALIBAN asserted', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Russian and Chinese officials discussed recognising the Taliban.',
    published: '2025-07-05',
    forbid: ['RUS RECOGNIZE TALIBAN asserted', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'The Kazakh parliament debated removing the Taliban from the list of banned groups.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN speculated null'],
    forbid: ['KAZ DELIST TALIBAN asserted'],
  },
  {
    text: 'After Russia recognised the Taliban, Lavrov and Wang Yi discussed the situation.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  // a delegation sent is a visit
  {
    text: 'The Taliban sent a delegation to Tashkent for an investment forum.',
    published: '2025-07-05',
    expect: ['TALIBAN MEET UZB asserted null'],
  },
  {
    text: 'India sent a technical team to its embassy in Kabul.',
    published: '2025-07-05',
    forbid: ['IND MEET TALIBAN'],
  },
  // a memorandum brokered between two parties binds them
  {
    text: 'Ankara brokered a memorandum between Somalia and Ethiopia in December 2024.',
    published: '2025-03-01',
    expect: ['SOM AGREEMENT ETH asserted 2024-12', 'ETH AGREEMENT SOM asserted 2024-12'],
  },
  // opposition expressed, a sharp or warm reaction
  {
    text: "Beijing expressed firm opposition to Israel's recognition of Somaliland.",
    published: '2025-12-30',
    expect: ['CHN CONDEMN ISR asserted null', 'ISR RECOGNIZE SOMALILAND asserted null'],
  },
  {
    text: 'Israel reacted angrily to the Norwegian announcement.',
    published: '2024-05-23',
    expect: ['ISR CONDEMN NOR asserted null'],
  },
  {
    text: "Serbia responded sharply to Sierra Leone's decision to recognise Kosovo.",
    published: '2024-05-23',
    expect: ['SRB CONDEMN SLE asserted null'],
  },
  {
    text: 'Pristina reacted positively to the Togolese move.',
    published: '2024-05-23',
    expect: ['XKX PRAISE TGO asserted null'],
  },
  {
    text: 'Israel did not react to the announcement by Norway.',
    published: '2024-05-23',
    forbid: ['ISR CONDEMN NOR', 'ISR PRAISE NOR'],
  },
  // representation raised to ambassador level sends one; an arriving envoy was sent
  {
    text: "Pakistan upgraded its chargé d'affaires in Kabul to ambassador in May 2025.",
    published: '2025-07-05',
    expect: ['PAK SEND_ENVOY TALIBAN asserted 2025-05'],
  },
  {
    text: 'Pakistan and the Taliban upgraded ties to ambassadorial level on May 30.',
    published: '2025-07-05',
    expect: ['PAK SEND_ENVOY TALIBAN asserted 2025-05-30', 'TALIBAN SEND_ENVOY PAK asserted 2025-05-30'],
  },
  {
    text: 'Pakistan and Afghanistan agreed to upgrade their diplomatic representation to ambassador level.',
    published: '2025-07-05',
    expect: ['PAK SEND_ENVOY TALIBAN intended null', 'TALIBAN SEND_ENVOY PAK intended null'],
  },
  {
    text: 'Pakistan did not upgrade ties with the Taliban to ambassadorial level.',
    published: '2025-07-05',
    forbid: ['PAK SEND_ENVOY TALIBAN asserted'],
  },
  {
    text: 'India upgraded its mission in Kabul to a full embassy headed by an ambassador.',
    published: '2025-11-01',
    expect: ['IND OPEN_MISSION TALIBAN asserted null'],
    forbid: ['IND SEND_ENVOY TALIBAN'],
  },
  {
    text: "China's new ambassador arrived in Kabul in September 2023.",
    published: '2025-07-05',
    expect: ['CHN SEND_ENVOY TALIBAN asserted 2023-09'],
  },
  {
    text: 'Zhao Sheng, China’s new ambassador to Afghanistan, arrived in Kabul in September 2023.',
    published: '2025-07-05',
    expect: ['CHN SEND_ENVOY TALIBAN asserted 2023-09'],
  },
  {
    text: 'The delegation arrived in Kabul with the ambassador.',
    published: '2025-07-05',
    none: true,
  },
  // a mission's place after an intransitive verb
  {
    text: 'Taiwan’s embassy closed in Honduras in March 2023.',
    published: '2025-07-05',
    expect: ['TWN CLOSE_MISSION HND asserted 2023-03'],
  },
  // missions exchanged, or "one" standing for the mission just named
  {
    text: 'Taiwan and Somaliland exchanged representative offices in 2020.',
    published: '2025-07-05',
    expect: ['TWN OPEN_MISSION SOMALILAND asserted 2020', 'SOMALILAND OPEN_MISSION TWN asserted 2020'],
  },
  {
    text: 'Somaliland opened a representative office in Taipei in 2020, and Taiwan opened one in Hargeisa.',
    published: '2025-07-05',
    expect: ['SOMALILAND OPEN_MISSION TWN asserted 2020', 'TWN OPEN_MISSION SOMALILAND asserted null'],
  },
  {
    text: 'Netanyahu said Israel would open an embassy in Hargeisa and that Somaliland would open one in Jerusalem.',
    published: '2025-12-27',
    expect: ['ISR OPEN_MISSION SOMALILAND intended null', 'SOMALILAND OPEN_MISSION ISR intended null'],
  },
  {
    text: 'Paraguay opened an embassy in Jerusalem, but Brazil did not open one.',
    published: '2025-07-05',
    expect: ['PRY OPEN_MISSION ISR asserted null', 'BRA OPEN_MISSION ISR negated null'],
    forbid: ['BRA OPEN_MISSION ISR asserted'],
  },
  {
    text: 'Israel shut its embassy in Ankara, and Turkey closed one in Tel Aviv.',
    published: '2025-07-05',
    expect: ['ISR CLOSE_MISSION TUR asserted null', 'TUR CLOSE_MISSION ISR asserted null'],
  },
  {
    text: 'Israel opened an embassy in Bahrain, and Bahrain opened one of its largest trade fairs in Tel Aviv.',
    published: '2025-07-05',
    expect: ['ISR OPEN_MISSION BHR asserted null'],
    forbid: ['BHR OPEN_MISSION ISR'],
  },
  {
    text: 'Luxembourg recognised Palestine on Monday, hours after Belgium and Malta did the same.',
    published: '2025-09-23',
    expect: ['BEL RECOGNIZE PSE asserted 2025-09-22', 'MLT RECOGNIZE PSE asserted 2025-09-22'],
  },
  // a passive's subject holds the party a listing falls on; a "since" aside dates the state, not the act
  {
    text: "The ban on the Taliban, in force since 2003, was suspended by Russia's Supreme Court.",
    published: '2025-04-20',
    expect: ['RUS DELIST TALIBAN asserted null'],
    forbid: ['RUS DELIST TALIBAN asserted 2003'],
  },
  {
    text: 'Sanctions against the Taliban were extended by the EU.',
    published: '2025-04-20',
    expect: ['EU SANCTION TALIBAN asserted null'],
  },
  {
    text: 'Since 2021, China has kept its embassy in Kabul open.',
    published: '2025-04-20',
    expect: ['CHN OPEN_MISSION TALIBAN asserted 2021'],
  },
  // the agent of a finite verb after an act's noun is not the act's agent
  {
    text: 'The recognition of Kosovo was condemned by Serbia.',
    published: '2025-04-20',
    forbid: ['SRB RECOGNIZE XKX'],
  },
  {
    text: 'The designation of Hamas as a terrorist group was revoked by Paraguay.',
    published: '2025-04-20',
    expect: ['PRY DELIST HAMAS asserted null'],
    forbid: ['PRY DESIGNATE HAMAS'],
  },
  {
    text: 'The designation of Hamas as a terrorist group was welcomed by Israel.',
    published: '2025-04-20',
    forbid: ['ISR DESIGNATE HAMAS'],
  },
  {
    text: 'The recognition of Palestine by Spain, Ireland and Norway was condemned by Israel.',
    published: '2024-05-30',
    expect: ['ESP RECOGNIZE PSE asserted null', 'NOR RECOGNIZE PSE asserted null', 'ISR CONDEMN IRL asserted null'],
    forbid: ['ISR RECOGNIZE PSE'],
  },
  // the expulsion of an envoy, performed or weighed
  {
    text: 'Somalia announced the expulsion of the Ethiopian ambassador on April 4.',
    published: '2024-04-10',
    expect: ['SOM CLOSE_MISSION ETH asserted 2024-04-04'],
  },
  {
    text: 'The expulsion of Russian diplomats by Estonia in 2022 angered Moscow.',
    published: '2024-04-10',
    expect: ['EST CLOSE_MISSION RUS asserted 2022'],
  },
  {
    text: 'Islamabad is reportedly weighing the expulsion of Afghan diplomats.',
    published: '2025-07-05',
    expect: ['PAK CLOSE_MISSION TALIBAN speculated null'],
    forbid: ['PAK CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: 'Kazakhstan is considering the recognition of the Taliban.',
    published: '2025-07-05',
    expect: ['KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Following the expulsion of the Ethiopian ambassador, relations deteriorated.',
    published: '2024-04-10',
    none: true,
  },
  // "chargés d'affaires", the plural
  {
    text: "Both Uzbekistan and Kazakhstan host Taliban-appointed chargés d'affaires.",
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted null', 'KAZ ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: "Neither Tashkent nor Astana has accepted Taliban chargés d'affaires.",
    published: '2025-07-05',
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted', 'KAZ ACCEPT_ENVOY TALIBAN asserted'],
  },
  // a mission whose work resumes reopens; talks resumed at it do not
  {
    text: 'Italy had already resumed the work of its embassy in Damascus last year.',
    published: '2025-02-10',
    expect: ['ITA OPEN_MISSION SYR asserted 2024'],
  },
  {
    text: 'Turkey resumed operations at its embassy in Damascus on December 14.',
    published: '2025-02-10',
    expect: ['TUR OPEN_MISSION SYR asserted 2024-12-14'],
  },
  {
    text: 'Pakistan resumed talks at its embassy in Kabul with Taliban officials.',
    published: '2025-02-10',
    expect: ['PAK MEET TALIBAN asserted null'],
    forbid: ['PAK OPEN_MISSION TALIBAN'],
  },
  // a group the gazetteer does not know, named at the head of a listing's object, is not the story's main party
  {
    text: 'Spain reopened its embassy in Damascus on Monday. The United States designated Hayat Tahrir al-Sham a terrorist organisation in 2018.',
    published: '2025-02-10',
    expect: ['ESP OPEN_MISSION SYR asserted 2025-02-10'],
    forbid: ['USA DESIGNATE SYR'],
  },
  {
    text: 'Syria reopened its embassy in Riyadh. Washington later revoked the designation of Hayat Tahrir al-Sham.',
    published: '2025-07-10',
    forbid: ['USA DELIST SYR'],
  },
  // "the decision of Spain": the one who decided is the target of the reaction
  {
    text: 'Slovenia welcomed the decisions of Spain, Ireland and Norway.',
    published: '2024-06-04',
    expect: ['SVN PRAISE ESP asserted null', 'SVN PRAISE IRL asserted null', 'SVN PRAISE NOR asserted null'],
  },
  {
    text: 'Serbia criticised the decision of Togo to recognise Kosovo.',
    published: '2024-06-04',
    expect: ['SRB CONDEMN TGO asserted null'],
  },
  {
    text: 'Serbia condemned the recognition of Kosovo by Togo.',
    published: '2024-06-04',
    expect: ['SRB CONDEMN TGO asserted null'],
    forbid: ['SRB CONDEMN XKX'],
  },
  // a date after an event's "of" is that event's time, not the reaction's
  {
    text: 'Slovenia remains committed to a two-state solution and condemns the terrorist attack by Hamas of 7 October 2023.',
    published: '2024-06-04',
    expect: ['SVN CONDEMN HAMAS asserted null'],
    forbid: ['SVN CONDEMN HAMAS asserted 2023-10-07'],
  },
  {
    text: 'In the statement of 4 June 2024, Slovenia recognised Palestine.',
    published: '2024-06-10',
    expect: ['SVN RECOGNIZE PSE asserted 2024-06-04'],
  },
  // allowing a mission is allowing it to be taken over or to work, not anything done near it
  {
    text: 'Kazakhstan accepted a Taliban-appointed diplomat in 2022 but has not allowed the group to raise its flag over the embassy in Astana.',
    published: '2023-12-30',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2022'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN negated'],
  },
  {
    text: 'Germany allowed the Taliban embassy to operate.',
    published: '2025-07-05',
    expect: ['DEU ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // what is kept, maintained or retained is in place: asserted, whatever modal governs it; no plan to recognise
  {
    text: "Guatemala's president Bernardo Arévalo said he would keep ties with Taiwan and has no plans to open an embassy in Beijing.",
    published: '2024-03-01',
    expect: ['GTM RECOGNIZE TWN asserted null', 'GTM OPEN_MISSION CHN negated null'],
    forbid: ['GTM INTEND_RECOGNIZE TWN', 'GTM OPEN_MISSION CHN asserted'],
  },
  {
    text: 'Paraguay has rejected offers from Beijing and vowed to maintain its embassy in Taipei.',
    published: '2024-03-01',
    expect: ['PRY OPEN_MISSION TWN asserted null'],
  },
  {
    text: 'Paraguay will not maintain its embassy in Taipei.',
    published: '2024-03-01',
    expect: ['PRY OPEN_MISSION TWN negated null'],
    forbid: ['PRY OPEN_MISSION TWN asserted'],
  },
  {
    text: 'Kazakhstan may keep its embassy in Kabul open.',
    published: '2024-03-01',
    expect: ['KAZ OPEN_MISSION TALIBAN asserted null'],
    forbid: ['KAZ OPEN_MISSION TALIBAN speculated'],
  },
  // keeping on promising is no mission kept
  {
    text: 'Kazakhstan kept promising to open an embassy in Kabul.',
    published: '2024-03-01',
    expect: ['KAZ OPEN_MISSION TALIBAN intended null'],
    forbid: ['KAZ OPEN_MISSION TALIBAN asserted'],
  },
  {
    text: 'The US kept its embassy in Kabul closed.',
    published: '2024-03-01',
    expect: ['USA CLOSE_MISSION TALIBAN asserted null'],
    forbid: ['USA OPEN_MISSION TALIBAN'],
  },
  // "there": the party just named, or the last sentence's subject
  {
    text: "Nauru severed ties with Taiwan two days after the island's presidential election, and Taipei promptly closed its embassy there.",
    published: '2024-01-20',
    expect: ['TWN CLOSE_MISSION NRU asserted null'],
  },
  {
    text: 'Honduras switched recognition to Beijing in March 2023. Taiwan closed its embassy there days later.',
    published: '2023-04-01',
    expect: ['TWN CLOSE_MISSION HND asserted 2023-03'],
    forbid: ['TWN CLOSE_MISSION CHN'],
  },
  {
    text: 'Russia recognised the Taliban, and Moscow has long kept an embassy there.',
    published: '2025-07-05',
    expect: ['RUS OPEN_MISSION TALIBAN asserted null'],
  },
  // banning or outlawing a group lists it; banning a kind of thing lists no party
  {
    text: 'Pakistan banned the TTP in 2008.',
    published: '2025-07-05',
    expect: ['PAK DESIGNATE TTP asserted 2008'],
  },
  {
    text: "Britain outlawed Hamas's political wing in 2021.",
    published: '2025-07-05',
    expect: ['GBR DESIGNATE HAMAS asserted 2021'],
  },
  {
    text: 'Pakistan has not banned the Afghan Taliban.',
    published: '2025-07-05',
    expect: ['PAK DESIGNATE TALIBAN negated null'],
    forbid: ['PAK DESIGNATE TALIBAN asserted'],
  },
  {
    text: 'The Taliban banned Iranian films.',
    published: '2025-07-05',
    none: true,
  },
  {
    text: 'Russia banned American NGOs in 2015.',
    published: '2025-07-05',
    forbid: ['RUS DESIGNATE USA'],
  },
  {
    text: 'Russia banned Taliban officials from entering the country.',
    published: '2025-07-05',
    forbid: ['RUS DESIGNATE TALIBAN'],
  },
  {
    text: 'China banned Lithuanian imports in 2021.',
    published: '2025-07-05',
    none: true,
  },
  // hyphenated names in a frame's window do not move the word it needed
  {
    text: 'The UN Security Council placed Tehreek-e-Taliban Pakistan on its ISIL and Al-Qaida sanctions list in July 2011.',
    published: '2025-07-05',
    expect: ['UN DESIGNATE TTP asserted 2011-07'],
  },
  // passives: "between" in the subject, a negation before the participle, the list's keeper as a modifier
  {
    text: 'A memorandum of understanding between Ethiopia and Somaliland was signed in January 2024.',
    published: '2025-07-05',
    expect: ['ETH AGREEMENT SOMALILAND asserted 2024-01', 'SOMALILAND AGREEMENT ETH asserted 2024-01'],
  },
  {
    text: 'A memorandum between Ethiopia and Somaliland was never signed.',
    published: '2025-07-05',
    expect: ['ETH AGREEMENT SOMALILAND negated null'],
    forbid: ['ETH AGREEMENT SOMALILAND asserted', 'SOMALILAND AGREEMENT ETH asserted'],
  },
  {
    text: 'Sanctions were never imposed on the Taliban by China.',
    published: '2025-07-05',
    expect: ['CHN SANCTION TALIBAN negated null'],
    forbid: ['CHN SANCTION TALIBAN asserted'],
  },
  {
    text: 'The Taliban were never removed from the UN sanctions list.',
    published: '2025-07-05',
    expect: ['UN DELIST TALIBAN negated null'],
    forbid: ['UN DELIST TALIBAN asserted'],
  },
  {
    text: 'The TTP was added to the UN Security Council sanctions list in 2011.',
    published: '2025-07-05',
    expect: ['UN DESIGNATE TTP asserted 2011'],
  },
  {
    text: 'Hamas was added to the Paraguayan terrorist list in 2024.',
    published: '2025-07-05',
    expect: ['PRY DESIGNATE HAMAS asserted 2024'],
  },
  // a participle set off at the end shares the main clause's subject, past a subordinate clause
  {
    text: 'Somalia recalled its ambassador from Addis Ababa after Ethiopia signed the deal with Somaliland, calling it an act of aggression.',
    published: '2024-01-05',
    expect: ['SOM CONDEMN ETH asserted null', 'ETH AGREEMENT SOMALILAND asserted null'],
    forbid: ['ETH CONDEMN SOM'],
  },
  {
    text: 'Mogadishu reacted angrily when Israel recognised Somaliland, calling the move illegal.',
    published: '2025-12-27',
    expect: ['SOM CONDEMN ISR asserted null'],
    forbid: ['ISR CONDEMN SOMALILAND', 'ISR CONDEMN SOM'],
  },
  {
    text: 'Serbia protested after Togo withdrew its recognition of Kosovo, calling it a betrayal.',
    published: '2024-01-05',
    expect: ['SRB CONDEMN TGO asserted null', 'TGO WITHDRAW_RECOGNITION XKX asserted null'],
  },
  // "raise" a mission or envoy only "to" a rank; a passive's subject is the mission upgraded
  {
    text: 'China raised concerns about the US embassy in Kabul.',
    published: '2025-07-05',
    none: true,
  },
  {
    text: 'China raised the issue with the US ambassador in Kabul.',
    published: '2025-07-05',
    none: true,
  },
  {
    text: 'Pakistan raised its mission in Kabul to an embassy.',
    published: '2025-07-05',
    expect: ['PAK OPEN_MISSION TALIBAN asserted null'],
  },
  {
    text: 'The Palestinian mission in London was upgraded to an embassy in September 2025.',
    published: '2025-10-01',
    expect: ['PSE OPEN_MISSION GBR asserted 2025-09'],
  },
  // "its first ambassador": the party named before, past a rank
  {
    text: 'Ireland upgraded the Palestinian mission in Dublin to an embassy and accepted the credentials of its first ambassador.',
    published: '2025-07-05',
    expect: ['IRL ACCEPT_ENVOY PSE asserted null', 'PSE OPEN_MISSION IRL asserted null'],
  },
  {
    text: 'Russia recognised the Taliban and accepted the credentials of its new ambassador.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // an envoy who took up his post was sent; his state may be named in an apposition
  {
    text: "Zhao Sheng, China's new ambassador to Afghanistan, took up his post in September 2023.",
    published: '2025-07-05',
    expect: ['CHN SEND_ENVOY TALIBAN asserted 2023-09'],
  },
  {
    text: "The Taliban's new ambassador to Moscow, Gul Hassan, took up his post in July.",
    published: '2025-08-05',
    expect: ['TALIBAN SEND_ENVOY RUS asserted 2025-07'],
  },
  {
    text: 'The ambassador took up the issue with Kabul.',
    published: '2025-08-05',
    none: true,
  },
  // an accusation of planning an act: the accused would act, by the accuser's guess
  {
    text: 'Mogadishu accused Addis Ababa of planning to recognise Somaliland.',
    published: '2024-01-05',
    expect: ['SOM CONDEMN ETH asserted null', 'ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['SOM RECOGNIZE SOMALILAND', 'SOM INTEND_RECOGNIZE SOMALILAND', 'ETH INTEND_RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'Serbia accused Montenegro of preparing to open an embassy in Pristina.',
    published: '2024-01-05',
    expect: ['MNE OPEN_MISSION XKX speculated null'],
    forbid: ['SRB OPEN_MISSION XKX', 'MNE OPEN_MISSION XKX asserted'],
  },
  // "has so far not": an auxiliary past adverbs, never the verb "have" of a kept mission
  {
    text: 'Japan has so far not reopened its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['JPN OPEN_MISSION TALIBAN negated null'],
    forbid: ['JPN OPEN_MISSION TALIBAN asserted'],
  },
  {
    text: 'Japan has, so far, refused to reopen its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['JPN OPEN_MISSION TALIBAN negated null'],
    forbid: ['JPN OPEN_MISSION TALIBAN asserted'],
  },
  {
    text: 'Pakistan has an embassy in Kabul.',
    published: '2025-07-05',
    expect: ['PAK OPEN_MISSION TALIBAN asserted null'],
  },
  // "had to" is done; "has to", "must", "will have to" are owed, not done
  {
    text: 'Russia had to close its embassy in Kabul in 2021.',
    published: '2025-07-05',
    expect: ['RUS CLOSE_MISSION TALIBAN asserted 2021'],
    forbid: ['RUS OPEN_MISSION TALIBAN'],
  },
  {
    text: 'Russia has to close its embassy in Kabul.',
    published: '2025-07-05',
    expect: ['RUS CLOSE_MISSION TALIBAN speculated null'],
    forbid: ['RUS OPEN_MISSION TALIBAN', 'RUS CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: 'Russia must close its embassy in Kabul.',
    published: '2025-07-05',
    forbid: ['RUS CLOSE_MISSION TALIBAN asserted'],
  },
  {
    text: 'Kenya will have to recognise Somaliland eventually.',
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE SOMALILAND speculated null'],
    forbid: ['KEN INTEND_RECOGNIZE SOMALILAND', 'KEN RECOGNIZE SOMALILAND asserted'],
  },
  // "any move to": hypothetical wherever it stands
  {
    text: 'Tashkent would likely follow any Kazakh move to accept a Taliban ambassador.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Dushanbe would oppose any Uzbek decision to open an embassy in Kabul.',
    published: '2025-07-05',
    forbid: ['UZB OPEN_MISSION TALIBAN asserted'],
  },
  // the appointment or accreditation of an envoy, its agents named by "of …'s" or "by"
  {
    text: "The appointment of Saudi Arabia's first ambassador to Syria in over a decade was announced on Tuesday.",
    published: '2025-07-05',
    expect: ['SAU SEND_ENVOY SYR asserted 2025-07-01'],
  },
  {
    text: 'The accreditation of a Taliban envoy by the UAE drew criticism from rights groups.',
    published: '2025-07-05',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'The Taliban welcomed the appointment of a new Chinese ambassador to Kabul.',
    published: '2025-07-05',
    expect: ['CHN SEND_ENVOY TALIBAN asserted null', 'TALIBAN PRAISE CHN asserted null'],
  },
  // solidarity and gratitude expressed to a party praise it
  {
    text: 'Egypt expressed solidarity with Somalia.',
    published: '2024-01-05',
    expect: ['EGY PRAISE SOM asserted null'],
  },
  {
    text: 'Ankara expressed its appreciation to Qatar for hosting the talks.',
    published: '2024-01-05',
    expect: ['TUR PRAISE QAT asserted null'],
  },
  {
    text: 'The Taliban expressed gratitude to China for accepting its ambassador.',
    published: '2024-01-05',
    expect: ['TALIBAN PRAISE CHN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Egypt did not express solidarity with Ethiopia.',
    published: '2024-01-05',
    forbid: ['EGY PRAISE ETH asserted'],
  },
  // sanctions lifted or ended, past the noun's modifiers, are none imposed
  {
    text: 'President Donald Trump signed an executive order on Monday formally ending the U.S. sanctions program on Syria.',
    published: '2025-06-30',
    forbid: ['USA SANCTION SYR'],
  },
  {
    text: 'The European Union lifted its economic sanctions on Syria in late May.',
    published: '2025-06-30',
    forbid: ['EU SANCTION SYR'],
  },
  {
    text: 'Washington lifted the remaining U.S. sanctions on Syria.',
    published: '2025-06-30',
    forbid: ['USA SANCTION SYR'],
  },
  {
    text: 'The EU imposed new economic sanctions on Syria.',
    published: '2025-06-30',
    expect: ['EU SANCTION SYR asserted null'],
  },
  {
    text: "The US sanctions the Taliban's leaders.",
    published: '2025-06-30',
    expect: ['USA SANCTION TALIBAN asserted null'],
  },
  // a person and a titled person joined by "and" are two parties; counterparts "from" a state; "by phone"
  {
    text: 'Netanyahu and Somaliland President Abdirahman Mohamed Abdullahi signed a joint declaration.',
    published: '2025-12-26',
    expect: ['ISR AGREEMENT SOMALILAND asserted null', 'SOMALILAND AGREEMENT ISR asserted null'],
  },
  {
    text: "Egypt's foreign ministry said Foreign Minister Badr Abdelatty had spoken by phone with his counterparts from Somalia, Turkey and Djibouti.",
    published: '2025-12-26',
    expect: ['EGY MEET SOM asserted null', 'EGY MEET TUR asserted null', 'EGY MEET DJI asserted null'],
  },
  {
    text: "Egypt's foreign minister spoke by phone with Somalia's president.",
    published: '2025-12-26',
    expect: ['EGY MEET SOM asserted null'],
  },
  // another party's act one hopes for is a guess, not that party's plan
  {
    text: 'The Taliban hope that China will soon accept their ambassador.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN speculated null'],
    forbid: ['CHN ACCEPT_ENVOY TALIBAN intended', 'CHN ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Kabul hopes Beijing will accept its envoy.',
    published: '2025-07-05',
    forbid: ['CHN ACCEPT_ENVOY TALIBAN intended', 'CHN ACCEPT_ENVOY TALIBAN asserted'],
  },
  // the place after a long mission name; a trade mission is a mission
  {
    text: 'Taiwan opened the Taipei Economic and Cultural Office in Vilnius.',
    published: '2025-07-05',
    expect: ['TWN OPEN_MISSION LTU asserted null'],
  },
  {
    text: 'Kazakhstan set up a trade mission in Kabul.',
    published: '2025-07-05',
    expect: ['KAZ OPEN_MISSION TALIBAN asserted null'],
  },
  // a courtesy call "on" someone is a meeting; a call on someone to act is an appeal; "called the X" names
  {
    text: 'The Ambassador of the Russian Federation, Mr. Dmitry Zhirnov, called on IEA-Foreign Minister Mawlawi Amir Khan Muttaqi.',
    published: '2025-07-05',
    expect: ['RUS MEET TALIBAN asserted null'],
    forbid: ['RUS MEET TALIBAN speculated'],
  },
  {
    text: "China's ambassador called on Muttaqi in Kabul on Monday.",
    published: '2025-07-05',
    expect: ['CHN MEET TALIBAN asserted 2025-06-30'],
  },
  {
    text: 'Pakistan called on the Taliban to act against the TTP.',
    published: '2025-07-05',
    forbid: ['PAK MEET TALIBAN'],
  },
  {
    text: 'TTP, also called the Pakistani Taliban, operates on the border of Afghanistan and Pakistan.',
    published: '2025-07-05',
    none: true,
  },
  // a protest lodged with a party condemns it
  {
    text: 'Beijing lodged a formal protest with Vilnius over the Taiwanese office.',
    published: '2021-11-20',
    expect: ['CHN CONDEMN LTU asserted null'],
    forbid: ['CHN CONDEMN TWN'],
  },
  {
    text: 'China lodged stern representations with Lithuania.',
    published: '2021-11-20',
    expect: ['CHN CONDEMN LTU asserted null'],
  },
  {
    text: 'Kenya has not lodged a protest with Somalia.',
    published: '2021-11-20',
    forbid: ['KEN CONDEMN SOM asserted'],
  },
  // "the delisting of" a party, not of shares
  {
    text: 'The delisting of the Taliban by Kazakhstan in 2023 was criticised by rights groups.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2023'],
  },
  {
    text: "Kazakhstan's delisting of the Taliban came in December 2023.",
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2023-12'],
  },
  {
    text: 'The delisting of Chinese companies from US exchanges rattled markets.',
    published: '2025-07-05',
    none: true,
  },
  // a mission named in an earlier conjunct is not the subject of a verb another party heads
  {
    text: "Burkina Faso closed Taiwan's embassy in Ouagadougou and China reopened its own.",
    published: '2018-06-01',
    expect: ['BFA CLOSE_MISSION TWN asserted null'],
    forbid: ['BFA OPEN_MISSION TWN', 'TWN OPEN_MISSION BFA'],
  },
  // a meeting "between" titled parties; readiness is a plan
  {
    text: 'On 15 August 2024, a meeting was held between the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov and the Acting Minister of Foreign Affairs of Afghanistan Amir Khan Muttaqi.',
    published: '2024-08-16',
    expect: ['UZB MEET TALIBAN asserted 2024-08-15', 'TALIBAN MEET UZB asserted 2024-08-15'],
  },
  {
    text: "Talks between the president of Kazakhstan and the Taliban's deputy prime minister took place in Astana.",
    published: '2024-08-16',
    expect: ['KAZ MEET TALIBAN asserted null', 'TALIBAN MEET KAZ asserted null'],
  },
  {
    text: 'The Uzbek side also confirmed its readiness to accept the credentials of a new head of the Afghan diplomatic mission in Tashkent.',
    published: '2024-08-16',
    expect: ['UZB ACCEPT_ENVOY TALIBAN intended null'],
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted'],
  },
  // an act told with its article, discussed, is still a fact
  {
    text: 'China and Pakistan discussed the recognition of the Taliban by Russia.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'CHN MEET PAK asserted null'],
  },
];
