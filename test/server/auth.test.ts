// Writes need the bearer token when one is set; a server reachable from other machines must have one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { UsageError } from '../../src/core/errors.ts';
import { checkExposure, createApp, isLoopback, startServer } from '../../src/server/index.ts';
import { emptyStore, getJson, postJson, type TempStore } from './helpers.ts';

const TEXT = 'On 2 June 2025, Qatar hosted a Taliban delegation in Doha for talks.\n';

describe('write token', () => {
  let temp: TempStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    temp = emptyStore();
    app = createApp({ store: temp.store, webDir: null, token: 's3cret-token' });
  });
  after(() => temp.cleanup());

  it('refuses an ingest without the token, saying how to authenticate', async () => {
    const res = await postJson(app, '/api/ingest', { text: TEXT });
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthorized');
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  it('refuses a wrong token and a malformed header', async () => {
    for (const authorization of [
      'Bearer wrong',
      'Basic czNjcmV0LXRva2Vu',
      's3cret-token',
      'Bearer s3cret-token extra',
    ]) {
      const res = await postJson(app, '/api/ingest', { text: TEXT }, { authorization });
      assert.equal(res.status, 401, authorization);
    }
  });

  it('accepts the right token', async () => {
    const res = await postJson(app, '/api/ingest', { text: TEXT }, { authorization: 'Bearer s3cret-token' });
    assert.equal(res.status, 200);
    assert.equal(res.body.documents[0].status, 'stored');
  });

  it('keeps reads open and tells the page that writes need a token', async () => {
    const { status, body } = await getJson(app, '/api/health');
    assert.equal(status, 200);
    assert.equal(body.writeToken, true);
    assert.equal((await getJson(app, '/api/events')).status, 200);
  });
});

describe('exposure', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) assert.equal(isLoopback(h), true, h);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.com', '128.0.0.1'])
      assert.equal(isLoopback(h), false, h);
  });

  it('refuses a non-loopback address without a token', async () => {
    assert.throws(() => checkExposure('0.0.0.0', null), UsageError);
    assert.throws(() => checkExposure('::', ''), /token/);
    assert.doesNotThrow(() => checkExposure('0.0.0.0', 'tok'));
    assert.doesNotThrow(() => checkExposure('127.0.0.1', null));
    const temp = emptyStore();
    try {
      await assert.rejects(startServer({ store: temp.store, host: '0.0.0.0', port: 0, webDir: null }), UsageError);
    } finally {
      temp.cleanup();
    }
  });

  it('makes `chancery serve --host 0.0.0.0` without a token a usage error (exit 2)', async () => {
    const temp = emptyStore();
    let stderr = '';
    const io = {
      stdout: { write: () => true, once: () => undefined },
      stderr: {
        write: (s: string) => {
          stderr += s;
          return true;
        },
        once: () => undefined,
      },
      stdin: process.stdin,
      env: {},
    };
    try {
      const code = await main(['node', 'chancery', 'serve', '--host', '0.0.0.0', '--db', temp.path], io);
      assert.equal(code, 2);
      assert.match(stderr, /refusing to serve on 0\.0\.0\.0 without a token/);
    } finally {
      temp.cleanup();
    }
  });

  it('on loopback, answers only to loopback host names (no DNS rebinding)', async () => {
    const temp = emptyStore();
    const server = await startServer({ store: temp.store, host: '127.0.0.1', port: 0, webDir: null });
    try {
      const ok = await fetch(`${server.url}api/health`);
      assert.equal(ok.status, 200);
      const rebound = await server.app.request('http://attacker.example/api/health');
      assert.equal(rebound.status, 421);
      assert.equal(((await rebound.json()) as { error: { code: string } }).error.code, 'misdirected_request');
    } finally {
      await server.close();
      temp.cleanup();
    }
  });

  it('over a real socket, enforces the token on writes', async () => {
    const temp = emptyStore();
    const server = await startServer({ store: temp.store, host: '127.0.0.1', port: 0, webDir: null, token: 'tok' });
    try {
      const post = (headers: Record<string, string>) =>
        fetch(`${server.url}api/ingest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ text: TEXT }),
        });
      assert.equal((await post({})).status, 401);
      assert.equal((await post({ authorization: 'Bearer tok' })).status, 200);
    } finally {
      await server.close();
      temp.cleanup();
    }
  });
});
