// Runs the pipeline over inputs for the `ingest` and `demo` commands: reports each bad input on
// stderr as it comes, shows progress on a terminal, and tallies what happened.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import { type DocumentOutcome, type IngestOptions, ingestInputs } from '../pipeline.ts';
import type { Store } from '../store/index.ts';
import type { CliIo } from './io.ts';

export interface IngestTally {
  stored: number;
  duplicates: number;
  copies: number;
  updated: number;
  nonEnglish: number;
  failed: { file: string; reason: string }[];
  documents: DocumentOutcome[];
}

/** Inputs from which on a progress bar is worth drawing. */
const PROGRESS_FROM = 50;

export async function runIngest(store: Store, paths: string[], opts: IngestOptions, io: CliIo): Promise<IngestTally> {
  const tally: IngestTally = {
    stored: 0,
    duplicates: 0,
    copies: 0,
    updated: 0,
    nonEnglish: 0,
    failed: [],
    documents: [],
  };
  const progress = io.stderr.isTTY ? startProgress(paths, io) : null;
  const report = (line: string) => (progress ? progress.multibar.log(`${line}\n`) : io.stderr.write(`${line}\n`));
  try {
    for await (const outcome of ingestInputs(store, paths, opts)) {
      progress?.tick();
      if (outcome.kind === 'failed') {
        tally.failed.push({ file: outcome.file, reason: outcome.reason });
        report(`chancery: ${outcome.file}: ${outcome.reason}`);
        continue;
      }
      tally.documents.push(outcome);
      if (outcome.status === 'duplicate') {
        tally.duplicates++;
        continue;
      }
      tally[outcome.status === 'copy' ? 'copies' : outcome.status]++;
      if (outcome.flags.includes('non-english')) {
        tally.nonEnglish++;
        report(`chancery: ${outcome.source}: stored, flagged non-English (${outcome.language ?? 'language unknown'})`);
      }
    }
  } finally {
    progress?.multibar.stop();
  }
  return tally;
}

export function summaryLine(t: IngestTally): string {
  const parts = [
    `${t.stored} stored`,
    `${t.duplicates} duplicate${t.duplicates === 1 ? '' : 's'}`,
    `${t.copies} near-cop${t.copies === 1 ? 'y' : 'ies'}`,
    `${t.updated} updated`,
    `${t.failed.length} failed`,
  ];
  if (t.nonEnglish) parts.push(`${t.nonEnglish} flagged non-English`);
  return parts.join(', ');
}

/** A progress bar on stderr when there are many inputs; the count of files is an estimate (a feed holds many). */
function startProgress(paths: string[], io: CliIo) {
  const total = paths.reduce((n, p) => n + countFiles(p), 0);
  if (total < PROGRESS_FROM) return null;
  const multibar = new MultiBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: 'ingesting [{bar}] {value}/{total}',
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const bar = multibar.create(total, 0);
  let done = 0;
  return {
    multibar,
    tick() {
      done++;
      if (done > total) bar.setTotal(done);
      bar.update(done);
    },
  };
}

function countFiles(path: string): number {
  if (path === '-') return 1;
  try {
    if (!statSync(path).isDirectory()) return 1;
    return readdirSync(path).reduce((n, name) => n + countFiles(join(path, name)), 0);
  } catch {
    return 1;
  }
}
