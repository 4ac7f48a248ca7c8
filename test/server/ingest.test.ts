// POST /api/ingest: pasted text and uploaded files through the pipeline, limits and errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLE_DIR } from '../../src/cli/commands/demo.ts';
import { type ApiIngestResult, createApp } from '../../src/server/index.ts';
import { emptyStore, getJson, postJson, type TempStore } from './helpers.ts';

const ARTICLE = `Kazakhstan recognizes the Taliban

ASTANA, 5 March 2025 — On 5 March 2025, Kazakhstan formally recognized the Taliban government of Afghanistan, the foreign ministry said.
`;

describe('API ingest', () => {
  let temp: TempStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    temp = emptyStore();
    app = createApp({ store: temp.store, webDir: null, maxBodyBytes: 64 * 1024 });
  });
  after(() => temp.cleanup());

  it('ingests a pasted article and returns the stored document with its records', async () => {
    const { status, body } = await postJson(app, '/api/ingest', { text: ARTICLE, published: '2025-03-05' });
    assert.equal(status, 200);
    const result = body as ApiIngestResult;
    assert.equal(result.documents.length, 1);
    const [doc] = result.documents;
    assert.equal(doc.status, 'stored');
    assert.match(doc.doc, /^pasted-[0-9a-f]{12}$/);
    assert.equal(doc.document?.title, 'Kazakhstan recognizes the Taliban');
    assert.equal(doc.document?.published, '2025-03-05');
    const rec = doc.document?.records.find((r) => r.action === 'RECOGNIZE');
    assert.equal(rec?.actor, 'KAZ');
    assert.equal(rec?.target, 'TALIBAN');
    assert.equal(rec?.summary, 'Kazakhstan recognized Taliban');
  });

  it('sees the new document at once (the cached events are per store revision)', async () => {
    const { body } = await getJson(app, '/api/ledger?target=TALIBAN');
    assert.equal(body.rows.find((r: { actor: string }) => r.actor === 'KAZ')?.rung, 'recognized');
  });

  it('reports a second paste of the same text as a duplicate, with the stored records', async () => {
    const { body } = await postJson(app, '/api/ingest', { text: ARTICLE });
    const [doc] = (body as ApiIngestResult).documents;
    assert.equal(doc.status, 'duplicate');
    assert.ok(doc.duplicateOf);
    assert.ok((doc.document?.records.length ?? 0) > 0);
  });

  it('ingests an uploaded file under its own name', async () => {
    const name = '003_b86463864811c68e.txt';
    const form = new FormData();
    form.set('file', new File([readFileSync(join(EXAMPLE_DIR, name))], name, { type: 'text/plain' }));
    form.set('published', '2025-07-05');
    const { status, body } = await getJson<ApiIngestResult>(app, '/api/ingest', { method: 'POST', body: form });
    assert.equal(status, 200);
    assert.equal(body.documents[0].doc, name);
    assert.equal(body.documents[0].status, 'stored');
    assert.ok((body.documents[0].document?.records.length ?? 0) > 0);
    const { body: docs } = await getJson(app, '/api/documents');
    assert.ok(docs.some((d: { id: string }) => d.id === name));
  });

  it('accepts a pasted text from a form too', async () => {
    const form = new FormData();
    form.set('text', 'On 2 May 2025, Uzbekistan and the Taliban signed a trade agreement in Tashkent.\n');
    const { status, body } = await getJson<ApiIngestResult>(app, '/api/ingest', { method: 'POST', body: form });
    assert.equal(status, 200);
    assert.equal(body.documents[0].status, 'stored');
  });

  it('refuses bodies it cannot use, each with its own code', async () => {
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' }, 400, 'invalid_json'],
      [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":""}' },
        400,
        'invalid_request',
      ],
      [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x","color":"red"}' },
        400,
        'invalid_request',
      ],
      [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x","url":"javascript:1"}' },
        400,
        'invalid_request',
      ],
      [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"   \\n  "}' },
        422,
        'unreadable_input',
      ],
      [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415, 'unsupported_media_type'],
      [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'a'.repeat(200_000) }),
        },
        413,
        'payload_too_large',
      ],
    ];
    for (const [init, status, code] of cases) {
      const res = await getJson(app, '/api/ingest', init);
      assert.equal(res.status, status, `${init.body?.toString().slice(0, 40)}`);
      assert.equal(res.body.error.code, code);
      assert.equal(typeof res.body.error.message, 'string');
    }
  });

  it('refuses an upload of an unsupported type', async () => {
    const form = new FormData();
    form.set('file', new File(['%PDF-1.4'], 'paper.pdf'));
    const { status, body } = await getJson(app, '/api/ingest', { method: 'POST', body: form });
    assert.equal(status, 422);
    assert.match(body.error.message, /unsupported file type/);
  });

  it('refuses writes from another site', async () => {
    const { status, body } = await postJson(app, '/api/ingest', { text: ARTICLE }, { origin: 'https://evil.example' });
    assert.equal(status, 403);
    assert.equal(body.error.code, 'forbidden_origin');
    const same = await postJson(app, '/api/ingest', { text: ARTICLE }, { origin: 'http://localhost' });
    assert.equal(same.status, 200);
  });
});
