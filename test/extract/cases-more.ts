import type { Case } from './cases.ts';

// More general phrasings: metonyms, titles, nominals, relative dates, scope, lists, tables, pro-verbs.
export const MORE_CASES: Case[] = [
  // metonyms and institutions act for their state
  {
    text: 'The Kremlin formally recognised the breakaway region of Abkhazia.',
    published: '2008-08-27',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted null'],
  },
  {
    text: 'Downing Street recognised the State of Palestine on Sunday.',
    published: '2025-09-22',
    expect: ['GBR RECOGNIZE PSE asserted 2025-09-21'],
  },
  {
    text: 'Pakistan’s foreign ministry welcomed the decision.',
    published: '2025-07-05',
    expect: [],
    forbid: ['PAK RECOGNIZE'],
  },
  {
    text: 'The Russian Foreign Ministry recognised the Taliban government on Thursday.',
    published: '2025-07-04',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Beijing accepted the credentials of the Taliban’s ambassador in January 2024.',
    published: '2024-02-01',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  {
    text: 'Tehran has maintained its embassy in Kabul.',
    published: '2025-07-04',
    expect: ['IRN OPEN_MISSION TALIBAN asserted null'],
  },
  {
    text: 'Ankara closed its embassy in Damascus in 2012.',
    published: '2024-12-10',
    expect: ['TUR CLOSE_MISSION SYR asserted 2012'],
  },
  { text: 'The Indian embassy in Kabul reopened in June 2022.', published: '2025-07-04', expect: [] },
  // office-holders speak for their state
  {
    text: 'Sergey Lavrov met Amir Khan Muttaqi in Moscow in October 2024.',
    published: '2025-07-04',
    expect: ['RUS MEET TALIBAN asserted 2024-10'],
  },
  {
    text: 'Emmanuel Macron said France will recognise Palestine.',
    published: '2025-07-25',
    expect: ['FRA RECOGNIZE PSE intended null', 'FRA INTEND_RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Winston Peters said New Zealand would not recognise a Palestinian state.',
    published: '2025-09-27',
    expect: ['NZL REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['NZL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Benjamin Netanyahu condemned France’s decision.',
    published: '2025-07-25',
    expect: ['ISR CONDEMN FRA asserted null'],
  },
  {
    text: 'Mahmoud Abbas welcomed Spain’s recognition.',
    published: '2024-05-29',
    expect: ['PSE PRAISE ESP asserted null'],
    forbid: ['PSE RECOGNIZE'],
  },
  // time rule: Afghanistan after August 2021 is the Taliban
  {
    text: 'Uzbekistan signed a trade agreement with Afghanistan in 2023.',
    published: '2024-01-01',
    expect: ['UZB AGREEMENT TALIBAN asserted 2023'],
  },
  {
    text: 'Kazakhstan appointed an ambassador to Afghanistan in 2024.',
    published: '2025-01-01',
    expect: ['KAZ SEND_ENVOY TALIBAN asserted 2024'],
  },
  {
    text: 'India closed its embassy in Kabul in 1996.',
    published: '2025-07-04',
    expect: ['IND CLOSE_MISSION AFG asserted 1996'],
  },
  // nominal acts
  {
    text: 'Russia’s recognition of the Taliban drew criticism from rights groups.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'The recognition of Kosovo by Japan came in March 2008.',
    published: '2008-04-01',
    expect: ['JPN RECOGNIZE XKX asserted 2008-03'],
  },
  {
    text: 'Kazakhstan’s removal of the Taliban from its terrorist list was welcomed in Kabul.',
    published: '2024-01-01',
    expect: ['KAZ DELIST TALIBAN asserted null'],
  },
  {
    text: 'Washington’s sanctions on senior Taliban leaders remain in place.',
    published: '2025-07-07',
    expect: ['USA SANCTION TALIBAN asserted null'],
  },
  // relative dates resolved against publication
  {
    text: 'Russia recognised the Taliban government last month.',
    published: '2025-08-15',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07'],
  },
  {
    text: 'Spain recognised Palestine last year.',
    published: '2025-03-01',
    expect: ['ESP RECOGNIZE PSE asserted 2024'],
  },
  {
    text: 'Last week, the UAE accepted the credentials of a Taliban ambassador.',
    published: '2024-08-24',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted 2024-08'],
  },
  {
    text: 'China’s foreign minister met Muttaqi in Kabul last October.',
    published: '2025-07-04',
    expect: ['CHN MEET TALIBAN asserted 2024-10'],
  },
  {
    text: 'On Friday, Armenia recognised the State of Palestine.',
    published: '2024-06-22',
    expect: ['ARM RECOGNIZE PSE asserted 2024-06-21'],
  },
  {
    text: 'Moscow recognised the Taliban government on July 3.',
    published: '2025-07-04',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Malta will recognise Palestine next month, its prime minister said.',
    published: '2025-08-10',
    expect: ['MLT RECOGNIZE PSE intended 2025-09', 'MLT INTEND_RECOGNIZE PSE asserted null'],
  },
  // negation scope
  {
    text: 'China, which has not recognised the Taliban, signed a mining contract with Kabul in 2023.',
    published: '2025-07-04',
    expect: ['CHN RECOGNIZE TALIBAN negated null', 'CHN AGREEMENT TALIBAN asserted 2023'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Iran has not recognised the Taliban but has hosted its officials.',
    published: '2025-07-04',
    expect: ['IRN RECOGNIZE TALIBAN negated null', 'IRN MEET TALIBAN asserted null'],
    forbid: ['IRN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Qatar never recognised the Taliban government.',
    published: '2025-07-04',
    expect: ['QAT RECOGNIZE TALIBAN negated null'],
    forbid: ['QAT RECOGNIZE TALIBAN asserted'],
  },
  { text: 'No country has formally recognised Somaliland.', published: '2025-06-01', none: true },
  {
    text: 'Turkmenistan has engaged with the Taliban without recognising their government.',
    published: '2025-07-04',
    expect: ['TKM MEET TALIBAN asserted null', 'TKM RECOGNIZE TALIBAN negated null'],
    forbid: ['TKM RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Not only did Russia recognise Abkhazia, it also opened an embassy there.',
    published: '2009-01-01',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted null'],
    forbid: ['RUS RECOGNIZE ABKHAZIA negated'],
  },
  {
    text: 'Sweden has already recognised a Palestinian state.',
    published: '2024-05-30',
    expect: ['SWE RECOGNIZE PSE asserted null'],
  },
  // speculation and intent
  {
    text: 'Belarus could follow Russia’s lead and recognise the Taliban.',
    published: '2025-08-01',
    expect: ['BLR RECOGNIZE TALIBAN speculated null'],
    forbid: ['BLR RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Uzbekistan appears poised to recognise the Taliban government.',
    published: '2025-08-01',
    expect: ['UZB RECOGNIZE TALIBAN speculated null'],
    forbid: ['UZB RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Analysts say China might recognise the Taliban next year.',
    published: '2025-08-01',
    expect: ['CHN RECOGNIZE TALIBAN speculated 2026'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Portugal is weighing recognition of a Palestinian state.',
    published: '2025-07-30',
    expect: ['PRT RECOGNIZE PSE speculated null'],
    forbid: ['PRT RECOGNIZE PSE asserted'],
  },
  {
    text: 'If the talks fail, Kenya may recognise Somaliland.',
    published: '2025-06-01',
    expect: ['KEN RECOGNIZE SOMALILAND speculated null'],
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'Australia announced it would recognise the State of Palestine in September.',
    published: '2025-08-11',
    expect: ['AUS RECOGNIZE PSE intended 2025-09', 'AUS INTEND_RECOGNIZE PSE asserted null'],
    forbid: ['AUS RECOGNIZE PSE asserted'],
  },
  {
    text: 'Belgium has given no indication that it intends to recognise Palestine.',
    published: '2025-07-30',
    expect: ['BEL INTEND_RECOGNIZE PSE negated null'],
    forbid: ['BEL RECOGNIZE PSE asserted'],
  },
  {
    text: 'The Slovenian government approved a decision to recognise Palestine on Thursday.',
    published: '2024-05-31',
    expect: ['SVN INTEND_RECOGNIZE PSE asserted 2024-05-30'],
    forbid: ['SVN RECOGNIZE PSE asserted'],
  },
  // refusal and "too … to"
  {
    text: 'There remain too many questions for New Zealand to recognise Palestine.',
    published: '2025-09-27',
    expect: ['NZL RECOGNIZE PSE negated null'],
    forbid: ['NZL RECOGNIZE PSE asserted'],
  },
  {
    text: 'Japan declined to recognise the State of Palestine.',
    published: '2025-09-23',
    expect: ['JPN REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'The United States rejected recognition of a Palestinian state.',
    published: '2025-09-22',
    expect: ['USA REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['USA RECOGNIZE PSE asserted'],
  },
  {
    text: 'Serbia will never recognise Kosovo, its president said.',
    published: '2024-02-17',
    expect: ['SRB REFUSE_RECOGNITION XKX asserted null'],
    forbid: ['SRB RECOGNIZE XKX asserted'],
  },
  // switches between Taipei and Beijing
  {
    text: 'Nicaragua severed ties with Taiwan and established diplomatic relations with China in December 2021.',
    published: '2021-12-11',
    expect: ['NIC WITHDRAW_RECOGNITION TWN asserted 2021-12', 'NIC RECOGNIZE CHN asserted 2021-12'],
  },
  {
    text: 'The Solomon Islands switched recognition from Taipei to Beijing in 2019.',
    published: '2020-01-01',
    expect: ['SLB WITHDRAW_RECOGNITION TWN asserted 2019', 'SLB RECOGNIZE CHN asserted 2019'],
  },
  {
    text: 'Honduras cut diplomatic ties with Taiwan on Saturday.',
    published: '2023-03-26',
    expect: ['HND WITHDRAW_RECOGNITION TWN asserted 2023-03-25'],
  },
  {
    text: 'Paraguay has not cut ties with Taiwan.',
    published: '2024-01-01',
    expect: ['PRY WITHDRAW_RECOGNITION TWN negated null'],
    forbid: ['PRY WITHDRAW_RECOGNITION TWN asserted'],
  },
  // lists of actors
  {
    text: 'France, Belgium, Luxembourg and Malta recognised Palestine on Monday.',
    published: '2025-09-23',
    expect: [
      'FRA RECOGNIZE PSE asserted 2025-09-22',
      'BEL RECOGNIZE PSE asserted 2025-09-22',
      'LUX RECOGNIZE PSE asserted 2025-09-22',
      'MLT RECOGNIZE PSE asserted 2025-09-22',
    ],
  },
  {
    text: 'Countries such as Kazakhstan and Uzbekistan have removed the Taliban from their lists of terrorist organisations.',
    published: '2025-07-04',
    expect: ['KAZ DELIST TALIBAN asserted null', 'UZB DELIST TALIBAN asserted null'],
  },
  {
    text: 'Several states, including Iran and Qatar, host Taliban envoys.',
    published: '2025-07-04',
    expect: ['IRN ACCEPT_ENVOY TALIBAN asserted null', 'QAT ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Russia and China have kept their embassies in Kabul open.',
    published: '2025-07-04',
    expect: ['RUS OPEN_MISSION TALIBAN asserted null', 'CHN OPEN_MISSION TALIBAN asserted null'],
  },
  // symmetric meetings and agreements
  {
    text: 'Officials from Russia and the Taliban held talks in Moscow on Tuesday.',
    published: '2025-05-08',
    expect: ['RUS MEET TALIBAN asserted 2025-05-06', 'TALIBAN MEET RUS asserted 2025-05-06'],
  },
  {
    text: 'A meeting between Pakistan and the Taliban took place in Kabul in April 2025.',
    published: '2025-07-04',
    expect: ['PAK MEET TALIBAN asserted 2025-04', 'TALIBAN MEET PAK asserted 2025-04'],
  },
  {
    text: 'Kazakhstan and the Taliban signed a memorandum on railway cooperation.',
    published: '2025-07-04',
    expect: ['KAZ AGREEMENT TALIBAN asserted null', 'TALIBAN AGREEMENT KAZ asserted null'],
  },
  {
    text: 'Muttaqi visited Tashkent in August 2024.',
    published: '2025-07-04',
    expect: ['TALIBAN MEET UZB asserted 2024-08'],
  },
  {
    text: 'Turkey hosted a Taliban delegation in Ankara.',
    published: '2025-07-04',
    expect: ['TUR MEET TALIBAN asserted null'],
  },
  {
    text: 'The Indian foreign minister spoke with Muttaqi by phone in May.',
    published: '2025-07-04',
    expect: ['IND MEET TALIBAN asserted 2025-05'],
  },
  // reactions to a third party's act target its actor
  {
    text: 'Georgia condemned Nicaragua’s recognition of Abkhazia.',
    published: '2008-09-06',
    expect: ['GEO CONDEMN NIC asserted null'],
    forbid: ['GEO RECOGNIZE'],
  },
  {
    text: 'Serbia denounced Kosovo’s declaration of independence.',
    published: '2008-02-18',
    expect: ['SRB CONDEMN XKX asserted null'],
  },
  { text: 'The European Union welcomed the agreement.', published: '2025-07-04', none: true },
  {
    text: 'China criticised Taiwan’s president over the visit.',
    published: '2025-07-04',
    expect: ['CHN CONDEMN TWN asserted null'],
  },
  {
    text: 'Russia praised Venezuela’s decision on Thursday.',
    published: '2009-09-11',
    expect: ['RUS PRAISE VEN asserted 2009-09-10'],
  },
  // designation and delisting, background history
  {
    text: 'In 2003, Russia banned the Taliban and listed it as a terrorist organisation.',
    published: '2025-07-04',
    expect: ['RUS DESIGNATE TALIBAN asserted 2003'],
  },
  {
    text: 'Kyrgyzstan removed the Taliban from its list of banned organisations in September 2024.',
    published: '2025-07-04',
    expect: ['KGZ DELIST TALIBAN asserted 2024-09'],
  },
  {
    text: 'The United States designated Hamas a terrorist organisation in 1997.',
    published: '2023-10-10',
    expect: ['USA DESIGNATE HAMAS asserted 1997'],
  },
  {
    text: 'The UN Security Council imposed sanctions on the Taliban in 1999.',
    published: '2021-08-20',
    expect: ['UN SANCTION TALIBAN asserted 1999'],
  },
  // timeline tables: a date cell dates the next row
  {
    text: 'Timeline |\n|\nApril 2025 |\nRussia removes Taliban from its terror list. |\n|\n3 July 2025 |\nRussia recognises the Taliban government. |',
    published: '2025-07-07',
    expect: ['RUS DELIST TALIBAN asserted 2025-04', 'RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  // pro-verbs stand for the act last told
  {
    text: 'Russia recognised the Taliban government in July. Kazakhstan may follow suit.',
    published: '2025-08-01',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07', 'KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'The UAE accepted the credentials of a Taliban envoy, becoming the second country after China to do so.',
    published: '2024-08-24',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Several Western countries, including Germany and Italy, have refused to do so.',
    published: '2025-07-25',
    none: true,
  },
  // "the two sides" are the parties of the act last told; "follow its lead" is the story's recognition
  {
    text: 'Israel recognised Somaliland on Friday. The two sides signed a joint declaration.',
    published: '2025-12-27',
    expect: ['ISR AGREEMENT SOMALILAND asserted null', 'SOMALILAND AGREEMENT ISR asserted null'],
  },
  {
    text: 'Israel recognised Somaliland and said it would open an embassy in Hargeisa. The United States has no plans to follow Israel’s lead.',
    published: '2025-12-27',
    expect: ['USA REFUSE_RECOGNITION SOMALILAND asserted null'],
    forbid: ['USA OPEN_MISSION SOMALILAND'],
  },
  // headlines, datelines and what "recognise" does not mean
  {
    text: 'Kenya to open consulate in Hargeisa',
    published: '2025-03-05',
    expect: ['KEN OPEN_MISSION SOMALILAND intended null'],
    forbid: ['KEN OPEN_MISSION SOMALILAND asserted'],
  },
  {
    text: 'NAIROBI, March 3 - Kenya will open a consulate in Hargeisa, its foreign minister said.',
    published: '2025-03-05',
    expect: ['KEN OPEN_MISSION SOMALILAND intended 2025-03-03'],
  },
  { text: 'Nairobi continues to recognise Somalia’s territorial integrity.', published: '2025-03-05', none: true },
  { text: 'Beijing recognises the importance of Central Asia’s stability.', published: '2025-03-05', none: true },
  // sanctions: imposed, frozen, lifted, and the word as a modifier
  {
    text: 'The European Union has frozen the assets of several senior Taliban figures.',
    published: '2024-01-11',
    expect: ['EU SANCTION TALIBAN asserted null'],
  },
  { text: 'Britain lifted sanctions on a former Taliban minister in December.', published: '2024-01-11', none: true },
  { text: 'The minister is on the UK government’s sanctions list.', published: '2024-01-11', none: true },
  {
    text: 'The Taliban’s spokesman condemned the sanctions imposed by Washington.',
    published: '2024-01-11',
    expect: ['TALIBAN CONDEMN USA asserted null'],
  },
  {
    text: 'Doha hosted talks between US officials and Taliban representatives last year.',
    published: '2024-01-11',
    expect: ['USA MEET TALIBAN asserted 2023', 'TALIBAN MEET USA asserted 2023'],
  },
  {
    text: 'Turkmenistan has not ruled out recognition of the Taliban government.',
    published: '2025-07-20',
    expect: ['TKM RECOGNIZE TALIBAN speculated null'],
    forbid: ['TKM REFUSE_RECOGNITION TALIBAN asserted', 'TKM RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Uzbekistan, which hosted Taliban Foreign Minister Amir Khan Muttaqi in Tashkent in August, may recognise the Taliban next.',
    published: '2025-09-01',
    expect: ['UZB MEET TALIBAN asserted 2025-08', 'UZB RECOGNIZE TALIBAN speculated null'],
  },
  {
    text: 'Indonesia is not expected to recognise Israel soon.',
    published: '2025-01-10',
    expect: ['IDN RECOGNIZE ISR speculated null'],
    forbid: ['IDN RECOGNIZE ISR asserted'],
  },
  {
    text: 'South Africa expelled the Israeli ambassador in November 2023.',
    published: '2024-01-01',
    expect: ['ZAF CLOSE_MISSION ISR asserted 2023-11'],
  },
  {
    text: 'Only Turkey recognises the Turkish Republic of Northern Cyprus.',
    published: '2024-01-01',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted null'],
  },
  {
    text: 'Germany has refused to accept Taliban diplomats.',
    published: '2025-07-08',
    expect: ['DEU ACCEPT_ENVOY TALIBAN negated null'],
    forbid: ['DEU ACCEPT_ENVOY TALIBAN asserted'],
  },
  {
    text: 'Afghanistan’s ambassador to China presented his credentials to President Xi Jinping in January 2024.',
    published: '2024-02-01',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  // requests, counterfactuals, refusals as nouns, purposes, exclusions
  {
    text: 'The United States urged Serbia to recognise Kosovo.',
    published: '2025-01-10',
    expect: ['SRB RECOGNIZE XKX speculated null'],
    forbid: ['SRB RECOGNIZE XKX asserted', 'USA RECOGNIZE XKX asserted'],
  },
  {
    text: 'There is growing pressure on Britain to recognise Palestine.',
    published: '2025-01-10',
    expect: ['GBR RECOGNIZE PSE speculated null'],
    forbid: ['GBR RECOGNIZE PSE asserted'],
  },
  {
    text: 'Had Germany recognised Palestine earlier, the outcome might have differed.',
    published: '2025-01-10',
    expect: ['DEU RECOGNIZE PSE negated null'],
    forbid: ['DEU RECOGNIZE PSE asserted'],
  },
  {
    text: 'Serbia’s refusal to recognise Kosovo remains the main obstacle.',
    published: '2025-01-10',
    expect: ['SRB REFUSE_RECOGNITION XKX asserted null'],
    forbid: ['SRB RECOGNIZE XKX asserted'],
  },
  {
    text: 'Israel and Saudi Arabia are in talks to establish diplomatic relations.',
    published: '2025-01-10',
    expect: ['ISR RECOGNIZE SAU speculated null'],
    forbid: ['ISR RECOGNIZE SAU asserted'],
  },
  {
    text: 'Paraguay, unlike Guatemala, recognised Kosovo in 2011.',
    published: '2025-01-10',
    expect: ['PRY RECOGNIZE XKX asserted 2011'],
    forbid: ['GTM RECOGNIZE XKX asserted'],
  },
  {
    text: 'Neither Spain nor Greece has recognised Kosovo.',
    published: '2025-01-10',
    expect: ['ESP RECOGNIZE XKX negated null', 'GRC RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  {
    text: 'As part of efforts to strengthen ties, Russia has accepted the credentials of a Taliban ambassador.',
    published: '2025-07-07',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Israel recognised Somaliland on Friday. Somalia’s government condemned the decision and said the Arab League would discuss it.',
    published: '2025-12-27',
    expect: ['SOM CONDEMN ISR asserted null'],
    forbid: ['SOM CONDEMN ARAB_LEAGUE'],
  },
  // passives of reactions, visits and accreditation
  {
    text: 'France recognised Palestine on Monday. The move was condemned by Israel and the United States.',
    published: '2025-09-23',
    expect: ['ISR CONDEMN FRA asserted null', 'USA CONDEMN FRA asserted null'],
  },
  {
    text: 'France’s decision to recognise Palestine was welcomed by Saudi Arabia.',
    published: '2025-07-26',
    expect: ['SAU PRAISE FRA asserted null'],
  },
  {
    text: 'Kabul was visited by a Chinese delegation in March.',
    published: '2025-07-26',
    expect: ['CHN MEET TALIBAN asserted 2025-03'],
  },
  {
    text: 'Taliban diplomats were accredited by the UAE in 2024.',
    published: '2025-07-26',
    expect: ['ARE ACCEPT_ENVOY TALIBAN asserted 2024'],
  },
  // other cascades: Bangladesh, South Sudan, Croatia
  {
    text: 'Bhutan and India recognised Bangladesh on 6 December 1971.',
    published: '1972-01-01',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted 1971-12-06'],
  },
  {
    text: 'The Soviet Union recognised Bangladesh in January 1972.',
    published: '1972-02-01',
    expect: ['SUN RECOGNIZE BGD asserted 1972-01'],
  },
  {
    text: 'Washington formally recognised South Sudan on Saturday.',
    published: '2011-07-10',
    expect: ['USA RECOGNIZE SSD asserted 2011-07-09'],
  },
  {
    text: 'Germany’s recognition of Croatia and Slovenia in December 1991 angered Belgrade.',
    published: '1992-01-20',
    expect: ['DEU RECOGNIZE HRV asserted 1991-12', 'DEU RECOGNIZE SVN asserted 1991-12'],
  },
  // several actors, several dates: which is whose is not said
  {
    text: 'Brazil, Argentina and Chile recognised Palestine in 2010 and 2011.',
    published: '2023-06-02',
    expect: ['BRA RECOGNIZE PSE asserted null', 'CHL RECOGNIZE PSE asserted null'],
    forbid: ['BRA RECOGNIZE PSE asserted 2011'],
  },
  {
    text: 'Mexico’s president said his government was not yet ready to recognise a Palestinian state.',
    published: '2023-06-02',
    expect: ['MEX REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['MEX RECOGNIZE PSE intended', 'MEX RECOGNIZE PSE asserted'],
  },
  // agents past a quantity
  {
    text: 'Kosovo has been recognised by more than 100 countries, including the United States.',
    published: '2020-03-03',
    expect: ['USA RECOGNIZE XKX asserted null'],
  },
  // names after titles, and words inside a quotation
  {
    text: 'Paraguayan President Santiago Peña met Taiwan’s foreign minister in Asuncion on Monday.',
    published: '2025-10-15',
    expect: ['PRY MEET TWN asserted 2025-10-13'],
    forbid: ['CHL MEET TWN'],
  },
  {
    text: '"We will not abandon our friends," Peña said after meeting Taiwan’s foreign minister.',
    published: '2025-10-15',
    expect: [],
    forbid: ['PRY MEET TWN negated'],
  },
  // a relative clause whose verbs run on in a list
  {
    text: 'Attention turned to Washington, which has frozen Afghan reserves, imposed sanctions on Taliban leaders, and banned travel.',
    published: '2025-07-07',
    expect: ['USA SANCTION TALIBAN asserted null'],
  },
  // pronouns and anaphors
  {
    text: 'India closed its embassy in Kabul in 2021. It reopened the embassy in 2022.',
    published: '2025-07-04',
    expect: ['IND CLOSE_MISSION TALIBAN asserted 2021', 'IND OPEN_MISSION TALIBAN asserted 2022'],
  },
  {
    text: 'The Taliban seized Kabul in 2021. Moscow later removed the group from its list of terrorist organisations.',
    published: '2025-07-04',
    expect: ['RUS DELIST TALIBAN asserted null'],
  },
  // compound modifiers, nominal agents, possessive lists, reciprocals, companions, reporting clauses
  {
    text: 'Ethiopia on Monday recognised the self-proclaimed Republic of Somaliland.',
    published: '2026-03-04',
    expect: ['ETH RECOGNIZE SOMALILAND asserted 2026-03-02'],
  },
  {
    text: 'Turkey recognised the breakaway Republic of Abkhazia, a step quickly condemned by Georgia.',
    published: '2026-03-04',
    expect: ['TUR RECOGNIZE ABKHAZIA asserted null', 'GEO CONDEMN TUR asserted null'],
  },
  {
    text: 'Belgrade protested against the Czech recognition of Kosovo.',
    published: '2008-05-22',
    expect: ['CZE RECOGNIZE XKX asserted null'],
    forbid: ['SRB RECOGNIZE XKX asserted null'],
  },
  {
    text: 'Georgia denounced the Venezuelan recognition of Abkhazia.',
    published: '2009-09-11',
    expect: ['VEN RECOGNIZE ABKHAZIA asserted null', 'GEO CONDEMN VEN asserted null'],
  },
  {
    text: 'Slovenia and Malta’s recognition of Palestine was welcomed by the Arab League.',
    published: '2024-06-05',
    expect: ['SVN RECOGNIZE PSE asserted null', 'MLT RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Russia’s recognition of the Taliban government, and China’s endorsement of the step, surprised diplomats.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
    forbid: ['RUS RECOGNIZE CHN asserted null'],
  },
  {
    // an agreement to establish ties announces them: the agreement is the fact, the ties its plan
    text: 'Bahrain and Israel agreed to normalise relations in September 2020.',
    published: '2021-01-10',
    expect: [
      'BHR INTEND_RECOGNIZE ISR asserted 2020-09',
      'ISR INTEND_RECOGNIZE BHR asserted 2020-09',
      'BHR RECOGNIZE ISR intended null',
      'ISR RECOGNIZE BHR intended null',
    ],
    forbid: ['BHR RECOGNIZE ISR asserted', 'ISR RECOGNIZE BHR asserted'],
  },
  {
    text: 'South Sudan and Sudan recognised each other within weeks of the split.',
    published: '2011-08-01',
    expect: ['SSD RECOGNIZE SDN asserted null', 'SDN RECOGNIZE SSD asserted null'],
  },
  {
    text: 'Armenia and Azerbaijan still do not have diplomatic relations and have not recognised each other’s claims.',
    published: '2025-08-10',
    forbid: ['ARM RECOGNIZE AZE asserted null', 'AZE RECOGNIZE ARM asserted null'],
  },
  {
    text: 'Spain recognised the State of Palestine on Tuesday, joined by Ireland and Norway.',
    published: '2024-05-29',
    expect: [
      'ESP RECOGNIZE PSE asserted 2024-05-28',
      'IRL RECOGNIZE PSE asserted 2024-05-28',
      'NOR RECOGNIZE PSE asserted 2024-05-28',
    ],
  },
  {
    text: 'Armenia recognised Palestine last week, as did Slovenia.',
    published: '2024-06-28',
    expect: ['ARM RECOGNIZE PSE asserted 2024-06', 'SVN RECOGNIZE PSE asserted 2024-06'],
  },
  {
    text: 'Kenya will open a consulate in Hargeisa, its foreign minister said after talks with Somaliland officials.',
    published: '2026-02-01',
    expect: ['KEN OPEN_MISSION SOMALILAND intended null', 'KEN MEET SOMALILAND asserted null'],
  },
  {
    text: 'Earlier, the prime minister of Norway had said he would recognise Palestine in May.',
    published: '2024-04-20',
    expect: ['NOR RECOGNIZE PSE intended 2024-05'],
  },
  {
    text: 'Portugal has said recognition of Palestine is only a matter of time.',
    published: '2025-08-01',
    forbid: ['PRT RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Ottawa announced recognition of Palestine on Friday.',
    published: '2025-08-02',
    expect: ['CAN RECOGNIZE PSE asserted 2025-08-01'],
  },
  {
    text: 'Singapore decided not to recognise Kosovo for the time being.',
    published: '2009-01-10',
    expect: ['SGP REFUSE_RECOGNITION XKX asserted null'],
    forbid: ['SGP RECOGNIZE XKX asserted null'],
  },
  {
    text: 'Kazakhstan’s Supreme Court banned the Taliban as a terrorist organisation in 2005.',
    published: '2023-12-29',
    expect: ['KAZ DESIGNATE TALIBAN asserted 2005'],
  },
  {
    text: 'Kyrgyzstan on Friday suspended its ban on the Taliban.',
    published: '2024-09-21',
    expect: ['KGZ DELIST TALIBAN asserted 2024-09-20'],
  },
  {
    text: 'In May, Tajikistan took Hamas off its list of banned terrorist organisations.',
    published: '2024-09-21',
    expect: ['TJK DELIST HAMAS asserted 2024-05'],
    forbid: ['TJK DESIGNATE HAMAS asserted 2024-05'],
  },
  {
    text: 'Negotiations between Serbia and Kosovo resumed in Brussels on Monday.',
    published: '2023-02-28',
    expect: ['SRB MEET XKX asserted 2023-02-27', 'XKX MEET SRB asserted 2023-02-27'],
  },
  // guesses, denials and plans read from their cues
  {
    text: 'Diplomats expect Belarus to recognise the Taliban before the end of the year.',
    published: '2025-07-10',
    expect: ['BLR RECOGNIZE TALIBAN speculated null'],
    forbid: ['BLR RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Officials say Armenia is preparing to recognise Palestine.',
    published: '2024-06-10',
    expect: ['ARM RECOGNIZE PSE intended null'],
    forbid: ['ARM RECOGNIZE PSE asserted null'],
  },
  {
    text: 'It remains unclear whether Mexico will formally recognise Palestine.',
    published: '2024-06-10',
    expect: ['MEX RECOGNIZE PSE speculated null'],
    forbid: ['MEX RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Vanuatu denied reports that it had withdrawn its recognition of Kosovo.',
    published: '2019-06-10',
    expect: ['VUT WITHDRAW_RECOGNITION XKX negated null'],
    forbid: ['VUT WITHDRAW_RECOGNITION XKX asserted null'],
  },
  {
    text: 'The ministry dismissed claims that Oman had recognised the Taliban government.',
    published: '2025-08-10',
    forbid: ['OMN RECOGNIZE TALIBAN asserted null'],
  },
  {
    text: 'Neither Brazil nor Mexico is expected to recognise Kosovo.',
    published: '2012-08-10',
    expect: ['BRA RECOGNIZE XKX speculated null', 'MEX RECOGNIZE XKX speculated null'],
  },
  {
    text: 'Between 2008 and 2011, Venezuela, Nicaragua and Nauru recognised Abkhazia.',
    published: '2015-01-10',
    expect: [
      'VEN RECOGNIZE ABKHAZIA asserted null',
      'NIC RECOGNIZE ABKHAZIA asserted null',
      'NRU RECOGNIZE ABKHAZIA asserted null',
    ],
    forbid: ['VEN RECOGNIZE ABKHAZIA asserted 2011'],
  },
  // groups that are named only by their members
  {
    text: 'South Ossetia is recognised by only five UN member states: Russia, Nicaragua, Venezuela, Nauru and Syria.',
    published: '2020-01-10',
    expect: [
      'RUS RECOGNIZE SOUTH_OSSETIA asserted null',
      'NIC RECOGNIZE SOUTH_OSSETIA asserted null',
      'VEN RECOGNIZE SOUTH_OSSETIA asserted null',
      'NRU RECOGNIZE SOUTH_OSSETIA asserted null',
      'SYR RECOGNIZE SOUTH_OSSETIA asserted null',
    ],
    forbid: ['UN RECOGNIZE SOUTH_OSSETIA asserted null'],
  },
  {
    text: 'Just two states recognise the breakaway region: Turkey and Azerbaijan.',
    published: '2020-01-10',
    none: true,
  },
  {
    text: 'A few countries still recognise the SADR: Algeria, Mexico and South Africa among them.',
    published: '2020-01-10',
    expect: [
      'DZA RECOGNIZE SADR asserted null',
      'MEX RECOGNIZE SADR asserted null',
      'ZAF RECOGNIZE SADR asserted null',
    ],
  },
  {
    text: 'Palestine is recognised by 147 states, including China and most Arab League members.',
    published: '2024-06-10',
    expect: ['CHN RECOGNIZE PSE asserted null'],
    forbid: ['ARAB_LEAGUE RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Beijing has pressed governments to cut ties with Taipei.',
    published: '2020-01-10',
    forbid: ['CHN WITHDRAW_RECOGNITION TWN asserted null'],
  },
  {
    text: 'Kiribati became the second Pacific island nation to recognise Beijing that week.',
    published: '2019-09-21',
    expect: ['KIR RECOGNIZE CHN asserted null'],
  },
  {
    text: 'Why Brazil won’t recognise Kosovo',
    published: '2010-01-10',
    expect: ['BRA REFUSE_RECOGNITION XKX asserted null'],
    forbid: ['BRA RECOGNIZE XKX asserted null'],
  },
  {
    text: "Greece wouldn't open an embassy in Pristina, the minister said.",
    published: '2010-01-10',
    expect: ['GRC OPEN_MISSION XKX negated null'],
  },
  {
    text: 'Moscow named a veteran diplomat as its ambassador to Pristina in 2030.',
    published: '2030-05-01',
    expect: ['RUS SEND_ENVOY XKX asserted 2030'],
  },
  {
    text: 'Qatar hosts a Taliban consul in Doha.',
    published: '2024-02-01',
    expect: ['QAT ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Italy evacuated its embassy in Kabul on 13 August 2021.',
    published: '2021-09-01',
    expect: ['ITA CLOSE_MISSION AFG asserted 2021-08-13'],
  },
  // reactions in other words
  {
    text: 'Washington called Beijing’s decision "deeply regrettable".',
    published: '2024-01-16',
    expect: ['USA CONDEMN CHN asserted null'],
    forbid: ['USA MEET CHN asserted null'],
  },
  {
    text: 'Serbia expressed deep concern over Montenegro’s recognition of Kosovo.',
    published: '2008-10-10',
    expect: ['SRB CONDEMN MNE asserted null', 'MNE RECOGNIZE XKX asserted null'],
  },
  {
    text: 'Ramallah said it deeply appreciated Spain’s decision.',
    published: '2024-05-29',
    expect: ['PSE PRAISE ESP asserted null'],
  },
  {
    text: 'Somaliland declared independence in 1991 and has since been recognised by Israel.',
    published: '2026-01-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND asserted 1991'],
  },
  {
    text: 'Serbia and Kosovo began talks in 2011 aimed at normalising relations.',
    published: '2020-01-05',
    forbid: ['SRB RECOGNIZE XKX asserted 2011', 'SRB RECOGNIZE XKX asserted null'],
  },
  {
    text: 'Pristina said it had received no formal notice and that Togo’s recognition of Kosovo remained valid.',
    published: '2020-01-05',
    expect: ['TGO RECOGNIZE XKX asserted null'],
    forbid: ['TGO RECOGNIZE XKX negated null', 'XKX MEET TGO asserted null'],
  },
  {
    text: 'Andorra recognised Palestine on Sunday. Monaco and San Marino are expected to follow on Monday.',
    published: '2025-09-21',
    expect: [
      'AND RECOGNIZE PSE asserted 2025-09-21',
      'MCO RECOGNIZE PSE speculated 2025-09-22',
      'SMR RECOGNIZE PSE speculated 2025-09-22',
    ],
  },
  {
    text: 'Nicaragua recognised Abkhazia in 2008. More countries will follow the debate closely.',
    published: '2008-09-10',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008'],
  },
  {
    text: 'Luxembourg recognised Palestine on Monday, hours after Belgium and Malta did the same.',
    published: '2025-09-23',
    expect: [
      'LUX RECOGNIZE PSE asserted 2025-09-22',
      'BEL RECOGNIZE PSE asserted 2025-09-22',
      'MLT RECOGNIZE PSE asserted 2025-09-22',
    ],
  },
  {
    text: 'Malta joins Spain and Norway in recognising Palestine',
    published: '2025-09-23',
    expect: ['MLT RECOGNIZE PSE asserted null', 'ESP RECOGNIZE PSE asserted null', 'NOR RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Belgium has opposed Israel’s decision and the Netherlands said it "strongly rejects" the plan by Israel.',
    published: '2025-09-23',
    expect: ['BEL CONDEMN ISR asserted null', 'NLD CONDEMN ISR asserted null'],
  },
  {
    text: 'Qatar, the Taliban’s main interlocutor, has also welcomed Uzbekistan’s decision.',
    published: '2025-09-23',
    expect: ['QAT PRAISE UZB asserted null'],
    forbid: ['TALIBAN PRAISE UZB asserted null'],
  },
  {
    text: 'India, the UAE and Iran, have accepted Taliban diplomats.',
    published: '2025-09-23',
    expect: [
      'IND ACCEPT_ENVOY TALIBAN asserted null',
      'ARE ACCEPT_ENVOY TALIBAN asserted null',
      'IRN ACCEPT_ENVOY TALIBAN asserted null',
    ],
  },
  // datelines and dates counted from events
  {
    text: 'BEIJING, Jan 24 (Reuters) - The island nation of Nauru restored diplomatic relations with China on Wednesday.',
    published: '2024-01-24',
    expect: ['NRU RECOGNIZE CHN asserted 2024-01-24'],
    forbid: ['CHN RECOGNIZE CHN asserted 2024-01-24'],
  },
  {
    text: 'TAIPEI (AP) — Taiwan said on Monday it was cutting ties with Nauru, two days after the island’s election.',
    published: '2024-01-15',
    expect: ['TWN WITHDRAW_RECOGNITION NRU asserted 2024-01-15'],
  },
  {
    text: 'Vanuatu said on 5 March it would switch recognition to Beijing, three weeks after the vote.',
    published: '2026-03-06',
    forbid: ['VUT RECOGNIZE CHN intended 2026-03-26'],
  },
  {
    text: 'Kiribati switched back to Taipei in 2003.',
    published: '2010-01-01',
    expect: ['KIR RECOGNIZE TWN asserted 2003'],
  },
  {
    text: 'Bhutan became the first state to recognise Bangladesh, on 6 December 1971. India followed within hours.',
    published: '2021-12-06',
    expect: ['BTN RECOGNIZE BGD asserted 1971-12-06', 'IND RECOGNIZE BGD asserted null'],
  },
  {
    text: 'Iceland recognised Slovenia on 19 December 1991. Germany followed on 23 December.',
    published: '2021-12-30',
    expect: ['ISL RECOGNIZE SVN asserted 1991-12-19', 'DEU RECOGNIZE SVN asserted 1991-12-23'],
  },
  {
    text: 'Serbia and Montenegro established diplomatic relations in May 2006.',
    published: '2010-01-01',
    expect: ['SRB RECOGNIZE MNE asserted 2006-05', 'MNE RECOGNIZE SRB asserted 2006-05'],
  },
  // negation kept to its own clause
  {
    text: 'Although it has not recognised the Taliban, Turkey keeps its embassy in Kabul open.',
    published: '2025-07-04',
    expect: ['TUR RECOGNIZE TALIBAN negated null', 'TUR OPEN_MISSION TALIBAN asserted null'],
    forbid: ['TUR OPEN_MISSION TALIBAN negated null'],
  },
  {
    text: 'Without recognising Kosovo, Greece has opened a liaison office in Pristina.',
    published: '2020-07-04',
    expect: ['GRC RECOGNIZE XKX negated null', 'GRC OPEN_MISSION XKX asserted null'],
  },
  {
    text: 'Tajikistan, not yet ready to recognise the Taliban, has accepted its diplomats in Dushanbe.',
    published: '2025-07-04',
    expect: ['TJK ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['TJK ACCEPT_ENVOY TALIBAN negated null'],
  },
  {
    text: 'Spain neither recognises Kosovo nor has opened an embassy in Pristina.',
    published: '2020-07-04',
    expect: ['ESP RECOGNIZE XKX negated null', 'ESP OPEN_MISSION XKX negated null'],
  },
  {
    text: 'While Norway has recognised Palestine, Denmark has not.',
    published: '2024-06-04',
    expect: ['NOR RECOGNIZE PSE asserted null', 'DNK RECOGNIZE PSE negated null'],
    forbid: ['DNK RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Israel recognised Somaliland in December. The United States did not.',
    published: '2026-01-10',
    expect: ['ISR RECOGNIZE SOMALILAND asserted 2025-12', 'USA RECOGNIZE SOMALILAND negated null'],
    forbid: ['USA RECOGNIZE SOMALILAND asserted null'],
  },
  // switching sides with no "recognition" or "ties" written; prepositions ending in -ing are no verbs
  {
    text: 'Nauru switched to Beijing in January 2024.',
    published: '2024-02-01',
    expect: ['NRU RECOGNIZE CHN asserted 2024-01'],
  },
  {
    text: 'Honduras switched from Taipei to Beijing in March 2023.',
    published: '2023-04-01',
    expect: ['HND RECOGNIZE CHN asserted 2023-03', 'HND WITHDRAW_RECOGNITION TWN asserted 2023-03'],
  },
  {
    text: 'Haiti could switch to Beijing, analysts said.',
    published: '2024-05-01',
    expect: ['HTI RECOGNIZE CHN speculated null'],
    forbid: ['HTI RECOGNIZE CHN asserted'],
  },
  {
    text: "Guatemala's foreign minister ruled out any switch to Beijing during a visit to Taipei last week.",
    published: '2024-05-10',
    // (the week before 10 May 2024 ran from 29 April to 5 May: the year is what the text pins)
    expect: ['GTM MEET TWN asserted 2024', 'GTM REFUSE_RECOGNITION CHN asserted 2024'],
    forbid: ['CHN MEET TWN'],
  },
  { text: 'The airline switched to Russian jets after the sanctions.', published: '2024-05-01', none: true },
  // subordinate clauses: a measured "after" or "because" states a fact; "unless", "until" a condition
  {
    text: 'Saar said Jerusalem would open an embassy in Hargeisa, a day after Israel became the first country to recognise Somaliland.',
    published: '2025-12-27',
    expect: ['ISR OPEN_MISSION SOMALILAND intended null', 'ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND intended', 'ISR INTEND_RECOGNIZE SOMALILAND'],
  },
  {
    text: 'Britain said it would act, because Norway, Ireland and Spain had recognised Palestine.',
    published: '2024-06-01',
    expect: ['NOR RECOGNIZE PSE asserted null', 'IRL RECOGNIZE PSE asserted null', 'ESP RECOGNIZE PSE asserted null'],
  },
  {
    text: 'Britain will not act unless Israel recognises Palestine.',
    published: '2024-06-01',
    expect: ['ISR RECOGNIZE PSE speculated null'],
    forbid: ['ISR REFUSE_RECOGNITION PSE', 'ISR RECOGNIZE PSE negated'],
  },
  {
    text: 'Spain will wait until Germany recognises Kosovo.',
    published: '2008-02-20',
    expect: ['DEU RECOGNIZE XKX speculated null'],
    forbid: ['DEU INTEND_RECOGNIZE XKX', 'DEU RECOGNIZE XKX intended'],
  },
  {
    text: 'Britain said it would not act until Israel recognised Palestine.',
    published: '2024-06-01',
    expect: ['ISR RECOGNIZE PSE speculated null'],
    forbid: ['ISR REFUSE_RECOGNITION PSE', 'ISR RECOGNIZE PSE asserted'],
  },
  {
    text: 'Until Russia recognised Abkhazia in 2008, no state had done so.',
    published: '2010-01-01',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008'],
  },
  // an attempt's object is no target; "the Pacific island nation" is the state just named
  {
    text: "The African Union rejected any attempt to undermine Somalia's unity and sovereignty.",
    published: '2025-12-28',
    expect: [],
    forbid: ['AU CONDEMN SOM'],
  },
  {
    text: "Somalia condemned Israel's attempt to recognise Somaliland.",
    published: '2025-12-28',
    expect: ['SOM CONDEMN ISR asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: "Taiwan's foreign ministry expressed regret over Nauru's decision and said it would terminate diplomatic relations with the Pacific island nation.",
    published: '2024-01-16',
    expect: ['TWN CONDEMN NRU asserted null', 'TWN WITHDRAW_RECOGNITION NRU intended null'],
  },
  // companions past adverbs; "the two countries" just named; a result clause's ambassador; rejected independence
  {
    text: 'Portugal on Sunday joined Britain, Canada and Australia in formally recognising a Palestinian state.',
    published: '2025-09-22',
    expect: [
      'PRT RECOGNIZE PSE asserted 2025-09-21',
      'GBR RECOGNIZE PSE asserted null',
      'CAN RECOGNIZE PSE asserted null',
      'AUS RECOGNIZE PSE asserted null',
    ],
  },
  {
    text: 'Israel withdrew its ambassadors from Ireland and Norway in May 2024 after the two countries announced they would recognise a Palestinian state.',
    published: '2024-06-01',
    expect: ['IRL RECOGNIZE PSE intended null', 'NOR RECOGNIZE PSE intended null'],
    forbid: ['ISR RECOGNIZE PSE', 'ISR INTEND_RECOGNIZE PSE'],
  },
  {
    text: 'Sweden became the first EU member in western Europe to recognise Palestine in 2014, prompting Israel to recall its ambassador to Stockholm.',
    published: '2015-01-01',
    expect: ['SWE RECOGNIZE PSE asserted 2014'],
    forbid: ['SWE ACCEPT_ENVOY'],
  },
  {
    text: 'Kosovo has been recognised by more than 100 countries, though Serbia, Russia and China still reject its independence.',
    published: '2020-01-01',
    expect: [
      'SRB REFUSE_RECOGNITION XKX asserted null',
      'RUS REFUSE_RECOGNITION XKX asserted null',
      'CHN REFUSE_RECOGNITION XKX asserted null',
    ],
  },
  // "first time since", envoys appointed by, the group named earlier, rounds of talks, no relations
  {
    text: 'Saudi Arabia to host Syrian foreign minister for first time since 2011',
    published: '2023-04-10',
    expect: ['SAU MEET SYR intended null'],
    forbid: ['SAU MEET SYR intended 2011'],
  },
  {
    text: 'Britain and France have repeatedly refused to accept envoys appointed by the Taliban.',
    published: '2025-07-08',
    expect: ['GBR ACCEPT_ENVOY TALIBAN negated null', 'FRA ACCEPT_ENVOY TALIBAN negated null'],
  },
  {
    text: 'Qatar, which hosted years of talks between Washington and the Taliban, has not formally recognised the group either.',
    published: '2025-07-08',
    expect: ['QAT RECOGNIZE TALIBAN negated null', 'USA MEET TALIBAN asserted null', 'TALIBAN MEET USA asserted null'],
  },
  {
    text: 'Turkey, an ally of Azerbaijan, does not recognise Armenia’s claims and has no diplomatic relations with Yerevan.',
    published: '2024-01-01',
    expect: ['TUR RECOGNIZE ARM negated null'],
    forbid: ['TUR RECOGNIZE ARM asserted'],
  },
  {
    text: 'There are no formal ties between Washington and Tehran.',
    published: '2024-01-01',
    expect: ['USA RECOGNIZE IRN negated null', 'IRN RECOGNIZE USA negated null'],
  },
  // a year before another act's noun; a purpose infinitive after a summoned envoy; a year among a noun's modifiers
  {
    text: "The Central African Republic said on Friday it was revoking its 2011 recognition of Kosovo's independence, a move welcomed by Belgrade.",
    published: '2025-07-08',
    expect: ['CAF WITHDRAW_RECOGNITION XKX asserted 2025-07-04', 'SRB PRAISE CAF asserted 2025-07-04'],
    forbid: ['CAF WITHDRAW_RECOGNITION XKX asserted 2011'],
  },
  {
    text: "Russia's foreign ministry summoned the Lithuanian charge d'affaires to protest against the expulsion of Russian diplomats.",
    published: '2025-07-08',
    expect: [],
    forbid: ['LTU CONDEMN RUS'],
  },
  {
    text: 'Germany condemned the 2008 recognition of Abkhazia.',
    published: '2009-01-01',
    expect: [],
    forbid: ['DEU RECOGNIZE ABKHAZIA'],
  },
  // guesses across a description; bounds; two verbs sharing an object; a move to upgrade is no relations denied
  {
    text: 'Few expect Tajikistan, a vocal critic of the Taliban, to recognise the group any time soon.',
    published: '2025-07-08',
    expect: ['TJK RECOGNIZE TALIBAN speculated null'],
    forbid: ['TJK RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Of the 27 EU members, only a handful, including Sweden, had recognised Palestine before 2024.',
    published: '2024-06-01',
    expect: ['SWE RECOGNIZE PSE asserted null'],
    forbid: ['SWE RECOGNIZE PSE asserted 2024'],
  },
  {
    text: 'Beijing has neither recognised nor condemned the Taliban government.',
    published: '2025-07-08',
    expect: ['CHN RECOGNIZE TALIBAN negated null', 'CHN CONDEMN TALIBAN negated null'],
    forbid: ['CHN RECOGNIZE TALIBAN asserted', 'CHN CONDEMN TALIBAN asserted'],
  },
  {
    text: 'Despite speculation, Turkmenistan has made no move to upgrade relations with Kabul.',
    published: '2025-07-08',
    expect: [],
    forbid: ['TKM RECOGNIZE TALIBAN'],
  },
  // an embassy handed over to another government's diplomats
  {
    text: 'Iran handed over the Afghan embassy in Tehran to Taliban-appointed diplomats in February 2023.',
    published: '2023-03-01',
    expect: ['IRN ACCEPT_ENVOY TALIBAN asserted 2023-02'],
  },
  {
    text: 'Norway refused to hand over the Afghan embassy in Oslo to the Taliban.',
    published: '2024-01-01',
    expect: ['NOR ACCEPT_ENVOY TALIBAN negated null'],
    forbid: ['NOR ACCEPT_ENVOY TALIBAN asserted'],
  },
  { text: 'The company handed over its offices to the new owners in March.', published: '2024-04-01', none: true },
  // a visit by a party; agents a passive denies
  {
    text: 'The announcement came during a visit by Kosovo President Vjosa Osmani to Nairobi.',
    published: '2025-03-28',
    expect: ['XKX MEET KEN asserted null'],
  },
  {
    text: 'Kosovo declared independence in 2008. It has since been recognised by the United States, but not by five EU states, including Spain.',
    published: '2025-03-28',
    expect: ['USA RECOGNIZE XKX asserted null', 'ESP RECOGNIZE XKX negated null'],
    forbid: ['ESP RECOGNIZE XKX asserted'],
  },
  {
    text: 'Kosovo is recognised by the US but not by Serbia.',
    published: '2025-03-28',
    expect: ['USA RECOGNIZE XKX asserted null', 'SRB RECOGNIZE XKX negated null'],
  },
  {
    text: 'Taiwan, which has maintained a representative office in Hargeisa since 2020, welcomed the announcement.',
    published: '2025-12-27',
    expect: ['TWN OPEN_MISSION SOMALILAND asserted 2020'],
  },
  { text: 'The company maintained offices in London and Paris.', published: '2025-12-27', none: true },
  {
    text: "Finland's president said the country was ready to recognise Palestine, but only as part of a wider European move.",
    published: '2025-09-10',
    expect: ['FIN RECOGNIZE PSE intended null'],
    forbid: ['FIN RECOGNIZE PSE asserted'],
  },
  // never had relations; members of a group that recognises; those who followed
  {
    text: 'Armenia and Azerbaijan have never had diplomatic relations.',
    published: '2024-01-01',
    expect: ['ARM RECOGNIZE AZE negated null', 'AZE RECOGNIZE ARM negated null'],
  },
  {
    text: 'Syria and Venezuela are among the handful of states that recognise Abkhazia.',
    published: '2024-01-01',
    expect: ['SYR RECOGNIZE ABKHAZIA asserted null', 'VEN RECOGNIZE ABKHAZIA asserted null'],
  },
  {
    text: 'The Solomon Islands switched its diplomatic allegiance from Taipei to Beijing in September 2019, followed days later by Kiribati.',
    published: '2019-10-01',
    expect: [
      'SLB RECOGNIZE CHN asserted 2019-09',
      'SLB WITHDRAW_RECOGNITION TWN asserted 2019-09',
      'KIR RECOGNIZE CHN asserted 2019-09',
      'KIR WITHDRAW_RECOGNITION TWN asserted 2019-09',
    ],
  },
  // ambassadors exchanged; ties suspended; another party's mission closed; own diplomats recalled from a capital
  {
    text: 'Iran and Saudi Arabia have exchanged ambassadors for the first time in seven years.',
    published: '2023-09-06',
    expect: ['IRN SEND_ENVOY SAU asserted null', 'SAU SEND_ENVOY IRN asserted null'],
  },
  {
    text: 'Belize suspended ties with Israel in November 2023.',
    published: '2024-01-01',
    expect: ['BLZ WITHDRAW_RECOGNITION ISR asserted 2023-11'],
  },
  {
    text: "Chad closed Israel's embassy in N'Djamena.",
    published: '2024-01-01',
    expect: ['TCD CLOSE_MISSION ISR asserted null'],
    forbid: ['ISR CLOSE_MISSION TCD'],
  },
  {
    text: 'South Africa recalled its diplomats from Tel Aviv and accused Israel of genocide.',
    published: '2024-01-01',
    expect: ['ZAF CONDEMN ISR asserted null'],
  },
  // sanctions lifted are none imposed; proscription; lashing out; a similar move by another
  {
    text: "Washington lifted its sanctions on Syria's new government in June.",
    published: '2025-07-08',
    expect: [],
    forbid: ['USA SANCTION SYR'],
  },
  {
    text: 'Britain proscribed Hamas in its entirety in 2021.',
    published: '2024-01-01',
    expect: ['GBR DESIGNATE HAMAS asserted 2021'],
  },
  {
    text: "Turkey's Erdogan lashed out at Israel, calling its actions in Gaza a genocide.",
    published: '2024-01-01',
    expect: ['TUR CONDEMN ISR asserted null'],
  },
  {
    text: 'Kyrgyzstan removed the Taliban from its list of banned organisations in September 2024, following a similar move by Kazakhstan.',
    published: '2024-10-01',
    expect: ['KGZ DELIST TALIBAN asserted 2024-09', 'KAZ DELIST TALIBAN asserted null'],
  },
  // a phone call held; an -ing form after a common noun has that noun as subject
  {
    text: 'Modi and Putin held a phone call on Monday.',
    published: '2025-07-08',
    expect: ['IND MEET RUS asserted 2025-07-07', 'RUS MEET IND asserted 2025-07-07'],
  },
  { text: 'Hungary blocked an EU statement criticising Israel.', published: '2025-07-08', none: true },
  // days and weeks ago; the date of the telling is not the plan's
  {
    text: 'Two weeks ago, Kazakhstan removed the Taliban from its list of banned groups.',
    published: '2025-07-08',
    expect: ['KAZ DELIST TALIBAN asserted 2025-06'],
  },
  {
    text: 'Three days ago, Russia recognised the Taliban.',
    published: '2025-07-06',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'At the end of May, Pakistan said it would upgrade its mission in Kabul to an embassy.',
    published: '2025-07-08',
    expect: ['PAK OPEN_MISSION TALIBAN intended null'],
    forbid: ['PAK OPEN_MISSION TALIBAN intended 2026-05'],
  },
  // quantified relative clauses, "not until", ", however,", concessions
  {
    text: 'Neither the UAE nor Qatar, both of which host Taliban representatives, has recognised the group.',
    published: '2025-10-20',
    expect: ['ARE RECOGNIZE TALIBAN negated null', 'QAT RECOGNIZE TALIBAN negated null'],
    forbid: ['ARE MEET TALIBAN negated', 'QAT MEET TALIBAN negated'],
  },
  {
    text: 'It was not until 2008 that Costa Rica recognised Kosovo.',
    published: '2010-01-01',
    expect: ['CRI RECOGNIZE XKX asserted 2008'],
    forbid: ['CRI RECOGNIZE XKX negated'],
  },
  {
    text: 'Iran, however, has never formally recognised the Taliban, despite allowing its diplomats to take over the Afghan embassy in Tehran.',
    published: '2025-10-20',
    expect: ['IRN RECOGNIZE TALIBAN negated null', 'IRN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['IRN ACCEPT_ENVOY TALIBAN negated'],
  },
  {
    text: 'China will not recognise the Taliban despite hosting its envoy.',
    published: '2025-10-20',
    expect: ['CHN REFUSE_RECOGNITION TALIBAN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['CHN ACCEPT_ENVOY TALIBAN negated'],
  },
  // urged not to
  {
    text: 'Georgia considers both regions occupied territory and has urged countries not to recognise them.',
    published: '2019-01-01',
    expect: [],
    forbid: ['GEO RECOGNIZE ABKHAZIA', 'GEO RECOGNIZE SOUTH_OSSETIA'],
  },
  {
    text: 'Georgia urged Nauru not to recognise Abkhazia.',
    published: '2009-01-01',
    expect: ['NRU RECOGNIZE ABKHAZIA negated null'],
    forbid: ['GEO RECOGNIZE ABKHAZIA', 'NRU RECOGNIZE ABKHAZIA asserted'],
  },
  // nothing to find
  { text: 'Girls have been banned from secondary schools in Afghanistan.', published: '2025-07-04', none: true },
  { text: 'Russia’s economy grew by 3 percent last year.', published: '2025-07-04', none: true },
  { text: 'The minister said the weather would improve next week.', published: '2025-07-04', none: true },
  { text: 'Thousands of people attended the concert in Moscow on Friday.', published: '2025-07-04', none: true },
  { text: 'Comments', published: '2025-07-04', none: true },
  { text: 'Read more: Why the Taliban want recognition', published: '2025-07-04', none: true },
  {
    text: 'Recognition without conditions would legitimise impunity, activists warned.',
    published: '2025-07-04',
    none: true,
  },
  { text: 'The court sentenced the man to ten years in prison on Monday.', published: '2025-07-04', none: true },
  { text: 'Afghan women’s rights activists condemned the decision.', published: '2025-07-04', none: true },
  // a plural demonym with "the" is the state's side; without it, people
  {
    text: 'Armenia and the Palestinians established diplomatic relations in 1992.',
    published: '2024-06-21',
    expect: ['ARM RECOGNIZE PSE asserted 1992', 'PSE RECOGNIZE ARM asserted 1992'],
  },
  {
    text: 'The Israelis and the Palestinians held talks in Washington.',
    published: '2013-07-31',
    expect: ['ISR MEET PSE asserted null', 'PSE MEET ISR asserted null'],
  },
  {
    text: 'The Russians have recognised the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
  { text: 'Palestinians in Gaza welcomed the ceasefire.', published: '2025-01-16', none: true },
  { text: 'Thousands of Afghans fled to Pakistan after the Taliban took power.', published: '2022-08-15', none: true },
  {
    text: 'Most Palestinians welcomed Spain’s recognition.',
    published: '2024-05-29',
    expect: [],
    forbid: ['PSE PRAISE ESP'],
  },
  // "did so", "did the same": the act told just before, in the sentence when it tells one
  {
    text: 'Honduras broke off relations with Taiwan last March, and Nicaragua did the same in 2021.',
    published: '2024-01-15',
    expect: ['HND WITHDRAW_RECOGNITION TWN asserted 2023-03', 'NIC WITHDRAW_RECOGNITION TWN asserted 2021'],
    forbid: ['NIC RECOGNIZE'],
  },
  {
    text: 'Nauru recognised Beijing in 2002. Tuvalu is expected to review its ties with Taipei after the election, though its officials have said they have no plans to do so.',
    published: '2024-01-20',
    expect: ['NRU RECOGNIZE CHN asserted 2002'],
    forbid: ['TUV RECOGNIZE', 'TUV REFUSE_RECOGNITION', 'TUV WITHDRAW_RECOGNITION'],
  },
  {
    text: 'Israel and Somaliland agreed to establish diplomatic relations. The United States has not recognised Somaliland, although some lawmakers have urged Washington to do so.',
    published: '2025-12-27',
    expect: ['USA RECOGNIZE SOMALILAND negated null', 'USA RECOGNIZE SOMALILAND speculated null'],
    forbid: ['USA RECOGNIZE ISR'],
  },
  {
    text: 'Kazakhstan removed the Taliban from its list of banned organisations in December, and Kyrgyzstan did the same in September.',
    published: '2025-01-10',
    expect: ['KAZ DELIST TALIBAN asserted 2024-12', 'KGZ DELIST TALIBAN asserted 2024-09'],
  },
  {
    text: 'Spain recognised Palestine in May. Jamaica and Barbados did so on 22 April.',
    published: '2024-06-21',
    expect: ['JAM RECOGNIZE PSE asserted 2024-04-22', 'BRB RECOGNIZE PSE asserted 2024-04-22'],
  },
  // ", and" with a verb before it and a subject and verb after it joins two clauses, not two list members
  {
    text: 'Spain recognised Palestine, and the Russian president welcomed the decision.',
    published: '2024-05-29',
    expect: ['ESP RECOGNIZE PSE asserted null', 'RUS PRAISE ESP asserted null'],
    forbid: ['ESP RECOGNIZE RUS', 'ESP PRAISE'],
  },
  {
    text: 'Russia hosted Taliban officials, and China accepted the Taliban ambassador.',
    published: '2024-02-01',
    expect: ['RUS MEET TALIBAN asserted null', 'CHN ACCEPT_ENVOY TALIBAN asserted null'],
    forbid: ['RUS ACCEPT_ENVOY'],
  },
  {
    text: 'Spain, Ireland, and Norway recognised Palestine.',
    published: '2024-05-29',
    expect: ['ESP RECOGNIZE PSE asserted null', 'IRL RECOGNIZE PSE asserted null', 'NOR RECOGNIZE PSE asserted null'],
  },
  {
    text: 'The Taliban have hosted delegations from China, Russia, and Iran, and Uzbekistan recognised the group.',
    published: '2025-07-05',
    expect: ['TALIBAN MEET IRN asserted null', 'UZB RECOGNIZE TALIBAN asserted null'],
    forbid: ['IRN RECOGNIZE', 'RUS RECOGNIZE', 'TALIBAN MEET UZB'],
  },
  // "between the …", "with the …": the article does not hide the preposition
  {
    text: 'Talks between the United States and the Taliban took place in Doha in 2019.',
    published: '2020-03-01',
    expect: ['USA MEET TALIBAN asserted 2019', 'TALIBAN MEET USA asserted 2019'],
  },
  {
    text: 'A meeting between the UAE and Israel was held in Abu Dhabi.',
    published: '2020-09-01',
    expect: ['ARE MEET ISR asserted null', 'ISR MEET ARE asserted null'],
  },
  // "followed" with a time after it
  {
    text: 'Spain recognised Palestine in May, and Slovenia followed earlier this month.',
    published: '2024-06-21',
    expect: ['SVN RECOGNIZE PSE asserted 2024-06'],
  },
  {
    text: 'Nauru switched recognition to Beijing on Monday. Kiribati followed a few days later.',
    published: '2019-09-25',
    expect: ['KIR RECOGNIZE CHN asserted null'],
  },
  {
    text: 'The Russian move was followed the next day by a statement from China.',
    published: '2025-07-05',
    expect: [],
    forbid: ['CHN RECOGNIZE'],
  },
  // "no longer recognises": a withdrawal, in the mode of what comes before "no longer"
  {
    text: 'Nauru said it would no longer recognise the Republic of China as a separate country.',
    published: '2024-01-15',
    expect: ['NRU WITHDRAW_RECOGNITION TWN intended null'],
    forbid: ['NRU RECOGNIZE'],
  },
  {
    text: 'Serbia says Ghana no longer recognises Kosovo.',
    published: '2019-11-08',
    expect: ['GHA WITHDRAW_RECOGNITION XKX asserted null'],
  },
  {
    text: 'Burkina Faso may no longer recognise the Sahrawi Republic.',
    published: '2018-01-01',
    expect: ['BFA WITHDRAW_RECOGNITION SADR speculated null'],
  },
  // "his Afghan counterpart": the office-holder of that state, read with the state's dated readings
  {
    text: "Pakistan's foreign minister held talks with his Afghan counterpart in Kabul.",
    published: '2025-04-20',
    expect: ['PAK MEET TALIBAN asserted null'],
    forbid: ['PAK MEET AFG'],
  },
  {
    text: "Pakistan's foreign minister held talks with his Afghan counterpart in Kabul.",
    published: '2019-04-20',
    expect: ['PAK MEET AFG asserted null'],
  },
  // a reaction to "the decision by X" targets X
  {
    text: 'Morocco welcomed the decision by Washington.',
    published: '2020-12-11',
    expect: ['MAR PRAISE USA asserted null'],
  },
  {
    text: 'Serbia condemned the recognition of Kosovo by Ghana.',
    published: '2012-05-25',
    expect: ['SRB CONDEMN GHA asserted null', 'GHA RECOGNIZE XKX asserted null'],
    forbid: ['SRB CONDEMN XKX'],
  },
  {
    text: 'Israel condemned the move by Spain, Ireland and Norway.',
    published: '2024-05-22',
    expect: ['ISR CONDEMN ESP asserted null', 'ISR CONDEMN IRL asserted null', 'ISR CONDEMN NOR asserted null'],
  },
  // "mid-2024": the year of its part
  {
    text: 'China accepted the Taliban envoy in mid-2024.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024'],
  },
  {
    text: 'Nauru recognised Beijing from 2002 to 2005.',
    published: '2024-01-15',
    expect: ['NRU RECOGNIZE CHN asserted 2002'],
  },
  // ties kept, embassies upgraded or handed over, decisions regretted
  {
    text: 'Paraguay has maintained ties with Taipei since 1957.',
    published: '2024-08-01',
    expect: ['PRY RECOGNIZE TWN asserted 1957'],
  },
  {
    text: 'The US maintains close unofficial ties with Taiwan.',
    published: '2024-08-01',
    expect: [],
    forbid: ['USA RECOGNIZE'],
  },
  {
    text: 'Israel and Bhutan established trade relations in 2020.',
    published: '2021-01-01',
    expect: [],
    forbid: ['ISR RECOGNIZE', 'BTN RECOGNIZE'],
  },
  {
    text: 'India has upgraded its technical team in Kabul to an embassy.',
    published: '2025-10-10',
    expect: ['IND OPEN_MISSION TALIBAN asserted null'],
  },
  {
    text: 'Norway allowed the Taliban to take over the Afghan embassy in Oslo.',
    published: '2025-06-01',
    expect: ['NOR ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Washington regretted Nauru’s decision.',
    published: '2024-01-16',
    expect: ['USA CONDEMN NRU asserted null'],
  },
  { text: 'The ministry regretted the loss of life.', published: '2024-01-16', none: true },
  // "their ambassador", no one else named: the group the story last named
  {
    text: 'The Taliban named a new envoy. Beijing accepted their ambassador in January.',
    published: '2024-02-01',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01'],
  },
  // dates: "Last October" opening a sentence, "January 1 last year"
  {
    text: 'Last October, Kazakhstan removed the Taliban from its list of banned groups.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2024-10'],
  },
  {
    text: 'Kazakhstan removed the Taliban from its list on January 1 last year.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2024-01-01'],
  },
  // a year on the decision reversed dates that decision, not the reversal
  {
    text: 'Lithuania reversed its 2012 decision to recognise Kosovo.',
    published: '2020-01-01',
    expect: ['LTU WITHDRAW_RECOGNITION XKX asserted null'],
    forbid: ['LTU WITHDRAW_RECOGNITION XKX asserted 2012'],
  },
  {
    text: 'In 2019, Lithuania reversed its 2012 decision to recognise Kosovo.',
    published: '2020-01-01',
    expect: ['LTU WITHDRAW_RECOGNITION XKX asserted 2019'],
  },
  // an elliptical denial with a pronoun subject; "will/would not" declines for the future: a refusal
  {
    text: 'Ireland recognised Palestine on Tuesday, while Germany said it would not.',
    published: '2024-05-30',
    expect: ['IRL RECOGNIZE PSE asserted 2024-05-28', 'DEU REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['DEU RECOGNIZE'],
  },
  {
    text: 'Norway has recognised Palestine, but Denmark has not.',
    published: '2024-05-30',
    expect: ['DNK RECOGNIZE PSE negated null'],
  },
  // an act that is its own subject does not "follow" as a pro-verb
  {
    text: 'Russia recognised the Taliban on Thursday. Kazakhstan’s recognition will follow, officials said.',
    published: '2025-07-05',
    expect: ['KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ INTEND_RECOGNIZE'],
  },
  // those an exception sets apart did the opposite of the whole
  {
    text: 'Somaliland has not been recognised by any country apart from Israel.',
    published: '2025-12-30',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null'],
    forbid: ['ISR RECOGNIZE SOMALILAND negated'],
  },
  {
    text: 'No country except Russia has recognised the Taliban.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
    forbid: ['RUS RECOGNIZE TALIBAN negated'],
  },
  {
    text: 'No state other than Turkey recognises Northern Cyprus.',
    published: '2024-01-01',
    expect: ['TUR RECOGNIZE NORTHERN_CYPRUS asserted null'],
  },
  {
    text: 'All EU members except Hungary condemned Russia.',
    published: '2024-01-01',
    expect: ['HUN CONDEMN RUS negated null'],
    forbid: ['HUN CONDEMN RUS asserted'],
  },
  {
    text: 'Besides hosting talks, Qatar has not recognised the Taliban.',
    published: '2025-07-05',
    expect: ['QAT RECOGNIZE TALIBAN negated null'],
  },
  {
    text: 'Apart from Ghana, the states that have revoked their recognition of Kosovo include Togo and Burundi.',
    published: '2020-01-01',
    expect: [],
    forbid: ['GHA WITHDRAW_RECOGNITION XKX negated'],
  },
  // a possessor inside a list only qualifies the party it owns
  {
    text: "Pakistan and Afghanistan's Taliban administration agreed to exchange ambassadors.",
    published: '2025-05-30',
    expect: ['PAK SEND_ENVOY TALIBAN intended null', 'TALIBAN SEND_ENVOY PAK intended null'],
    forbid: ['PAK SEND_ENVOY TALIBAN asserted', 'TALIBAN SEND_ENVOY PAK asserted'],
  },
  // governments tied to their own time: by their leader's name, by "former", by a name of the republic
  {
    text: 'The UAE hosted envoys of the Ghani government.',
    published: '2025-07-05',
    expect: ['ARE ACCEPT_ENVOY AFG asserted null'],
    forbid: ['ARE ACCEPT_ENVOY TALIBAN'],
  },
  {
    text: 'Qatar hosted diplomats of the fallen Afghan government.',
    published: '2025-07-05',
    expect: ['QAT ACCEPT_ENVOY AFG asserted null'],
  },
  {
    text: 'Qatar hosted diplomats of the Afghan government in 2024.',
    published: '2025-07-05',
    expect: ['QAT ACCEPT_ENVOY TALIBAN asserted 2024'],
  },
  // "would not follow": the act that follows, declined
  {
    text: 'Israel recognised Somaliland on Friday. Ukraine condemned the step. Kyiv said it would not follow.',
    published: '2025-12-27',
    expect: ['UKR REFUSE_RECOGNITION SOMALILAND asserted null', 'UKR CONDEMN ISR asserted null'],
    forbid: ['UKR RECOGNIZE SOMALILAND asserted'],
  },
  { text: 'In the weeks that will not follow the vote, nothing changed.', published: '2025-01-01', none: true },
  // a mission one has: "have" as a main verb, not as an auxiliary
  {
    text: 'Taiwan has had a representative office in Hargeisa since 2020.',
    published: '2025-12-27',
    expect: ['TWN OPEN_MISSION SOMALILAND asserted 2020'],
  },
  {
    text: 'Israel does not have an embassy in Jakarta.',
    published: '2025-01-01',
    expect: ['ISR OPEN_MISSION IDN negated null'],
  },
  {
    text: 'New Delhi had shut its Kabul embassy in 1996 after the Taliban took over.',
    published: '2025-01-01',
    expect: ['IND CLOSE_MISSION AFG asserted 1996'],
    forbid: ['IND OPEN_MISSION'],
  },
  // "their government", "their independence": a group before a place, the whole group, else the group last named
  {
    text: '1996: Taliban seize Kabul; Pakistan, Saudi Arabia and the UAE recognise their government.',
    published: '2021-08-20',
    expect: ['PAK RECOGNIZE TALIBAN asserted 1996', 'ARE RECOGNIZE TALIBAN asserted 1996'],
    forbid: ['PAK RECOGNIZE AFG'],
  },
  {
    text: 'The Taliban seized Kabul in 1996. Pakistan recognised their government in 1997.',
    published: '2021-08-20',
    expect: ['PAK RECOGNIZE TALIBAN asserted 1997'],
  },
  {
    text: 'Abkhazia and South Ossetia declared independence, and Russia recognised their independence in 2008.',
    published: '2018-08-26',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008', 'RUS RECOGNIZE SOUTH_OSSETIA asserted 2008'],
  },
  // a deal brokered between two parties: they agree, not the broker
  {
    text: 'Qatar brokered a deal between the US and the Taliban in February 2020.',
    published: '2021-08-20',
    expect: ['USA AGREEMENT TALIBAN asserted 2020-02', 'TALIBAN AGREEMENT USA asserted 2020-02'],
    forbid: ['QAT AGREEMENT'],
  },
  {
    text: 'China brokered the 2023 deal between Saudi Arabia and Iran.',
    published: '2024-03-10',
    expect: ['SAU AGREEMENT IRN asserted 2023', 'IRN AGREEMENT SAU asserted 2023'],
  },
  // "took the same step", "made a similar move": the act just told
  {
    text: 'France recognised Palestine on Monday, a day after Britain, Canada and Australia took the same step.',
    published: '2025-09-23',
    expect: [
      'FRA RECOGNIZE PSE asserted 2025-09-22',
      'GBR RECOGNIZE PSE asserted 2025-09-21',
      'CAN RECOGNIZE PSE asserted 2025-09-21',
      'AUS RECOGNIZE PSE asserted 2025-09-21',
    ],
    forbid: ['GBR RECOGNIZE PSE asserted 2025-09-22'],
  },
  {
    text: 'Russia recognised the Taliban in July. It remains unclear whether Beijing will make a similar move.',
    published: '2025-07-20',
    expect: ['CHN RECOGNIZE TALIBAN speculated null'],
  },
  {
    text: 'Belgium and Malta announced their recognition of Palestine at the summit, while Portugal had done so on Sunday.',
    published: '2025-09-23',
    expect: ['PRT RECOGNIZE PSE asserted 2025-09-21'],
  },
  // not telling whether an act will happen leaves it open: neither denied nor refused
  {
    text: 'Kenya did not say whether it would withdraw its recognition of the SADR.',
    published: '2025-05-27',
    expect: ['KEN WITHDRAW_RECOGNITION SADR speculated null'],
    forbid: ['KEN WITHDRAW_RECOGNITION SADR negated'],
  },
  {
    text: 'Officials refused to say whether Kazakhstan would recognise the Taliban.',
    published: '2025-07-10',
    expect: ['KAZ RECOGNIZE TALIBAN speculated null'],
    forbid: ['KAZ REFUSE_RECOGNITION'],
  },
  // a relative clause in the pluperfect tells an earlier time than its sentence's date
  {
    text: "Kenya on Monday endorsed Morocco's autonomy plan, a reversal for a country that had long recognised the Sahrawi Arab Democratic Republic.",
    published: '2025-05-27',
    expect: ['KEN RECOGNIZE SADR asserted null'],
    forbid: ['KEN RECOGNIZE SADR asserted 2025-05-26'],
  },
  // a plan the story named by its owner is the owner's when named again
  {
    text: "Kenya endorsed Morocco's autonomy plan on Monday. Spain and France have since backed the plan.",
    published: '2025-05-27',
    expect: ['ESP PRAISE MAR asserted null', 'FRA PRAISE MAR asserted null'],
    forbid: ['ESP PRAISE KEN', 'FRA PRAISE KEN'],
  },
  // a gerund after "about", "over" or "on" is the topic of talk, not a fact
  {
    text: 'Russia spoke about recognising the Taliban.',
    published: '2025-01-10',
    expect: ['RUS RECOGNIZE TALIBAN speculated null'],
    forbid: ['RUS RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Russia angered the West by recognising the Taliban.',
    published: '2025-07-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted null'],
  },
];
