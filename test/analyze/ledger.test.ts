import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LADDER, type LedgerRow, ledger, parseLadder } from '../../src/analyze/index.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import type { Mention } from '../../src/core/types.ts';
import { loadGold } from '../consolidate/helpers/gold.ts';
import { mention, sourcesOf } from '../consolidate/helpers/make.ts';

const seeds = loadGold('seeds');
const seedEvents = consolidate(seeds.mentions, seeds.sources);
const rowOf = (rows: LedgerRow[], actor: string) => {
  const row = rows.find((r) => r.actor === actor);
  assert.ok(row, `no row for ${actor}`);
  return row;
};

describe('ledger: seed gold, TALIBAN', () => {
  const rows = ledger(seedEvents, 'TALIBAN');

  it('puts RUS at recognized, dated 2025-07-03, with the recognition and its five sources', () => {
    const rus = rowOf(rows, 'RUS');
    assert.equal(rus.rung, 'recognized');
    assert.equal(rus.date, '2025-07-03');
    assert.equal(rus.events[0].action, 'RECOGNIZE');
    assert.equal(rus.sources.length, 5);
    assert.equal(rus.latestMove?.action, 'RECOGNIZE');
    assert.equal(rus.stance, 'praised', 'July 2024 praise outranks an undated condemnation');
    assert.deepEqual(rus.negative, [], 'the 2003 designation is undone by the 2025 delisting');
    assert.equal(rus.notRecognized, false);
    assert.equal(rus.intent, null);
  });

  it('as of 2024-12-31, RUS is not recognized: mission open, still designated (2003), recognition and delisting excluded', () => {
    const rus = rowOf(ledger(seedEvents, 'TALIBAN', { asOf: '2024-12-31' }), 'RUS');
    assert.notEqual(rus.rung, 'recognized');
    assert.equal(rus.rung, 'mission');
    assert.equal(rus.date, '2021-08-15');
    assert.deepEqual(
      rus.negative.map((n) => [n.rung, n.date]),
      [['designated', '2003']],
    );
    assert.equal(rus.stance, 'praised');
    assert.equal(rus.latestMove?.date, '2024-07');
    const all = [rus.events, ...rus.negative.map((n) => n.events), rus.stanceEvents].flat();
    assert.ok(all.every((e) => !['RECOGNIZE', 'DELIST'].includes(e.action)));
  });

  it('as of 2025-05-01 the April 2025 delisting has undone the designation', () => {
    const rus = rowOf(ledger(seedEvents, 'TALIBAN', { asOf: '2025-05-01' }), 'RUS');
    assert.equal(rus.rung, 'mission');
    assert.deepEqual(rus.negative, []);
  });

  it('flags CHN as "has not recognized" with speculated recognition, envoys exchanged', () => {
    const chn = rowOf(rows, 'CHN');
    assert.equal(chn.rung, 'envoys');
    assert.equal(chn.notRecognized, true);
    assert.equal(chn.intent, 'speculated');
    assert.equal(chn.stance, 'none', 'praising Russia is not a stance toward the Taliban');
  });

  it('PAK: the undated 1990s recognition is outweighed by the later "has not recognized"', () => {
    const pak = rowOf(rows, 'PAK');
    assert.notEqual(pak.rung, 'recognized');
    assert.equal(pak.notRecognized, true);
    assert.ok(pak.conflicts.some((c) => c.kind === 'assertion'));
  });

  it('IND: refused recognition, embassy reopened after the 2021 closure', () => {
    const ind = rowOf(rows, 'IND');
    assert.equal(ind.stance, 'refused');
    assert.equal(ind.rung, 'mission');
    assert.deepEqual(ind.negative, []);
  });

  it('UN: sanctions as a negative rung', () => {
    const un = rowOf(rows, 'UN');
    assert.equal(un.rung, 'none');
    assert.deepEqual(
      un.negative.map((n) => n.rung),
      ['sanctioned'],
    );
  });

  it('has rows only for actors toward the target, ordered by level', () => {
    assert.ok(rows.every((r) => r.target === 'TALIBAN' && r.actor !== 'TALIBAN'));
    assert.ok(!rows.some((r) => r.actor === 'ICHKERIA' && r.rung === 'recognized'));
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].level >= rows[i].level);
  });
});

