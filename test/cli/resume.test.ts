// Killing an ingest at any moment leaves a consistent store; running it again completes it, and the
// result is the same, byte for byte, as an ingest that was never interrupted.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { tempDir } from '../store/fixtures.ts';
import { writeCorpus } from './corpus.ts';
import { runCli, runMain, startCli } from './helpers.ts';

const COUNT = Number(process.env.CHANCERY_RESUME_DOCS ?? 5000);
const tmp = tempDir('chancery-resume-');
after(tmp.cleanup);

/** Documents in the store, or 0 while it is still being created. */
function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

it(`an ingest of ${COUNT} documents killed midway and run again matches an uninterrupted one`, async () => {
  const corpus = join(tmp.dir, 'corpus');
  const dbA = join(tmp.dir, 'a.db');
  const dbB = join(tmp.dir, 'b.db');
  writeCorpus(corpus, COUNT);

  const clean = runCli(['ingest', corpus, '--db', dbA]);
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(storedCount(dbA), COUNT);

  const child = startCli(['ingest', corpus, '--db', dbB]);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit');
  let killedAt = 0;
  for (let waited = 0; waited < 120_000 && child.exitCode === null; waited += 20) {
    killedAt = storedCount(dbB);
    if (killedAt >= COUNT / 5) {
      child.kill('SIGKILL');
      break;
    }
    await sleep(20);
  }
  const [code, signal] = await exited;
  assert.equal(signal, 'SIGKILL', `the ingest ended before it could be killed (exit ${code}): ${stderr}`);
  const left = storedCount(dbB);
  assert.ok(left >= killedAt && left < COUNT, `killed with ${left} of ${COUNT} stored`);

  const resumed = runCli(['ingest', corpus, '--db', dbB, '--json']);
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout);
  assert.equal(summary.duplicates, left);
  assert.equal(summary.stored + summary.copies, COUNT - left);

  const [exportA, exportB, docsA, docsB] = await Promise.all([
    runMain(['export', '--format', 'jsonl', '--db', dbA]),
    runMain(['export', '--format', 'jsonl', '--db', dbB]),
    runMain(['docs', '--json', '--db', dbA]),
    runMain(['docs', '--json', '--db', dbB]),
  ]);
  assert.equal(exportB.stdout, exportA.stdout);
  assert.equal(docsB.stdout, docsA.stdout);
  assert.equal(JSON.parse(docsA.stdout).length, COUNT);
});
