// The fast path for cached views (src/server/memo.ts) answers exactly as the app does through Hono:
// same status, headers and body, for a first request (through Hono), a repeated one (from the memo)
// and a server without the fast path.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { type RunningServer, startServer } from '../../src/server/listen.ts';
import { exampleStore, type TempStore } from './helpers.ts';

interface Raw {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** Headers node adds by itself, per connection or per second. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive']);

function get(server: RunningServer, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const pairs: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i].toLowerCase();
          if (!TRANSPORT.has(name)) pairs.push([name, res.rawHeaders[i + 1]]);
        }
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Status, headers in the order written (Content-Length included) and body bytes. */
function comparable(r: Raw) {
  return { status: r.status, headers: r.headers, body: r.body };
}

describe('fast path for cached views', () => {
  let temp: TempStore;
  let fast: RunningServer;
  let plain: RunningServer;
  let paths: string[];

  before(async () => {
    temp = await exampleStore();
    fast = await startServer({ store: temp.store, port: 0, webDir: null, warm: false });
    plain = await startServer({ store: temp.store, port: 0, webDir: null, warm: false, fastPath: false });
    const targets = JSON.parse((await get(plain, '/api/targets')).body.toString('utf8')) as { id: string }[];
    const t = targets[0].id;
    paths = [
      `/api/ledger?target=${t}`,
      `/api/ledger?target=${t}&asOf=2025-06-30`,
      `/api/ledger?asOf=2025-06-30&target=${t}`,
      `/api/timeline?target=${t}&limit=5&offset=0`,
      `/api/timeline?target=${t}&limit=5&offset=5`,
      '/api/events?limit=3&offset=0',
      '/api/events?limit=3&offset=3',
      '/api/events',
      '/api/targets',
      '/api/health',
      '/api/ledger',
      `/api/ledger?target=${t}&asOf=not-a-date`,
      `/api/ledger?target=${t}&bogus=1`,
      '/api/nope',
      '/api/ledger/',
    ];
  });

  after(async () => {
    await fast.close();
    await plain.close();
    temp.cleanup();
  });

  const variants: [string, Record<string, string>][] = [
    ['gzip', { 'accept-encoding': 'gzip, deflate, br' }],
    ['identity', {}],
    ['foreign host', { host: 'evil.example', 'accept-encoding': 'gzip' }],
    ['foreign host with port', { host: 'evil.example:8377' }],
  ];

  for (const [name, headers] of variants) {
    it(`answers the same with and without the memo (${name})`, async () => {
      for (const path of paths) {
        const first = await get(fast, path, headers);
        const second = await get(fast, path, headers);
        const third = await get(fast, path, headers);
        const reference = await get(plain, path, headers);
        assert.deepEqual(comparable(first), comparable(reference), `${path} first`);
        assert.deepEqual(comparable(second), comparable(reference), `${path} second`);
        assert.deepEqual(comparable(third), comparable(reference), `${path} third`);
        if (name.startsWith('foreign')) assert.equal(reference.status, 421);
      }
    });
  }

  it('is filled only with cached views, and serves them', async () => {
    const memo = fast.app.memo;
    const before = memo.size;
    await get(fast, '/api/health');
    await get(fast, '/api/nope');
    await get(fast, '/api/ledger');
    assert.equal(memo.size, before);
    await get(fast, '/api/events?limit=7');
    assert.equal(memo.size, before + 1);
  });

  it('answers If-None-Match with a 304 as the app does', async () => {
    for (const path of paths) {
      const full = await get(plain, path);
      const etag = full.headers.find(([n]) => n === 'etag')?.[1];
      if (etag === undefined) continue;
      for (const inm of [etag, etag.slice(2), `"x", ${etag}`, '*', '"other"']) {
        const h = { 'if-none-match': inm, 'accept-encoding': 'gzip' };
        const reference = await get(plain, path, h);
        await get(fast, path, h);
        const memoized = await get(fast, path, h);
        assert.deepEqual(comparable(memoized), comparable(reference), `${path} If-None-Match: ${inm}`);
      }
    }
  });

  it('forgets its views when the store changes', async () => {
    const path = '/api/events?limit=1000';
    await get(fast, path);
    const old = await get(fast, path);
    const text =
      'KABUL, 3 March 2025 — Uzbekistan formally recognized the Taliban government on Monday, its foreign ministry said.';
    const res = await fetch(`${fast.url}api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    assert.equal(res.status, 200, await res.text());
    // The other server checks the store's revision at most every 250 ms.
    await new Promise((r) => setTimeout(r, 300));
    const first = await get(fast, path);
    const second = await get(fast, path);
    const reference = await get(plain, path);
    assert.notDeepEqual(first.body, old.body);
    assert.deepEqual(comparable(first), comparable(reference));
    assert.deepEqual(comparable(second), comparable(reference));
  });
});