describe('ledger: rules on hand-made events', () => {
  const S = sourcesOf(['a', '2025-07-04'], ['b', '2025-07-05'], ['c', '2025-07-06']);
  const table: { name: string; mentions: Mention[]; asOf?: string; rung: string; negative: string[] }[] = [
    {
      name: 'a later withdrawal cancels a recognition',
      mentions: [mention('a', { date: '1997' }), mention('a', { action: 'WITHDRAW_RECOGNITION', date: '2001' })],
      rung: 'none',
      negative: ['withdrew_recognition'],
    },
    {
      name: 'a recognition after the withdrawal cancels the withdrawal',
      mentions: [
        mention('a', { date: '1997' }),
        mention('a', { action: 'WITHDRAW_RECOGNITION', date: '2001' }),
        mention('b', { date: '2025-07-03' }),
      ],
      rung: 'recognized',
      negative: [],
    },
    {
      name: 'a closed mission cancels the open one, and the reverse',
      mentions: [
        mention('a', { action: 'OPEN_MISSION', date: '2010' }),
        mention('a', { action: 'CLOSE_MISSION', date: '2021' }),
      ],
      rung: 'none',
      negative: ['closed_mission'],
    },
    {
      name: 'designation then delisting: delisted',
      mentions: [
        mention('a', { action: 'DESIGNATE', date: '2003' }),
        mention('a', { action: 'DELIST', date: '2025-04' }),
      ],
      rung: 'delisted',
      negative: [],
    },
    {
      name: 'an undated act counts from its first report: not yet visible before it',
      mentions: [mention('a'), mention('a', { action: 'MEET', date: '2020' })],
      asOf: '2025-07-01',
      rung: 'meetings',
      negative: [],
    },
    {
      name: 'an undated act counts from its first report: visible after it',
      mentions: [mention('a'), mention('a', { action: 'MEET', date: '2020' })],
      asOf: '2025-07-31',
      rung: 'recognized',
      negative: [],
    },
    {
      name: 'negated, intended and speculated acts put no one on a rung',
      mentions: [
        mention('a', { mode: 'negated' }),
        mention('b', { mode: 'speculated' }),
        mention('c', { action: 'OPEN_MISSION', mode: 'intended' }),
      ],
      rung: 'none',
      negative: [],
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      const [row] = ledger(consolidate(c.mentions, S), 'TALIBAN', { asOf: c.asOf });
      assert.equal(row.rung, c.rung);
      assert.deepEqual(
        row.negative.map((n) => n.rung),
        c.negative,
      );
    });
  }

  it('a refusal is cancelled by a later recognition; the latest stance wins otherwise', () => {
    const [row] = ledger(
      consolidate(
        [
          mention('a', { action: 'REFUSE_RECOGNITION', date: '2024' }),
          mention('b', { action: 'CONDEMN', date: '2025-01' }),
          mention('c', { date: '2025-06' }),
        ],
        S,
      ),
      'TALIBAN',
    );
    assert.equal(row.stance, 'condemned');
    const [before] = ledger(
      consolidate(
        [
          mention('a', { action: 'REFUSE_RECOGNITION', date: '2024' }),
          mention('b', { action: 'PRAISE', date: '2023' }),
        ],
        S,
      ),
      'TALIBAN',
    );
    assert.equal(before.stance, 'refused');
  });

  it('takes a custom ladder, and rejects a ladder naming an unknown action', () => {
    const flat = parseLadder({
      rungs: [
        { id: 'any', level: 1, actions: ['MEET', 'RECOGNIZE'] },
        { id: 'none', level: 0, actions: [] },
      ],
      notRecognized: { action: 'RECOGNIZE', mode: 'negated' },
    });
    const [row] = ledger(consolidate([mention('a')], S), 'TALIBAN', { ladder: flat });
    assert.equal(row.rung, 'any');
    assert.throws(() => parseLadder({ ...DEFAULT_LADDER, rungs: [{ id: 'x', level: 0, actions: ['HUG'] }] }), /HUG/);
  });
});

describe('ledger: a second target (PSE, dev gold) with no target-specific code', () => {
  const dev = loadGold('dev');
  const rows = ledger(consolidate(dev.mentions, dev.sources), 'PSE');

  for (const actor of ['IRL', 'ESP', 'NOR', 'GBR', 'AUS', 'CAN', 'PRT']) {
    it(`${actor} is at recognized`, () => assert.equal(rowOf(rows, actor).rung, 'recognized'));
  }

  it('NZL has the refused stance', () => {
    const nzl = rowOf(rows, 'NZL');
    assert.equal(nzl.stance, 'refused');
    assert.notEqual(nzl.rung, 'recognized');
  });

  it('USA refused (and has not recognized)', () => {
    const usa = rowOf(rows, 'USA');
    assert.equal(usa.stance, 'refused');
    assert.equal(usa.notRecognized, true);
  });

  it('GBR’s July 2025 refusal is superseded by its September recognition', () => {
    assert.equal(rowOf(rows, 'GBR').stance, 'none');
  });

  it('FRA intends to recognize', () => assert.equal(rowOf(rows, 'FRA').intent, 'intends'));
});
