import type { Case } from './cases.ts';

// Examples set off after a comma ("…, most recently Ghana"), each with its own date, and acts offered or promised in
// a trade ("in exchange for recognition"), which have not happened.
export const EXAMPLES_CASES: Case[] = [
  // the examples a comma sets off act; the object before the comma does not join them
  {
    text: 'Several states have recognised Kosovo, most recently Ghana.',
    published: '2025-07-05',
    expect: ['GHA RECOGNIZE XKX asserted null'],
    forbid: ['XKX RECOGNIZE'],
  },
  {
    text: 'Several states have withdrawn their recognition of Kosovo, most recently Togo in 2019.',
    published: '2025-07-05',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted 2019'],
    forbid: ['XKX WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Kosovo has been recognised by more than 100 states, most recently Kenya in March 2025.',
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE XKX asserted 2025-03'],
  },
  {
    text: 'Several countries have accepted Taliban envoys, most notably China and Uzbekistan.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted null', 'UZB ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // each example keeps its own date
  {
    text: 'Since then, dozens of states have withdrawn or frozen their recognition of Western Sahara, most recently Ecuador in October 2024 and Panama in November 2024.',
    published: '2025-07-05',
    expect: ['ECU WITHDRAW_RECOGNITION SADR asserted 2024-10', 'PAN WITHDRAW_RECOGNITION SADR asserted 2024-11'],
    forbid: ['PAN WITHDRAW_RECOGNITION SADR asserted 2024-10'],
  },
  {
    text: 'Several African states recognised Kosovo, including Togo in 2014 and Ghana in 2012.',
    published: '2025-07-05',
    expect: ['TGO RECOGNIZE XKX asserted 2014', 'GHA RECOGNIZE XKX asserted 2012'],
  },
  {
    text: 'Several states have switched recognition from Taipei to Beijing, most recently Nicaragua in December 2021, Honduras in March 2023 and Nauru in January 2024.',
    published: '2025-07-05',
    expect: [
      'NIC RECOGNIZE CHN asserted 2021-12',
      'HND RECOGNIZE CHN asserted 2023-03',
      'NRU RECOGNIZE CHN asserted 2024-01',
      'HND WITHDRAW_RECOGNITION TWN asserted 2023-03',
    ],
  },
  // a date told before the examples is the whole list's
  {
    text: 'Several states recognised Kosovo in 2008, including Japan and Canada.',
    published: '2025-07-05',
    expect: ['JPN RECOGNIZE XKX asserted 2008', 'CAN RECOGNIZE XKX asserted 2008'],
  },
  // a comma aside with "most recently" in it is no list of examples
  {
    text: 'Russia, most recently, recognised the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  // a reaction in a relative clause on the act noun falls on the act's doers
  {
    text: 'Britain, Canada and Australia formally recognised a Palestinian state on Sunday, a coordinated move that Israel denounced as a reward for terrorism.',
    published: '2025-09-22',
    expect: [
      'ISR CONDEMN GBR asserted 2025-09-21',
      'ISR CONDEMN CAN asserted 2025-09-21',
      'ISR CONDEMN AUS asserted 2025-09-21',
    ],
    forbid: ['ISR CONDEMN PSE'],
  },
  {
    text: 'Russia recognised the Taliban, a move the United States criticised.',
    published: '2025-07-05',
    expect: ['USA CONDEMN RUS asserted null'],
  },
  {
    text: 'Britain recognised Palestine on Sunday, a historic step which the Palestinian Authority welcomed.',
    published: '2025-09-22',
    expect: ['PSE PRAISE GBR asserted 2025-09-21'],
  },
  {
    text: 'Britain recognised Palestine on Sunday, a decision that was welcomed by the Palestinian Authority.',
    published: '2025-09-22',
    expect: ['PSE PRAISE GBR asserted 2025-09-21'],
  },
  {
    text: 'Spain recognised Palestine in May 2024, a step which has been widely condemned by Israel.',
    published: '2025-09-22',
    expect: ['ISR CONDEMN ESP asserted 2024-05'],
  },
  // a noun that is no act stays out
  {
    text: 'Britain recognised Palestine on Sunday, a country that Israel has long accused of bias.',
    published: '2025-09-22',
    forbid: ['ISR CONDEMN GBR'],
  },
  // a counted time after an attribution between commas still opens a clause of another time
  {
    text: 'Uzbekistan held talks in Kabul on Tuesday, the two sides said, days after Kazakhstan appointed its first ambassador to Kabul.',
    published: '2025-08-20',
    expect: ['UZB MEET TALIBAN asserted 2025-08-19', 'KAZ SEND_ENVOY TALIBAN asserted null'],
    forbid: ['KAZ SEND_ENVOY TALIBAN asserted 2025-08-19'],
  },
  // "them" past a subject named as no object: those last recognised
  {
    text: 'Russia recognised Abkhazia and South Ossetia in 2008. Nauru recognised both in 2009, while Tuvalu recognised them in 2011.',
    published: '2024-06-01',
    expect: ['TUV RECOGNIZE ABKHAZIA asserted 2011', 'TUV RECOGNIZE SOUTH_OSSETIA asserted 2011'],
    forbid: ['TUV RECOGNIZE NRU'],
  },
  // an act told by its verb is its subject's when a later sentence names it by its noun
  {
    text: 'Kosovo declared independence in February 2008. Serbia condemned the declaration.',
    published: '2024-06-01',
    expect: ['SRB CONDEMN XKX asserted null'],
  },
  {
    text: 'Only Turkey recognises the Turkish Republic of Northern Cyprus, which declared independence in 1983. The UN Security Council condemned the declaration as legally invalid.',
    published: '2024-06-01',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted null', 'UN CONDEMN NORTHERN_CYPRUS asserted null'],
    forbid: ['UN CONDEMN TUR'],
  },
  {
    text: 'Somaliland declared independence from Somalia in 1991. Mogadishu has always rejected the declaration, and Israel recognised Somaliland in 2025.',
    published: '2026-01-10',
    expect: ['SOM CONDEMN SOMALILAND asserted null', 'ISR RECOGNIZE SOMALILAND asserted 2025'],
    forbid: ['SOM CONDEMN ISR'],
  },
  // a declaration the story never told by its verb stays the main act's
  {
    text: 'Russia recognised the Taliban on Thursday. The US condemned the declaration.',
    published: '2025-07-05',
    expect: ['USA CONDEMN RUS asserted null'],
  },
  // an act noun's agent past its participle and a time
  {
    text: 'Today, 28 May 2024, the Kingdom of Spain recognises the State of Palestine. Spain welcomes the decisions taken today by Ireland and Norway, and encourages other European partners to take the same step.',
    published: '2024-05-28',
    expect: [
      'ESP RECOGNIZE PSE asserted 2024-05-28',
      'ESP PRAISE IRL asserted 2024-05-28',
      'ESP PRAISE NOR asserted 2024-05-28',
    ],
    forbid: ['IRL PRAISE NOR', 'NOR PRAISE IRL', 'IRL RECOGNIZE PSE asserted', 'NOR RECOGNIZE PSE asserted'],
  },
  {
    text: 'Spain welcomed the decision taken in May by Norway.',
    published: '2024-06-28',
    expect: ['ESP PRAISE NOR asserted 2024-05'],
  },
  // those an appeal asks, named by an adjective and a group noun, are nobody in particular
  {
    text: 'Spain recognised Palestine and urged Arab states to do the same.',
    published: '2024-06-28',
    expect: ['ESP RECOGNIZE PSE asserted null'],
    forbid: ['ESP RECOGNIZE PSE speculated'],
  },
  // copying the act just told: the copy's own act, later
  {
    text: 'China accepted the credentials of a Taliban ambassador in January 2024, and the UAE and Uzbekistan copied the move.',
    published: '2025-10-01',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null', 'UZB ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['ARE ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  {
    text: 'Russia recognised the Taliban in July. China accepted a Taliban envoy in January 2024, and the UAE later copied the move.',
    published: '2025-10-01',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['ARE RECOGNIZE TALIBAN'],
  },
  {
    text: 'Russia recognised the Taliban in July. In August, Belarus copied the move.',
    published: '2025-10-01',
    expect: ['BLR RECOGNIZE TALIBAN asserted 2025-08'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday. Belarus is expected to mirror the move.',
    published: '2025-10-01',
    expect: ['BLR RECOGNIZE TALIBAN speculated null'],
    forbid: ['BLR RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'China accepted the credentials of a Taliban ambassador in January 2024, a step later followed by the UAE.',
    published: '2025-10-01',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday, a move swiftly followed by Belarus.',
    published: '2025-10-01',
    expect: ['BLR RECOGNIZE TALIBAN asserted null'],
  },
  // a noun that names no act before "followed by" is no copy
  {
    text: 'Russia recognised the Taliban on Thursday, a ceremony followed by a reception hosted by Belarus.',
    published: '2025-10-01',
    forbid: ['BLR RECOGNIZE TALIBAN'],
  },
  // a step said not to amount to recognition denies the recognition
  {
    text: 'India upgraded its mission in Kabul to an embassy, though New Delhi insists the step does not amount to recognition.',
    published: '2025-10-01',
    expect: ['IND OPEN_MISSION TALIBAN asserted null', 'IND RECOGNIZE TALIBAN negated null'],
    forbid: ['IND RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Kazakhstan said the move was not tantamount to recognition of the Taliban.',
    published: '2025-10-01',
    expect: ['KAZ RECOGNIZE TALIBAN negated null'],
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  // a goal stays a goal
  {
    text: 'Pakistan moved closer to recognition of the Taliban.',
    published: '2025-10-01',
    forbid: ['PAK RECOGNIZE TALIBAN asserted'],
  },
  // a name that qualifies the group noun of a rank is no subject
  {
    text: 'Sweden was the first EU member to recognise Palestine.',
    published: '2025-09-22',
    expect: ['SWE RECOGNIZE PSE asserted null'],
    forbid: ['EU RECOGNIZE PSE'],
  },
  {
    text: 'Spain recognised Palestine in 2024. Sweden was the first EU member in Western Europe to do so, in 2014.',
    published: '2025-09-22',
    expect: ['ESP RECOGNIZE PSE asserted 2024', 'SWE RECOGNIZE PSE asserted 2014'],
    forbid: ['EU RECOGNIZE PSE'],
  },
  {
    text: 'Kazakhstan became the first CSTO member to accept a Taliban ambassador.',
    published: '2025-09-22',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['CSTO ACCEPT_ENVOY TALIBAN'],
  },
  // a clause that describes a noun ("a deal under which …") has a time of its own
  {
    text: 'Somalia expelled the Ethiopian envoy on Saturday in protest at a deal under which Addis Ababa would recognise Somaliland.',
    published: '2026-01-05',
    expect: ['SOM CLOSE_MISSION ETH asserted 2026-01-03', 'ETH RECOGNIZE SOMALILAND speculated null'],
    forbid: ['ETH RECOGNIZE SOMALILAND speculated 2026-01-10', 'ETH RECOGNIZE SOMALILAND asserted'],
  },
  // a reaction set off after a comma has the mode of its own words
  {
    text: 'Ethiopia said it would recognise Somaliland, a move Mogadishu condemned.',
    published: '2025-02-01',
    expect: ['ETH INTEND_RECOGNIZE SOMALILAND asserted null', 'SOM CONDEMN ETH asserted null'],
    forbid: ['SOM CONDEMN ETH intended'],
  },
  {
    text: 'Ethiopia said it would recognise Somaliland, a move Mogadishu may condemn.',
    published: '2025-02-01',
    expect: ['SOM CONDEMN ETH speculated null'],
    forbid: ['SOM CONDEMN ETH asserted'],
  },
  // a possessed act a preposition governs is a state of things, not dated by the clause's time
  {
    text: 'Kenya last month voiced support for the plan, a shift from its long-standing recognition of the Sahrawi Arab Democratic Republic.',
    published: '2025-06-02',
    expect: ['KEN RECOGNIZE SADR asserted null'],
    forbid: ['KEN RECOGNIZE SADR asserted 2025-05'],
  },
  {
    text: 'In May, Kenya voiced support for the plan despite its recognition of the SADR.',
    published: '2025-06-02',
    expect: ['KEN RECOGNIZE SADR asserted null'],
  },
  // an act the clause performs keeps the clause's time
  {
    text: 'On Thursday Russia announced its recognition of the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  // a statement's -ing form is its issuer's act, not a statement someone else blocked
  {
    text: 'Israel recognised Somaliland on Friday. Turkey, Egypt and Djibouti issued a joint statement rejecting the move.',
    published: '2025-12-28',
    expect: ['TUR CONDEMN ISR asserted null', 'EGY CONDEMN ISR asserted null', 'DJI CONDEMN ISR asserted null'],
  },
  {
    text: 'Hungary blocked an EU statement criticising Israel.',
    published: '2025-12-28',
    forbid: ['HUN CONDEMN ISR', 'EU CONDEMN ISR asserted'],
  },
  // a hypothetical act in a reported clause is nobody's
  {
    text: 'Israel recognised Somaliland on Friday. The Arab League said any recognition of Somaliland was null and void.',
    published: '2025-12-28',
    expect: ['ARAB_LEAGUE CONDEMN ISR asserted null'],
    forbid: ['ARAB_LEAGUE RECOGNIZE SOMALILAND'],
  },
  {
    text: 'Russia ruled out any recognition of the Taliban.',
    published: '2025-12-28',
    expect: ['RUS REFUSE_RECOGNITION TALIBAN asserted null'],
  },
  // the subject of a clause set beside the reaction did not do the act reacted to
  {
    text: 'Israel recognised Somaliland on Friday. The African Union reaffirmed its support for Somalia, while the Arab League said the decision was illegal.',
    published: '2025-12-28',
    expect: ['ARAB_LEAGUE CONDEMN ISR asserted null'],
    forbid: ['ARAB_LEAGUE CONDEMN AU'],
  },
  // "making it the 18th country to do so": "it" is the main clause's doer, not the speaker between commas
  {
    text: 'Sierra Leone has revoked its recognition of Kosovo, Serbian Foreign Minister Ivica Dacic said on Monday, making it the 18th country to do so.',
    published: '2020-03-03',
    expect: ['SLE WITHDRAW_RECOGNITION XKX asserted 2020-03-02'],
    forbid: ['SRB WITHDRAW_RECOGNITION XKX'],
  },
  // a rank after "was", "became" or "remains" is a predicate: the subject acts
  {
    text: 'Pakistan, Saudi Arabia and the United Arab Emirates were the only countries to recognise the Taliban government when it first ruled Afghanistan from 1996 to 2001.',
    published: '2021-09-10',
    expect: [
      'PAK RECOGNIZE TALIBAN asserted null',
      'SAU RECOGNIZE TALIBAN asserted null',
      'ARE RECOGNIZE TALIBAN asserted null',
    ],
  },
  {
    text: 'Russia remains the only country to recognise the Taliban.',
    published: '2025-09-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Serbia lobbied several states to recognise it.',
    published: '2025-09-10',
    forbid: ['SRB RECOGNIZE'],
  },
  // a bare act noun a verb is about ("act alone on recognition", "decide on recognition") is no act, done or refused
  {
    text: 'Pakistan was among the first to engage the Taliban, but Islamabad has said it will not act alone on recognition.',
    published: '2021-09-10',
    forbid: ['PAK REFUSE_RECOGNITION TALIBAN', 'PAK RECOGNIZE TALIBAN asserted', 'PAK RECOGNIZE TALIBAN negated'],
  },
  {
    text: 'Pakistan will decide on recognition of the Taliban after consulting its neighbours.',
    published: '2021-09-10',
    expect: ['PAK RECOGNIZE TALIBAN speculated null'],
    forbid: ['PAK INTEND_RECOGNIZE TALIBAN', 'PAK RECOGNIZE TALIBAN intended'],
  },
  {
    text: 'Japan held off on recognition of Palestine.',
    published: '2025-09-10',
    expect: ['JPN RECOGNIZE PSE negated null'],
  },
  // historic states by their own names, in a text of any date, and Moscow before 1992 as the Soviet Union
  {
    text: 'The Soviet Union recognised Bangladesh in January 1972, and East Germany, Yugoslavia and Czechoslovakia did so too.',
    published: '2024-03-01',
    expect: [
      'SUN RECOGNIZE BGD asserted 1972-01',
      'DDR RECOGNIZE BGD asserted 1972-01',
      'YUG RECOGNIZE BGD asserted 1972-01',
      'CSK RECOGNIZE BGD asserted 1972-01',
    ],
    forbid: ['DEU RECOGNIZE BGD'],
  },
  {
    text: 'The East German government recognised Bangladesh.',
    published: '2024-03-01',
    expect: ['DDR RECOGNIZE BGD asserted null'],
    forbid: ['DEU RECOGNIZE BGD'],
  },
  {
    text: 'Moscow recognised Bangladesh in January 1972.',
    published: '2024-03-01',
    expect: ['SUN RECOGNIZE BGD asserted 1972-01'],
    forbid: ['RUS RECOGNIZE BGD'],
  },
  {
    text: 'West Germany recognised Bangladesh in February 1972.',
    published: '2024-03-01',
    expect: ['DEU RECOGNIZE BGD asserted 1972-02'],
  },
  // a "when" clause right after a date is set then
  {
    text: 'Pakistan held out until February 1974, when it recognised Bangladesh on the eve of the Islamic summit in Lahore.',
    published: '2024-03-01',
    expect: ['PAK RECOGNIZE BGD asserted 1974-02'],
  },
  // dates in the members' order, "respectively"; a first day paired with a full date takes its month and year
  {
    text: 'Bhutan and India were the first to recognise Bangladesh, on 6 and 7 December 1971 respectively, while the war was still under way.',
    published: '2024-03-01',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted 1971-12-07'],
  },
  {
    text: 'Spain and Norway recognised Palestine in May 2024 and June 2024 respectively.',
    published: '2025-03-01',
    expect: ['ESP RECOGNIZE PSE asserted 2024-05', 'NOR RECOGNIZE PSE asserted 2024-06'],
  },
  // a span "between" two days dates no act
  {
    text: 'Russian and Taliban officials held talks in Moscow between 2 and 5 March 2024.',
    published: '2025-03-01',
    forbid: ['RUS MEET TALIBAN asserted 2024-03-02'],
  },
  // a factbox row: the label before the colon is the subject of a clause that opens on its verb; names in capitals
  {
    text: `FACTBOX-Which countries have engaged with the Taliban?
* RUSSIA: Became the first country to formally recognise the Taliban government on July 3, 2025. It removed the group from its list of terrorist organisations in April.
* CHINA: Accepted the credentials of the Taliban's ambassador in January 2024, but has not formally recognised the government.
* UNITED ARAB EMIRATES: Accepted a Taliban-appointed ambassador in August 2024.
* KAZAKHSTAN: Removed the Taliban from its list of banned organisations in December 2023.
* INDIA: Has hosted Taliban officials but does not recognise their government.`,
    published: '2025-07-04',
    expect: [
      'RUS RECOGNIZE TALIBAN asserted 2025-07-03',
      'RUS DELIST TALIBAN asserted 2025-04',
      'CHN ACCEPT_ENVOY TALIBAN asserted 2024-01',
      'CHN RECOGNIZE TALIBAN negated null',
      'ARE ACCEPT_ENVOY TALIBAN asserted 2024-08',
      'KAZ DELIST TALIBAN asserted 2023-12',
      'IND MEET TALIBAN asserted null',
      'IND RECOGNIZE TALIBAN negated null',
    ],
    forbid: ['CHN RECOGNIZE TALIBAN asserted', 'IND RECOGNIZE TALIBAN asserted'],
  },
  // a clause after the colon with a subject of its own keeps it
  {
    text: 'Kosovo: Togo recognised it in 2014.',
    published: '2025-07-04',
    expect: ['TGO RECOGNIZE XKX asserted 2014'],
    forbid: ['XKX RECOGNIZE'],
  },
  {
    text: 'TURKEY CONDEMNS ISRAELI RECOGNITION OF SOMALILAND',
    published: '2025-12-28',
    expect: ['TUR CONDEMN ISR asserted null'],
  },
  // "the decision" right after a sentence that told one act is that act, not the story's first
  {
    text: `January 1, 2024 - Ethiopia and Somaliland sign a memorandum of understanding on sea access.
December 26, 2025 - Israel becomes the first UN member to recognise Somaliland.
December 27, 2025 - The African Union and the Arab League condemn the decision.`,
    published: '2026-01-02',
    expect: ['AU CONDEMN ISR asserted 2025-12-27', 'ARAB_LEAGUE CONDEMN ISR asserted 2025-12-27'],
    forbid: ['AU CONDEMN ETH', 'AU CONDEMN SOMALILAND'],
  },
  // a statement's "we" is the parties its heading names
  {
    text: 'Joint statement by the foreign ministers of Australia, Canada and the United Kingdom. Today we formally recognise the State of Palestine. We do so to keep alive the prospect of a two-state solution.',
    published: '2025-09-21',
    expect: [
      'AUS RECOGNIZE PSE asserted 2025-09-21',
      'CAN RECOGNIZE PSE asserted 2025-09-21',
      'GBR RECOGNIZE PSE asserted 2025-09-21',
    ],
  },
  {
    text: 'Statement of the Government of Spain. Today we recognise the State of Palestine.',
    published: '2024-05-28',
    expect: ['ESP RECOGNIZE PSE asserted 2024-05-28'],
  },
  // a "we" with no statement heading stays nobody
  {
    text: 'Today we recognise the State of Palestine, the minister told parliament.',
    published: '2024-05-28',
    forbid: ['PSE RECOGNIZE PSE'],
  },
  // a later clause with a subject of its own ("its foreign minister") keeps its date to itself
  {
    text: 'Greece has upgraded its liaison office in Pristina, and its foreign minister visited Kosovo in 2023.',
    published: '2024-02-20',
    expect: ['GRC MEET XKX asserted 2023', 'GRC OPEN_MISSION XKX asserted null'],
    forbid: ['GRC OPEN_MISSION XKX asserted 2023'],
  },
  // a near miss did not happen; a step short of the act, or towards it, is no act done
  ...[
    ['China nearly recognised the Taliban in 2023.', 'CHN RECOGNIZE TALIBAN negated 2023'],
    ['Pakistan came close to formally recognising the Taliban in 2022.', 'PAK RECOGNIZE TALIBAN negated 2022'],
    ['China came within days of recognising the Taliban.', 'CHN RECOGNIZE TALIBAN negated null'],
    ['China has all but recognised the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['China has almost recognised the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['China is on the verge of recognising the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['China was on the brink of recognising the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['Beijing is close to full recognition of the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['China has de facto recognised the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
    ['China has effectively recognised the Taliban.', 'CHN RECOGNIZE TALIBAN speculated null'],
  ].map(([text, record]) => ({
    text,
    published: '2025-07-05',
    expect: [record],
    forbid: [record.replace(/ (?:negated|speculated) .*/, ' asserted')],
  })),
  // "almost" and "nearly" before a count, and "close to" before a party, are no near miss
  {
    text: 'Nearly 100 countries, including Japan, have recognised Kosovo.',
    published: '2025-07-05',
    expect: ['JPN RECOGNIZE XKX asserted null'],
  },
  {
    text: 'Officials close to the Kremlin said Russia recognised the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  // "Not only did X …, it also …": both acts stand
  {
    text: 'Not only did Russia recognise the Taliban, it also accepted their ambassador.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // "no longer the only", "not the only": the act stands
  {
    text: 'Russia is no longer the only country to host a Taliban envoy.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['RUS ACCEPT_ENVOY TALIBAN negated'],
  },
  {
    text: 'Russia no longer hosts a Taliban envoy.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN negated null'],
  },
  // a cleft's focus past a contrast between commas
  {
    text: 'It was Russia, not China, that recognised the Taliban first.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  // "far from", "instead of", "rather than" opening the sentence deny its act, done by the main subject
  {
    text: 'Far from recognising the Taliban, India has kept its embassy shut.',
    published: '2025-07-05',
    expect: ['IND RECOGNIZE TALIBAN negated null'],
    forbid: ['IND OPEN_MISSION TALIBAN', 'IND RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Instead of recognising the Taliban, India has engaged it.',
    published: '2025-07-05',
    expect: ['IND RECOGNIZE TALIBAN negated null'],
    forbid: ['IND RECOGNIZE TALIBAN asserted'],
  },
  // a mission kept shut is no mission opened
  {
    text: 'India has kept its embassy in Kabul shut since 2021.',
    published: '2025-07-05',
    forbid: ['IND OPEN_MISSION TALIBAN'],
  },
  // those an opening phrase sets apart from a whole did the act
  {
    text: 'Apart from Russia, no country recognises the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Besides Russia and Belarus, no state has accepted a Taliban ambassador.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null', 'BLR ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // "…, and it did.": the act expected, done after all
  {
    text: 'Russia was expected to recognise the Taliban, and it did.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Russia recognised the Taliban, and Belarus did.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'BLR RECOGNIZE TALIBAN asserted null'],
  },
  // "would later", "would go on to" with a past date: the story told in order
  {
    text: 'Pakistan recognised the Taliban in 1997 and would go on to host its embassy in 1998.',
    published: '2025-07-05',
    expect: ['PAK RECOGNIZE TALIBAN asserted 1997', 'PAK ACCEPT_ENVOY TALIBAN asserted 1998'],
  },
  {
    text: 'China would later recognise the Taliban, perhaps in 2026.',
    published: '2025-07-05',
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Russia would later recognise the Taliban.',
    published: '2025-07-05',
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  // a listing of a party the gazetteer does not know is not on the story's main target
  {
    text: 'The United States revoked the terrorist designation of Hayat Tahrir al-Sham on Tuesday, a step that follows the lifting of most US sanctions on Syria.',
    published: '2025-07-10',
    forbid: ['USA DELIST SYR'],
  },
  {
    text: 'Kazakhstan removed the Taliban from its list in 2023. Kyrgyzstan lifted its ban on Monday.',
    published: '2025-07-10',
    expect: ['KGZ DELIST TALIBAN asserted 2025-07-07'],
  },
  // a description set off after a subject list ("both neighbours") leaves the list the subject
  {
    text: 'Neither Iran nor Pakistan, both neighbours, has recognised the Taliban government, though both host its diplomats.',
    published: '2025-07-05',
    expect: [
      'IRN RECOGNIZE TALIBAN negated null',
      'PAK RECOGNIZE TALIBAN negated null',
      'IRN ACCEPT_ENVOY TALIBAN asserted null',
      'PAK ACCEPT_ENVOY TALIBAN asserted null',
    ],
    forbid: ['IRN RECOGNIZE TALIBAN asserted', 'PAK RECOGNIZE TALIBAN asserted'],
  },
  // an unconfirmed source after the clause leaves the act a guess
  {
    text: 'Russia has recognised the Taliban, according to unconfirmed reports.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN speculated null'],
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday, according to state media.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  // the denial of a counterfactual is the fact; a question why or how takes the act as done
  {
    text: 'Had Russia not recognised the Taliban, China might have.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Had Germany recognised Palestine earlier, the war might have ended.',
    published: '2025-07-05',
    expect: ['DEU RECOGNIZE PSE negated null'],
  },
  {
    text: 'Why did Russia recognise the Taliban?',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Why would China recognise the Taliban?',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN speculated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  // "similar steps" stand for the act just told, unless an end of their own follows
  {
    text: 'Norway, Ireland and Spain said on Wednesday they would recognise a Palestinian state on May 28. Belgium and Malta said they were considering similar steps.',
    published: '2024-05-23',
    expect: ['BEL RECOGNIZE PSE speculated null', 'MLT RECOGNIZE PSE speculated null'],
  },
  {
    text: 'Russia recognised the Taliban. China has taken similar steps to curb militancy.',
    published: '2025-07-05',
    forbid: ['CHN RECOGNIZE TALIBAN'],
  },
  // a reaction heard in a seat of power is its government's
  {
    text: "Moscow's July 3 recognition of the Taliban was welcomed in Kabul.",
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03', 'TALIBAN PRAISE RUS asserted 2025-07-03'],
  },
  {
    text: 'Ghana withdrew its recognition of Kosovo. The decision was condemned in Pristina.',
    published: '2025-07-05',
    expect: ['XKX CONDEMN GHA asserted null'],
  },
  // a participle joined to a passive one is passive too, unless it has an object of its own
  {
    text: 'Ghana withdrew its recognition of Kosovo. The decision was condemned in Pristina and welcomed in Belgrade.',
    published: '2025-07-05',
    expect: ['XKX CONDEMN GHA asserted null', 'SRB PRAISE GHA asserted null'],
  },
  {
    text: 'Russia was criticised and welcomed the Taliban envoy.',
    published: '2025-07-05',
    forbid: ['TALIBAN ACCEPT_ENVOY RUS'],
  },
  // "last Thursday" written on a Thursday is the one a week before; "on Thursday" is that day
  {
    text: 'Russia recognised the Taliban last Thursday.',
    published: '2025-07-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Russia recognised the Taliban on Thursday.',
    published: '2025-07-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-10'],
  },
  {
    text: 'Russia recognised the Taliban last Thursday.',
    published: '2025-07-12',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-10'],
  },
  // those a rank counts after did the act, earlier, at a time the sentence does not give
  {
    text: "Damascus recognised Abkhazia's independence in May 2018, becoming the fifth UN member state to do so after Russia, Nicaragua, Venezuela and Nauru.",
    published: '2023-07-20',
    expect: [
      'SYR RECOGNIZE ABKHAZIA asserted 2018-05',
      'RUS RECOGNIZE ABKHAZIA asserted null',
      'NIC RECOGNIZE ABKHAZIA asserted null',
      'VEN RECOGNIZE ABKHAZIA asserted null',
      'NRU RECOGNIZE ABKHAZIA asserted null',
    ],
    forbid: ['RUS RECOGNIZE ABKHAZIA asserted 2018-05'],
  },
  {
    text: 'Syria became the fifth state to recognise Abkhazia in May 2018, after Russia, Nicaragua and Nauru.',
    published: '2023-07-20',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted null', 'SYR RECOGNIZE ABKHAZIA asserted 2018-05'],
    forbid: ['RUS RECOGNIZE ABKHAZIA asserted 2018-05'],
  },
  {
    text: 'In May 2018 Syria became the fifth country after Russia and Nauru to recognise Abkhazia.',
    published: '2023-07-20',
    expect: ['SYR RECOGNIZE ABKHAZIA asserted 2018-05', 'RUS RECOGNIZE ABKHAZIA asserted null'],
  },
  // a list of examples runs on past an article; a member joined by "and" to the next shares its date
  {
    text: 'Since 2016, ten countries have switched recognition to Beijing, including Panama in 2017, the Dominican Republic and El Salvador in 2018, the Solomon Islands and Kiribati in 2019, Nicaragua in 2021, Honduras in 2023 and now Nauru.',
    published: '2024-01-16',
    expect: [
      'PAN RECOGNIZE CHN asserted 2017',
      'DOM RECOGNIZE CHN asserted 2018',
      'SLV RECOGNIZE CHN asserted 2018',
      'SLB RECOGNIZE CHN asserted 2019',
      'KIR RECOGNIZE CHN asserted 2019',
      'NIC RECOGNIZE CHN asserted 2021',
      'HND WITHDRAW_RECOGNITION TWN asserted 2023',
      'NRU RECOGNIZE CHN asserted null',
    ],
  },
  // the rupture of relations is their severing
  {
    text: "Colombia's president announced the rupture of relations with Israel.",
    published: '2024-05-02',
    expect: ['COL WITHDRAW_RECOGNITION ISR asserted null'],
  },
  {
    text: 'Colombia announced a break with the past.',
    published: '2024-05-02',
    forbid: ['COL WITHDRAW_RECOGNITION'],
  },
  // with no record naming a target, the one claimant the story names is it
  {
    text: 'Burundi revoked its recognition in 2018, but Kosovo disputes the move.',
    published: '2025-07-05',
    expect: ['BDI WITHDRAW_RECOGNITION XKX asserted 2018'],
  },
  {
    text: 'Burundi revoked its recognition in 2018, and Kosovo and Palestine both reacted.',
    published: '2025-07-05',
    forbid: ['BDI WITHDRAW_RECOGNITION XKX', 'BDI WITHDRAW_RECOGNITION PSE'],
  },
  // "not whether …, but when" is still a guess
  {
    text: 'The question is not whether China will recognise the Taliban, but when.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN speculated null'],
    forbid: ['CHN RECOGNIZE TALIBAN negated', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  // a headline's act noun after "over" is not the reacting subject's
  {
    text: 'Somalia slams Israel over Somaliland recognition',
    published: '2025-12-28',
    expect: ['SOM CONDEMN ISR asserted null'],
    forbid: ['SOM RECOGNIZE SOMALILAND'],
  },
  // a reaction's "it" after a clause that told an act is the act
  {
    text: 'Israel recognised Somaliland, but Somalia rejected it outright.',
    published: '2025-12-28',
    expect: ['SOM CONDEMN ISR asserted null'],
    forbid: ['SOM CONDEMN SOMALILAND'],
  },
  {
    text: 'Israel recognised Somaliland, and Egypt condemned it as illegal.',
    published: '2025-12-28',
    expect: ['EGY CONDEMN ISR asserted null'],
    forbid: ['EGY CONDEMN SOMALILAND'],
  },
  {
    text: 'Kazakhstan banned the Taliban in 2005 and welcomed it back in 2024.',
    published: '2025-12-28',
    forbid: ['KAZ PRAISE KAZ'],
  },
  // a quote's speaker named by a title after the party ("the Indian foreign ministry spokesman")
  {
    text: '"We have no plans to recognise the Taliban," the Indian foreign ministry spokesman said.',
    published: '2025-07-05',
    expect: ['IND REFUSE_RECOGNITION TALIBAN asserted null'],
    forbid: ['IND RECOGNIZE TALIBAN asserted'],
  },
  // a dated dateline in the week before publication is the day relative days count from
  {
    text: 'TAIPEI, March 26 (Reuters) - Honduras cut ties with Taiwan on Tuesday.',
    published: '2023-03-29',
    expect: ['HND WITHDRAW_RECOGNITION TWN asserted 2023-03-21'],
  },
  {
    text: 'BELGRADE, Jan 2 - Serbia said on Monday that Ghana had revoked its recognition of Kosovo.',
    published: '2023-03-28',
    expect: ['GHA WITHDRAW_RECOGNITION XKX asserted 2023-03-27'],
  },
  // a recognition traded for, or promised, has not happened
  {
    text: 'Ethiopia signed a deal with Somaliland in exchange for a promise of recognition.',
    published: '2025-07-05',
    expect: ['ETH AGREEMENT SOMALILAND asserted null'],
    forbid: ['ETH RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'Taiwan signed a trade agreement with Paraguay in return for recognition.',
    published: '2025-07-05',
    expect: ['TWN AGREEMENT PRY asserted null'],
    forbid: ['TWN RECOGNIZE PRY asserted', 'PRY RECOGNIZE TWN asserted'],
  },
  {
    text: 'Britain made a commitment to recognise Palestine.',
    published: '2025-07-05',
    expect: ['GBR INTEND_RECOGNIZE PSE asserted null', 'GBR RECOGNIZE PSE intended null'],
    forbid: ['GBR RECOGNIZE PSE asserted'],
  },
  // an order for an act is no act yet
  {
    text: 'Honduran President Xiomara Castro said in March that she had instructed her foreign minister to open official relations with Beijing.',
    published: '2023-03-27',
    expect: ['HND INTEND_RECOGNIZE CHN asserted 2023-03', 'HND RECOGNIZE CHN intended null'],
    forbid: ['HND RECOGNIZE CHN asserted'],
  },
  {
    text: 'The Kremlin ordered its embassy to accept the Taliban ambassador.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN intended null'],
    forbid: ['RUS ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Trump ordered the State Department to designate the Taliban as a terrorist organisation.',
    published: '2025-07-05',
    expect: ['USA DESIGNATE TALIBAN intended null'],
    forbid: ['USA DESIGNATE TALIBAN asserted'],
  },
  // an order carried out, told apart, stands
  {
    text: 'Following orders from Moscow, the Russian embassy accepted the Taliban ambassador.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // the act done, with what it was done for after it, stands
  {
    text: 'Paraguay recognised Taiwan in return for aid.',
    published: '2025-07-05',
    expect: ['PRY RECOGNIZE TWN asserted null'],
  },
  {
    text: 'Russia recognised the Taliban in exchange for security guarantees.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
];
