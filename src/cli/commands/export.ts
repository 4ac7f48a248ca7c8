import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { SourceInfo } from '../../core/types.ts';
import { type CliContext, type DbOptions, withDbOption, withStore } from '../context.ts';
import { writeAll } from '../io.ts';

interface ExportOptions extends DbOptions {
  format: string;
  target?: string;
}

export function exportCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('export')
    .description('print the stored records in a format')
    .option('--format <name>', 'jsonl, or another of the formats listed when one is unknown', 'jsonl')
    .option('--target <entity>', 'the entity a per-target format describes (e.g. TALIBAN)');
  withDbOption(cmd).action(async (opts: ExportOptions) => {
    // Loaded here, not on top, so that other commands start without the formats' libraries.
    const { FORMATS, findFormat } = await import('../../analyze/export/index.ts');
    const known = FORMATS.map((f) => f.name).join(', ');
    const format = findFormat(opts.format);
    if (!format) throw new UsageError(`unknown export format '${opts.format}' (known: ${known})`);
    if (format.needsTarget && !opts.target) {
      throw new UsageError(`the ${format.name} export describes one target: give --target (e.g. TALIBAN)`);
    }
    const input = await withStore(
      opts,
      ctx,
      (store) => {
        const sources = new Map<string, SourceInfo>();
        for (const d of store.listDocuments()) {
          sources.set(d.id, {
            doc: d.id,
            outlet: d.outlet,
            url: d.url,
            published: d.published,
            title: d.title,
            copyOf: d.copyOf,
          });
        }
        return { mentions: store.mentions(), quotes: store.quotes(), sources, target: opts.target };
      },
      { mustExist: true },
    );
    await writeAll(ctx.io.stdout, format.render(input));
  });
}
