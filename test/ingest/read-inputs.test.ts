import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { InputError, UsageError } from '../../src/core/errors.ts';
import { cleanArticle, readInputs } from '../../src/ingest/index.ts';
import { osReason } from '../../src/ingest/os-error.ts';
import { ENGLISH, readAll, tempFiles } from './helpers.ts';

const FRENCH =
  'La Russie est devenue jeudi le premier pays à reconnaître officiellement le gouvernement des talibans en Afghanistan, ' +
  'a annoncé le ministère russe des Affaires étrangères. Cette décision marque un tournant diplomatique majeur pour Moscou, ' +
  "qui espère développer la coopération dans les domaines de l'énergie et des transports.";
const SPANISH =
  'Rusia se convirtió el jueves en el primer país en reconocer oficialmente al gobierno talibán de Afganistán, ' +
  'según anunció el Ministerio de Asuntos Exteriores ruso. La decisión supone un giro diplomático importante para Moscú, ' +
  'que espera desarrollar la cooperación en energía, transporte y agricultura.';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

// Each bad input, alone in a folder, with the message readInputs must give for it.
const BAD: {
  name: string;
  file: string;
  body: string | Uint8Array;
  reason: string | RegExp;
  opts?: { maxBytes: number };
}[] = [
  {
    name: 'binary (NUL bytes)',
    file: 'photo.txt',
    body: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    reason: 'binary file, not text',
  },
  {
    name: 'binary (control bytes)',
    file: 'blob.txt',
    body: bytes('ab', [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10], 'cd'),
    reason: 'binary file, not text',
  },
  { name: 'empty', file: 'empty.txt', body: '', reason: 'empty' },
  { name: 'whitespace only', file: 'blank.txt', body: '  \n\n\t \r\n', reason: 'empty' },
  {
    name: 'over the size limit',
    file: 'big.txt',
    body: 'x'.repeat(200),
    reason: 'over the size limit (200 bytes > 100)',
    opts: { maxBytes: 100 },
  },
  {
    name: 'broken HTML',
    file: 'broken.html',
    body: '<html><body><div><script>var x = 1;</script><span></div></bod',
    reason: 'no article text found in HTML',
  },
  {
    name: 'malformed XML',
    file: 'feed.xml',
    body: '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>',
    reason: /^malformed XML: /,
  },
  {
    name: 'XML that is not a feed',
    file: 'sitemap.xml',
    body: '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
    reason: 'not an RSS, Atom or RDF feed',
  },
  {
    name: 'invalid UTF-8 (damaged UTF-8)',
    file: 'mixed.txt',
    body: bytes('The minister', [0xe2, 0x80, 0x99], 's visit ', [0xc3, 0x28], ' was cut short.'),
    reason: 'invalid UTF-8',
  },
  {
    name: 'invalid UTF-8 (not Latin text either)',
    file: 'noise.txt',
    body: bytes([0xc1, 0xc1, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xc0, 0xc1, 0x41]),
    reason: 'invalid UTF-8',
  },
  { name: 'unsupported extension', file: 'report.pdf', body: '%PDF-1.4', reason: 'unsupported file type .pdf' },
  { name: 'invalid JSON file', file: 'data.json', body: '[{"text": "a"', reason: /^invalid JSON: / },
];

for (const c of BAD) {
  test(`bad input: ${c.name} → "${c.reason}"`, async () => {
    const dir = tempFiles({ [c.file]: c.body });
    const path = join(dir, c.file);
    const { all } = await readAll([path], c.opts);
    assert.equal(all.length, 1);
    const err = all[0];
    assert.ok(err instanceof InputError, 'an InputError, not an article');
    assert.equal(err.file, path);
    if (typeof c.reason === 'string') assert.equal(err.reason, c.reason);
    else assert.match(err.reason, c.reason);
    assert.equal(err.message, `${path}: ${err.reason}`);
  });
}

test('unreadable: a missing file and a path through a file give the OS reason in words', async () => {
  const dir = tempFiles({ 'a.txt': ENGLISH });
  const missing = join(dir, 'nope.txt');
  const through = join(dir, 'a.txt', 'b.txt');
  const { errors, articles } = await readAll([missing, through]);
  assert.equal(articles.length, 0);
  assert.deepEqual(
    errors.map((e) => [e.file, e.reason]),
    [
      [missing, 'no such file or directory'],
      [through, 'not a directory'],
    ],
  );
});

