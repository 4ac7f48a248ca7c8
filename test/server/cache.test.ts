// Cached views are the same JSON however they are served: gzipped or not, joined from parts,
// precomputed or made on demand, with a remembered query parse or a fresh one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { entityName } from '../../src/analyze/index.ts';
import { CachedBody, GZIP_FROM } from '../../src/server/body.ts';
import { createApp } from '../../src/server/index.ts';
import { Lru } from '../../src/server/lru.ts';
import { RecordsSource } from '../../src/server/records.ts';
import { monthSteps } from '../../src/server/slider.ts';
import { ledgerJson } from '../../src/server/views.ts';
import { startWarming } from '../../src/server/warm.ts';
import { exampleStore, type TempStore } from './helpers.ts';

describe('CachedBody', () => {
  it('keeps large bodies gzipped and gives back the same bytes', () => {
    const json = Buffer.from(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i, name: 'Ünïcode' })) }));
    const body = new CachedBody(json);
    assert.ok(body.gzip);
    assert.ok(body.byteLength < json.byteLength / 4);
    assert.deepEqual(gunzipSync(body.gzip), json);
    assert.deepEqual(body.body, json);
    assert.equal(new CachedBody(Buffer.from(json)).etag, body.etag);
    assert.match(body.etag, /^W\/"[\w-]+"$/);
  });

  it('keeps small bodies as they are', () => {
    const json = Buffer.from('{"ok":true}');
    const body = new CachedBody(json);
    assert.ok(json.byteLength < GZIP_FROM);
    assert.equal(body.gzip, null);
    assert.deepEqual(body.body, json);
  });
});

describe('Lru recency', () => {
  it('keeps keys in use while others come and go', () => {
    const lru = new Lru<string, number>(100);
    for (let i = 0; i < 100; i++) lru.set(`k${i}`, i);
    for (let i = 0; i < 1000; i++) {
      assert.equal(lru.get('k0'), 0, `hot key lost after ${i} insertions`);
      lru.set(`n${i}`, i);
    }
    assert.equal(lru.size, 100);
    assert.equal(lru.get('k1'), undefined);
  });
});

describe('cached views', () => {
  let temp: TempStore;
  before(async () => {
    temp = await exampleStore();
  });
  after(() => temp.cleanup());

  it('serves gzip and plain responses of the same JSON, with an ETag that answers 304', async () => {
    const app = createApp({ store: temp.store, webDir: null });
    for (const path of ['/api/ledger?target=TALIBAN', '/api/events?limit=5', '/api/targets', '/api/health']) {
      const plain = await app.request(path);
      const zipped = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      const text = await plain.text();
      const bytes = Buffer.from(await zipped.arrayBuffer());
      const inflated =
        zipped.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes).toString() : bytes.toString();
      assert.equal(inflated, text, path);
      if (path === '/api/health') continue; // not a cached view: no validator
      const etag = plain.headers.get('etag');
      assert.ok(etag, path);
      assert.equal(zipped.headers.get('etag'), etag, path);
      const again = await app.request(path, { headers: { 'if-none-match': `"other", ${etag}` } });
      assert.equal(again.status, 304, path);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal((await again.arrayBuffer()).byteLength, 0);
      const stale = await app.request(path, { headers: { 'if-none-match': 'W/"stale"' } });
      assert.equal(stale.status, 200, path);
    }
  });

  it('joins a ledger body from its rows as serializing the whole ledger would', () => {
    const r = new RecordsSource(temp.store).get();
    for (const [target] of r.targets()) {
      for (const asOf of [undefined, '2021', '2024-12-31', ...monthSteps('2021-01', '2025-12')]) {
        const whole = JSON.stringify({
          target,
          targetName: entityName(target),
          asOf: asOf ?? null,
          rows: r.ledgers.ledger(target, asOf),
        });
        assert.equal(ledgerJson(r, target, asOf).body.toString(), whole, `${target} as of ${asOf}`);
      }
    }
  });

  it('answers a repeated query as the first time, good or bad', async () => {
    const app = createApp({ store: temp.store, webDir: null });
    for (let i = 0; i < 2; i++) {
      const good = await app.request('/api/ledger?target=taliban&asOf=2025');
      assert.equal(good.status, 200);
      assert.equal((await good.json()).target, 'TALIBAN');
      const bad = await app.request('/api/ledger?target=TALIBAN&asOf=2025-02-30');
      assert.equal(bad.status, 400);
      const twice = await app.request('/api/ledger?target=TALIBAN&target=PSE');
      assert.match((await twice.json()).error.message, /more than once/);
    }
  });

  it('on loopback, still refuses a foreign host name after serving loopback ones', async () => {
    const app = createApp({ store: temp.store, webDir: null, loopbackOnly: true });
    for (let i = 0; i < 2; i++) {
      assert.equal((await app.request('http://127.0.0.1:8377/api/targets')).status, 200);
      assert.equal((await app.request('http://localhost:8377/api/targets')).status, 200);
      assert.equal((await app.request('http://evil.example:8377/api/targets')).status, 421);
      assert.equal((await app.request('http://127.0.0.1.evil.example/api/targets')).status, 421);
    }
  });

  it('precomputes the event list pages as a request would make them', async () => {
    const warmed = new RecordsSource(temp.store);
    const r = warmed.get();
    await new Promise<void>((done) => startWarming(warmed, r, { onDone: () => done() }));
    assert.ok(r.responses.get('events|{}|100|0'), 'first page precomputed');
    const cold = createApp({ store: temp.store, webDir: null });
    const page = (await cold.request('/api/events?limit=100&offset=0')).text();
    assert.equal(r.responses.get('events|{}|100|0')?.body.toString(), await page);
  });
});
