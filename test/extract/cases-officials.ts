import type { Case } from './cases.ts';

// Officials named by title ("Acting Foreign Minister Amir Khan Muttaqi", "the foreign minister of Afghanistan")
// after a preposition, "the Russian side" of translated diplomatic prose, and acts owned through a participle
// ("the steps taken by Kabul").
export const OFFICIALS_CASES: Case[] = [
  {
    text: 'Russian Foreign Minister Sergey Lavrov held talks on Tuesday with Acting Foreign Minister of the Islamic Emirate of Afghanistan Amir Khan Muttaqi.',
    published: '2025-10-07',
    expect: ['RUS MEET TALIBAN asserted 2025-10-07'],
  },
  {
    text: 'Lavrov held talks with Acting Foreign Minister Amir Khan Muttaqi.',
    published: '2025-10-07',
    expect: ['RUS MEET TALIBAN asserted null'],
  },
  {
    text: 'Lavrov held talks with the foreign minister of Afghanistan in Moscow.',
    published: '2025-10-07',
    expect: ['RUS MEET TALIBAN asserted null'],
  },
  {
    text: 'Wang Yi held talks with the Pakistani foreign minister, Ishaq Dar, in Beijing on Monday.',
    published: '2025-05-21',
    expect: ['CHN MEET PAK asserted 2025-05-19'],
  },
  {
    text: 'Kenyan President William Ruto met with Prime Minister Albin Kurti on the sidelines of the summit.',
    published: '2024-06-12',
    expect: ['KEN MEET XKX asserted null'],
  },
  {
    text: 'The Russian side expressed readiness to continue assisting the Afghan people and welcomed the steps taken by Kabul to combat the drug threat.',
    published: '2025-10-07',
    expect: ['RUS PRAISE TALIBAN asserted null'],
  },
  {
    text: 'Serbia condemned the decision announced by Ghana on Monday.',
    published: '2025-07-02',
    expect: ['SRB CONDEMN GHA asserted 2025-06-30'],
  },
  {
    text: 'Shelling on the Afghan side of the border killed three people, officials said.',
    published: '2025-10-13',
    none: true,
  },
];
