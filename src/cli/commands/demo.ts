import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Mention } from '../../core/types.ts';
import type { Store } from '../../store/index.ts';
import { type CliContext, type DbOptions, dbPath, withDbOption, withStore } from '../context.ts';
import type { IngestTally } from '../ingest-run.ts';
import { type CliIo, writeAll } from '../io.ts';

export const EXAMPLE_DIR = fileURLToPath(new URL('../../../examples/taliban-2025/', import.meta.url));
const SHOWN_RECORDS = 12;

export function demoCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('demo')
    .description('ingest the bundled example articles (examples/taliban-2025) and show what Chancery found');
  withDbOption(cmd).action(async (opts: DbOptions) => {
    const { summaryLine } = await import('../ingest-run.ts');
    const report = await withStore(opts, ctx, async (store) => {
      const tally = await ingestExamples(store, ctx.io);
      const ids = tally.documents.map((d) => d.duplicateOf ?? d.doc);
      const docs = store.listDocuments().filter((d) => ids.includes(d.id));
      return { tally, docs: docs.map((d) => ({ ...d, mentions: store.mentions({ doc: d.id }) })) };
    });
    ctx.exitCode = report.tally.failed.length > 0 ? 1 : 0;
    await writeAll(ctx.io.stdout, render(report.docs, summaryLine(report.tally), dbPath(opts, ctx)));
  });
}

/**
 * Ingests the example corpus with its manifest (documents already stored are skipped), then reads
 * again those an older extractor read, so that what is shown is the current extractor's work.
 * Shared with `serve --examples` (`npm start`).
 */
export async function ingestExamples(store: Store, io: CliIo): Promise<IngestTally> {
  const { DEFAULT_MAX_BYTES, loadManifest } = await import('../../ingest/index.ts');
  const { reextract } = await import('../../pipeline.ts');
  const { runIngest } = await import('../ingest-run.ts');
  const manifest = loadManifest(join(EXAMPLE_DIR, 'manifest.jsonl'));
  const articles = readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(EXAMPLE_DIR, f));
  const tally = await runIngest(store, articles, { maxBytes: DEFAULT_MAX_BYTES, manifest }, io);
  reextract(store, { staleOnly: true });
  return tally;
}

interface DemoDoc {
  id: string;
  title: string | null;
  published: string | null;
  mentions: Mention[];
}

function* render(docs: DemoDoc[], summary: string, db: string): Iterable<string> {
  yield "Chancery demo: news articles about Russia's recognition of the Taliban (3 July 2025)\n";
  yield `${db}: ${summary}\n\n`;
  yield 'Documents (published, records found, title)\n';
  for (const d of docs) {
    yield `  ${d.id}  ${(d.published ?? '-').padEnd(10)}  ${String(d.mentions.length).padStart(3)}  ${clip(d.title ?? '', 70)}\n`;
  }
  const all = docs.flatMap((d) => d.mentions);
  if (all.length === 0) {
    yield '\nNo records yet: the extractor found no events in these documents.\n';
  } else {
    const byAction = new Map<string, number>();
    for (const m of all) byAction.set(m.action, (byAction.get(m.action) ?? 0) + 1);
    yield `\n${all.length} records by action\n`;
    for (const [action, n] of [...byAction].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      yield `  ${action.padEnd(20)} ${n}\n`;
    }
    yield '\nMost reported (in how many documents, with the most precise date and its evidence)\n';
    for (const { key, docs: n, best } of mostReported(all).slice(0, SHOWN_RECORDS)) {
      yield `  ${String(n).padStart(2)}  ${key}  ${best.date ?? 'undated'}\n`;
      yield `      “${clip(best.evidence, 100)}” (${best.doc})\n`;
    }
  }
  yield `\nMore: chancery docs, chancery export --format jsonl (with --db ${db})\n`;
}

/** Records grouped by actor, action, target and mode, the ones most documents report first. */
function mostReported(mentions: Mention[]) {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.actor} ${m.action} ${m.target} (${m.mode})`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups]
    .map(([key, ms]) => ({
      key,
      docs: new Set(ms.map((m) => m.doc)).size,
      best: ms.reduce((a, b) => ((b.date?.length ?? 0) > (a.date?.length ?? 0) ? b : a)),
    }))
    .sort((a, b) => b.docs - a.docs || a.key.localeCompare(b.key));
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
