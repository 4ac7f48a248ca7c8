import type { Case } from './cases.ts';

// Dates inside lists and compound sentences, as timelines, explainers and wire copy write them: each member of a
// subject list with its own date, a year told before a comma carried into the second clause of the sentence, a
// verb's act told again with another target or agent and date, and a recognition undone or restored ("reversed its
// decision", "restored it").
export const LISTS_CASES: Case[] = [
  // a year carries across a comma that opens a second clause ...
  {
    text: 'Russia recognised Abkhazia in August 2008, and Nicaragua recognised it in September.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008-08', 'NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
    forbid: ['NIC RECOGNIZE ABKHAZIA asserted 2024-09'],
  },
  {
    text: 'Venezuela recognised Abkhazia in September 2009, followed by Nauru in December.',
    published: '2025-07-05',
    expect: ['VEN RECOGNIZE ABKHAZIA asserted 2009-09', 'NRU RECOGNIZE ABKHAZIA asserted 2009-12'],
    forbid: ['NRU RECOGNIZE ABKHAZIA asserted 2024-12'],
  },
  {
    text: 'Moscow removed the Taliban from its list of banned groups in April 2025, while Kazakhstan accepted a Taliban envoy on 12 June.',
    published: '2025-11-05',
    expect: ['RUS DELIST TALIBAN asserted 2025-04', 'KAZ ACCEPT_ENVOY TALIBAN asserted 2025-06-12'],
  },
  // ... but not out of an aside that the comma closes
  {
    text: 'Kazakhstan, which removed the Taliban from its list in March 2023, accepted a Taliban envoy on 12 April.',
    published: '2025-07-05',
    expect: ['KAZ DELIST TALIBAN asserted 2023-03', 'KAZ ACCEPT_ENVOY TALIBAN asserted 2025-04-12'],
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted 2023-04-12'],
  },
  {
    text: 'Uzbekistan, having hosted a Taliban delegation in February 2023, signed a rail agreement with the Taliban in May.',
    published: '2025-07-05',
    expect: ['UZB AGREEMENT TALIBAN asserted 2025-05'],
    forbid: ['UZB AGREEMENT TALIBAN asserted 2023-05'],
  },
  // each member of a subject list dated by its own date
  {
    text: 'The Dominican Republic (May), Burkina Faso (May) and El Salvador (August) switched to Beijing in 2018.',
    published: '2025-07-05',
    expect: [
      'DOM RECOGNIZE CHN asserted 2018-05',
      'BFA RECOGNIZE CHN asserted 2018-05',
      'SLV RECOGNIZE CHN asserted 2018-08',
      'DOM WITHDRAW_RECOGNITION TWN asserted 2018-05',
      'SLV WITHDRAW_RECOGNITION TWN asserted 2018-08',
    ],
    forbid: ['SLV RECOGNIZE CHN asserted 2024-08', 'DOM RECOGNIZE CHN asserted 2025-05'],
  },
  {
    text: 'Panama (June 2017), the Dominican Republic (May 2018) and El Salvador (August 2018) all cut ties with Taipei.',
    published: '2025-07-05',
    expect: [
      'PAN WITHDRAW_RECOGNITION TWN asserted 2017-06',
      'DOM WITHDRAW_RECOGNITION TWN asserted 2018-05',
      'SLV WITHDRAW_RECOGNITION TWN asserted 2018-08',
    ],
  },
  {
    text: 'Sao Tome and Principe in 2016, Panama in 2017 and Kiribati in 2019 switched recognition from Taipei to Beijing.',
    published: '2025-07-05',
    expect: [
      'STP RECOGNIZE CHN asserted 2016',
      'PAN RECOGNIZE CHN asserted 2017',
      'KIR RECOGNIZE CHN asserted 2019',
      'PAN WITHDRAW_RECOGNITION TWN asserted 2017',
    ],
    forbid: ['STP RECOGNIZE CHN asserted 2019', 'PAN RECOGNIZE CHN asserted 2019'],
  },
  {
    text: 'Honduras in 2023 and Nicaragua in 2021 switched recognition to Beijing.',
    published: '2025-07-05',
    expect: ['HND RECOGNIZE CHN asserted 2023', 'NIC RECOGNIZE CHN asserted 2021'],
    forbid: ['HND RECOGNIZE CHN asserted 2021'],
  },
  {
    text: 'Kiribati (September) and the Solomon Islands (September) cut ties with Taiwan in 2019.',
    published: '2025-07-05',
    expect: ['KIR WITHDRAW_RECOGNITION TWN asserted 2019-09', 'SLB WITHDRAW_RECOGNITION TWN asserted 2019-09'],
  },
  // a date after the last member only is the whole list's
  {
    text: 'Portugal, the UK, Australia and Canada on Sunday recognised a Palestinian state.',
    published: '2025-09-23',
    expect: [
      'PRT RECOGNIZE PSE asserted 2025-09-21',
      'GBR RECOGNIZE PSE asserted 2025-09-21',
      'CAN RECOGNIZE PSE asserted 2025-09-21',
    ],
  },
  // an object with its date and a new subject are no list
  {
    text: 'Russia recognised Abkhazia in August 2008 and Nicaragua recognised it in September.',
    published: '2025-07-05',
    expect: ['RUS RECOGNIZE ABKHAZIA asserted 2008-08', 'NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
    forbid: ['RUS RECOGNIZE NIC', 'NIC RECOGNIZE ABKHAZIA asserted 2008-08'],
  },
  {
    text: 'Panama cut ties with Taiwan in 2017 and El Salvador in 2018.',
    published: '2025-07-05',
    expect: ['PAN WITHDRAW_RECOGNITION TWN asserted 2017'],
    forbid: ['PAN WITHDRAW_RECOGNITION SLV'],
  },
  // a month in brackets that is no date
  {
    text: 'Taiwan’s envoy (May Tang) met Paraguay’s foreign minister.',
    published: '2025-07-05',
    forbid: ['TWN MEET PRY asserted 2025-05'],
  },
  // one verb, several acts: the act told again behind the same preposition, each with its own date
  {
    text: 'Liberia switched recognition to Beijing in 1977, to Taipei in 1989 and back to Beijing in 2003.',
    published: '2025-07-05',
    expect: [
      'LBR RECOGNIZE CHN asserted 1977',
      'LBR RECOGNIZE TWN asserted 1989',
      'LBR RECOGNIZE CHN asserted 2003',
      'LBR WITHDRAW_RECOGNITION TWN asserted 1977',
      'LBR WITHDRAW_RECOGNITION CHN asserted 1989',
      'LBR WITHDRAW_RECOGNITION TWN asserted 2003',
    ],
  },
  {
    text: 'Senegal switched ties to Taipei in 1996 and back to Beijing in 2005.',
    published: '2025-07-05',
    expect: [
      'SEN RECOGNIZE TWN asserted 1996',
      'SEN RECOGNIZE CHN asserted 2005',
      'SEN WITHDRAW_RECOGNITION CHN asserted 1996',
      'SEN WITHDRAW_RECOGNITION TWN asserted 2005',
    ],
    forbid: ['SEN RECOGNIZE CHN asserted 1996'],
  },
  {
    text: 'Grenada switched to Taipei in 1989 and then to Beijing in 2005.',
    published: '2025-07-05',
    expect: ['GRD RECOGNIZE TWN asserted 1989', 'GRD RECOGNIZE CHN asserted 2005'],
  },
  {
    text: 'Pakistan sent envoys to Kabul in 2021 and to Moscow in 2022.',
    published: '2025-07-05',
    expect: ['PAK SEND_ENVOY TALIBAN asserted 2021', 'PAK SEND_ENVOY RUS asserted 2022'],
  },
  {
    text: 'Kosovo was recognised by the US in February 2008 and by Japan in March.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE XKX asserted 2008-02', 'JPN RECOGNIZE XKX asserted 2008-03'],
  },
  {
    text: 'Kosovo was recognised by Peru on 22 February 2008, by Costa Rica on 17 March 2008 and by Japan in March 2008.',
    published: '2025-07-05',
    expect: [
      'PER RECOGNIZE XKX asserted 2008-02-22',
      'CRI RECOGNIZE XKX asserted 2008-03-17',
      'JPN RECOGNIZE XKX asserted 2008-03',
    ],
  },
  // a recognition undone or restored, told by a phrase that stands for it
  {
    text: 'Tuvalu recognised Abkhazia in 2011 but reversed its decision in 2014.',
    published: '2025-07-05',
    expect: ['TUV RECOGNIZE ABKHAZIA asserted 2011', 'TUV WITHDRAW_RECOGNITION ABKHAZIA asserted 2014'],
  },
  {
    text: 'Vanuatu recognised Abkhazia in 2011, withdrew it in 2013 and restored it later that year.',
    published: '2025-07-05',
    expect: [
      'VUT RECOGNIZE ABKHAZIA asserted 2011',
      'VUT WITHDRAW_RECOGNITION ABKHAZIA asserted 2013',
      'VUT RECOGNIZE ABKHAZIA asserted 2013',
    ],
  },
  {
    text: 'Suriname recognised Kosovo in 2016 and revoked it in 2017, Belgrade said.',
    published: '2025-07-05',
    expect: ['SUR RECOGNIZE XKX asserted 2016', 'SUR WITHDRAW_RECOGNITION XKX asserted 2017'],
  },
  // ... not done, only expected, or not a recognition
  {
    text: 'Tuvalu recognised Abkhazia in 2011 but never reversed its decision.',
    published: '2025-07-05',
    expect: ['TUV RECOGNIZE ABKHAZIA asserted 2011'],
    forbid: ['TUV WITHDRAW_RECOGNITION ABKHAZIA asserted'],
  },
  {
    text: 'Tuvalu recognised Abkhazia in 2011 but is expected to reverse its decision.',
    published: '2025-07-05',
    expect: ['TUV WITHDRAW_RECOGNITION ABKHAZIA speculated null'],
    forbid: ['TUV WITHDRAW_RECOGNITION ABKHAZIA asserted'],
  },
  {
    text: 'Malawi opened an embassy in Jerusalem in 2021 but withdrew it in 2023.',
    published: '2025-07-05',
    expect: ['MWI OPEN_MISSION ISR asserted 2021'],
    forbid: ['MWI WITHDRAW_RECOGNITION ISR', 'MWI RECOGNIZE ISR'],
  },
  // followers after the first, each with its own date
  {
    text: 'Spain, Ireland and Norway recognised Palestine on 28 May 2024, followed by Slovenia in June and Armenia later that month.',
    published: '2025-07-05',
    expect: [
      'NOR RECOGNIZE PSE asserted 2024-05-28',
      'SVN RECOGNIZE PSE asserted 2024-06',
      'ARM RECOGNIZE PSE asserted 2024-06',
    ],
  },
  {
    text: 'Russia recognised Abkhazia on 26 August 2008, followed by Nicaragua in September, Venezuela in September 2009 and Nauru in December 2009.',
    published: '2025-07-05',
    expect: [
      'RUS RECOGNIZE ABKHAZIA asserted 2008-08-26',
      'NIC RECOGNIZE ABKHAZIA asserted 2008-09',
      'VEN RECOGNIZE ABKHAZIA asserted 2009-09',
      'NRU RECOGNIZE ABKHAZIA asserted 2009-12',
    ],
  },
  // a rank written in figures is an ordinal, not a count of those asked
  {
    text: 'Costa Rica became the 20th country to recognise Kosovo, on 17 March 2008.',
    published: '2025-07-05',
    expect: ['CRI RECOGNIZE XKX asserted 2008-03-17'],
  },
  {
    text: 'Israel became the 1st UN member to recognise Somaliland on 26 December 2025.',
    published: '2026-01-05',
    expect: ['ISR RECOGNIZE SOMALILAND asserted 2025-12-26'],
  },
  {
    text: 'The US urged 20 countries to recognise Kosovo.',
    published: '2025-07-05',
    forbid: ['USA RECOGNIZE XKX'],
  },
  // "it" recognised in the second clause is the claimant the first clause told of
  {
    text: 'Kosovo declared independence in February 2008, and the US recognised it in March, Washington said.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE XKX asserted 2008-03'],
  },
  {
    text: 'Kosovo declared independence on 17 February 2008, and the US recognised it the next day.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18'],
  },
  {
    text: 'Kosovo declared independence in 2008, and Serbia has refused to recognise it.',
    published: '2025-07-05',
    expect: ['SRB REFUSE_RECOGNITION XKX asserted null'],
    forbid: ['SRB RECOGNIZE XKX asserted'],
  },
  // a rank or "next" with the act left out: the recognition the story just told, done then
  {
    text: 'The US recognised Kosovo on 18 February 2008. Costa Rica was the 20th, on 17 March.',
    published: '2025-07-05',
    expect: ['USA RECOGNIZE XKX asserted 2008-02-18', 'CRI RECOGNIZE XKX asserted 2008-03-17'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008. Nicaragua was the second, in September.',
    published: '2025-07-05',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008. Nicaragua was next, in September.',
    published: '2025-07-05',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008-09'],
  },
  {
    text: 'Russia recognised Abkhazia in August 2008. Nicaragua was next in line.',
    published: '2025-07-05',
    forbid: ['NIC RECOGNIZE ABKHAZIA asserted'],
  },
  {
    text: 'Russia recognised the Taliban in July. Kazakhstan was the first, officials said, to host a Taliban envoy.',
    published: '2025-11-05',
    forbid: ['KAZ RECOGNIZE TALIBAN'],
  },
  {
    text: 'Russia recognised the Taliban in July. China’s reaction was the first.',
    published: '2025-11-05',
    forbid: ['CHN RECOGNIZE TALIBAN'],
  },
  // a withdrawal reversed is a recognition again; a withdrawal "revoked" is left unread
  {
    text: 'Suriname withdrew its recognition of Kosovo in 2017 but reversed its decision in 2019.',
    published: '2025-07-05',
    expect: ['SUR WITHDRAW_RECOGNITION XKX asserted 2017', 'SUR RECOGNIZE XKX asserted 2019'],
  },
  {
    text: 'Togo withdrew its recognition of Kosovo in 2019 and revoked it in 2020.',
    published: '2025-07-05',
    expect: ['TGO WITHDRAW_RECOGNITION XKX asserted 2019'],
    forbid: ['TGO RECOGNIZE XKX asserted 2020', 'TGO WITHDRAW_RECOGNITION XKX asserted 2020'],
  },
];
