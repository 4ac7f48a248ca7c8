import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanArticle } from '../../src/ingest/index.ts';
import { readHtml } from '../../src/ingest/read-html.ts';
import { FIXTURES, readAll, tempFiles } from './helpers.ts';

test('HTML page: article paragraphs survive; navigation, ads, share bar, related links and footer do not', async () => {
  const path = join(FIXTURES, 'article.html');
  const { articles, errors } = await readAll([path]);
  assert.equal(errors.length, 0);
  assert.equal(articles.length, 1);
  const a = articles[0];
  assert.equal(a.id, 'article.html');
  assert.equal(a.format, 'html');
  assert.equal(a.source, path);
  for (const kept of [
    'Kazakhstan has removed the Taliban from its list of banned terrorist organisations, the foreign ministry in Astana said on Friday',
    'He said the move reflected "the realities on the ground" in Afghanistan.',
    'Trade comes first',
    'The ministry stressed that the delisting did not amount to formal recognition of the Taliban government',
    '29 December 2023 | Taliban removed from the banned list |',
  ]) {
    assert.ok(a.raw.includes(kept), `kept: ${kept}`);
  }
  for (const gone of [
    'Skip to content',
    'Politics',
    'ADVERTISEMENT',
    'Share on Facebook',
    'Related stories',
    'Uzbek minister visits Herat',
    'All rights reserved',
    'Privacy policy',
  ]) {
    assert.ok(!a.raw.includes(gone), `dropped: ${gone}`);
  }
  // Block elements become paragraphs separated by blank lines, not run together.
  assert.ok(a.raw.includes('in Afghanistan.\n\nTrade comes first\n\nOfficials in Astana'));
});

test('HTML page: title, date (from JSON-LD @graph), canonical URL and site name', async () => {
  const { articles } = await readAll([join(FIXTURES, 'article.html')]);
  const a = articles[0];
  assert.equal(a.title, 'Kazakhstan removes Taliban from its list of banned organisations'); // og:title
  assert.equal(a.published, '2023-12-29'); // only JSON-LD has it, inside @graph
  assert.equal(a.url, 'https://steppeherald.example/world/kazakhstan-taliban-delisting');
  assert.equal(a.outlet, 'Steppe Herald');
  assert.ok(!a.flags.includes('no-date'));
  const clean = cleanArticle(a);
  assert.equal(clean.language, 'eng');
  assert.ok(clean.text.includes('Kazakhstan sent a delegation to Kabul in August'));
});

const BODY =
  '<article><p>Qatar hosted a new round of talks between the two delegations in Doha on Monday, officials said.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

// Where pages keep their metadata, one source at a time.
const META: {
  name: string;
  html: string;
  want: Partial<Record<'title' | 'published' | 'url' | 'outlet', string | null>>;
}[] = [
  {
    name: 'article:published_time',
    html: page('<meta property="article:published_time" content="2025-07-04T08:00:00+04:30">'),
    want: { published: '2025-07-04' },
  },
  {
    name: 'itemprop datePublished',
    html: page('', `<span itemprop="datePublished" content="2024-08-24">Aug 24</span>${BODY}`),
    want: { published: '2024-08-24' },
  },
  {
    name: '<time datetime>',
    html: page(
      '',
      `<article><time datetime="2019-11-11T19:17:00">Monday</time><p>Ghana withdrew its recognition of Kosovo, the Serbian Foreign Ministry said on Monday.</p></article>`,
    ),
    want: { published: '2019-11-11' },
  },
  {
    name: 'JSON-LD array',
    html: page(
      '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Talks in Doha","datePublished":"2023-03-26","url":"https://ld.example/doha","publisher":{"@type":"Organization","name":"LD News"}}]</script>',
    ),
    want: { published: '2023-03-26', title: 'Talks in Doha', url: 'https://ld.example/doha', outlet: 'LD News' },
  },
  {
    name: 'broken JSON-LD is ignored',
    html: page('<script type="application/ld+json">{"datePublished": </script><meta name="date" content="2024-05-28">'),
    want: { published: '2024-05-28' },
  },
  {
    name: '<title> when there is no og:title',
    html: page('<title>Doha talks resume</title>'),
    want: { title: 'Doha talks resume' },
  },
  {
    name: 'og:url when there is no canonical link',
    html: page('<meta property="og:url" content="https://og.example/a">'),
    want: { url: 'https://og.example/a' },
  },
  {
    name: 'relative canonical resolved against og:url',
    html: page('<link rel="canonical" href="/news/doha"><meta property="og:url" content="https://og.example/a?ref=x">'),
    want: { url: 'https://og.example/news/doha' },
  },
  { name: 'nothing stated', html: page(''), want: { published: null, url: null, outlet: null } },
];

for (const c of META) {
  test(`HTML metadata: ${c.name}`, () => {
    const r = readHtml(c.html);
    assert.ok(!('error' in r), 'read');
    for (const [k, v] of Object.entries(c.want)) assert.equal(r[k as keyof typeof c.want], v, k);
  });
}

test('HTML: a page with no text at all is an error; a short page still reads', async () => {
  const dir = tempFiles({
    'empty-body.html':
      '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><div></div></body></html>',
    'short.htm': '<html><body><p>Oman hosted the talks.</p></body></html>',
  });
  const { all } = await readAll([dir]);
  assert.equal(all.length, 2);
  assert.equal((all[0] as { reason?: string }).reason, 'no article text found in HTML');
  assert.equal((all[1] as { raw?: string }).raw, 'Oman hosted the talks.');
});

test('HTML in windows-1252, as its meta charset says', async () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>The minister', 'latin1'),
    Buffer.from([0x92]),
    Buffer.from('s visit to K', 'latin1'),
    Buffer.from([0xe2]),
    Buffer.from('bul was confirmed.</p></body></html>', 'latin1'),
  ]);
  const dir = tempFiles({ 'legacy.html': html });
  const { articles } = await readAll([dir]);
  assert.equal(articles[0]?.raw, 'The minister’s visit to Kâbul was confirmed.');
  assert.ok(articles[0].flags.includes('decoded-legacy-charset'));
});
