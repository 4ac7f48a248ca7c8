import { type Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { ManifestEntry } from '../../ingest/index.ts';
import { type CliContext, type DbOptions, withDbOption, withStore } from '../context.ts';

interface IngestCliOptions extends DbOptions {
  manifest?: string;
  published?: string;
  maxBytes?: number;
  json?: boolean;
}

export function ingestCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('ingest')
    .description('read articles into the store and extract their records')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option(
      '--manifest <file>',
      "JSONL of {doc, title, outlet, url, published} for the inputs (default: a folder input's own manifest.jsonl)",
    )
    .option('--published <date>', 'publication date of every input (a manifest entry still wins)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default: 10 MiB)', parsePositiveInt)
    .option('--json', 'print a machine-readable summary on stdout');
  withDbOption(cmd).action(async (inputs: string[], opts: IngestCliOptions) => {
    // Loaded here, not on top, so that other commands start without the readers' libraries.
    const { DEFAULT_MAX_BYTES, folderManifest, loadManifest, normalizeDate } = await import('../../ingest/index.ts');
    const { runIngest, summaryLine } = await import('../ingest-run.ts');
    const published = opts.published === undefined ? null : normalizeDate(opts.published);
    if (opts.published !== undefined && published === null) {
      throw new UsageError(`--published: not a date: ${opts.published} (try YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    const { io } = ctx;
    // Without --manifest, a folder's own manifest (manifest.jsonl beside its articles) describes them.
    const manifests = opts.manifest ? [opts.manifest] : inputs.map(folderManifest).filter((m) => m !== null);
    let manifest: Map<string, ManifestEntry> | null = null;
    for (const path of manifests) {
      if (!opts.manifest) io.stderr.write(`using the folder's manifest ${path}\n`);
      manifest = new Map([...loadManifest(path), ...(manifest ?? [])]);
    }
    const tally = await withStore(opts, ctx, (store) =>
      runIngest(
        store,
        inputs,
        {
          maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
          published,
          manifest,
          stdin: io.stdin,
          skip: manifests,
        },
        io,
      ),
    );
    if (opts.json) {
      const summary = {
        stored: tally.stored,
        duplicates: tally.duplicates,
        copies: tally.copies,
        updated: tally.updated,
        failed: tally.failed,
        documents: tally.documents.map((d) => ({
          doc: d.doc,
          status: d.status,
          copy_of: d.copyOf,
          duplicate_of: d.duplicateOf,
          flags: d.flags,
        })),
      };
      io.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      io.stdout.write(`${summaryLine(tally)}\n`);
    }
    ctx.exitCode = tally.failed.length > 0 ? 1 : 0;
  });
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('not a positive whole number.');
  return n;
}
