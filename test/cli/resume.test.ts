// Killing an ingest at any moment leaves a consistent store; running it again completes it, and the
// result is the same, byte for byte, as an ingest that was never interrupted.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { tempDir } from '../store/fixtures.ts';
import { writeCorpus } from './corpus.ts';
import { runMain, startCli } from './helpers.ts';

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

  // The uninterrupted ingest (A) runs beside the interrupted one (B) and its re-run.
  const clean = startCli(['ingest', corpus, '--db', dbA]);
  const killed = startCli(['ingest', corpus, '--db', dbB]);
  let killedAt = 0;
  while (killed.child.exitCode === null && killed.child.signalCode === null) {
    killedAt = storedCount(dbB);
    if (killedAt >= COUNT / 5) {
      killed.child.kill('SIGKILL');
      break;
    }
    await sleep(20);
  }
  const interrupted = await killed.done;
  assert.equal(interrupted.signal, 'SIGKILL', `the ingest ended before it was killed: ${interrupted.stderr}`);
  const left = storedCount(dbB);
  assert.ok(left >= killedAt && left < COUNT, `killed with ${left} of ${COUNT} stored`);

  const resumed = await startCli(['ingest', corpus, '--db', dbB, '--json']).done;
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout);
  assert.equal(summary.duplicates, left);
  assert.equal(summary.stored + summary.copies, COUNT - left);
  const uninterrupted = await clean.done;
  assert.equal(uninterrupted.status, 0, uninterrupted.stderr);

  const [exportA, exportB, docsA, docsB] = await Promise.all([
    runMain(['export', '--format', 'jsonl', '--db', dbA]),
    runMain(['export', '--format', 'jsonl', '--db', dbB]),
    runMain(['docs', '--json', '--db', dbA]),
    runMain(['docs', '--json', '--db', dbB]),
  ]);
  assert.ok(exportA.stdout.length > 0);
  assert.ok(exportB.stdout === exportA.stdout, 'the exports differ');
  assert.ok(docsB.stdout === docsA.stdout, 'the document lists differ');
  assert.equal(JSON.parse(docsA.stdout).length, COUNT);
});
