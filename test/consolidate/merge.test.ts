import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consolidate, eventId } from '../../src/consolidate/index.ts';
import type { Event, Mention, SourceInfo } from '../../src/core/types.ts';
import { mention, sourcesOf } from './helpers/make.ts';

const S = sourcesOf(
  ['a', '2025-07-04'],
  ['b', '2025-07-05'],
  ['c', '2025-07-06'],
  ['d', '2025-07-07'],
  ['copy-of-a', '2025-07-08', 'a'],
  ['early', '2025-06-01'],
  ['late', '2025-09-01'],
  ['undated-doc', null],
);

const brief = (events: Event[]) =>
  events.map((e) => ({
    act: `${e.actor} ${e.action} ${e.target} ${e.mode}`,
    date: e.date,
    docs: [...new Set(e.mentions.map((m) => m.doc))].sort(),
    conflicts: e.conflicts.map(
      (c) => `${c.kind}:${c.sides.map((s) => `${s.value}=${s.docs.join('+')}`).join('|')}→${c.chosen}`,
    ),
  }));

interface Case {
  name: string;
  mentions: Mention[];
  sources?: Map<string, SourceInfo>;
  expected: ReturnType<typeof brief>;
}

const cases: Case[] = [
  {
    name: 'compatible dates (equal, coarser prefix, undated) make one event with the most precise date',
    mentions: [
      mention('a', { date: '2025-07-03' }),
      mention('b', { date: '2025-07' }),
      mention('c'),
      mention('d', { date: '2025-07-03' }),
    ],
    expected: [
      { act: 'RUS RECOGNIZE TALIBAN asserted', date: '2025-07-03', docs: ['a', 'b', 'c', 'd'], conflicts: [] },
    ],
  },
  {
    name: 'a recurring act on different days is two events, without a conflict',
    mentions: [
      mention('a', { action: 'MEET', date: '2025-07-03' }),
      mention('b', { action: 'MEET', date: '2025-07-04' }),
    ],
    expected: [
      { act: 'RUS MEET TALIBAN asserted', date: '2025-07-03', docs: ['a'], conflicts: [] },
      { act: 'RUS MEET TALIBAN asserted', date: '2025-07-04', docs: ['b'], conflicts: [] },
    ],
  },
  {
    name: 'a one-off act with incompatible dates from different documents is one event with a date conflict',
    mentions: [
      mention('a', { action: 'DELIST', date: '2025-04' }),
      mention('b', { action: 'DELIST', date: '2025-04' }),
      mention('c', { action: 'DELIST', date: '2025-04' }),
      mention('d', { action: 'DELIST', date: '2024-04' }),
    ],
    expected: [
      {
        act: 'RUS DELIST TALIBAN asserted',
        date: '2025-04',
        docs: ['a', 'b', 'c', 'd'],
        conflicts: ['date:2025-04=a+b+c|2024-04=d→2025-04'],
      },
    ],
  },
  {
    name: 'date rule, tie on sources: the more precise date is shown',
    mentions: [mention('a', { date: '2024' }), mention('b', { date: '2025-04-10' })],
    expected: [
      {
        act: 'RUS RECOGNIZE TALIBAN asserted',
        date: '2025-04-10',
        docs: ['a', 'b'],
        conflicts: ['date:2025-04-10=b|2024=a→2025-04-10'],
      },
    ],
  },
  {
    name: 'date rule, tie on sources and precision: the most recent report is shown',
    mentions: [mention('late', { date: '2024-04' }), mention('early', { date: '2025-04' })],
    expected: [
      {
        act: 'RUS RECOGNIZE TALIBAN asserted',
        date: '2024-04',
        docs: ['early', 'late'],
        conflicts: ['date:2024-04=late|2025-04=early→2024-04'],
      },
    ],
  },
  {
    name: 'one document giving two dates for a one-off act tells two acts',
    mentions: [mention('a', { date: '1997' }), mention('a', { date: '2025-07-03' })],
    expected: [
      { act: 'RUS RECOGNIZE TALIBAN asserted', date: '1997', docs: ['a'], conflicts: [] },
      { act: 'RUS RECOGNIZE TALIBAN asserted', date: '2025-07-03', docs: ['a'], conflicts: [] },
    ],
  },
  {
    name: 'one document giving a year and a month in it tells two meetings ("in 2024" and "in October 2024")',
    mentions: [
      mention('a', { actor: 'TALIBAN', action: 'MEET', target: 'RUS', date: '2024' }),
      mention('a', { actor: 'TALIBAN', action: 'MEET', target: 'RUS', date: '2024-10' }),
      mention('b', { actor: 'TALIBAN', action: 'MEET', target: 'RUS', date: '2024-10' }),
    ],
    expected: [
      { act: 'TALIBAN MEET RUS asserted', date: '2024', docs: ['a'], conflicts: [] },
      { act: 'TALIBAN MEET RUS asserted', date: '2024-10', docs: ['a', 'b'], conflicts: [] },
    ],
  },
  {
    name: 'envoys within the two-year window are one act misdated',
    mentions: [
      mention('a', { action: 'ACCEPT_ENVOY', date: '2023' }),
      mention('b', { action: 'ACCEPT_ENVOY', date: '2024' }),
    ],
    expected: [
      {
        act: 'RUS ACCEPT_ENVOY TALIBAN asserted',
        date: '2024',
        docs: ['a', 'b'],
        conflicts: ['date:2024=b|2023=a→2024'],
      },
    ],
  },
  {
    name: 'envoys years apart are two acts',
    mentions: [
      mention('a', { action: 'ACCEPT_ENVOY', date: '2015' }),
      mention('b', { action: 'ACCEPT_ENVOY', date: '2024' }),
    ],
    expected: [
      { act: 'RUS ACCEPT_ENVOY TALIBAN asserted', date: '2015', docs: ['a'], conflicts: [] },
      { act: 'RUS ACCEPT_ENVOY TALIBAN asserted', date: '2024', docs: ['b'], conflicts: [] },
    ],
  },
  {
    name: 'a copy does not outvote: original + its copy vs one independent source is a tie (→ most recent report)',
    mentions: [
      mention('a', { date: '2025-04' }),
      mention('copy-of-a', { date: '2025-04' }),
      mention('d', { date: '2024-04' }),
    ],
    expected: [
      {
        act: 'RUS RECOGNIZE TALIBAN asserted',
        date: '2025-04',
        docs: ['a', 'copy-of-a', 'd'],
        conflicts: ['date:2025-04=a+copy-of-a|2024-04=d→2025-04'],
      },
    ],
  },
  {
    name: 'modes are kept apart',
    mentions: [mention('a'), mention('b', { mode: 'speculated' }), mention('c', { mode: 'intended' })],
    expected: [
      { act: 'RUS RECOGNIZE TALIBAN asserted', date: null, docs: ['a'], conflicts: [] },
      { act: 'RUS RECOGNIZE TALIBAN intended', date: null, docs: ['c'], conflicts: [] },
      { act: 'RUS RECOGNIZE TALIBAN speculated', date: null, docs: ['b'], conflicts: [] },
    ],
  },
  {
    name: 'undated mentions of a recurring act with several dates stay an undated event of their own',
    mentions: [
      mention('a', { action: 'MEET', date: '2022' }),
      mention('b', { action: 'MEET', date: '2024' }),
      mention('c', { action: 'MEET' }),
    ],
    expected: [
      { act: 'RUS MEET TALIBAN asserted', date: '2022', docs: ['a'], conflicts: [] },
      { act: 'RUS MEET TALIBAN asserted', date: '2024', docs: ['b'], conflicts: [] },
      { act: 'RUS MEET TALIBAN asserted', date: null, docs: ['c'], conflicts: [] },
    ],
  },
];

