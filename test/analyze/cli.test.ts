// The analysis commands on a store holding the seed articles with their gold records.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { lines, runMain } from '../cli/helpers.ts';
import { loadGold } from '../consolidate/helpers/gold.ts';
import { article, SIG, tempDir } from '../store/fixtures.ts';

const tmp = tempDir('chancery-analyze-');
after(tmp.cleanup);
const db = join(tmp.dir, 'store.db');
const gold = loadGold('seeds');

before(() => {
  const store = openStore(db);
  for (const [doc, info] of gold.sources) {
    const text = gold.texts.get(doc) ?? '';
    store.saveDocument(
      article(doc, text, { outlet: info.outlet, published: info.published, title: info.title }),
      { mentions: gold.mentions.filter((m) => m.doc === doc), quotes: [] },
      SIG,
      'gold',
    );
  }
  // A near-copy of 003 that also gives the 2024 delisting: it must not outvote 000–002.
  store.saveDocument(
    article('005_copy.txt', 'copy', { published: '2025-07-05', copyOf: '003_b86463864811c68e.txt' }),
    {
      mentions: gold.mentions
        .filter((m) => m.doc === '003_b86463864811c68e.txt' && m.action === 'DELIST')
        .map((m) => ({ ...m, doc: '005_copy.txt' })),
      quotes: [],
    },
    SIG,
    'gold',
  );
  store.close();
});

describe('chancery ledger', () => {
  it('shows RUS recognized toward TALIBAN', async () => {
    const r = await runMain(['ledger', 'TALIBAN', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    const rus = lines(r.stdout).find((l) => l.startsWith('RUS '));
    assert.match(rus ?? '', /recognized\s+2025-07-03\s+praised/);
  });

  it('--as-of 2024-12-31 --json: mission open, still designated', async () => {
    const r = await runMain(['ledger', 'TALIBAN', '--as-of', '2024-12-31', '--json', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    const rus = JSON.parse(r.stdout).find((row: { actor: string }) => row.actor === 'RUS');
    assert.equal(rus.rung, 'mission');
    assert.deepEqual(
      rus.negative.map((n: { rung: string }) => n.rung),
      ['designated'],
    );
  });

  it('rejects a malformed date with a usage error', async () => {
    const r = await runMain(['ledger', 'TALIBAN', '--as-of', 'July 2024', '--db', db]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--as-of takes a date/);
  });

  it('with no store, shows the reference history; with --no-history, refuses the missing store', async () => {
    const reference = await runMain(['ledger', '--target', 'XKX', '--db', join(tmp.dir, 'nope.db')]);
    assert.equal(reference.status, 0, reference.stderr);
    assert.match(reference.stdout, /history:kosovo\.csv#\d+/);
    const refused = await runMain(['ledger', 'TALIBAN', '--no-history', '--db', join(tmp.dir, 'nope.db')]);
    assert.notEqual(refused.status, 0);
  });
});

describe('chancery timeline / events / conflicts', () => {
  it('timeline lists Russia’s engagement in date order with sources', async () => {
    const r = await runMain(
      [
        'timeline',
        '--actor',
        'RUS',
        '--target',
        'TALIBAN',
        '--from',
        '2021-08',
        '--to',
        '2025-07',
        '--mode',
        'asserted',
      ],
      { env: { CHANCERY_DB: db } },
    );
    assert.equal(r.status, 0, r.stderr);
    const out = lines(r.stdout);
    assert.match(out[0], /^2021-08-15\s+Russia opened or kept a mission at Taliban — /);
    assert.ok(out.some((l) => /^2025-04\s+Russia delisted Taliban \[disputed\]/.test(l)));
    assert.equal(out.at(-1), '10 events');
  });

  it('events --json prints a JSON array of merged events; the copy joins its original', async () => {
    const r = await runMain(['events', '--json', '--actor', 'RUS', '--target', 'TALIBAN', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    const all = JSON.parse(r.stdout);
    assert.ok(Array.isArray(all));
    const delist = all.find((e: { action: string }) => e.action === 'DELIST');
    assert.equal(delist.date, '2025-04');
    assert.equal(delist.sources.length, 4, 'the copy counts once with 003');
    assert.equal(delist.mentions.length, 5);
  });

  it('conflicts lists the delisting date dispute, with the copy on 003’s side', async () => {
    const r = await runMain(['conflicts', '--kind', 'date', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    const line = lines(r.stdout).find((l) => l.startsWith('Russia delisted Taliban'));
    assert.match(line ?? '', /2024-04 \[003_b86463864811c68e\.txt, 005_copy\.txt\]; shown 2025-04/);
  });

  it('timeline --json and conflicts --json print JSON arrays', async () => {
    for (const cmd of [['timeline', '--target', 'TALIBAN'], ['conflicts']]) {
      const r = await runMain([...cmd, '--json', '--db', db]);
      assert.equal(r.status, 0, r.stderr);
      const parsed = JSON.parse(r.stdout);
      assert.ok(Array.isArray(parsed) && parsed.length > 0, `${cmd[0]} --json is a non-empty array`);
    }
  });

  it('rejects an unknown conflict kind', async () => {
    const r = await runMain(['conflicts', '--kind', 'numeric', '--db', db]);
    assert.equal(r.status, 2);
  });

  it('export --format md --target TALIBAN writes the brief', async () => {
    const r = await runMain(['export', '--format', 'md', '--target', 'TALIBAN', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# Taliban \(TALIBAN\): brief/);
  });
});
