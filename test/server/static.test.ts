// The built page: served from its folder only, with a content security policy.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/index.ts';
import { emptyStore, type TempStore } from './helpers.ts';

describe('page serving', () => {
  let temp: TempStore;
  let web: string;
  before(() => {
    temp = emptyStore();
    web = join(temp.dir, 'dist');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><title>t</title><script type="module" src="/assets/a.js"></script>',
    );
    writeFileSync(join(web, 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(join(temp.dir, 'secret.txt'), 'secret');
  });
  after(() => temp.cleanup());

  it('serves index.html with a strict content security policy', async () => {
    const app = createApp({ store: temp.store, webDir: web });
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('serves hashed assets with a long cache life', async () => {
    const app = createApp({ store: temp.store, webDir: web });
    const res = await app.request('/assets/a.js');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
  });

  it('never serves a file outside its folder', async () => {
    const app = createApp({ store: temp.store, webDir: web });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /secret/, path);
    }
  });

  it('says how to build the page when it is not built', async () => {
    const app = createApp({ store: temp.store, webDir: join(temp.dir, 'missing') });
    const res = await app.request('/');
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build:web/);
  });
});
