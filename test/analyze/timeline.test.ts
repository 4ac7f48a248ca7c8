import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeline } from '../../src/analyze/index.ts';
import { consolidate, truncate } from '../../src/consolidate/index.ts';
import type { Event } from '../../src/core/types.ts';
import { loadGold, loadRecords } from '../consolidate/helpers/gold.ts';
import { mention, sourcesOf } from '../consolidate/helpers/make.ts';

/**
 * The dated rows of the ICWA (001) "Russia–Taliban 2.0 Engagement Timeline" that its own text
 * supports. Per the gold notes these get no record: "Taliban diplomats accredited at Kabul embassy"
 * (Sep 2022), the Oct 2024 summit, COP29 (Nov 2024).
 */
const ICWA_TABLE: [actor: string, action: string, target: string, month: string][] = [
  ['RUS', 'OPEN_MISSION', 'TALIBAN', '2021-08'],
  ['RUS', 'MEET', 'TALIBAN', '2021-10'],
  ['RUS', 'AGREEMENT', 'TALIBAN', '2022-09'],
  ['RUS', 'MEET', 'TALIBAN', '2023-05'],
  ['RUS', 'MEET', 'TALIBAN', '2023-10'],
  ['RUS', 'MEET', 'TALIBAN', '2024-05'],
  ['RUS', 'PRAISE', 'TALIBAN', '2024-07'],
  ['RUS', 'DELIST', 'TALIBAN', '2025-04'],
  ['RUS', 'RECOGNIZE', 'TALIBAN', '2025-07'],
];

/** One-to-one matching on actor, action, target and month; a date coarser than a month never matches. */
function monthF1(events: readonly Event[], expected: typeof ICWA_TABLE) {
  const predicted = events
    .filter((e) => e.date !== null && e.date.length >= 7)
    .map((e) => `${e.actor}|${e.action}|${e.target}|${truncate(e.date!, 2)}`);
  const pool = [...predicted];
  let tp = 0;
  for (const [a, act, t, month] of expected) {
    const i = pool.indexOf(`${a}|${act}|${t}|${month}`);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  const precision = predicted.length ? tp / predicted.length : 0;
  const recall = tp / expected.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted: predicted.length, expected: expected.length, precision, recall, f1 };
}

/** The table's scope (Russia's acts toward the Taliban, August 2021 – July 2025, as facts), scored and shown. */
function tableScore(events: readonly Event[], label: string) {
  const scoped = timeline(events, {
    actor: 'RUS',
    target: 'TALIBAN',
    from: '2021-08',
    to: '2025-07',
    modes: ['asserted'],
  });
  const score = monthF1(scoped, ICWA_TABLE);
  console.log(
    `${label}: ${score.f1.toFixed(3)} ` +
      `(P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}, ${score.tp}/${score.expected} rows, ${score.predicted} predicted)`,
  );
  return score;
}

// Set CHANCERY_TIMELINE_MENTIONS=file.jsonl to score extracted records instead of the gold.
const EXTRACTED = process.env.CHANCERY_TIMELINE_MENTIONS;

describe(`timeline: ${EXTRACTED ? 'extracted records' : 'seed gold'} against the ICWA engagement table`, () => {
  const gold = loadGold('seeds');
  const events = consolidate(EXTRACTED ? loadRecords(EXTRACTED) : gold.mentions, gold.sources);

  it('contains every dated row of the table the text supports (date-F1 at month precision ≥ 0.9)', () => {
    const score = tableScore(events, 'ICWA timeline date-F1 (month precision)');
    assert.equal(score.recall, 1, 'every table row is in the timeline');
    assert.ok(score.f1 >= 0.9, `F1 ${score.f1}`);
  });

  it('lists the TALIBAN timeline in date order, undated last, each event with sources', () => {
    const all = timeline(events, { target: 'TALIBAN' });
    const dated = all.filter((e) => e.date !== null);
    assert.ok(
      all.slice(dated.length).every((e) => e.date === null),
      'undated events come last',
    );
    for (let i = 1; i < dated.length; i++) assert.ok(dated[i - 1].date! <= dated[i].date!);
    assert.ok(all.every((e) => e.target === 'TALIBAN' && e.sources.length > 0));
  });
});

describe('timeline: filters', () => {
  const S = sourcesOf(['a', '2025-07-04'], ['b', '2025-08-01']);
  const events = consolidate(
    [
      mention('a', { action: 'MEET', date: '2021' }),
      mention('a', { action: 'MEET', date: '2023-05' }),
      mention('a', { actor: 'TALIBAN', action: 'PRAISE', target: 'RUS', date: '2025-07-04' }),
      mention('b', { mode: 'negated' }),
      mention('a', { date: '2025-07-03' }),
    ],
    S,
  );
  const table: { name: string; opts: Parameters<typeof timeline>[1]; expected: string[] }[] = [
    {
      name: 'no filter: dated by date, undated last',
      opts: {},
      expected: ['MEET 2021', 'MEET 2023-05', 'RECOGNIZE 2025-07-03', 'PRAISE 2025-07-04', 'RECOGNIZE null'],
    },
    { name: 'by target', opts: { target: 'RUS' }, expected: ['PRAISE 2025-07-04'] },
    { name: 'by actor and mode', opts: { actor: 'RUS', modes: ['negated'] }, expected: ['RECOGNIZE null'] },
    {
      name: 'a window keeps overlapping dates and drops undated events',
      opts: { from: '2023', to: '2025-07-03' },
      expected: ['MEET 2023-05', 'RECOGNIZE 2025-07-03'],
    },
    {
      name: 'either side with entity',
      opts: { entity: 'RUS', from: '2025' },
      expected: ['RECOGNIZE 2025-07-03', 'PRAISE 2025-07-04'],
    },
  ];
  for (const c of table) {
    it(c.name, () =>
      assert.deepEqual(
        timeline(events, c.opts).map((e) => `${e.action} ${e.date}`),
        c.expected,
      ),
    );
  }
});

describe('timeline: the extractor’s own records of the example corpus against the ICWA engagement table', () => {
  it('recovers the table’s dated rows (date-F1 at month precision ≥ 0.9)', async () => {
    const { readFileSync } = await import('node:fs');
    const { extract } = await import('../../src/extract/index.ts');
    const dir = new URL('../../examples/taliban-2025/', import.meta.url);
    const manifest = readFileSync(new URL('manifest.jsonl', dir), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            doc: string;
            outlet: string | null;
            url: string | null;
            published: string | null;
            title: string | null;
          },
      );
    const mentions = manifest.flatMap(
      (m) => extract({ id: m.doc, text: readFileSync(new URL(m.doc, dir), 'utf8'), published: m.published }).mentions,
    );
    const sources = new Map(
      manifest.map((m) => [
        m.doc,
        { doc: m.doc, outlet: m.outlet, url: m.url, published: m.published, title: m.title, copyOf: null },
      ]),
    );
    const score = tableScore(consolidate(mentions, sources), 'ICWA timeline date-F1 on extracted records');
    assert.ok(score.f1 >= 0.9, `F1 ${score.f1.toFixed(3)}`);
  });
});