describe('consolidate: merge rules', () => {
  for (const c of cases) {
    it(c.name, () => {
      const events = consolidate(c.mentions, c.sources ?? S);
      const sortKey = (x: { act: string; date: string | null }) => `${x.act}|${x.date ?? '~'}`;
      const got = brief(events).sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : 1));
      const want = [...c.expected].sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : 1));
      assert.deepEqual(got, want);
    });
  }

  it('counts copies once in sources, and keeps the original', () => {
    const [e] = consolidate([mention('a'), mention('copy-of-a'), mention('c')], S);
    assert.deepEqual(
      e.sources.map((s) => s.doc),
      ['a', 'c'],
    );
    assert.equal(e.firstReported, '2025-07-04');
  });

  it('gives first report as the earliest publication among the sources', () => {
    const [e] = consolidate([mention('late'), mention('early'), mention('undated-doc')], S);
    assert.equal(e.firstReported, '2025-06-01');
  });
});

describe('consolidate: assertion conflicts', () => {
  const neg = (doc: string, date: string | null = null) => mention(doc, { mode: 'negated', date });
  const table: { name: string; mentions: Mention[]; conflict: string | null }[] = [
    {
      name: 'an undated negation published before the asserted date is no contradiction',
      mentions: [mention('a', { date: '2030' }), neg('b')],
      conflict: null,
    },
    {
      name: 'an undated negation published after the asserted date contradicts it',
      mentions: [mention('a', { date: '2025-07-03' }), mention('b', { date: '2025-07-03' }), neg('c')],
      conflict: 'asserted=a+b|negated=c→asserted',
    },
    {
      name: 'an undated negation in the month of the asserted date overlaps it, so it counts',
      mentions: [mention('early', { date: '2025-06' }), neg('a')],
      conflict: 'asserted=early|negated=a→asserted',
    },
    {
      name: 'undated on both sides: a negation published after the first report of the assertion contradicts it',
      mentions: [mention('a'), neg('d'), neg('c')],
      conflict: 'asserted=a|negated=c+d→negated',
    },
    {
      name: 'undated on both sides: a negation published before the assertion does not',
      mentions: [mention('d'), neg('a')],
      conflict: null,
    },
    {
      name: 'a document that asserts and negates the same act tells two times, not a dispute',
      mentions: [mention('a'), neg('a')],
      conflict: null,
    },
    {
      name: 'a dated negation contradicts an assertion with a compatible date',
      mentions: [mention('a', { date: '2024-05-28' }), neg('b', '2024-05')],
      // one source each, both dated: the more recent report (b) is chosen
      conflict: 'asserted=a|negated=b→negated',
    },
    {
      name: 'a dated negation says nothing about another date',
      mentions: [mention('a', { date: '2024-05-28' }), neg('b', '2023')],
      conflict: null,
    },
    {
      name: 'a negating document with no publication date cannot be ruled out',
      mentions: [mention('a', { date: '2025-07-03' }), neg('undated-doc')],
      conflict: 'asserted=a|negated=undated-doc→asserted',
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const events = consolidate(c.mentions, S);
      const asserted = events.filter((e) => e.mode === 'asserted');
      const negated = events.filter((e) => e.mode === 'negated');
      assert.ok(asserted.length > 0 && negated.length > 0, 'both modes are kept as events');
      const conflicts = asserted.flatMap((e) => e.conflicts).filter((x) => x.kind === 'assertion');
      const got =
        conflicts.length === 0
          ? null
          : conflicts.map((x) => `${x.sides.map((s) => `${s.value}=${s.docs.join('+')}`).join('|')}→${x.chosen}`)[0];
      assert.equal(got, c.conflict);
      if (c.conflict) assert.equal(negated[0].conflicts[0], conflicts[0], 'the same conflict sits on both events');
    });
  }
});

