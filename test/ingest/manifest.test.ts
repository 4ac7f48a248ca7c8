import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/core/errors.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import { applyManifest, loadManifest } from '../../src/ingest/index.ts';
import { tempFiles } from './helpers.ts';

const article = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  id: '000_ee8298bc6e9b3be6.txt',
  title: 'A title guessed from the first line',
  outlet: null,
  url: null,
  published: null,
  raw: 'text',
  source: 'seeds/000_ee8298bc6e9b3be6.txt',
  format: 'txt',
  flags: ['no-date'],
  ...over,
});

const JSONL = [
  '{"doc": "000_ee8298bc6e9b3be6.txt", "title": "Russia Recognizes Taliban", "outlet": null, "url": null, "published": "2025-07-05", "published_note": "not stated"}',
  '',
  '{"doc": "h1-03.txt", "url": "https://tass.com/world/1985365", "outlet": "tass.com", "title": null, "published": "4 July 2025"}',
].join('\n');

test('loadManifest reads JSONL keyed by doc (extra fields ignored, dates normalised)', () => {
  const dir = tempFiles({ 'm.manifest.jsonl': JSONL });
  const m = loadManifest(join(dir, 'm.manifest.jsonl'));
  assert.equal(m.size, 2);
  assert.deepEqual(m.get('000_ee8298bc6e9b3be6.txt'), {
    doc: '000_ee8298bc6e9b3be6.txt',
    title: 'Russia Recognizes Taliban',
    published: '2025-07-05',
  });
  assert.equal(m.get('h1-03.txt')?.published, '2025-07-04');
});

test('applyManifest: non-null manifest fields override, others are kept; "no-date" goes once dated', () => {
  const dir = tempFiles({ 'm.jsonl': JSONL });
  const m = loadManifest(join(dir, 'm.jsonl'));
  const a = applyManifest(article({ outlet: 'Own Outlet', url: 'https://own.example/a' }), m);
  assert.equal(a.title, 'Russia Recognizes Taliban');
  assert.equal(a.published, '2025-07-05');
  assert.equal(a.outlet, 'Own Outlet', 'null in the manifest does not erase');
  assert.equal(a.url, 'https://own.example/a');
  assert.deepEqual(a.flags, []);
  const b = applyManifest(article({ id: 'h1-03.txt', title: null }), m);
  assert.deepEqual(
    [b.title, b.outlet, b.url, b.published],
    [null, 'tass.com', 'https://tass.com/world/1985365', '2025-07-04'],
  );
  const unlisted = article({ id: 'other.txt' });
  assert.equal(applyManifest(unlisted, m), unlisted);
});

test('loadManifest reads CSV and JSON arrays too', () => {
  const dir = tempFiles({
    'm.csv': 'doc,title,outlet,url,published\na.txt,Title A,Outlet A,,2024-05\nb.txt,,,https://b.example/,\n',
    'm.json': JSON.stringify([{ doc: 'c.txt', outlet: 'Outlet C' }]),
  });
  const csv = loadManifest(join(dir, 'm.csv'));
  assert.deepEqual(csv.get('a.txt'), { doc: 'a.txt', title: 'Title A', outlet: 'Outlet A', published: '2024-05' });
  assert.deepEqual(csv.get('b.txt'), { doc: 'b.txt', url: 'https://b.example/' });
  assert.deepEqual(loadManifest(join(dir, 'm.json')).get('c.txt'), { doc: 'c.txt', outlet: 'Outlet C' });
});

const BAD: [string, string, string][] = [
  ['bad JSON line', '{"doc": "a.txt"}\n{"doc": ', 'm.jsonl:2: invalid JSON'],
  ['no doc', '{"title": "x"}', 'm.jsonl:1: missing "doc"'],
  ['bad date', '{"doc": "a.txt", "published": "soon"}', 'm.jsonl:1: "published" is not a date: soon'],
  ['wrong type', '{"doc": "a.txt", "title": 5}', 'm.jsonl:1: "title" is not a string'],
];

for (const [name, body, message] of BAD) {
  test(`loadManifest throws InputError: ${name}`, () => {
    const dir = tempFiles({ 'm.jsonl': body });
    assert.throws(
      () => loadManifest(join(dir, 'm.jsonl')),
      (e: unknown) => e instanceof InputError && e.message === join(dir, message),
    );
  });
}

test('loadManifest throws InputError for a missing file', () => {
  assert.throws(
    () => loadManifest('/nonexistent/manifest.jsonl'),
    (e: unknown) => e instanceof InputError && e.reason === 'no such file or directory',
  );
});
