import type { Command } from 'commander';
import type { DocumentSummary } from '../../store/index.ts';
import { type CliContext, type DbOptions, withDbOption, withStore } from '../context.ts';
import { writeAll } from '../io.ts';
import { columns } from './events.ts';

export function docsCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('docs')
    .description('list the stored documents')
    .option('--json', 'print a JSON array of {doc, title, outlet, url, published, language, copy_of, flags}');
  withDbOption(cmd).action(async (opts: DbOptions & { json?: boolean }) => {
    const docs = await withStore(opts, ctx, (store) => store.listDocuments(), { mustExist: true });
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify(docs.map(docJson), null, 2)}\n`);
    } else {
      await writeAll(ctx.io.stdout, docsTable(docs));
    }
  });
}

export function docJson(d: DocumentSummary) {
  return {
    doc: d.id,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    published: d.published,
    language: d.language,
    copy_of: d.copyOf,
    flags: d.flags,
  };
}

function* docsTable(docs: DocumentSummary[]): Iterable<string> {
  if (docs.length === 0) {
    yield 'No documents stored yet (chancery ingest FILE...).\n';
    return;
  }
  const rows = docs.map((d) => [
    d.id,
    d.published ?? '-',
    d.language ?? '-',
    [d.copyOf ? `copy of ${d.copyOf}` : '', ...d.flags.filter((f) => f !== 'near-duplicate')]
      .filter(Boolean)
      .join(', ') || '-',
    truncate(d.title ?? d.outlet ?? '', 70),
  ]);
  yield* columns(['DOC', 'PUBLISHED', 'LANG', 'NOTES', 'TITLE'], rows);
  yield `${docs.length} document${docs.length === 1 ? '' : 's'}\n`;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
