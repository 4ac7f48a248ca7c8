import type { Case } from './cases.ts';

// Dates: anaphoric dates counted from the story's own ("the next day", "three years later", "that same month"),
// more dates relative to publication, the telling's date of a plan, a fact's own date after a telling, the
// predicate that places an act noun, and page stamps that date no event.
export const DATES_CASES: Case[] = [
  // "the next day" counts from the date the sentence before told
  {
    text: 'Kosovo declared independence from Serbia on 17 February 2008. The United States recognised Kosovo the next day.',
    published: '2018-02-17',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18'],
  },
  // a count of years from a month gives a year
  {
    text: 'The Gambia cut ties with Taiwan in November 2013. Three years later, Banjul established diplomatic relations with Beijing.',
    published: '2016-03-20',
    expect: ['GMB WITHDRAW_RECOGNITION TWN asserted 2013-11', 'GMB RECOGNIZE CHN asserted 2016'],
  },
  {
    text: 'Kosovo declared independence in February 2008. Ten years later, Burundi withdrew its recognition of Kosovo.',
    published: '2025-07-05',
    expect: ['BDI WITHDRAW_RECOGNITION XKX asserted 2018'],
  },
  {
    text: 'Costa Rica switched recognition to Beijing in June 2007. A year earlier, it had hosted a Taiwanese delegation.',
    published: '2025-07-05',
    expect: ['CRI RECOGNIZE CHN asserted 2007-06', 'CRI MEET TWN asserted 2006'],
  },
  // counted from the sentence's own earlier date
  {
    text: 'Malawi cut ties with Taiwan on Monday and established diplomatic relations with China two days later.',
    published: '2008-01-19',
    expect: ['MWI WITHDRAW_RECOGNITION TWN asserted 2008-01-14', 'MWI RECOGNIZE CHN asserted 2008-01-16'],
  },
  // a week later: the month it falls in
  {
    text: 'Russia recognised the Taliban on 3 July and Belarus followed suit a week later.',
    // (published after the week: one that ran past the publication would be no date of it)
    published: '2025-07-20',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03', 'BLR RECOGNIZE TALIBAN asserted 2025-07'],
  },
  // "the day before" a telling dated in the same sentence
  {
    text: 'Speaking on Friday, a foreign ministry spokeswoman said Moscow had accepted the credentials of the Taliban’s ambassador the day before.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted 2025-07-03'],
  },
  // "later that year", "that same month", "the following month", "that day": no finer than what they count from
  {
    text: 'The Solomon Islands switched recognition to Beijing in September 2019. Later that year, Taipei condemned the move.',
    published: '2019-12-30',
    expect: ['SLB RECOGNIZE CHN asserted 2019-09', 'TWN CONDEMN SLB asserted 2019'],
  },
  {
    text: 'Honduras cut ties with Taiwan in March 2023. That same month, it opened an embassy in Beijing.',
    published: '2024-03-01',
    expect: ['HND OPEN_MISSION CHN asserted 2023-03'],
  },
  {
    text: 'The Taliban seized Kabul on 15 August 2021. The following month, Pakistan’s intelligence chief visited Kabul.',
    published: '2025-07-05',
    expect: ['PAK MEET TALIBAN asserted 2021-09'],
  },
  {
    text: 'Honduras cut ties with Taiwan on 26 March 2023. That day, China and Honduras established diplomatic relations.',
    published: '2025-07-05',
    expect: ['HND RECOGNIZE CHN asserted 2023-03-26', 'CHN RECOGNIZE HND asserted 2023-03-26'],
  },
  // "in August of the same year": the month named, in the year the story counts to
  {
    text: 'The Dominican Republic switched recognition to China on May 1, 2018, and El Salvador did so in August of the same year.',
    published: '2025-07-05',
    expect: ['DOM RECOGNIZE CHN asserted 2018-05-01', 'SLV RECOGNIZE CHN asserted 2018-08'],
  },
  // "earlier this year, in April": the finer date beside it
  {
    text: 'Russia lifted its ban on the Taliban earlier this year, in April.',
    published: '2025-07-05',
    expect: ['RUS DELIST TALIBAN asserted 2025-04'],
  },
  // "a day after Britain did so": the clause it opens is a day before the date just given; the main act keeps its own
  {
    text: 'The United States recognised Kosovo on 18 February 2008, a day after Pristina declared independence, and Britain and France did so the same day.',
    published: '2008-02-20',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18', 'GBR RECOGNIZE XKX asserted 2008-02-18'],
  },
  {
    text: 'Russia’s recognition came on Thursday, two weeks after Lavrov met Muttaqi in Moscow.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03', 'RUS MEET TALIBAN asserted 2025-06'],
  },
  {
    text: 'Belarus will recognise the Taliban on 10 July, a week after Russia did so.',
    published: '2025-07-05',
    expect: ['BLR RECOGNIZE TALIBAN intended 2025-07-10', 'RUS RECOGNIZE TALIBAN asserted 2025-07'],
  },
  {
    text: 'France recognised Palestine on Monday, a day after the vote in parliament, and Belgium followed suit.',
    published: '2025-09-25',
    expect: ['FRA RECOGNIZE PSE asserted 2025-09-22', 'BEL RECOGNIZE PSE asserted null'],
  },
  // a timeline row's year is the year of the day and month the row gives, and a finer date narrows it
  {
    text: '- 2018: The Dominican Republic establishes ties with China on May 1; Burkina Faso follows later that month.',
    published: '2025-01-10',
    expect: ['DOM RECOGNIZE CHN asserted 2018-05-01', 'BFA RECOGNIZE CHN asserted 2018-05'],
  },
  {
    text: '- 2016: Sao Tome and Principe cuts ties with Taiwan in December.',
    published: '2025-01-10',
    expect: ['STP WITHDRAW_RECOGNITION TWN asserted 2016-12'],
  },
  {
    text: 'In 2017, Panama switched recognition to Beijing in June.',
    published: '2025-01-10',
    expect: ['PAN RECOGNIZE CHN asserted 2017-06'],
  },
  {
    text: 'Armenia recognised Palestine on June 21. Earlier in the year, Barbados and Jamaica had also recognised Palestine.',
    published: '2024-06-25',
    expect: [
      'ARM RECOGNIZE PSE asserted 2024-06-21',
      'BRB RECOGNIZE PSE asserted 2024',
      'JAM RECOGNIZE PSE asserted 2024',
    ],
  },
  // "on the same day it cut ties": the day of the clause that follows, not the story's last date
  {
    text: 'Honduras said on 14 March that it would seek ties with China. Honduras established relations with China on the same day it cut ties with Taiwan.',
    published: '2023-03-30',
    expect: ['HND RECOGNIZE CHN asserted null'],
  },
  // nothing to count from: no date
  {
    text: 'The United States recognised Kosovo the next day.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE XKX asserted null'],
  },
  // "a week after the vote" counts from an event the text does not date
  {
    text: 'Honduras established relations with China a week after the vote.',
    published: '2025-07-05',
    expect: ['HND RECOGNIZE CHN asserted null'],
  },
  // relative to publication: parts of today, the day before yesterday, a fortnight, the weekend, mid-month
  {
    text: 'Russia recognised the Taliban government this morning, state media reported.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-05'],
  },
  {
    text: 'Russia recognised the Taliban government the day before yesterday, Tass reported.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Kazakhstan struck the Taliban off its list of banned organisations the year before last.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2023'],
  },
  {
    text: 'Kazakhstan removed the Taliban from its list of terrorist organisations a fortnight ago.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2025-06'],
  },
  {
    text: 'Uzbekistan hosted a Taliban delegation in Tashkent over the weekend.',
    published: '2025-07-07',
    expect: ['UZB MEET TALIBAN asserted 2025-07'],
  },
  {
    text: 'Kyrgyzstan removed the Taliban from its list of banned organisations in mid-June.',
    published: '2025-07-05',
    expect: ['KGZ DELIST TALIBAN asserted 2025-06'],
  },
  {
    text: 'Uzbekistan hosted a Taliban delegation in Tashkent at the weekend.',
    published: '2025-07-07',
    expect: ['UZB MEET TALIBAN asserted 2025-07'],
  },
  // numeric dates: dots put the day first; with slashes, the reading just before publication
  {
    text: 'Russia recognised the Islamic Emirate of Afghanistan on 3.7.2025, the Afghan foreign ministry said.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Pakistan and Afghanistan signed a transit trade agreement in Kabul on 03/07/2025.',
    published: '2025-07-05',
    expect: ['PAK AGREEMENT TALIBAN asserted 2025-07-03'],
  },
  // ISO dates, and "February of 2020"
  {
    text: 'Timeline: Russia recognised the Islamic Emirate of Afghanistan on 2025-07-03.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'The United States signed an agreement with the Taliban in February of 2020.',
    published: '2025-07-05',
    expect: ['USA AGREEMENT TALIBAN asserted 2020-02'],
  },
  // a page's stamp dates no event
  {
    text: 'Updated 2025-09-23 Portugal formally recognised the State of Palestine.',
    published: '2025-09-23',
    expect: ['PRT RECOGNIZE PSE asserted null'],
  },
  // a plan's announcement is dated by its telling; the plan by its own date
  {
    text: 'Canada said on Wednesday it would recognise the State of Palestine in September.',
    published: '2025-07-31',
    expect: ['CAN INTEND_RECOGNIZE PSE asserted 2025-07-30', 'CAN RECOGNIZE PSE intended 2025-09'],
  },
  {
    text: 'Kazakhstan said on Tuesday it would recognise the Taliban on Monday.',
    published: '2025-07-05',
    expect: ['KAZ INTEND_RECOGNIZE TALIBAN asserted 2025-07-01', 'KAZ RECOGNIZE TALIBAN intended 2025-07-07'],
  },
  {
    text: 'Norway, Ireland and Spain indicated in May that they would recognise a Palestinian state.',
    published: '2025-06-01',
    expect: [
      'NOR INTEND_RECOGNIZE PSE asserted 2025-05',
      'IRL INTEND_RECOGNIZE PSE asserted 2025-05',
      'ESP INTEND_RECOGNIZE PSE asserted 2025-05',
      'NOR RECOGNIZE PSE intended null',
    ],
  },
  // a trailing attribution's date is the telling's: it dates the announcement, never the plan
  {
    text: 'France will recognise Palestine, Macron said on Thursday.',
    published: '2025-07-26',
    expect: ['FRA INTEND_RECOGNIZE PSE asserted 2025-07-24', 'FRA RECOGNIZE PSE intended null'],
  },
  {
    text: 'Australia will recognise the State of Palestine at the UN General Assembly in September, Prime Minister Anthony Albanese announced on Monday.',
    published: '2025-08-13',
    expect: ['AUS INTEND_RECOGNIZE PSE asserted 2025-08-11', 'AUS RECOGNIZE PSE intended 2025-09'],
  },
  // a plan told in a past year keeps its own month; the telling dates the announcement
  {
    text: 'In 2023, Kazakhstan said it would recognise the Taliban in December.',
    published: '2025-07-05',
    expect: ['KAZ INTEND_RECOGNIZE TALIBAN asserted 2023', 'KAZ RECOGNIZE TALIBAN intended 2023-12'],
  },
  // a fact told with its own date: not the telling's
  {
    text: 'The foreign ministry said on Friday that Russia had accepted the credentials of the Taliban ambassador on Thursday.',
    published: '2025-07-05',
    expect: ['RUS ACCEPT_ENVOY TALIBAN asserted 2025-07-03'],
  },
  // an act noun placed in time by its own predicate
  {
    text: 'Russia’s recognition of the Taliban came on Thursday.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE TALIBAN asserted 2025-07-03'],
  },
  {
    text: 'Belgium’s recognition of Palestine was announced on 22 September.',
    published: '2025-09-25',
    expect: ['BEL RECOGNIZE PSE asserted 2025-09-22'],
  },
];
