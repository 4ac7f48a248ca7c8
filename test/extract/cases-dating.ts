import type { Case } from './cases.ts';

// Dates read against the story: a year carried from an earlier sentence of the paragraph or a timeline's heading,
// times counted from the story's last date ("a day earlier", "the following month", "later that year"), weeks,
// weekends and seasons against the publication date, and years that are no calendar year.
export const DATING_CASES: Case[] = [
  // a day and month without a year, after a month of that year in the same paragraph
  {
    text: 'In March 2024, Kazakhstan removed the Taliban from its list of banned organisations. On 12 April, it accepted a Taliban envoy.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2024-03', 'KAZ ACCEPT_ENVOY TALIBAN asserted 2024-04-12'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-04-12'],
  },
  {
    text: 'Uzbekistan hosted a Taliban trade delegation in February 2023. In May, Tashkent signed a railway agreement with the Taliban administration.',
    published: '2024-11-02',
    expect: ['UZB AGREEMENT TALIBAN asserted 2023-05'],
  },
  // the same within one sentence
  {
    text: 'Astana dropped the Taliban from its terrorist list in March 2024 and on 12 April accepted the group’s envoy.',
    published: '2025-01-20',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2024-04-12'],
  },
  // ... but not from an aside behind a comma, which tells its own time
  {
    text: 'Kazakhstan, which removed the Taliban from its list in March 2024, accepted a Taliban envoy on 12 April.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-04-12'],
  },
  {
    text: 'In 2019, Solomon Islands cut ties with Taiwan on 16 September.',
    published: '2021-03-01',
    expect: ['SLB WITHDRAW_RECOGNITION TWN asserted 2019-09-16'],
  },
  // an earlier month than the one told moves on in time: the publication's reading stands
  {
    text: 'Kazakhstan removed the Taliban from its list of banned groups in December 2023. In April, Astana accepted a Taliban envoy.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-04'],
  },
  // a new paragraph starts afresh
  {
    text: 'Kazakhstan removed the Taliban from its list of banned groups in March 2024.\n\nIn May, Astana accepted a Taliban envoy, officials said.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-05'],
  },
  // a year alone in the middle of a sentence sets no year for the next one
  {
    text: 'Kazakhstan, which banned the Taliban in 2005, has changed course. On 12 April, it accepted a Taliban envoy.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-04-12'],
  },
  // a timeline's year heading sets the year of its rows, whatever their order
  {
    text: 'Key dates, 2024:\n\n• 14 October – Kazakhstan accepts a Taliban ambassador.\n• 12 March – Turkmenistan signs a gas pipeline deal with the Taliban.',
    published: '2025-11-23',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2024-10-14', 'TKM AGREEMENT TALIBAN asserted 2024-03-12'],
  },
  {
    text: '2023\n- 5 March: Uzbekistan hosts Taliban foreign minister Amir Khan Muttaqi.\n- 19 June: China accepts a Taliban ambassador.\n\n2025\n- 3 July: Russia recognises the Taliban government.',
    published: '2025-08-01',
    expect: [
      'UZB MEET TALIBAN asserted 2023-03-05',
      'CHN ACCEPT_ENVOY TALIBAN asserted 2023-06-19',
      'RUS RECOGNIZE TALIBAN asserted 2025-07-03',
    ],
  },
  // a row that opens with its own year dates the day in it
  {
    text: '2019 – Kiribati switches recognition from Taipei to Beijing on 20 September.',
    published: '2024-01-15',
    expect: ['KIR RECOGNIZE CHN asserted 2019-09-20'],
  },
  // a month named against the story's year
  {
    text: 'Honduras cut diplomatic ties with Taiwan in March 2023. President Xiomara Castro visited Beijing the following June.',
    published: '2025-03-01',
    expect: ['HND MEET CHN asserted 2023-06'],
  },
  {
    text: 'Honduras opened an embassy in Beijing in June 2023. The previous March, it had severed relations with Taiwan.',
    published: '2025-03-01',
    expect: ['HND WITHDRAW_RECOGNITION TWN asserted 2023-03'],
  },
  {
    text: 'Solomon Islands cut ties with Taiwan in 2019. That September, Kiribati broke off relations with Taipei too.',
    published: '2021-03-01',
    expect: ['KIR WITHDRAW_RECOGNITION TWN asserted 2019-09'],
  },
  {
    text: 'Somaliland declared independence in May 1991. Taiwan and Somaliland agreed to exchange offices in 2020; in August that year, Taiwan opened a representative office in Hargeisa.',
    published: '2025-03-01',
    expect: ['TWN OPEN_MISSION SOMALILAND asserted 2020-08'],
    forbid: ['TWN OPEN_MISSION SOMALILAND asserted 1991-08'],
  },
  // times counted from the date told just before
  {
    text: 'Russia formally recognised the Taliban government on 3 July 2025. A day earlier, Moscow had accepted the credentials of the Taliban ambassador.',
    published: '2025-07-10',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03', 'RUS ACCEPT_ENVOY TALIBAN asserted 2025-07-02'],
  },
  {
    text: 'Solomon Islands switched diplomatic recognition to Beijing on 16 September 2019. The next day, Taiwan closed its embassy in Honiara.',
    published: '2019-10-01',
    expect: ['TWN CLOSE_MISSION SLB asserted 2019-09-17'],
  },
  {
    text: 'Uzbekistan hosted Taliban officials in May 2023. The following month, Tashkent signed a transit agreement with the Taliban.',
    published: '2024-02-01',
    expect: ['UZB AGREEMENT TALIBAN asserted 2023-06'],
  },
  {
    text: 'Israel recognised Somaliland in December 2025. The same month, the African Union condemned the move.',
    published: '2026-01-20',
    expect: ['AU CONDEMN ISR asserted 2025-12'],
  },
  {
    text: 'China accepted a Taliban ambassador in January 2024, and the United Arab Emirates did the same later that year.',
    published: '2025-07-05',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2024-01', 'ARE ACCEPT_ENVOY TALIBAN asserted 2024'],
  },
  {
    text: 'The Gambia recognised the People’s Republic of China in March 2016. A year later, Sao Tome and Principe cut ties with Taiwan.',
    published: '2018-05-01',
    expect: ['STP WITHDRAW_RECOGNITION TWN asserted 2017'],
  },
  {
    text: 'The Taliban seized Kabul in August 2021. Weeks later, Pakistan hosted a Taliban delegation in Islamabad.',
    published: '2025-07-05',
    expect: ['PAK MEET TALIBAN asserted 2021'],
  },
  // counted in weeks: a month at best, and none when the weeks straddle two
  {
    text: 'Russia recognised the Taliban on 3 July 2025. Two weeks later, Kazakhstan accepted a Taliban envoy.',
    published: '2025-08-15',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-07'],
  },
  {
    text: 'Russia recognised the Taliban on 17 July 2025. Two weeks later, Kazakhstan accepted a Taliban envoy.',
    published: '2025-09-15',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-07', 'KAZ ACCEPT_ENVOY TALIBAN asserted 2025-08'],
  },
  // with nothing told before, a counted time pins nothing
  {
    text: 'Two weeks later, Kazakhstan accepted a Taliban envoy.',
    published: '2025-08-15',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // "a day after the vote" counts from the vote, which the story did not date
  {
    text: 'Parliament voted on the bill in March 2024. Spain recognised Palestine a day after the cabinet meeting.',
    published: '2024-06-01',
    expect: ['ESP RECOGNIZE PSE asserted null'],
  },
  // a stretch from now is no date counted from the story
  {
    text: 'The Taliban took power in August 2021. Kazakhstan may accept a Taliban envoy over the next year.',
    published: '2025-07-05',
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN speculated 2021', 'KAZ ACCEPT_ENVOY TALIBAN speculated 2022'],
  },
  // a day before publication is no later than it: a count that runs past it is dropped
  {
    text: 'Russia recognised the Taliban on 3 July. Two weeks later, Kazakhstan accepted a Taliban envoy.',
    published: '2025-07-05',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // a time counted from an act the story told and dated, named by its actor
  {
    text: 'Russia recognised the Taliban government on 3 July 2025. Days after Russia’s recognition, Kazakhstan accepted a Taliban envoy.',
    published: '2025-08-01',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-07'],
  },
  {
    text: 'Moscow recognised the Taliban government on 3 July 2025. Kazakhstan accepted a Taliban envoy two days after Russia recognised the Taliban.',
    published: '2025-08-01',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-07-05'],
  },
  // ... and none when the act counted from is not one the story dated
  {
    text: 'Russia recognised the Taliban government on 3 July 2025. Days after the vote in parliament, Kazakhstan accepted a Taliban envoy.',
    published: '2025-08-01',
    expect: ['KAZ ACCEPT_ENVOY TALIBAN asserted null'],
  },
  // "the same day" counts from a day: a background year told before it is another time
  {
    text: 'Nauru announced on Monday that it was switching recognition to Beijing. The island had first recognised Taipei in 1980 and switched back in 2005. Taiwan closed its embassy in Nauru the same day.',
    published: '2024-01-17',
    expect: ['TWN CLOSE_MISSION NRU asserted null'],
    forbid: ['TWN CLOSE_MISSION NRU asserted 2005'],
  },
  {
    text: 'Spain, Ireland and Norway formally recognised a Palestinian state on 28 May. Israel condemned the move the same day.',
    published: '2024-06-05',
    expect: ['ISR CONDEMN ESP asserted 2024-05-28'],
  },
  // a count compared with a plan, and a unit inside a compound word, count from nothing
  {
    text: 'Kosovo was recognised by Barbados in 2018. Barbados opened an embassy in Pristina two years earlier than planned.',
    published: '2025-07-05',
    expect: ['BRB OPEN_MISSION XKX asserted null'],
  },
  // a story's counted time after its publication is no date of what it reports
  {
    text: 'Russia recognised the Taliban on 3 July. The following week, Kazakhstan accepted a Taliban envoy.',
    published: '2025-07-05',
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2025-07'],
  },
  // a day counted from a plan's weekday is a day of the plan too
  {
    text: 'Russia will recognise the Taliban government on Thursday. The following day, Kazakhstan will open an embassy in Kabul.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN intended 2025-07-10', 'KAZ OPEN_MISSION TALIBAN intended 2025-07-11'],
  },
  {
    text: 'Taiwan said on Tuesday that Nauru had cut ties with Taipei the previous day.',
    published: '2024-01-17',
    expect: ['NRU WITHDRAW_RECOGNITION TWN asserted 2024-01-15'],
  },
  // weeks against the publication date: the month, when the whole week fell in one
  {
    text: 'Pakistan hosted a Taliban delegation in Islamabad last week.',
    published: '2025-07-16',
    expect: ['PAK MEET TALIBAN asserted 2025-07'],
  },
  {
    text: 'Earlier this week, Pakistan hosted a Taliban delegation in Islamabad.',
    published: '2025-07-05',
    expect: ['PAK MEET TALIBAN asserted 2025'],
    forbid: ['PAK MEET TALIBAN asserted 2025-07', 'PAK MEET TALIBAN asserted 2025-06'],
  },
  {
    text: 'Pakistan hosted a Taliban delegation in Islamabad on Monday last week.',
    published: '2025-07-05',
    expect: ['PAK MEET TALIBAN asserted 2025-06-23'],
  },
  {
    text: 'Pakistan hosted a Taliban delegation in Islamabad over the weekend, officials said on Monday.',
    published: '2025-07-14',
    expect: ['PAK MEET TALIBAN asserted 2025-07'],
  },
  {
    text: 'Pakistan hosted a Taliban delegation a fortnight ago.',
    published: '2025-07-20',
    expect: ['PAK MEET TALIBAN asserted 2025-07'],
  },
  // a stretch up to the publication: the month when it lies in one, the year when it spans two, else none
  {
    text: 'Uzbekistan accepted a Taliban ambassador in recent days, the foreign ministry said.',
    published: '2025-07-20',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted 2025-07'],
  },
  {
    text: 'Uzbekistan has signed three agreements with the Taliban over the past two months.',
    published: '2025-07-20',
    expect: ['UZB AGREEMENT TALIBAN asserted 2025'],
  },
  {
    text: 'Pakistan has hosted Taliban delegations over the past year.',
    published: '2025-07-20',
    expect: ['PAK MEET TALIBAN asserted null'],
  },
  // seasons: a year, and none when "last summer" may be this year's
  {
    text: 'Last summer, Pakistan hosted a Taliban delegation in Islamabad.',
    published: '2025-04-10',
    expect: ['PAK MEET TALIBAN asserted 2024'],
  },
  {
    text: 'Last summer, Pakistan hosted a Taliban delegation in Islamabad.',
    published: '2025-10-10',
    expect: ['PAK MEET TALIBAN asserted null'],
  },
  {
    text: 'Uzbekistan accepted a Taliban ambassador earlier this spring.',
    published: '2025-05-10',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted 2025'],
  },
  // a month with "mid-"
  {
    text: 'Uzbekistan accepted a Taliban ambassador in mid-March.',
    published: '2025-07-05',
    expect: ['UZB ACCEPT_ENVOY TALIBAN asserted 2025-03'],
  },
  // a fiscal year need not be the calendar's
  {
    text: 'In fiscal 2023, Japan imposed new sanctions on the Taliban.',
    published: '2025-07-05',
    expect: ['JPN SANCTION TALIBAN asserted null'],
  },
  // decades and ranges pin no year
  {
    text: 'In the early 1990s, Israel opened an embassy in Beijing.',
    published: '2025-07-05',
    expect: ['ISR OPEN_MISSION CHN asserted null'],
  },
  {
    text: 'Between 2017 and 2020, Suriname withdrew its recognition of Kosovo.',
    published: '2025-07-05',
    expect: ['SUR WITHDRAW_RECOGNITION XKX asserted null'],
  },
  // the date by the reporting verb is the telling's; the reported act's own date is the act's
  {
    text: 'Kazakhstan said on Thursday it had removed the Taliban from its list of banned organisations last year.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2024'],
    forbid: ['KAZ DELIST TALIBAN asserted 2025-07-03'],
  },
  // background in reported speech keeps its own year; the telling's weekday is not the act's
  {
    text: 'Nauru said on Monday it had recognised Beijing in 2002 but switched back to Taipei in 2005.',
    published: '2024-01-17',
    expect: ['NRU RECOGNIZE CHN asserted 2002', 'NRU RECOGNIZE TWN asserted 2005'],
  },
];
