import type { Case } from './cases.ts';

// Office-holders named without their state: the person's tenure decides whom they act for.
export const PEOPLE_CASES: Case[] = [
  {
    text: 'Nasser Bourita welcomed the American decision on Tuesday.',
    published: '2020-12-16',
    expect: ['MAR PRAISE USA asserted 2020-12-15'],
  },
  {
    text: "Foreign Minister Ararat Mirzoyan welcomed Slovenia's decision.",
    published: '2024-06-05',
    expect: ['ARM PRAISE SVN asserted null'],
  },
  {
    text: 'Brahim Ghali condemned the Spanish government on Saturday.',
    published: '2022-03-21',
    expect: ['SADR CONDEMN ESP asserted 2022-03-19'],
  },
  {
    text: 'Aslan Bzhania held talks with Sergei Lavrov in Moscow.',
    published: '2021-05-20',
    expect: ['ABKHAZIA MEET RUS asserted null'],
  },
  {
    text: 'Gustavo Petro severed diplomatic relations with Israel.',
    published: '2024-05-02',
    expect: ['COL WITHDRAW_RECOGNITION ISR asserted null'],
  },
  {
    text: 'Taneti Maamau switched recognition from Taiwan to China in September 2019.',
    published: '2019-10-01',
    expect: ['KIR RECOGNIZE CHN asserted 2019-09', 'KIR WITHDRAW_RECOGNITION TWN asserted 2019-09'],
  },
  {
    text: 'Ahmed Aboul Gheit condemned Israel.',
    published: '2023-10-20',
    expect: ['ARAB_LEAGUE CONDEMN ISR asserted null'],
    forbid: ['EGY CONDEMN'],
  },
  // one person, two tenures: the Netherlands' prime minister, then NATO's secretary-general
  {
    text: 'Mark Rutte met Joe Biden at the White House.',
    published: '2023-07-13',
    expect: ['NLD MEET USA asserted null'],
    forbid: ['NATO MEET'],
  },
  {
    text: 'Mark Rutte condemned Russia.',
    published: '2025-03-01',
    expect: ['NATO CONDEMN RUS asserted null'],
    forbid: ['NLD CONDEMN'],
  },
  // outside her tenure (she was mayor of Mexico City in 2022) Claudia Sheinbaum acts for no state
  {
    text: 'Claudia Sheinbaum criticized the United States.',
    published: '2022-02-01',
    expect: [],
    forbid: ['MEX CONDEMN'],
  },
  {
    text: 'Claudia Sheinbaum criticized the United States.',
    published: '2025-02-01',
    expect: ['MEX CONDEMN USA asserted null'],
  },
  // a name others share counts only for an entity the story names
  {
    text: 'Abbas welcomed the decision by Spain.',
    published: '2024-05-29',
    expect: [],
    forbid: ['PSE PRAISE'],
  },
  {
    text: 'Spain recognised the State of Palestine. Abbas welcomed the decision.',
    published: '2024-05-29',
    expect: ['PSE PRAISE ESP asserted null'],
  },
  // a full name out of tenure is nobody we know then, and no shorter name inside it either
  { text: 'Petro Poroshenko met Vladimir Putin in Minsk.', published: '2015-02-12', expect: [], forbid: ['COL MEET'] },
  // a full name teaches its surname to the rest of the document
  {
    text: 'Gustavo Petro severed relations with Israel on Wednesday. Petro also condemned Israel.',
    published: '2024-05-03',
    expect: ['COL WITHDRAW_RECOGNITION ISR asserted 2024-05-01', 'COL CONDEMN ISR asserted null'],
  },
];
