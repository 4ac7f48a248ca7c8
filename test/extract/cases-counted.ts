import type { Case } from './cases.ts';

// Counted recognitions ("the fifth state to recognise X, after A and B"), plural object pronouns that stand for
// several parties recognised before, and prepositions owned by a noun of pressure ("under pressure from Tbilisi").
export const COUNTED_CASES: Case[] = [
  {
    text: 'Syria became the fifth UN member state to recognise Abkhazia, after Russia, Nicaragua, Venezuela and Nauru.',
    published: '2018-05-30',
    expect: [
      'SYR RECOGNIZE ABKHAZIA asserted null',
      'RUS RECOGNIZE ABKHAZIA asserted null',
      'NIC RECOGNIZE ABKHAZIA asserted null',
      'VEN RECOGNIZE ABKHAZIA asserted null',
      'NRU RECOGNIZE ABKHAZIA asserted null',
    ],
  },
  {
    text: 'Syria became the fifth country after Russia, Nicaragua, Venezuela and Nauru to recognise Abkhazia.',
    published: '2018-05-30',
    expect: [
      'SYR RECOGNIZE ABKHAZIA asserted null',
      'RUS RECOGNIZE ABKHAZIA asserted null',
      'NRU RECOGNIZE ABKHAZIA asserted null',
    ],
  },
  {
    text: 'Portugal became the second country after Spain to recognise Palestine this month.',
    published: '2025-07-20',
    expect: ['PRT RECOGNIZE PSE asserted 2025-07', 'ESP RECOGNIZE PSE asserted 2025-07'],
  },
  // a possessive after "after" counts no one
  {
    text: "Syria became the first Arab state to recognise Abkhazia, after Russia's war with Georgia.",
    published: '2018-05-30',
    expect: ['SYR RECOGNIZE ABKHAZIA asserted null'],
    forbid: ['RUS RECOGNIZE', 'GEO RECOGNIZE'],
  },
  // with no count, "after" may be a time or a cause: nothing is added
  {
    text: 'Tuvalu recognised Abkhazia in 2011, after talks with Russia.',
    published: '2014-03-30',
    expect: ['TUV RECOGNIZE ABKHAZIA asserted 2011'],
    forbid: ['RUS RECOGNIZE'],
  },
  {
    text: 'Syria recognised Abkhazia and South Ossetia on Tuesday. Russia recognised them in August 2008.',
    published: '2018-05-31',
    expect: [
      'SYR RECOGNIZE ABKHAZIA asserted 2018-05-29',
      'SYR RECOGNIZE SOUTH_OSSETIA asserted 2018-05-29',
      'RUS RECOGNIZE ABKHAZIA asserted 2008-08',
      'RUS RECOGNIZE SOUTH_OSSETIA asserted 2008-08',
    ],
  },
  {
    text: 'Vanuatu, which had recognised Abkhazia, later withdrew its recognition under pressure from Tbilisi.',
    published: '2014-03-30',
    expect: ['VUT RECOGNIZE ABKHAZIA asserted null', 'VUT WITHDRAW_RECOGNITION ABKHAZIA asserted null'],
    forbid: ['VUT WITHDRAW_RECOGNITION GEO'],
  },
  {
    text: 'Kiribati recognised Beijing in 2019 despite objections from Washington.',
    published: '2019-09-30',
    expect: ['KIR RECOGNIZE CHN asserted 2019'],
    forbid: ['KIR RECOGNIZE USA'],
  },
  {
    text: 'Tuvalu withdrew recognition from Abkhazia in 2014.',
    published: '2014-04-30',
    expect: ['TUV WITHDRAW_RECOGNITION ABKHAZIA asserted 2014'],
  },
];
