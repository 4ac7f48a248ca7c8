// The read endpoints over the example corpus, called in process through app.request().
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiEvidence, ApiForecast, ApiLedger, ApiPage, ApiTarget } from '../../src/server/index.ts';
import { createApp } from '../../src/server/index.ts';
import { exampleStore, getJson, type TempStore } from './helpers.ts';

describe('API reads', () => {
  let temp: TempStore;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    temp = await exampleStore();
    app = createApp({ store: temp.store, webDir: null });
  });
  after(() => temp.cleanup());

  it('reports health with the store counts', async () => {
    const { status, body } = await getJson(app, '/api/health');
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.equal(body.documents, 5);
    assert.ok(body.events > 0);
    assert.equal(body.writeToken, false);
  });

  it('lists the targets present, TALIBAN first', async () => {
    const { body } = await getJson<ApiTarget[]>(app, '/api/targets');
    assert.equal(body[0].id, 'TALIBAN');
    assert.equal(body[0].name, 'Taliban');
    assert.ok(body[0].first && body[0].last && body[0].first <= body[0].last);
  });

  it('serves the ladder for the legend', async () => {
    const { body } = await getJson(app, '/api/ladder');
    assert.equal(body.rungs[0].id, 'recognized');
    assert.ok(body.rungs.some((r: { id: string }) => r.id === 'none'));
  });

  it('lists documents and returns one with its text and records', async () => {
    const { body: docs } = await getJson(app, '/api/documents');
    assert.equal(docs.length, 5);
    const id = docs[1].id;
    const { status, body } = await getJson(app, `/api/documents/${encodeURIComponent(id)}`);
    assert.equal(status, 200);
    assert.equal(body.id, id);
    assert.ok(body.text.length > 100);
    assert.ok(body.records.every((r: { doc: string; summary: string }) => r.doc === id && r.summary));
    const missing = await getJson(app, '/api/documents/nope.txt');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
  });

  it('pages through events with filters', async () => {
    const all = await getJson<ApiPage<{ id: string; target: string; mode: string }>>(app, '/api/events?limit=1000');
    assert.equal(all.status, 200);
    const first = await getJson<ApiPage<{ id: string }>>(app, '/api/events?limit=3&offset=0');
    const second = await getJson<ApiPage<{ id: string }>>(app, '/api/events?limit=3&offset=3');
    assert.equal(first.body.total, all.body.total);
    assert.deepEqual(
      [...first.body.items, ...second.body.items].map((e) => e.id),
      all.body.items.slice(0, 6).map((e) => e.id),
    );
    const filtered = await getJson<ApiPage<{ target: string; mode: string }>>(
      app,
      '/api/events?target=taliban&mode=negated',
    );
    assert.ok(filtered.body.total > 0);
    assert.ok(filtered.body.items.every((e) => e.target === 'TALIBAN' && e.mode === 'negated'));
  });

  it('returns one event with its mentions, sources and quotes', async () => {
    const { body: page } = await getJson(app, '/api/events?actor=RUS&target=TALIBAN&action=RECOGNIZE&mode=asserted');
    assert.equal(page.total, 1);
    const { status, body } = await getJson(app, `/api/events/${page.items[0].id}`);
    assert.equal(status, 200);
    assert.equal(body.summary, 'Russia recognized Taliban');
    assert.equal(body.date, '2025-07-03');
    assert.ok(body.mentions.length >= 2);
    assert.ok(body.sources.length >= 2);
    assert.ok(Array.isArray(body.quotes));
    assert.equal((await getJson(app, '/api/events/ev_nope')).status, 404);
  });

  it('shows Russia recognizing the Taliban, and not as of 2024-12-31', async () => {
    const latest = await getJson<ApiLedger>(app, '/api/ledger?target=TALIBAN');
    const rus = latest.body.rows.find((r) => r.actor === 'RUS');
    assert.equal(rus?.rung, 'recognized');
    assert.equal(rus?.mapRung, 'recognized');
    assert.equal(rus?.date, '2025-07-03');
    assert.ok((rus?.sourceCount ?? 0) >= 2);
    const before2025 = await getJson<ApiLedger>(app, '/api/ledger?target=TALIBAN&asOf=2024-12-31');
    assert.equal(before2025.body.asOf, '2024-12-31');
    assert.notEqual(before2025.body.rows.find((r) => r.actor === 'RUS')?.rung, 'recognized');
  });

  it("gives the evidence behind a country's row", async () => {
    const { body } = await getJson<ApiEvidence>(app, '/api/evidence?target=TALIBAN&actor=RUS');
    assert.equal(body.name, 'Russia');
    assert.equal(body.row?.rung, 'recognized');
    const recognition = body.events.find((e) => e.action === 'RECOGNIZE' && e.mode === 'asserted');
    assert.ok(recognition);
    assert.match(recognition.mentions.map((m) => m.evidence).join(' '), /recogni[sz]/i);
    assert.ok(recognition.sources.length >= 2);
    const earlier = await getJson<ApiEvidence>(app, '/api/evidence?target=TALIBAN&actor=RUS&asOf=2024-12-31');
    assert.ok(!earlier.body.events.some((e) => e.action === 'RECOGNIZE' && e.mode === 'asserted'));
  });

  it('orders the timeline by date and pages it', async () => {
    const { body } = await getJson(app, '/api/timeline?target=TALIBAN&limit=5000');
    const dated = body.items
      .filter((e: { date: string | null }) => e.date !== null)
      .map((e: { date: string }) => e.date);
    assert.deepEqual(dated, [...dated].sort());
    const window = await getJson(app, '/api/timeline?target=TALIBAN&from=2025&to=2025-12');
    assert.ok(window.body.items.every((e: { date: string }) => e.date.startsWith('2025')));
  });

  it('lists conflicts once each, and quotes linked to events', async () => {
    const { body } = await getJson(app, '/api/conflicts?target=TALIBAN');
    for (const item of body) assert.ok(['date', 'assertion'].includes(item.conflict.kind));
    const dates = await getJson(app, '/api/conflicts?kind=date');
    assert.ok(dates.body.every((i: { conflict: { kind: string } }) => i.conflict.kind === 'date'));
    const quotes = await getJson(app, '/api/quotes?target=TALIBAN');
    assert.equal(quotes.status, 200);
    for (const q of quotes.body) assert.ok(q.links.length > 0 && typeof q.text === 'string');
  });

  it('ranks who may recognize next, leaving out those that have', async () => {
    const { status, body } = await getJson<ApiForecast>(app, '/api/forecast?target=TALIBAN&asOf=2025-07-31&top=5');
    assert.equal(status, 200);
    assert.equal(body.rows.length, 5);
    assert.ok(body.recognizers.some((r) => r.state === 'RUS'));
    assert.ok(!body.rows.some((r) => r.state === 'RUS'));
    assert.ok(body.rows[0].probability >= body.rows[4].probability);
  });

  it('rejects bad queries with a JSON error naming the problem', async () => {
    for (const [path, pattern] of [
      ['/api/ledger', /target/],
      ['/api/ledger?target=TALIBAN&asof=2024', /asof/],
      ['/api/ledger?target=TALIBAN&asOf=2024-02-30', /real date/],
      ['/api/ledger?target=TALIBAN&asOf=yesterday', /YYYY/],
      ['/api/events?limit=0', /limit/],
      ['/api/events?limit=5000', /limit/],
      ['/api/events?mode=maybe', /mode/],
      ['/api/events?target=TALIBAN&target=PSE', /more than once/],
      ['/api/forecast?target=TALIBAN&asOf=2025-07', /YYYY-MM-DD/],
      ['/api/health?x=1', /x/],
    ] as const) {
      const { status, body } = await getJson(app, path);
      assert.equal(status, 400, path);
      assert.equal(body.error.code, 'invalid_request', path);
      assert.match(body.error.message, pattern, path);
    }
  });

  it('answers unknown endpoints and methods with JSON errors', async () => {
    const missing = await getJson(app, '/api/nothing');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const wrong = await getJson(app, '/api/ledger?target=TALIBAN', { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.body.error.code, 'method_not_allowed');
  });
});
