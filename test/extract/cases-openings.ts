import type { Case } from './cases.ts';

// Opening adjuncts ("After recognising X, …", "Having recognised X, …", "Without recognising X, …"): the adjunct's
// act is the main subject's, and its words end at its comma, so a frame inside it does not borrow the main clause's.
export const OPENINGS_CASES: Case[] = [
  {
    text: 'After recognising the Taliban, Russia hosted its envoy.',
    published: '2025-07-20',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Having recognised the Taliban government, Moscow accepted the credentials of its ambassador.',
    published: '2025-07-20',
    expect: ['RUS RECOGNIZE TALIBAN asserted null', 'RUS ACCEPT_ENVOY TALIBAN asserted null'],
  },
  {
    text: 'Having recognised Somaliland, Israel signed a cooperation agreement with Hargeisa.',
    published: '2026-01-10',
    expect: ['ISR RECOGNIZE SOMALILAND asserted null', 'ISR AGREEMENT SOMALILAND asserted null'],
  },
  {
    text: 'Having met Taliban officials in Doha, the Qatari envoy said Kabul wanted recognition.',
    published: '2025-03-02',
    expect: ['QAT MEET TALIBAN asserted null'],
    forbid: ['QAT RECOGNIZE', 'TALIBAN RECOGNIZE'],
  },
  // the negation of the adjunct stays in it
  {
    text: 'Without recognising the Taliban, China accepted its ambassador in January.',
    published: '2025-03-02',
    expect: ['CHN ACCEPT_ENVOY TALIBAN asserted 2025-01', 'CHN RECOGNIZE TALIBAN negated 2025-01'],
    forbid: ['CHN ACCEPT_ENVOY TALIBAN negated', 'CHN RECOGNIZE TALIBAN asserted'],
  },
  {
    text: 'Before recognising Kosovo, Israel had opened talks with Pristina.',
    published: '2020-09-10',
    expect: ['ISR RECOGNIZE XKX asserted null', 'ISR MEET XKX asserted null'],
  },
  {
    text: 'Since recognising Palestine in 2024, Spain has pressed other EU members to follow.',
    published: '2025-05-02',
    expect: ['ESP RECOGNIZE PSE asserted 2024'],
  },
  // a second complement of a reporting verb ("said …, and that …") is still reported: its "would" is a plan
  {
    text: "Netanyahu said he had signed a joint declaration with Somaliland's president, and that Israel would establish full diplomatic relations with Hargeisa.",
    published: '2025-12-27',
    expect: [
      'ISR AGREEMENT SOMALILAND asserted null',
      'ISR RECOGNIZE SOMALILAND intended null',
      'ISR INTEND_RECOGNIZE SOMALILAND asserted null',
    ],
    forbid: ['ISR RECOGNIZE SOMALILAND speculated', 'ISR RECOGNIZE SOMALILAND asserted'],
  },
  {
    text: 'The ministry said talks had gone well, and that Kenya would open a consulate in Hargeisa next year.',
    published: '2025-03-12',
    expect: ['KEN OPEN_MISSION SOMALILAND intended 2026'],
    forbid: ['KEN OPEN_MISSION SOMALILAND asserted', 'KEN OPEN_MISSION SOMALILAND speculated'],
  },
];
