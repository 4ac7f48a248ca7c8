import type { Case } from './cases.ts';

// Background and history writing about past recognition cascades: timelines, explainers, anniversary pieces.
export const PAST_CASES: Case[] = [
  // a day that names an event ("the September 11 attacks") is that event's date, not a day of the story's year
  {
    text: 'After the September 11 attacks, the UAE and Saudi Arabia cut ties with the Taliban.',
    published: '2025-07-05',
    expect: [
      'ARE WITHDRAW_RECOGNITION TALIBAN asserted 2001-09-11',
      'SAU WITHDRAW_RECOGNITION TALIBAN asserted 2001-09-11',
    ],
    forbid: [
      'ARE WITHDRAW_RECOGNITION TALIBAN asserted 2024-09-11',
      'SAU WITHDRAW_RECOGNITION TALIBAN asserted 2024-09-11',
    ],
  },
  {
    text: 'In the wake of the Sept. 11 terrorist attacks, Pakistan severed diplomatic relations with the Taliban.',
    published: '2021-08-20',
    expect: ['PAK WITHDRAW_RECOGNITION TALIBAN asserted 2001-09-11'],
    forbid: ['PAK WITHDRAW_RECOGNITION TALIBAN asserted 2020-09-11'],
  },
  {
    text: 'Following the October 7 attacks, Bolivia severed diplomatic relations with Israel.',
    published: '2025-07-05',
    expect: ['BOL WITHDRAW_RECOGNITION ISR asserted null'],
    forbid: ['BOL WITHDRAW_RECOGNITION ISR asserted 2024-10-07'],
  },
  {
    text: 'After the July 15 coup attempt, Turkey expelled Dutch diplomats.',
    published: '2025-07-05',
    expect: ['TUR CLOSE_MISSION NLD asserted null'],
    forbid: ['TUR CLOSE_MISSION NLD asserted 2024-07-15'],
  },
  // near miss: a day with no event noun after it is still this year's (or last year's) day
  {
    text: 'On September 11, Russia recognised Abkhazia.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2024-09-11'],
  },
  // "did so" after an appeal to others: the appealer's own act, asserted
  {
    text: 'Germany urged its partners to recognise Croatia, and did so itself in December 1991.',
    published: '2021-12-23',
    expect: ['DEU RECOGNIZE HRV asserted 1991-12'],
    forbid: ['DEU RECOGNIZE HRV speculated'],
  },
  {
    text: 'Washington pressed its allies to recognise Kosovo and did so itself on February 18, 2008.',
    published: '2018-02-17',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18'],
    forbid: ['USA RECOGNIZE XKX speculated'],
  },
  {
    text: 'Italy urged other governments to recognise Slovenia and Croatia, and did so on 15 January 1992.',
    published: '2022-01-15',
    expect: ['ITA RECOGNIZE SVN asserted 1992-01-15', 'ITA RECOGNIZE HRV asserted 1992-01-15'],
  },
  {
    text: 'Germany urged its partners to recognise Croatia and has since recognised Kosovo too.',
    published: '2025-07-05',
    expect: ['DEU RECOGNIZE XKX asserted null'],
    forbid: ['DEU RECOGNIZE XKX speculated'],
  },
  // near misses: a guess that scopes the whole clause still reaches the verb joined after "and"
  {
    text: 'It is unclear whether Germany wants to recognise Kosovo and has opened an embassy.',
    published: '2025-07-05',
    forbid: ['DEU OPEN_MISSION XKX asserted', 'DEU RECOGNIZE XKX asserted'],
  },
  {
    text: 'Serbia urged countries not to recognise Kosovo, and Spain has not done so.',
    published: '2025-07-05',
    expect: ['ESP RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  {
    text: 'Washington pressed Islamabad to cut ties with the Taliban, but did not itself close its embassy.',
    published: '2025-07-05',
    forbid: ['PAK WITHDRAW_RECOGNITION TALIBAN asserted', 'USA CLOSE_MISSION TALIBAN asserted'],
  },
  // "…, followed by X <when>": the followers' own date, counted from the act followed
  {
    text: 'Iceland recognised Croatia on 19 December 1991, followed by Germany four days later.',
    published: '2021-12-19',
    expect: ['ISL RECOGNIZE HRV asserted 1991-12-19', 'DEU RECOGNIZE HRV asserted 1991-12-23'],
  },
  {
    text: 'Bhutan became the first state to recognise Bangladesh on 6 December 1971, followed by India hours later.',
    published: '2021-12-06',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted 1971-12-06'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008, followed by Nicaragua the following month.',
    published: '2018-08-26',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008-08', 'NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
  },
  {
    text: 'Panama switched diplomatic recognition to Beijing in June 2017, followed by the Dominican Republic and El Salvador the following year.',
    published: '2023-03-26',
    expect: [
      'PAN RECOGNIZE CHN asserted 2017-06',
      'DOM RECOGNIZE CHN asserted 2018',
      'SLV RECOGNIZE CHN asserted 2018',
      'DOM WITHDRAW_RECOGNITION TWN asserted 2018',
    ],
  },
  {
    text: 'Kosovo was recognised by the United States on 18 February 2008, followed by Germany two days later.',
    published: '2018-02-17',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18', 'DEU RECOGNIZE XKX asserted 2008-02-20'],
  },
  {
    text: 'Iceland recognised Croatia on 19 December 1991, followed by Germany on 23 December.',
    published: '2021-12-19',
    expect: ['ISL RECOGNIZE HRV asserted 1991-12-19', 'DEU RECOGNIZE HRV asserted 1991-12-23'],
  },
  // the followers' date is theirs alone: the act followed is not dated by it
  {
    text: 'Bhutan recognised Bangladesh, followed by India on 7 December 1971.',
    published: '2021-12-06',
    expect: ['BTN RECOGNIZE BGD asserted null', 'IND RECOGNIZE BGD asserted 1971-12-07'],
    forbid: ['BTN RECOGNIZE BGD asserted 1971-12-07'],
  },
  // near miss: followers with no time of their own stay undated
  {
    text: 'Iceland recognised Croatia in 1991, followed by Germany.',
    published: '2021-12-19',
    expect: ['ISL RECOGNIZE HRV asserted 1991', 'DEU RECOGNIZE HRV asserted null'],
  },
  // "it" recognised, with no party before it in its sentence: the claimant the story last made its subject
  {
    text: 'Northern Cyprus declared independence on 15 November 1983. Turkey recognised it the same day.',
    published: '2023-11-15',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted 1983-11-15'],
  },
  {
    text: 'Kosovo declared independence from Serbia on 17 February 2008. The United States recognised it the next day.',
    published: '2018-02-17',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18'],
  },
  {
    text: 'Palestine declared independence on 15 November 1988. Algeria recognised it the same day.',
    published: '2018-11-15',
    expect: ['DZA RECOGNIZE PSE asserted 1988-11-15'],
  },
  // near misses: a subject whose recognition is not at stake is not "it"
  {
    text: "Serbia rejects Kosovo's independence. Spain has not recognised it either.",
    published: '2025-07-05',
    expect: ['ESP RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE SRB'],
  },
  {
    text: 'Pakistan hosted Taliban officials in Islamabad on Monday. Beijing has not recognised it.',
    published: '2025-07-05',
    forbid: ['CHN RECOGNIZE PAK'],
  },
  // a count in words ("more than a dozen countries") is the subject, not the speaker before it
  {
    text: 'Serbia says more than a dozen countries have withdrawn their recognition of Kosovo.',
    published: '2025-07-05',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Belgrade said more than a dozen states had reversed their recognition of Kosovo.',
    published: '2025-07-05',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // a speaker set off by commas acts in no act of the clause it interrupts
  {
    text: 'More than a dozen countries, Belgrade claims, have withdrawn recognition of Kosovo.',
    published: '2025-07-05',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Togo, Serbia said, withdrew its recognition of Kosovo in 2019.',
    published: '2025-07-05',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted 2019'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Ghana, Belgrade claims, revoked its recognition of Kosovo in 2019.',
    published: '2025-07-05',
    expect: ['GHA WITHDRAW_RECOGNITION XKX asserted 2019'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // near miss: a headline's list of names still is a list
  {
    text: 'Malta, Slovenia recognise Palestine',
    published: '2025-07-05',
    expect: ['MLT RECOGNIZE PSE asserted null', 'SVN RECOGNIZE PSE asserted null'],
  },
  // "since" before the acts of several: each acted some time after, not all at its start
  {
    text: 'Since 2017, Serbia says, more than a dozen countries have withdrawn their recognition of Kosovo, among them Suriname, Burundi and Togo.',
    published: '2025-07-05',
    expect: [
      'SUR WITHDRAW_RECOGNITION XKX asserted null',
      'BDI WITHDRAW_RECOGNITION XKX asserted null',
      'TGO WITHDRAW_RECOGNITION XKX asserted null',
    ],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX', 'TGO WITHDRAW_RECOGNITION XKX asserted 2017'],
  },
  {
    text: 'Since 2008, Russia and Nicaragua have recognised Abkhazia.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted null', 'NIC RECOGNIZE ABKHAZIA asserted null'],
  },
  // near miss: one actor's state since a year began then
  {
    text: 'Turkey has recognised Northern Cyprus since 1983.',
    published: '2025-07-05',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted 1983'],
  },
  // a timeline row in the present tense: "restores ties", "retracts its recognition"
  {
    text: '- 2021: Nicaragua restores ties with Beijing in December.',
    published: '2023-03-27',
    expect: ['NIC RECOGNIZE CHN asserted 2021-12'],
  },
  {
    text: 'Timeline:\n- 2019: Papua New Guinea retracts its recognition of Kosovo.\n- 2020: Sierra Leone resumes ties with Serbia.',
    published: '2023-03-27',
    expect: ['PNG WITHDRAW_RECOGNITION XKX asserted 2019'],
  },
  {
    text: 'Chad and Qatar forge diplomatic ties.',
    published: '2023-03-27',
    expect: ['TCD RECOGNIZE QAT asserted null'],
  },
  // a year opening the sentence without a comma: the names after it are the subject
  {
    text: 'In 2018 Panama switched to Beijing.',
    published: '2023-03-27',
    expect: ['PAN RECOGNIZE CHN asserted 2018', 'PAN WITHDRAW_RECOGNITION TWN asserted 2018'],
  },
  {
    text: 'In 2018 the Dominican Republic, Burkina Faso and El Salvador switched to Beijing.',
    published: '2023-03-27',
    expect: ['DOM RECOGNIZE CHN asserted 2018', 'BFA RECOGNIZE CHN asserted 2018', 'SLV RECOGNIZE CHN asserted 2018'],
  },
  {
    text: 'In 1983 Turkey recognised Northern Cyprus.',
    published: '2023-11-15',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted 1983'],
  },
  {
    text: 'In 2008 Russia recognised Abkhazia and South Ossetia, and in 2009 Nauru did the same.',
    published: '2023-11-15',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008', 'NRU RECOGNIZE ABKHAZIA asserted 2009'],
  },
  // the European Community of 1991-92 is the EU's forerunner
  {
    text: 'On 15 January 1992 the European Community, Austria and Switzerland recognised Croatia.',
    published: '2022-01-15',
    expect: [
      'EU RECOGNIZE HRV asserted 1992-01-15',
      'AUT RECOGNIZE HRV asserted 1992-01-15',
      'CHE RECOGNIZE HRV asserted 1992-01-15',
    ],
  },
  {
    text: 'The EC recognised Slovenia and Croatia in January 1992.',
    published: '2022-01-15',
    expect: ['EU RECOGNIZE SVN asserted 1992-01', 'EU RECOGNIZE HRV asserted 1992-01'],
  },
  // a date after ", and" + a subject of its own ("all three had withdrawn") is the second clause's only
  {
    text: 'Only Pakistan, Saudi Arabia and the UAE ever recognised the Taliban regime, and all three had withdrawn recognition by the end of 2001.',
    published: '2021-08-20',
    expect: [
      'PAK RECOGNIZE TALIBAN asserted null',
      'SAU RECOGNIZE TALIBAN asserted null',
      'PAK WITHDRAW_RECOGNITION TALIBAN asserted 2001',
    ],
    forbid: ['PAK RECOGNIZE TALIBAN asserted 2001', 'ARE RECOGNIZE TALIBAN asserted 2001'],
  },
  // an elliptical act after "after", "before", "as": the act just told, done by that subject
  {
    text: 'Saudi Arabia recognised the Taliban on 26 May 1997, a day after Pakistan did.',
    published: '2021-08-20',
    expect: ['SAU RECOGNIZE TALIBAN asserted 1997-05-26', 'PAK RECOGNIZE TALIBAN asserted 1997-05-25'],
  },
  {
    text: 'Germany recognised Croatia on 23 December 1991, four days after Iceland had.',
    published: '2021-12-23',
    expect: ['DEU RECOGNIZE HRV asserted 1991-12-23', 'ISL RECOGNIZE HRV asserted 1991-12-19'],
  },
  {
    text: 'Spain recognised Palestine in May 2024, as Norway and Ireland did.',
    published: '2025-07-05',
    expect: [
      'ESP RECOGNIZE PSE asserted 2024-05',
      'NOR RECOGNIZE PSE asserted 2024-05',
      'IRL RECOGNIZE PSE asserted 2024-05',
    ],
  },
  {
    text: 'Spain did not recognise Kosovo, even after Portugal did.',
    published: '2025-07-05',
    expect: ['ESP RECOGNIZE XKX negated null', 'PRT RECOGNIZE XKX asserted null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  // near misses: the ellipsis keeps the denial or the guess of the act it stands for
  {
    text: 'Greece did not recognise Kosovo in 2008, as Spain did.',
    published: '2025-07-05',
    expect: ['GRC RECOGNIZE XKX negated 2008'],
    forbid: ['ESP RECOGNIZE XKX asserted', 'GRC RECOGNIZE XKX asserted'],
  },
  {
    text: 'Kazakhstan may recognise the Taliban after Uzbekistan does.',
    published: '2025-07-05',
    forbid: ['UZB RECOGNIZE TALIBAN asserted', 'KAZ RECOGNIZE TALIBAN asserted'],
  },
  // an opening phrase ends before a clause's own verb: the comma after it is the list's
  {
    text: 'Kosovo declared independence on 17 February 2008. Within a day it had been recognised by the United States, Britain, France and Turkey.',
    published: '2024-02-17',
    expect: [
      'USA RECOGNIZE XKX asserted null',
      'GBR RECOGNIZE XKX asserted null',
      'FRA RECOGNIZE XKX asserted null',
      'TUR RECOGNIZE XKX asserted null',
    ],
    forbid: ['USA RECOGNIZE GBR', 'USA RECOGNIZE FRA', 'USA RECOGNIZE TUR'],
  },
  {
    text: 'Within days Kosovo was recognised by the United States, Britain, France and Turkey.',
    published: '2024-02-17',
    expect: ['USA RECOGNIZE XKX asserted null', 'GBR RECOGNIZE XKX asserted null', 'TUR RECOGNIZE XKX asserted null'],
  },
  // a group moved to act by another ("persuaded more than a dozen countries to withdraw") is the act's subject
  {
    text: 'Serbia has persuaded more than a dozen countries to withdraw their recognition of Kosovo.',
    published: '2024-02-17',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Serbia paused its campaign to get countries to withdraw recognition of Kosovo.',
    published: '2024-02-17',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Serbia has tried to convince countries to derecognise Kosovo.',
    published: '2024-02-17',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Serbia convinced several African states to withdraw recognition of Kosovo.',
    published: '2024-02-17',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // near miss: "the first country to" is the subject's own predicate
  {
    text: 'Togo became the first country to withdraw its recognition of Kosovo in 2019.',
    published: '2024-02-17',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted 2019'],
  },
  // a past denial that lasts "until" a date: the act was done then
  {
    text: 'Pakistan did not recognise Bangladesh until February 1974.',
    published: '2021-12-16',
    expect: ['PAK RECOGNIZE BGD asserted 1974-02'],
    forbid: ['PAK RECOGNIZE BGD negated'],
  },
  {
    text: 'Israel did not establish diplomatic relations with the Vatican until 1993.',
    published: '2023-12-30',
    expect: ['ISR RECOGNIZE VAT asserted 1993'],
  },
  {
    text: 'Gambia broke ties with Taiwan in 2013 but did not establish relations with China until 2016.',
    published: '2023-03-27',
    expect: ['GMB WITHDRAW_RECOGNITION TWN asserted 2013', 'GMB RECOGNIZE CHN asserted 2016'],
  },
  {
    text: "Pakistan didn't recognise Bangladesh until 1974.",
    published: '2021-12-16',
    expect: ['PAK RECOGNIZE BGD asserted 1974'],
  },
  // near misses: a denial until a condition, or for the future, is no act done
  {
    text: 'China has not recognised the Taliban and will not do so until it forms an inclusive government.',
    published: '2025-07-05',
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'China will not recognise the Taliban until 2026.',
    published: '2025-07-05',
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Spain has not recognised Kosovo until now.',
    published: '2025-07-05',
    expect: ['ESP RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  // "did so" after an act whose doers are no party: what it names, done to the party it names
  {
    text: 'Belgrade has run a campaign to persuade states to withdraw recognition of Kosovo; Suriname was the first to do so, in October 2017.',
    published: '2024-02-17',
    expect: ['SUR WITHDRAW_RECOGNITION XKX asserted 2017-10'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Serbia urged countries to revoke their recognition of Kosovo, and Togo did so in 2019.',
    published: '2024-02-17',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted 2019'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  {
    text: 'Serbia urged countries to withdraw recognition of Kosovo, though none has done so.',
    published: '2024-02-17',
    forbid: ['SRB WITHDRAW_RECOGNITION XKX asserted'],
  },
  // "both" standing alone as the object: the two last recognised
  {
    text: '1. 19 December 1991: Iceland recognises Croatia and Slovenia.\n2. 23 December 1991: Germany recognises both.',
    published: '2021-12-19',
    expect: [
      'ISL RECOGNIZE HRV asserted 1991-12-19',
      'ISL RECOGNIZE SVN asserted 1991-12-19',
      'DEU RECOGNIZE HRV asserted 1991-12-23',
      'DEU RECOGNIZE SVN asserted 1991-12-23',
    ],
  },
  {
    text: 'Russia recognised Abkhazia and South Ossetia in August 2008. Nicaragua recognised both the following month.',
    published: '2018-08-26',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008-09', 'NIC RECOGNIZE SOUTH_OSSETIA asserted 2008-09'],
  },
  // near miss: "both" before a noun of its own is that noun's
  {
    text: 'Serbia and Kosovo signed deals in Washington; both sides welcomed it.',
    published: '2020-09-05',
    forbid: ['SRB RECOGNIZE XKX', 'XKX RECOGNIZE SRB'],
  },
  // a state of a past cascade as the story's subject is the "it" recognised after it
  {
    text: 'Bangladesh declared independence in March 1971. Bhutan recognised it on 6 December. Pakistan did so only in 1974.',
    published: '2021-12-16',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'PAK RECOGNIZE BGD asserted 1974'],
  },
  // a gapped second subject with only a time of its own: ", and India the same day"
  {
    text: 'Bangladesh declared independence in March 1971. Bhutan recognised it on 6 December, and India the same day.',
    published: '2021-12-16',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted 1971-12-06'],
  },
  {
    text: 'Iceland recognised Croatia on 19 December 1991. Germany followed on 23 December, and the European Community on 15 January 1992.',
    published: '2021-12-19',
    expect: ['DEU RECOGNIZE HRV asserted 1991-12-23', 'EU RECOGNIZE HRV asserted 1992-01-15'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008, and Nicaragua in September.',
    published: '2018-08-26',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008-08', 'NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
  },
  // near misses: a second subject with a verb of its own, or with no time, is no gap
  {
    text: 'Russia recognised Abkhazia in August 2008, and Georgia protested.',
    published: '2018-08-26',
    forbid: ['GEO RECOGNIZE ABKHAZIA'],
  },
  // "followed the next month", "followed the same week": a time after a bare "followed"
  {
    text: 'Russia recognised Abkhazia in August 2008. Nicaragua followed the next month, and Venezuela in 2009.',
    published: '2018-08-26',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008-09', 'VEN RECOGNIZE ABKHAZIA asserted 2009'],
  },
  {
    text: 'Iceland recognised Croatia on 19 December 1991. Germany followed the same week.',
    published: '2021-12-19',
    expect: ['DEU RECOGNIZE HRV asserted 1991-12'],
  },
  {
    text: 'Russia recognised Abkhazia in 2008. The talks followed the same pattern.',
    published: '2018-08-26',
    forbid: ['RUS RECOGNIZE ABKHAZIA asserted null'],
  },
  // an elliptical past denial "until" a date: the act just told, done then
  {
    text: 'Bhutan recognised Bangladesh on 6 December 1971, followed by India two days later, though Pakistan did not until 1974.',
    published: '2021-12-16',
    expect: [
      'BTN RECOGNIZE BGD asserted 1971-12-06',
      'IND RECOGNIZE BGD asserted 1971-12-08',
      'PAK RECOGNIZE BGD asserted 1974',
    ],
    forbid: ['PAK RECOGNIZE BGD negated'],
  },
  // near misses: a bare elliptical denial stays denied; one with no date of its end says nothing
  {
    text: 'Russia recognised the Taliban in 2025; China did not.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN negated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Most Western states recognised Kosovo in 2008, but Canada did not until later.',
    published: '2025-07-05',
    forbid: ['CAN RECOGNIZE XKX asserted'],
  },
];
