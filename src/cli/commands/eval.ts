import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluate, parseRecords, renderReport, reportJson } from '../../analyze/eval/index.ts';
import { InputError } from '../../core/errors.ts';
import { type CliContext, type DbOptions, dbPath, withDbOption, withStore } from '../context.ts';

interface EvalCliOptions extends DbOptions {
  gold: string;
  verbose?: boolean;
  json?: boolean;
}

/**
 * `chancery eval --gold FILE`: scores the stored records against a gold file. Only documents in both
 * the store and the gold file are scored; gold documents the store lacks are named on stderr.
 */
export function evalCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('eval')
    .description('score the stored records against a gold file (shared/contract/EVENTS.md, "Scoring")')
    .requiredOption('--gold <file>', 'gold records, JSONL')
    .option('--verbose', 'also list misses, false finds and unsafe finds with their evidence')
    .option('--json', 'print the scores as JSON');
  withDbOption(cmd).action(async (opts: EvalCliOptions) => {
    const gold = parseRecords(readGold(opts.gold), opts.gold);
    // Reading must not create an empty store where a mistyped path points.
    const db = dbPath(opts, ctx);
    if (!existsSync(db)) throw new InputError(db, 'no store here (chancery ingest creates one)');
    const { system, stored } = await withStore(opts, ctx, (store) => ({
      system: store.mentions(),
      stored: store.listDocuments().map((d) => d.id),
    }));
    const report = evaluate(system, gold, stored);
    const { stderr, stdout } = ctx.io;
    if (report.missingFromStore.length > 0) {
      const n = report.missingFromStore.length;
      stderr.write(
        `chancery eval: warning: ${n} gold document${n === 1 ? ' is' : 's are'} not in the store and not scored: ` +
          `${report.missingFromStore.join(', ')}\n`,
      );
    }
    if (report.scored.length === 0)
      stderr.write('chancery eval: warning: no document is in both the store and the gold file\n');
    stdout.write(opts.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderReport(report, opts));
  });
}

function readGold(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(
      path,
      `cannot read the gold file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}
