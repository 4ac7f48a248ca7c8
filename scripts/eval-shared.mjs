#!/usr/bin/env node
// `npm run eval:shared`: scores the extractor on the two shared sets (../shared/corpus/{seeds,dev}).
// Each set is ingested into a fresh temporary store through the CLI, exactly as a user would, then
// `chancery eval` scores the store against the set's gold file. Extra arguments go to `chancery eval`
// (e.g. `npm run eval:shared -- --verbose`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const cli = join(root, 'bin/chancery.mjs');
const SETS = ['seeds', 'dev'];
const evalArgs = process.argv.slice(2);

const missing = SETS.flatMap((set) =>
  [set, `${set}.manifest.jsonl`, `${set}.gold.jsonl`].map((f) => join(corpus, f)).filter((p) => !existsSync(p)),
);
if (missing.length > 0) {
  console.error(
    `eval:shared: the shared corpus is missing; it is expected next to the repository, at ${corpus}.\n` +
      `Not found:\n${missing.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}

function chancery(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return r;
}

const tmp = mkdtempSync(join(tmpdir(), 'chancery-eval-shared-'));
const summary = [];
let failed = false;
try {
  for (const set of SETS) {
    const db = join(tmp, `${set}.db`);
    const gold = join(corpus, `${set}.gold.jsonl`);
    console.log(`== ${set} ==`);
    const ingest = chancery([
      'ingest',
      join(corpus, set),
      '--manifest',
      join(corpus, `${set}.manifest.jsonl`),
      '--db',
      db,
    ]);
    process.stdout.write(ingest.stdout);
    process.stderr.write(ingest.stderr);
    if (ingest.status !== 0) {
      // A partial store would score only what was stored: report the set as failed, not as figures.
      console.error(`eval:shared: ingest of ${set} exited with ${ingest.status}; not scored`);
      failed = true;
      summary.push({ set, failed: true });
      continue;
    }
    const text = chancery(['eval', '--gold', gold, '--db', db, ...evalArgs]);
    process.stdout.write(text.stdout);
    process.stderr.write(text.stderr);
    const json = chancery(['eval', '--gold', gold, '--db', db, '--json']);
    if (text.status !== 0 || json.status !== 0) {
      console.error(`eval:shared: eval of ${set} exited with ${text.status || json.status}`);
      failed = true;
      continue;
    }
    const r = JSON.parse(json.stdout);
    summary.push({ set, asserted: r.asserted, all: r.all, unsafe: r.unsafe });
    console.log('');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const f = (x) => x.toFixed(3).padStart(7);
const prf = (c) => `${f(c.precision)}${f(c.recall)}${f(c.f1)}`;
console.log(`${''.padEnd(10)}${'asserted'.padEnd(24)}all modes`);
console.log(`${'set'.padEnd(6)}${'P      R     F1'.padStart(21)}${'P      R     F1'.padStart(24)}  unsafe`);
for (const s of summary) {
  if (s.failed) console.log(`${s.set.padEnd(6)}  not scored: ingest failed`);
  else console.log(`${s.set.padEnd(6)}${prf(s.asserted)}   ${prf(s.all)}  ${String(s.unsafe).padStart(6)}`);
}
process.exit(failed ? 1 : 0);
