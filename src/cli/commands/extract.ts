import type { Command } from 'commander';
import { type CliContext, type DbOptions, withDbOption, withStore } from '../context.ts';

export function extractCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('extract')
    .description('run the extractor again on the stored documents, replacing their records')
    .option('--stale', 'only documents read by another extractor version');
  withDbOption(cmd).action(async (opts: DbOptions & { stale?: boolean }) => {
    const { EXTRACTOR_VERSION } = await import('../../extract/index.ts');
    const { reextract } = await import('../../pipeline.ts');
    const summary = await withStore(opts, ctx, (store) => reextract(store, { staleOnly: opts.stale }), {
      mustExist: true,
    });
    ctx.io.stdout.write(
      `re-extracted ${summary.documents} document${summary.documents === 1 ? '' : 's'} with extractor ${EXTRACTOR_VERSION}: ` +
        `${summary.mentions} records, ${summary.quotes} quotes\n`,
    );
  });
}
