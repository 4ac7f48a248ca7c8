import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { EXAMPLE_DIR } from '../../src/cli/commands/demo.ts';
import { tempDir } from '../store/fixtures.ts';
import { corpusText } from './corpus.ts';
import { lines, runCli, runMain } from './helpers.ts';

const tmp = tempDir('chancery-ingest-');
after(tmp.cleanup);
let n = 0;
/** A fresh folder and store path for one test. */
function fresh(): { dir: string; db: string } {
  const dir = join(tmp.dir, `case-${n}`);
  mkdirSync(dir, { recursive: true });
  return { dir, db: join(tmp.dir, `case-${n++}.db`) };
}

const FRENCH =
  'La Russie est devenue le premier pays à reconnaître officiellement le gouvernement des talibans en ' +
  'Afghanistan, a annoncé jeudi le ministère russe des Affaires étrangères. La Chine a salué cette décision ' +
  'et a appelé la communauté internationale à un engagement plus large avec Kaboul.\n';

describe('ingest errors', () => {
  it('of bad inputs: the real CLI reports each on one stderr line, stores the good ones, exits 1', () => {
    const { dir, db } = fresh();
    const input = join(dir, 'in');
    mkdirSync(input);
    const MAX = 4000;
    /** [file, content, the stderr line expected for it (null: stored without a word)] */
    const cases: [string, string | Buffer, string | null][] = [
      ['good-1.txt', `${corpusText(1)}`, null],
      ['good-2.txt', `${corpusText(2)}`, null],
      ['page.html', `<html><head><title>Talks</title></head><body><p>${corpusText(3)}</p></body></html>`, null],
      // Unclosed tags are how much of the web is written: a page with readable text is kept.
      ['loose.html', `<html><body><div><p>${corpusText(4)} <b>Talks continued</div>`, null],
      // Bytes that are not UTF-8 and hold no UTF-8 sequence at all are read as windows-1252, and flagged.
      [
        'latin1.txt',
        Buffer.from('Caf\xe9 diplomacy: France and Germany met in Berlin on 3 May 2021.\n', 'latin1'),
        null,
      ],
      [
        'binary.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
        'binary file, not text',
      ],
      ['empty.txt', '', 'empty'],
      ['blank.txt', ' \n\n \t\n', 'empty'],
      ['big.txt', 'x'.repeat(MAX + 1), `over the size limit (${MAX + 1} bytes > ${MAX})`],
      [
        'broken.html',
        '<html><head><title>Broken</title><body><div><script>var x = "<p>"',
        'no article text found in HTML',
      ],
      ['feed.xml', '<?xml version="1.0"?><rss><channel><item><title>x</title></channel>', 'malformed XML: '],
      // UTF-8 sequences mixed with stray bytes: damaged UTF-8, not a legacy charset.
      [
        'mangled.txt',
        Buffer.concat([
          Buffer.from('Café diplomacy '),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(': France met Germany.\n'),
        ]),
        'invalid UTF-8',
      ],
      ['french.txt', FRENCH, 'stored, flagged non-English (fra)'],
      ['notes.md', '# Notes\n', 'unsupported file type .md'],
    ];
    for (const [file, content] of cases) writeFileSync(join(input, file), content);
    // Tests run as root, for whom chmod 000 changes nothing; a FIFO is a file no reader can read whole.
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    const missing = join(dir, 'missing.txt');

    const r = runCli(['ingest', input, missing, '--max-bytes', String(MAX), '--db', db, '--json']);

    assert.equal(r.status, 1, r.stderr);
    const expected = [
      ...cases.filter(([, , line]) => line !== null).map(([file, , line]) => [join(input, file), line]),
      [join(input, 'pipe.txt'), 'not a regular file'],
      [missing, 'no such file or directory'],
    ];
    const got = lines(r.stderr);
    assert.equal(got.length, expected.length, `${JSON.stringify(expected)}\n${r.stderr}`);
    for (const [file, line] of expected) {
      assert.ok(
        got.some((l) => l.startsWith(`chancery: ${file}: ${line}`)),
        `no line for ${file}: ${line}\n${r.stderr}`,
      );
    }
    const summary = JSON.parse(r.stdout);
    const stored = cases.filter(([, , line]) => line === null || line.startsWith('stored')).map(([file]) => file);
    assert.deepEqual(summary.documents.map((d: { doc: string }) => d.doc).sort(), stored.sort());
    assert.equal(summary.stored, stored.length);
    assert.equal(summary.failed.length, expected.length - 1);
    assert.deepEqual(summary.documents.find((d: { doc: string }) => d.doc === 'latin1.txt').flags, [
      'decoded-legacy-charset',
      'no-date',
    ]);

    const docs = JSON.parse(runCli(['docs', '--json', '--db', db]).stdout);
    assert.deepEqual(docs.map((d: { doc: string }) => d.doc).sort(), stored.sort());
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['a --max-bytes that is not a number', ['--max-bytes', 'lots'], /--max-bytes <n>.*not a positive whole number/],
    ['a --published that is not a date', ['--published', 'someday'], /^chancery: --published: not a date: someday/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`refuses ${name} with one line and exit 2`, async () => {
      const { dir, db } = fresh();
      const r = await runMain(['ingest', dir, '--db', db, ...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(lines(r.stderr).length, 1);
    });
  }

  it('refuses an unknown command with commander’s message and exit 2', async () => {
    const r = await runMain(['ingset', 'x']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command 'ingset'/);
  });

  it('refuses a missing manifest with one line naming it and exit 1', async () => {
    const { dir, db } = fresh();
    const manifest = join(dir, 'nope.jsonl');
    const r = await runMain(['ingest', dir, '--manifest', manifest, '--db', db]);
    assert.equal(r.status, 1);
    assert.deepEqual(lines(r.stderr), [`chancery: ${manifest}: no such file or directory`]);
  });

  it('refuses to read a store that does not exist, rather than create it', async () => {
    const { dir } = fresh();
    const nowhere = join(dir, 'typo.db');
    for (const command of [['docs'], ['export'], ['extract']]) {
      const r = await runMain([...command, '--db', nowhere]);
      assert.equal(r.status, 1);
      assert.deepEqual(lines(r.stderr), [`chancery: ${nowhere}: no store here (chancery ingest creates one)`]);
    }
    assert.equal(existsSync(nowhere), false);
  });

  it('refuses a store it cannot use with one line and exit 1', async () => {
    const { dir } = fresh();
    const notAStore = join(dir, 'file.db');
    writeFileSync(notAStore, 'plain text, not SQLite. '.repeat(50));
    const r = await runMain(['docs', '--db', notAStore]);
    assert.equal(r.status, 1);
    assert.deepEqual(lines(r.stderr), [`chancery: ${notAStore}: cannot open the store (file is not a database)`]);
  });
});

describe('ingest', () => {
  it('of documents already stored is a no-op', async () => {
    const { dir, db } = fresh();
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `d${i}.txt`), corpusText(i));
    const first = await runMain(['ingest', dir, '--db', db, '--json']);
    assert.equal(first.status, 0, first.stderr);
    const snapshot = () => {
      const sqlite = new Database(db, { readonly: true });
      const rows = sqlite.prepare('SELECT * FROM documents ORDER BY id').all();
      sqlite.close();
      return rows;
    };
    const before = snapshot();

    const again = await runMain(['ingest', dir, '--db', db, '--json']);
    assert.equal(again.status, 0, again.stderr);
    const summary = JSON.parse(again.stdout);
    assert.deepEqual(
      { stored: summary.stored, duplicates: summary.duplicates, copies: summary.copies, updated: summary.updated },
      { stored: 0, duplicates: 3, copies: 0, updated: 0 },
    );
    assert.deepEqual(
      summary.documents.map((d: { doc: string; status: string; duplicate_of: string }) => [
        d.doc,
        d.status,
        d.duplicate_of,
      ]),
      [
        ['d0.txt', 'duplicate', 'd0.txt'],
        ['d1.txt', 'duplicate', 'd1.txt'],
        ['d2.txt', 'duplicate', 'd2.txt'],
      ],
    );
    assert.deepEqual(snapshot(), before);
  });

  it('of the same text under another name reports it as a duplicate of the stored one', async () => {
    const { dir, db } = fresh();
    writeFileSync(join(dir, 'a.txt'), corpusText(7));
    writeFileSync(join(dir, 'b.txt'), `\n  ${corpusText(7)}\n\n`);
    const r = await runMain(['ingest', dir, '--db', db, '--json']);
    const { documents } = JSON.parse(r.stdout);
    assert.deepEqual(documents[1], {
      doc: 'b.txt',
      status: 'duplicate',
      copy_of: null,
      duplicate_of: 'a.txt',
      flags: ['no-date'],
    });
  });

  it('stores a near-copy with copy_of the first document and the flag near-duplicate', async () => {
    const { dir, db } = fresh();
    const original = readFileSync(join(EXAMPLE_DIR, '003_b86463864811c68e.txt'), 'utf8');
    writeFileSync(join(dir, 'a-original.txt'), original);
    writeFileSync(join(dir, 'b-copy.txt'), `${original}\nThis article was republished with permission.\n`);
    writeFileSync(join(dir, 'c-copy.txt'), original.replace('Russia', 'Moscow'));
    writeFileSync(join(dir, 'd-other.txt'), corpusText(11));
    const r = await runMain(['ingest', dir, '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.equal(summary.copies, 2);
    assert.equal(summary.stored, 2);
    const docs = JSON.parse((await runMain(['docs', '--json', '--db', db])).stdout);
    assert.deepEqual(
      docs.map((d: { doc: string; copy_of: string | null; flags: string[] }) => [
        d.doc,
        d.copy_of,
        d.flags.includes('near-duplicate'),
      ]),
      [
        ['a-original.txt', null, false],
        ['b-copy.txt', 'a-original.txt', true],
        ['c-copy.txt', 'a-original.txt', true],
        ['d-other.txt', null, false],
      ],
    );
    assert.match(r.stderr, /^$/);
  });

  it('replaces a stored document whose file now holds other text, and says so', async () => {
    const { dir, db } = fresh();
    const file = join(dir, 'story.txt');
    writeFileSync(file, corpusText(20));
    await runMain(['ingest', file, '--db', db]);
    writeFileSync(file, corpusText(21));
    const r = await runMain(['ingest', file, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '0 stored, 0 duplicates, 0 near-copies, 1 updated, 0 failed\n');
    const docs = JSON.parse((await runMain(['docs', '--json', '--db', db])).stdout);
    assert.equal(docs.length, 1);
    const text = new Database(db, { readonly: true }).prepare('SELECT text FROM documents').pluck().get();
    assert.equal(text, corpusText(21).trim());
  });

  it('uses the manifest.jsonl a folder keeps beside its articles, and does not read it as articles', async () => {
    const { dir, db } = fresh();
    const folder = join(dir, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), corpusText(40));
    writeFileSync(join(folder, 'b.txt'), corpusText(41));
    writeFileSync(
      join(folder, 'manifest.jsonl'),
      `${JSON.stringify({ doc: 'a.txt', title: 'Talks in Tashkent', outlet: 'Wire', published: '2025-03-04' })}\n`,
    );
    const r = await runMain(['ingest', folder, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^2 stored/);
    assert.deepEqual(lines(r.stderr), [`using the folder's manifest ${join(folder, 'manifest.jsonl')}`]);
    const docs = JSON.parse((await runMain(['docs', '--json', '--db', db])).stdout);
    const a = docs.find((d: { doc: string }) => d.doc === 'a.txt');
    assert.equal(a.title, 'Talks in Tashkent');
    assert.equal(a.published, '2025-03-04');
    assert.equal(docs.length, 2);
  });

  it('reads standard input for -, with a manifest and a default publication date', async () => {
    const { dir, db } = fresh();
    const copy = join(dir, '003_b86463864811c68e.txt');
    copyFileSync(join(EXAMPLE_DIR, '003_b86463864811c68e.txt'), copy);
    const r = await runMain(
      [
        'ingest',
        '-',
        copy,
        '--manifest',
        join(EXAMPLE_DIR, 'manifest.jsonl'),
        '--published',
        '2025-07-09',
        '--db',
        db,
        '--json',
      ],
      { input: corpusText(30) },
    );
    assert.equal(r.status, 0, r.stderr);
    const docs = JSON.parse((await runMain(['docs', '--json', '--db', db])).stdout);
    assert.equal(docs.length, 2);
    const seed = docs.find((d: { doc: string }) => d.doc === '003_b86463864811c68e.txt');
    assert.equal(seed.title, 'Russia formally recognizes the Taliban government');
    const piped = docs.find((d: { doc: string }) => d.doc.startsWith('stdin-'));
    assert.equal(piped.published, '2025-07-09');
  });
});

describe('demo', () => {
  it('ingests the example corpus, shows it, and is a no-op the second time', async () => {
    const { db } = fresh();
    const first = await runMain(['demo', '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /5 stored, 0 duplicates/);
    assert.match(first.stdout, /001_dc7b78a0421af4c7\.txt\s+2025-07-07/);
    assert.match(first.stdout, /Russia's recognition of the Taliban \(ICWA viewpoint\)/);
    const again = await runMain(['demo', '--db', db]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 stored, 5 duplicates/);
    assert.equal(JSON.parse((await runMain(['docs', '--json', '--db', db])).stdout).length, 5);
  });
});