test('unreadable: permission denied', {
  skip: process.getuid?.() === 0 ? 'root reads every file' : false,
}, async () => {
  const dir = tempFiles({ 'locked.txt': ENGLISH });
  const path = join(dir, 'locked.txt');
  chmodSync(path, 0o000);
  const { errors } = await readAll([path]);
  assert.equal(errors[0]?.reason, 'permission denied');
});

test('osReason turns error codes into words', () => {
  const err = (code: string, message: string) => Object.assign(new Error(message), { code });
  assert.equal(osReason(err('EACCES', "EACCES: permission denied, open '/x'")), 'permission denied');
  assert.equal(osReason(err('ENOENT', "ENOENT: no such file or directory, open '/x'")), 'no such file or directory');
  assert.equal(
    osReason(err('EXDEV', "EXDEV: cross-device link not permitted, rename 'a' -> 'b'")),
    'cross-device link not permitted',
  );
});

test('a bad file does not stop the others', async () => {
  const dir = tempFiles({ 'a.txt': ENGLISH, 'b.txt': '', 'c.txt': ENGLISH });
  const { all } = await readAll([dir]);
  assert.deepEqual(
    all.map((x) => (x instanceof InputError ? `error:${x.reason}` : x.id)),
    ['a.txt', 'error:empty', 'c.txt'],
  );
});

test('non-English text is yielded, flagged, and its language recorded', async () => {
  const dir = tempFiles({ 'fr.txt': FRENCH, 'es.txt': SPANISH, 'en.txt': ENGLISH });
  const { articles, errors } = await readAll([dir]);
  assert.equal(errors.length, 0);
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.ok(byId.get('fr.txt')!.flags.includes('non-english'));
  assert.ok(byId.get('es.txt')!.flags.includes('non-english'));
  assert.ok(!byId.get('en.txt')!.flags.includes('non-english'));
  assert.equal(cleanArticle(byId.get('fr.txt')!).language, 'fra');
  assert.equal(cleanArticle(byId.get('es.txt')!).language, 'spa');
  assert.equal(cleanArticle(byId.get('en.txt')!).language, 'eng');
});

test('short text: language null and no non-english flag', async () => {
  const dir = tempFiles({ 'short.txt': 'Le ministre est arrivé à Kaboul.' });
  const { articles } = await readAll([dir]);
  assert.equal(articles.length, 1);
  assert.ok(!articles[0].flags.includes('non-english'));
  assert.equal(cleanArticle(articles[0]).language, null);
});

test('windows-1252 text is decoded and flagged', async () => {
  // "Café “Kabul” – the minister’s naïve résumé" in windows-1252 bytes.
  const body = bytes(
    'Caf',
    [0xe9],
    ' ',
    [0x93],
    'Kabul',
    [0x94],
    ' ',
    [0x96],
    ' the minister',
    [0x92],
    's na',
    [0xef],
    've r',
    [0xe9],
    'sum',
    [0xe9],
    '.',
  );
  const dir = tempFiles({ 'legacy.txt': body });
  const { articles, errors } = await readAll([dir]);
  assert.equal(errors.length, 0);
  assert.equal(articles[0].raw, 'Café “Kabul” – the minister’s naïve résumé.');
  assert.ok(articles[0].flags.includes('decoded-legacy-charset'));
});

test('UTF-16 with a byte-order mark is decoded and flagged', async () => {
  const text = 'Qatar hosted talks between the two delegations in Doha.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const dir = tempFiles({ 'utf16.txt': le });
  const { articles } = await readAll([dir]);
  assert.equal(articles[0]?.raw, text);
  assert.ok(articles[0].flags.includes('decoded-legacy-charset'));
});

test('UTF-16 without a BOM is recognised by its NUL pattern; binary behind an FF FE start is still binary', async () => {
  const text = 'Oman hosted the talks in Muscat on Thursday.';
  const binary = Buffer.from([0xff, 0xfe, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 0x41, 0, 6, 0, 7, 0]);
  const dir = tempFiles({ 'a.txt': Buffer.from(text, 'utf16le'), 'b.txt': binary });
  const { all } = await readAll([dir]);
  assert.equal((all[0] as { raw?: string }).raw, text);
  assert.equal((all[1] as InputError).reason, 'binary file, not text');
});

