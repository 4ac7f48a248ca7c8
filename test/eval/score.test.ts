import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ContractRecord,
  dateAgrees,
  evaluate,
  matchOneToOne,
  parseRecords,
  renderReport,
  score,
  timelineScore,
} from '../../src/analyze/eval/index.ts';
import { InputError } from '../../src/core/errors.ts';

/** A record; `spec` is "ACTOR ACTION TARGET DATE MODE", DATE `-` for null, doc `d1` unless given. */
function rec(spec: string, doc = 'd1', evidence = ''): ContractRecord {
  const [actor, action, target, date, mode] = spec.split(' ');
  return { doc, actor, action, target, date: date === '-' ? null : date, mode, evidence };
}

interface Case {
  name: string;
  gold: ContractRecord[];
  system: ContractRecord[];
  /** All modes: [gold, system, tp]. */
  all: [number, number, number];
  /** Asserted only: [gold, system, tp]. */
  asserted: [number, number, number];
  unsafe?: number;
}

const CASES: Case[] = [
  {
    name: 'exact match',
    gold: [rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted')],
    system: [rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted')],
    all: [1, 1, 1],
    asserted: [1, 1, 1],
  },
  {
    name: 'gold month accepts a system day in that month',
    gold: [rec('RUS DELIST TALIBAN 2025-04 asserted')],
    system: [rec('RUS DELIST TALIBAN 2025-04-17 asserted')],
    all: [1, 1, 1],
    asserted: [1, 1, 1],
  },
  {
    name: 'gold month rejects a day in another month',
    gold: [rec('RUS DELIST TALIBAN 2025-04 asserted')],
    system: [rec('RUS DELIST TALIBAN 2025-05-17 asserted')],
    all: [1, 1, 0],
    asserted: [1, 1, 0],
  },
  {
    name: 'a coarser system date (year vs gold month) does not match',
    gold: [rec('RUS DELIST TALIBAN 2025-04 asserted')],
    system: [rec('RUS DELIST TALIBAN 2025 asserted')],
    all: [1, 1, 0],
    asserted: [1, 1, 0],
  },
  {
    name: 'an undated system record does not match a dated gold record',
    gold: [rec('RUS DELIST TALIBAN 2025 asserted')],
    system: [rec('RUS DELIST TALIBAN - asserted')],
    all: [1, 1, 0],
    asserted: [1, 1, 0],
  },
  {
    name: 'undated gold accepts any date',
    gold: [rec('CHN MEET TALIBAN - asserted'), rec('PAK MEET TALIBAN - asserted')],
    system: [rec('CHN MEET TALIBAN 2023-01-05 asserted'), rec('PAK MEET TALIBAN - asserted')],
    all: [2, 2, 2],
    asserted: [2, 2, 2],
  },
  {
    name: 'one to one: two identical system records for one gold record',
    gold: [rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted')],
    system: [rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted'), rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted')],
    all: [1, 2, 1],
    asserted: [1, 2, 1],
  },
  {
    name: 'one to one: the precise gold takes the precise system record, the coarse gold the other',
    // Processing the undated gold first and giving it the 2025-07-03 record would lose a pair.
    gold: [rec('RUS MEET TALIBAN - asserted'), rec('RUS MEET TALIBAN 2025-07-03 asserted')],
    system: [rec('RUS MEET TALIBAN 2025-07-03 asserted'), rec('RUS MEET TALIBAN 2021 asserted')],
    all: [2, 2, 2],
    asserted: [2, 2, 2],
  },
  {
    name: 'mode mismatch: negated gold, asserted system (unsafe)',
    gold: [rec('CHN RECOGNIZE TALIBAN - negated')],
    system: [rec('CHN RECOGNIZE TALIBAN - asserted')],
    all: [1, 1, 0],
    asserted: [0, 1, 0],
    unsafe: 1,
  },
  {
    name: 'mode mismatch: speculated gold, asserted system (unsafe)',
    gold: [rec('KAZ RECOGNIZE TALIBAN - speculated')],
    system: [rec('KAZ RECOGNIZE TALIBAN 2025 asserted')],
    all: [1, 1, 0],
    asserted: [0, 1, 0],
    unsafe: 1,
  },
  {
    name: 'mode mismatch the other way is a miss and a false find but not unsafe',
    gold: [rec('FRA INTEND_RECOGNIZE PSE 2025-09 asserted')],
    system: [rec('FRA INTEND_RECOGNIZE PSE 2025-09 intended')],
    all: [1, 1, 0],
    asserted: [1, 0, 0],
    unsafe: 0,
  },
  {
    name: 'intended gold, asserted system is wrong but not counted unsafe',
    gold: [rec('FRA RECOGNIZE PSE 2025-09 intended')],
    system: [rec('FRA RECOGNIZE PSE 2025-09 asserted')],
    all: [1, 1, 0],
    asserted: [0, 1, 0],
    unsafe: 0,
  },
  {
    name: 'negated gold matched by a negated system record',
    gold: [rec('CHN RECOGNIZE TALIBAN - negated'), rec('CHN ACCEPT_ENVOY TALIBAN 2024 asserted')],
    system: [rec('CHN RECOGNIZE TALIBAN - negated'), rec('CHN ACCEPT_ENVOY TALIBAN 2024-01-30 asserted')],
    all: [2, 2, 2],
    asserted: [1, 1, 1],
  },
  {
    name: 'an asserted system record matching an asserted gold is safe even if the act is also negated',
    gold: [rec('CHN RECOGNIZE TALIBAN 2021 negated'), rec('CHN RECOGNIZE TALIBAN 2025 asserted')],
    system: [rec('CHN RECOGNIZE TALIBAN 2025 asserted')],
    all: [2, 1, 1],
    asserted: [1, 1, 1],
    unsafe: 0,
  },
  {
    name: 'records match within their document only',
    gold: [rec('RUS RECOGNIZE TALIBAN - asserted', 'a')],
    system: [rec('RUS RECOGNIZE TALIBAN - asserted', 'b')],
    all: [1, 1, 0],
    asserted: [1, 1, 0],
  },
  {
    name: 'nothing on either side',
    gold: [],
    system: [],
    all: [0, 0, 0],
    asserted: [0, 0, 0],
  },
];

describe('score', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const s = score(c.system, c.gold);
      assert.deepEqual([s.all.gold, s.all.system, s.all.tp], c.all, 'all modes');
      assert.deepEqual([s.asserted.gold, s.asserted.system, s.asserted.tp], c.asserted, 'asserted');
      assert.equal(s.unsafe, c.unsafe ?? 0, 'unsafe');
      assert.equal(s.misses.length, c.all[0] - c.all[2]);
      assert.equal(s.falseFinds.length, c.all[1] - c.all[2]);
    });
  }

  it('micro-averages over documents (sums counts, then divides)', () => {
    // Doc a: 1 of 1 found. Doc b: 1 of 3 found, 1 false find. Macro recall would be (1 + 1/3) / 2 = 0.667.
    const gold = [
      rec('RUS RECOGNIZE TALIBAN - asserted', 'a'),
      rec('CHN MEET TALIBAN - asserted', 'b'),
      rec('PAK MEET TALIBAN - asserted', 'b'),
      rec('IRN MEET TALIBAN - asserted', 'b'),
    ];
    const system = [
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted', 'a'),
      rec('CHN MEET TALIBAN - asserted', 'b'),
      rec('UZB MEET TALIBAN - asserted', 'b'),
    ];
    const s = score(system, gold);
    assert.equal(s.all.tp, 2);
    assert.equal(s.all.recall, 2 / 4);
    assert.equal(s.all.precision, 2 / 3);
    assert.ok(Math.abs(s.all.f1 - (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5)) < 1e-12);
    assert.deepEqual(s.documents, ['a', 'b']);
  });

  it('counts per action, all modes and asserted, in the contract order', () => {
    const gold = [
      rec('CHN MEET TALIBAN - asserted'),
      rec('TALIBAN MEET CHN - asserted'),
      rec('CHN RECOGNIZE TALIBAN - negated'),
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted'),
    ];
    const system = [
      rec('CHN MEET TALIBAN - asserted'),
      rec('CHN RECOGNIZE TALIBAN - negated'),
      rec('RUS RECOGNIZE TALIBAN 2025-07 asserted'),
      rec('CHN PRAISE RUS 2025-07-04 asserted'),
    ];
    const s = score(system, gold);
    const rows = Object.fromEntries(
      s.actions.map((a) => [
        a.action,
        [a.all.gold, a.all.system, a.all.tp, a.asserted.gold, a.asserted.system, a.asserted.tp],
      ]),
    );
    assert.deepEqual(
      s.actions.map((a) => a.action),
      ['RECOGNIZE', 'MEET', 'PRAISE'],
    );
    assert.deepEqual(rows, {
      RECOGNIZE: [2, 2, 1, 1, 1, 0],
      MEET: [2, 1, 1, 2, 1, 1],
      PRAISE: [0, 1, 0, 0, 1, 0],
    });
    const meet = s.actions.find((a) => a.action === 'MEET')!;
    assert.equal(meet.all.precision, 1);
    assert.equal(meet.all.recall, 0.5);
  });

  it('zero denominators give 0, not NaN', () => {
    const s = score([], [rec('RUS RECOGNIZE TALIBAN - asserted')]);
    assert.deepEqual(s.all, { gold: 1, system: 0, tp: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('explains near misses', () => {
    const s = score(
      [rec('RUS DELIST TALIBAN 2025 asserted', 'd1', 'In 2025 Russia delisted')],
      [rec('RUS DELIST TALIBAN 2025-04 asserted')],
    );
    assert.equal(s.misses[0].note, 'system has asserted 2025');
    assert.equal(s.falseFinds[0].note, 'gold has asserted 2025-04');
    const dup = score(
      [rec('RUS DELIST TALIBAN 2025-04 asserted'), rec('RUS DELIST TALIBAN 2025-04 asserted')],
      [rec('RUS DELIST TALIBAN 2025-04 asserted')],
    );
    assert.equal(dup.falseFinds[0].note, 'another system record of this act already matched');
  });

  it('lists unsafe finds with their gold counterparts', () => {
    const s = score(
      [rec('CHN RECOGNIZE TALIBAN - asserted', 'd1', 'China recognized')],
      [rec('CHN RECOGNIZE TALIBAN - negated', 'd1', 'Beijing has not formally recognized')],
    );
    assert.equal(s.unsafeFinds.length, 1);
    assert.equal(s.unsafeFinds[0].record.evidence, 'China recognized');
    assert.equal(s.unsafeFinds[0].gold[0].evidence, 'Beijing has not formally recognized');
  });
});

describe('dateAgrees', () => {
  const TABLE: [string | null, string | null, boolean][] = [
    ['2025-07-03', '2025-07-03', true],
    ['2025-07-03', '2025-07-04', false],
    ['2025-07-03', '2025-07', false],
    ['2025-07', '2025-07-03', true],
    ['2025-07', '2025-07', true],
    ['2025-07', '2025', false],
    ['2025-07', '2025-08-01', false],
    ['2025', '2025-12-31', true],
    ['2025', '2024', false],
    ['2025', null, false],
    [null, null, true],
    [null, '1996', true],
  ];
  for (const [gold, system, expected] of TABLE) {
    it(`gold ${gold} vs system ${system}: ${expected}`, () => assert.equal(dateAgrees(gold, system), expected));
  }
});

describe('matchOneToOne', () => {
  it('prefers the exact-date candidate', () => {
    const gold = [rec('RUS MEET TALIBAN 2025-07 asserted')];
    const system = [rec('RUS MEET TALIBAN 2025-07-03 asserted'), rec('RUS MEET TALIBAN 2025-07 asserted')];
    const m = matchOneToOne(system, gold, (r) => r.actor);
    assert.equal(m.pairs[0].system.date, '2025-07');
    assert.equal(m.falseFinds[0].date, '2025-07-03');
  });
});

describe('timelineScore', () => {
  it('merges records across documents into unique (actor, action, target, date) events', () => {
    const gold = [
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted', 'a'),
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted', 'b'),
      rec('RUS DELIST TALIBAN 2025-04 asserted', 'a'),
      rec('RUS DELIST TALIBAN 2024-04 asserted', 'c'),
      rec('CHN RECOGNIZE TALIBAN - negated', 'a'),
    ];
    const system = [
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted', 'a'),
      rec('RUS RECOGNIZE TALIBAN 2025-07-03 asserted', 'c'),
      rec('RUS DELIST TALIBAN 2025-04-17 asserted', 'b'),
      rec('CHN RECOGNIZE TALIBAN - asserted', 'a'),
    ];
    const t = timelineScore(system, gold);
    // Gold: RECOGNIZE 2025-07-03, DELIST 2025-04, DELIST 2024-04 (the negated record is left out).
    // System: RECOGNIZE 2025-07-03, DELIST 2025-04-17, CHN RECOGNIZE undated.
    assert.deepEqual([t.counts.gold, t.counts.system, t.counts.tp], [3, 3, 2]);
    assert.deepEqual(
      t.misses.map((e) => [e.action, e.date]),
      [['DELIST', '2024-04']],
    );
    assert.deepEqual(
      t.falseFinds.map((e) => e.actor),
      ['CHN'],
    );
    const all = timelineScore(system, gold, { modes: ['asserted', 'negated'] });
    assert.equal(all.counts.gold, 4);
  });
});

describe('evaluate', () => {
  it('scores only documents in both the store and the gold file', () => {
    const gold = [rec('RUS RECOGNIZE TALIBAN - asserted', 'a'), rec('CHN MEET TALIBAN - asserted', 'missing')];
    const system = [rec('RUS RECOGNIZE TALIBAN - asserted', 'a'), rec('PAK MEET TALIBAN - asserted', 'extra')];
    const r = evaluate(system, gold, ['a', 'extra']);
    assert.deepEqual(r.scored, ['a']);
    assert.deepEqual(r.missingFromStore, ['missing']);
    assert.equal(r.notInGold, 1);
    assert.deepEqual([r.scores.all.gold, r.scores.all.system, r.scores.all.tp], [1, 1, 1]);
    assert.match(renderReport(r), /^asserted +1 +1 +1 +1\.000 +1\.000 +1\.000$/m);
  });
});

describe('parseRecords', () => {
  it('reads JSONL records, skipping blank lines and extra fields', () => {
    const text =
      '{"doc":"a","actor":"RUS","action":"RECOGNIZE","target":"TALIBAN","date":null,"mode":"asserted","evidence":"x","cameo":"054"}\n\n' +
      '{"doc":"a","actor":"CHN","action":"PRAISE","target":"RUS","date":"2025-07-04","mode":"asserted","evidence":"y","rule":"r1"}\n';
    assert.deepEqual(parseRecords(text, 'g.jsonl'), [
      { doc: 'a', actor: 'RUS', action: 'RECOGNIZE', target: 'TALIBAN', date: null, mode: 'asserted', evidence: 'x' },
      {
        doc: 'a',
        actor: 'CHN',
        action: 'PRAISE',
        target: 'RUS',
        date: '2025-07-04',
        mode: 'asserted',
        evidence: 'y',
        rule: 'r1',
      },
    ]);
  });

  it('names the file and line of a bad record', () => {
    assert.throws(
      () => parseRecords('{"doc":"a"}\n', 'g.jsonl'),
      (err: unknown) => {
        assert.ok(err instanceof InputError);
        assert.equal(err.message, "g.jsonl: line 1: 'actor' must be a non-empty string");
        return true;
      },
    );
    assert.throws(
      () => parseRecords('\n{"doc":"a","actor":"R","action":"A","target":"T","mode":"asserted","date":"July"}', 'g'),
      /line 2: 'date' must be/,
    );
    assert.throws(() => parseRecords('nope', 'g'), /g: line 1: not JSON/);
  });

  it('reads the shared gold files when present', async (t) => {
    const { existsSync, readFileSync } = await import('node:fs');
    const path = new URL('../../../shared/corpus/seeds.gold.jsonl', import.meta.url);
    if (!existsSync(path)) return t.skip('../shared is absent');
    const records = parseRecords(readFileSync(path, 'utf8'), 'seeds.gold.jsonl');
    assert.ok(records.length > 100);
    // Scoring the gold against itself is perfect and safe.
    const s = score(records, records);
    assert.equal(s.all.f1, 1);
    assert.equal(s.unsafe, 0);
  });
});
