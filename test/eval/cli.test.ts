// `chancery eval` on a tiny store made here. The command is registered on a bare program, as main() does,
// so the test does not depend on the other commands' modules.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { evalCommand } from '../../src/cli/commands/eval.ts';
import type { CliContext } from '../../src/cli/context.ts';
import type { OutStream } from '../../src/cli/io.ts';
import type { Article, Mention } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'chancery-eval-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'store.db');
const goldFile = join(dir, 'gold.jsonl');

function article(id: string, text: string): Article {
  return {
    id,
    title: null,
    outlet: null,
    url: null,
    published: '2025-07-05',
    raw: text,
    source: id,
    format: 'txt',
    flags: [],
    text,
    segments: [{ textStart: 0, rawStart: 0, length: text.length }],
    language: 'eng',
    contentHash: createHash('sha256').update(text).digest('hex'),
    copyOf: null,
  };
}

function mention(doc: string, spec: string, evidence: string, rule: string): Mention {
  const [actor, action, target, date, mode] = spec.split(' ');
  return {
    doc,
    actor,
    action: action as Mention['action'],
    target,
    date: date === '-' ? null : date,
    mode: mode as Mention['mode'],
    evidence,
    start: 0,
    end: evidence.length,
    rule,
  };
}

const gold = (doc: string, spec: string, evidence: string) => {
  const [actor, action, target, date, mode] = spec.split(' ');
  return JSON.stringify({ doc, actor, action, target, date: date === '-' ? null : date, mode, evidence });
};

before(() => {
  const store = openStore(db);
  const sig = new Uint32Array(128);
  store.saveDocument(
    article('a.txt', 'Russia recognized the Taliban on July 3, 2025. Beijing has not formally recognized it.'),
    {
      mentions: [
        mention(
          'a.txt',
          'RUS RECOGNIZE TALIBAN 2025-07-03 asserted',
          'Russia recognized the Taliban on July 3, 2025.',
          'recognize.svo',
        ),
        mention(
          'a.txt',
          'CHN RECOGNIZE TALIBAN - asserted',
          'Beijing has not formally recognized it.',
          'recognize.svo',
        ),
      ],
      quotes: [],
    },
    sig,
    'test',
  );
  store.saveDocument(
    article('b.txt', 'China welcomed the move. Pakistan met Taliban officials.'),
    {
      mentions: [mention('b.txt', 'CHN PRAISE RUS 2025-07-04 asserted', 'China welcomed the move.', 'praise.welcome')],
      quotes: [],
    },
    Uint32Array.from({ length: 128 }, (_, i) => i + 1),
    'test',
  );
  store.close();
  writeFileSync(
    goldFile,
    [
      gold('a.txt', 'RUS RECOGNIZE TALIBAN 2025-07 asserted', 'Russia recognized the Taliban'),
      gold('a.txt', 'CHN RECOGNIZE TALIBAN - negated', 'Beijing has not formally recognized'),
      gold('b.txt', 'CHN PRAISE RUS 2025-07-04 asserted', 'China welcomed'),
      gold('b.txt', 'PAK MEET TALIBAN - asserted', 'Pakistan met Taliban officials'),
      gold('c.txt', 'UZB MEET TALIBAN - asserted', 'not ingested'),
    ].join('\n'),
  );
});

function sink(): OutStream & { text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return Object.assign(stream, { text: () => text });
}

async function run(...args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const ctx: CliContext = { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, exitCode: 0 };
  const program = new Command('chancery').exitOverride();
  evalCommand(program, ctx);
  await program.parseAsync(['node', 'chancery', 'eval', ...args]);
  await new Promise((resolve) => setImmediate(resolve));
  return { stdout: stdout.text(), stderr: stderr.text(), code: ctx.exitCode };
}

describe('chancery eval', () => {
  it('prints the table over the documents in both the store and the gold file', async () => {
    const { stdout, stderr, code } = await run('--gold', goldFile, '--db', db);
    assert.equal(code, 0);
    assert.match(stderr, /1 gold document is not in the store and not scored: c\.txt/);
    assert.match(
      stdout,
      /^Scored 2 documents in both the store and the gold file: 4 gold records, 3 system records\.$/m,
    );
    // Asserted: gold 3 (RUS RECOGNIZE, CHN PRAISE, PAK MEET), system 3, TP 2.
    assert.match(stdout, /^asserted +3 +3 +2 +0\.667 +0\.667 +0\.667$/m);
    // All modes: gold 4, system 3, TP 2: P 0.667, R 0.5, F1 0.571.
    assert.match(stdout, /^all modes +4 +3 +2 +0\.667 +0\.500 +0\.571$/m);
    assert.match(stdout, /^unsafe +1 /m);
    assert.match(stdout, /^RECOGNIZE +2 +2 +1 +0\.500 +0\.500 +0\.500 +1 +2 +1 +0\.500 +1\.000 +0\.667$/m);
    assert.match(stdout, /^MEET +1 +0 +0 +0\.000 +0\.000 +0\.000 +1 +0 +0 /m);
    assert.doesNotMatch(stdout, /Misses/);
  });

  it('lists misses and false finds with evidence and rule under --verbose', async () => {
    const { stdout } = await run('--gold', goldFile, '--db', db, '--verbose');
    assert.match(stdout, /Misses \(gold records no system record matched\): 2/);
    assert.match(stdout, /b\.txt {2}PAK MEET TALIBAN undated asserted\n {6}gold: "Pakistan met Taliban officials"/);
    assert.match(stdout, /False finds \(system records that matched no gold record\): 1/);
    assert.match(
      stdout,
      /a\.txt {2}CHN RECOGNIZE TALIBAN undated asserted {2}\[recognize\.svo\]\n {6}system: "Beijing has not formally recognized it\."\n {6}note: gold has negated undated/,
    );
    assert.match(stdout, /Unsafe \(system asserted, gold negated or speculated\): 1/);
  });

  it('prints JSON with --json', async () => {
    const { stdout } = await run('--gold', goldFile, '--db', db, '--json');
    const json = JSON.parse(stdout);
    assert.deepEqual(json.documents, ['a.txt', 'b.txt']);
    assert.deepEqual(json.missing_from_store, ['c.txt']);
    assert.equal(json.unsafe, 1);
    assert.deepEqual([json.asserted.gold, json.asserted.system, json.asserted.tp], [3, 3, 2]);
    assert.equal(json.misses.length, 2);
  });

  it('refuses a store that does not exist rather than creating one', async () => {
    const path = join(dir, 'typo.db');
    await assert.rejects(run('--gold', goldFile, '--db', path), /typo\.db: no store here/);
    assert.equal(existsSync(path), false);
  });

  it('names a gold file it cannot read', async () => {
    await assert.rejects(
      run('--gold', join(dir, 'nope.jsonl'), '--db', db),
      /nope\.jsonl: cannot read the gold file \(ENOENT\)/,
    );
  });
});

describe('chancery eval through main()', () => {
  it('is registered and maps a bad gold file to exit code 1', async () => {
    const { main } = await import('../../src/cli/main.ts');
    const stdout = sink();
    const stderr = sink();
    const io = { stdout, stderr, stdin: new PassThrough(), env: {} };
    assert.equal(await main(['node', 'chancery', 'eval', '--gold', goldFile, '--db', db], io), 0);
    assert.match(stdout.text(), /^all modes +4 +3 +2 /m);
    assert.equal(await main(['node', 'chancery', 'eval', '--gold', join(dir, 'nope.jsonl'), '--db', db], io), 1);
    assert.match(stderr.text(), /chancery: .*nope\.jsonl: cannot read the gold file/);
  });
});
