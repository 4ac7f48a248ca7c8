// Consolidated events are computed once per store revision; bounded caches stay bounded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ledger } from '../../src/analyze/index.ts';
import { createApp } from '../../src/server/index.ts';
import { Lru } from '../../src/server/lru.ts';
import { ledgerRowJson } from '../../src/server/present.ts';
import { RecordsSource } from '../../src/server/records.ts';
import { monthSteps } from '../../src/server/slider.ts';
import { emptyStore, exampleStore, getJson, postJson } from './helpers.ts';

describe('Lru', () => {
  it('evicts the least recently used key', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    assert.equal(lru.get('a'), 1); // a is now the most recent
    lru.set('c', 3);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.size, 2);
    let calls = 0;
    assert.equal(
      lru.getOrSet('d', () => ++calls),
      1,
    );
    assert.equal(
      lru.getOrSet('d', () => ++calls),
      1,
    );
    assert.equal(calls, 1);
    assert.throws(() => new Lru(0), RangeError);
  });

  it('bounds the total weight when given a weigher', () => {
    const lru = new Lru<string, string>(10, (s) => s.length);
    lru.set('a', 'xxxx');
    lru.set('b', 'yyyy');
    lru.set('c', 'zzzz');
    assert.equal(lru.get('a'), undefined);
    assert.equal(lru.weight, 8);
    lru.set('big', 'w'.repeat(50)); // larger than the budget: kept alone
    assert.equal(lru.size, 1);
  });
});

describe('RecordsSource', () => {
  it('keeps one consolidation per revision and reloads after a write', async () => {
    const temp = await exampleStore();
    try {
      const source = new RecordsSource(temp.store, { checkEvery: 0 });
      const first = source.get();
      assert.equal(source.get(), first, 'same revision, same records');
      assert.equal(first.documents.length, 5);
      source.invalidate();
      const second = source.get();
      assert.notEqual(second, first);
      assert.deepEqual(
        second.events.map((e) => e.id),
        first.events.map((e) => e.id),
      );
    } finally {
      temp.cleanup();
    }
  });

  it('notices documents another process added (by the document count)', async () => {
    const temp = emptyStore();
    const other = await exampleStore();
    try {
      const source = new RecordsSource(other.store, { checkEvery: 0 });
      const before = source.get();
      const { Ingestor } = await import('../../src/pipeline.ts');
      new Ingestor(other.store).ingest({
        id: 'extra.txt',
        title: null,
        outlet: null,
        url: null,
        published: '2025-06-01',
        raw: 'On 1 June 2025, Turkmenistan hosted a Taliban delegation in Ashgabat.\n',
        source: 'extra.txt',
        format: 'txt',
        flags: [],
      });
      assert.notEqual(source.get(), before);
      assert.equal(source.get().documents.length, 6);
    } finally {
      temp.cleanup();
      other.cleanup();
    }
  });

  it('serves cached bodies until an ingest changes the store', async () => {
    const temp = emptyStore();
    try {
      const app = createApp({ store: temp.store, webDir: null });
      assert.deepEqual((await getJson(app, '/api/targets')).body, []);
      await postJson(app, '/api/ingest', {
        text: 'On 1 June 2025, Turkmenistan hosted a Taliban delegation in Ashgabat.\n',
      });
      const { body } = await getJson(app, '/api/targets');
      assert.ok(body.some((t: { id: string }) => t.id === 'TALIBAN'));
    } finally {
      temp.cleanup();
    }
  });
});

describe('LedgerIndex', () => {
  it('gives the same rows as ledger() over all events, at any date', async () => {
    const temp = await exampleStore();
    try {
      const r = new RecordsSource(temp.store).get();
      const dates = [undefined, '1990', '2003', '2021-08', '2021-08-15', '2024-12-31', '2025', '2025-04', '2025-07-02'];
      dates.push(...monthSteps('2020-01', '2025-12'));
      for (const [target] of r.targets()) {
        for (const asOf of dates) {
          const expected = ledger(r.events, target, { asOf }).map((row) => ledgerRowJson(row));
          assert.deepEqual(r.ledgers.ledger(target, asOf), expected, `${target} as of ${asOf}`);
        }
      }
    } finally {
      temp.cleanup();
    }
  });
});
