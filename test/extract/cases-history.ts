import type { Case } from './cases.ts';

// Sentences of past recognition cascades and their reactions, as news and background pieces tell them:
// refusals put as holding off or shying away, a step taken by others, dates named by an event.
export const HISTORY_CASES: Case[] = [
  // holding off, shying away, balking: the act is not done
  {
    text: 'Britain recognised Palestine on Sunday. Japan, which has long backed a two-state solution, held off on recognition, citing its alliance with Washington.',
    published: '2025-09-23',
    expect: ['GBR RECOGNIZE PSE asserted 2025-09-21', 'JPN RECOGNIZE PSE negated null'],
    forbid: ['JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Italy shied away from recognising Palestine.',
    published: '2025-09-23',
    expect: ['ITA RECOGNIZE PSE negated null'],
    forbid: ['ITA RECOGNIZE PSE asserted'],
  },
  {
    text: 'Germany balked at recognising Palestine, and Japan stopped shy of it.',
    published: '2025-09-23',
    expect: ['DEU RECOGNIZE PSE negated null'],
    forbid: ['DEU RECOGNIZE PSE asserted', 'JPN RECOGNIZE PSE asserted'],
  },
  {
    text: 'Greece is holding off on recognising Kosovo.',
    published: '2024-05-01',
    expect: ['GRC RECOGNIZE XKX negated null'],
    forbid: ['GRC RECOGNIZE XKX asserted'],
  },
  // "either … or" after a denied act: neither
  {
    text: 'Bhutan has never established diplomatic relations with either China or Taiwan.',
    published: '2024-05-01',
    expect: ['BTN RECOGNIZE CHN negated null', 'BTN RECOGNIZE TWN negated null'],
    forbid: ['BTN RECOGNIZE CHN asserted', 'BTN RECOGNIZE TWN asserted'],
  },
  // no sign of a plan is no plan
  {
    text: 'There is no indication that Beijing plans to recognise the Taliban soon.',
    published: '2025-07-05',
    forbid: [
      'CHN INTEND_RECOGNIZE TALIBAN asserted',
      'CHN RECOGNIZE TALIBAN asserted',
      'CHN RECOGNIZE TALIBAN intended',
    ],
  },
  {
    text: 'Diplomats said there was no sign that Kazakhstan intends to accept a Taliban ambassador.',
    published: '2025-07-05',
    forbid: ['KAZ ACCEPT_ENVOY TALIBAN asserted', 'KAZ ACCEPT_ENVOY TALIBAN intended'],
  },
  // ... and signs of one, a guess
  {
    text: 'There are signs that Beijing plans to recognise the Taliban.',
    published: '2025-07-05',
    expect: ['CHN RECOGNIZE TALIBAN speculated null'],
    forbid: ['CHN INTEND_RECOGNIZE TALIBAN asserted', 'CHN RECOGNIZE TALIBAN intended'],
  },
  {
    text: 'Officials dismissed reports that Uzbekistan had accepted a Taliban ambassador.',
    published: '2025-07-05',
    forbid: ['UZB ACCEPT_ENVOY TALIBAN asserted'],
  },
  // an act that any move, or a move, would be: a guess
  {
    text: 'Any move by Tashkent to recognise the Taliban would anger Washington.',
    published: '2025-07-05',
    expect: ['UZB RECOGNIZE TALIBAN speculated null'],
    forbid: ['UZB RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'A decision by Kenya to recognise Somaliland could trigger a diplomatic crisis.',
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE SOMALILAND speculated null'],
    forbid: ['KEN RECOGNIZE SOMALILAND asserted'],
  },
  // ... but a decision taken is told as a fact
  {
    text: "Kenya's decision to recognise Somaliland triggered a diplomatic crisis.",
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE SOMALILAND asserted null'],
  },
  {
    text: 'A decision by Kenya to recognise Somaliland last week triggered a crisis.',
    published: '2025-07-05',
    expect: ['KEN RECOGNIZE SOMALILAND asserted 2025-06'],
  },
  // "the step": the act just told
  {
    text: 'Britain, Canada and Australia recognised the State of Palestine on Sunday. Germany and Italy have said they are not yet ready to take the step.',
    published: '2025-09-23',
    expect: ['DEU REFUSE_RECOGNITION PSE asserted null', 'ITA REFUSE_RECOGNITION PSE asserted null'],
    forbid: ['DEU RECOGNIZE PSE asserted', 'ITA RECOGNIZE PSE asserted'],
  },
  {
    text: 'Nicaragua recognised Abkhazia in September 2008. Venezuela took the step a year later.',
    published: '2012-01-10',
    expect: ['NIC RECOGNIZE ABKHAZIA asserted 2008-09', 'VEN RECOGNIZE ABKHAZIA asserted 2009'],
  },
];