describe('consolidate: confidence, ids, determinism', () => {
  it('follows the documented formula', () => {
    const one = consolidate([mention('a')], S)[0];
    const two = consolidate([mention('a'), mention('b')], S)[0];
    const copy = consolidate([mention('a'), mention('copy-of-a')], S)[0];
    const disputed = consolidate(
      ['a', 'b', 'c']
        .map((d) => mention(d, { action: 'DELIST', date: '2025-04' }))
        .concat(mention('d', { action: 'DELIST', date: '2024-04' })),
      S,
    )[0];
    assert.equal(one.confidence, 0.5);
    assert.equal(two.confidence, 0.75);
    assert.equal(copy.confidence, 0.5, 'a copy adds no corroboration');
    // (1 - 0.5^4) × (0.5 + 0.5 × 3/4)
    assert.equal(disputed.confidence, Math.round(0.9375 * 0.875 * 1000) / 1000);
    const contradicted = consolidate([mention('a', { date: '2025-07-03' }), mention('c', { mode: 'negated' })], S);
    for (const e of contradicted) assert.equal(e.confidence, 0.25, '0.5 × share 1/2');
  });

  it('gives stable ids from actor|action|target|mode|date', () => {
    const [e] = consolidate([mention('a', { date: '2025-07-03' })], S);
    assert.equal(e.id, eventId('RUS', 'RECOGNIZE', 'TALIBAN', 'asserted', '2025-07-03'));
    assert.match(e.id, /^ev_[0-9a-f]{16}$/);
  });

  it('does not depend on the order of the mentions', () => {
    const ms = [
      mention('a', { action: 'DELIST', date: '2025-04' }),
      mention('d', { action: 'DELIST', date: '2024-04' }),
      mention('b', { action: 'MEET', date: '2022' }),
      mention('c', { action: 'MEET' }),
      mention('b', { mode: 'negated' }),
      mention('a', { date: '2025-07' }),
    ];
    const forward = consolidate(ms, S);
    const backward = consolidate([...ms].reverse(), S);
    assert.deepEqual(backward, forward);
  });
});