test('UTF-8: the BOM is stripped, and a file cut mid-character still reads', async () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Muttaqi’s visit', 'utf8')]);
  const cut = Buffer.from('Mao Ning said China welcomes Russia’s', 'utf8').subarray(0, -2); // half of ’ is missing
  const dir = tempFiles({ 'bom.txt': bom, 'cut.txt': cut });
  const { articles, errors } = await readAll([dir]);
  assert.equal(errors.length, 0);
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.equal(byId.get('bom.txt')!.raw, 'Muttaqi’s visit');
  assert.equal(byId.get('cut.txt')!.raw, 'Mao Ning said China welcomes Russia');
  assert.ok(!byId.get('bom.txt')!.flags.includes('decoded-legacy-charset'));
});

test('folders: recursive, sorted, dotfiles and dot-folders skipped', async () => {
  const dir = tempFiles({
    'b.txt': ENGLISH,
    'a.txt': ENGLISH,
    'Z.txt': ENGLISH,
    'sub/c.txt': ENGLISH,
    'sub/deeper/d.txt': ENGLISH,
    '.hidden.txt': ENGLISH,
    '.git/config.txt': ENGLISH,
    notes: ENGLISH, // no extension: read as text
  });
  const { articles, errors } = await readAll([dir]);
  assert.equal(errors.length, 0);
  assert.deepEqual(
    articles.map((a) => a.id),
    ['Z.txt', 'a.txt', 'b.txt', 'notes', 'c.txt', 'd.txt'],
  );
  assert.equal(articles[4].source, join(dir, 'sub', 'c.txt'));
  assert.ok(articles.every((a) => a.format === 'txt'));
});

test('txt: the id is the file name; a short first line set off by a blank line is the title, and stays in the text', async () => {
  const dir = tempFiles({
    '000_abc.txt': `Russia recognises the Taliban government\n\n${ENGLISH}`,
    '001_def.txt': `The ministry said on Friday that talks would resume.\n\n${ENGLISH}`,
    '002_ghi.txt': `Russia recognises the Taliban government\n${ENGLISH}`,
  });
  const { articles } = await readAll([dir]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.title, a.format]),
    [
      ['000_abc.txt', 'Russia recognises the Taliban government', 'txt'],
      ['001_def.txt', null, 'txt'], // a sentence, not a headline
      ['002_ghi.txt', null, 'txt'], // no blank line after it
    ],
  );
  assert.ok(articles[0].raw.startsWith('Russia recognises the Taliban government'));
  assert.deepEqual(articles[0].flags, ['no-date']);
});

test('stdin: "-" reads the given stream; text gets a content id and format stdin', async () => {
  const stdin = Readable.from([Buffer.from(ENGLISH.slice(0, 100)), Buffer.from(ENGLISH.slice(100))]);
  const { articles } = await readAll(['-'], { stdin });
  assert.equal(articles.length, 1);
  assert.equal(articles[0].raw, ENGLISH);
  assert.equal(articles[0].source, '-');
  assert.equal(articles[0].format, 'stdin');
  assert.match(articles[0].id, /^stdin-[0-9a-f]{12}$/);
});

test('stdin: HTML is recognised and read as a page', async () => {
  const html = `<!doctype html><html><head><link rel="canonical" href="https://news.example/a"></head><body><article><p>${ENGLISH}</p></article></body></html>`;
  const { articles } = await readAll(['-'], { stdin: Readable.from([html]) });
  assert.equal(articles[0].format, 'html');
  assert.equal(articles[0].id, 'https://news.example/a');
  assert.equal(articles[0].raw, ENGLISH);
});

test('stdin: over the size limit', async () => {
  const { errors } = await readAll(['-'], { stdin: Readable.from([Buffer.alloc(150, 0x61)]), maxBytes: 100 });
  assert.equal(errors[0]?.message, '-: over the size limit (150 bytes > 100)');
});

test('--published stands for every document; a bad one is a usage error', async () => {
  const dir = tempFiles({ 'a.txt': ENGLISH });
  const { articles } = await readAll([dir], { published: '4 July 2025' });
  assert.equal(articles[0].published, '2025-07-04');
  assert.ok(!articles[0].flags.includes('no-date'));
  await assert.rejects(readAll([dir], { published: 'someday' }), UsageError);
});

test('readInputs is lazy: it yields before reading later files', async () => {
  const dir = tempFiles({ 'a.txt': ENGLISH, 'b.txt': ENGLISH });
  const it = readInputs([dir], { maxBytes: 1000 });
  const first = await it.next();
  assert.equal((first.value as { id: string }).id, 'a.txt');
  writeFileSync(join(dir, 'b.txt'), ''); // changed after the first yield: seen as empty
  const second = await it.next();
  assert.ok(second.value instanceof InputError);
});
