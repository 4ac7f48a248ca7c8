// The OpenAPI document validates (with a maintained validator) and describes every route.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { createApp } from '../../src/server/index.ts';
import { emptyStore, getJson } from './helpers.ts';

describe('OpenAPI document', () => {
  it('is served at /api/openapi.json and validates as OpenAPI 3', async () => {
    const temp = emptyStore();
    try {
      const app = createApp({ store: temp.store, webDir: null });
      const { status, body } = await getJson(app, '/api/openapi.json');
      assert.equal(status, 200);
      assert.match(body.openapi, /^3\./);
      const result = await validate(structuredClone(body));
      assert.equal(result.valid, true, JSON.stringify(result.valid ? result.warnings : result.errors, null, 2));

      // Every API route of the app is documented, with the method it answers.
      const documented = new Set<string>();
      for (const [path, ops] of Object.entries(body.paths as Record<string, object>))
        for (const method of Object.keys(ops))
          documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
      const routes = app.routes
        .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`);
      assert.ok(routes.length >= 12);
      for (const r of routes) assert.ok(documented.has(r), `${r} is not in the OpenAPI document`);
      for (const d of documented) assert.ok(routes.includes(d), `${d} is documented but not served`);
    } finally {
      temp.cleanup();
    }
  });
});
