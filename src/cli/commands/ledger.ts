import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { CliContext, DbOptions } from '../context.ts';
import { withDbOption } from '../context.ts';
import { writeAll } from '../io.ts';
import { columns, dateOption, loadEvents } from './events.ts';

interface LedgerCliOptions extends DbOptions {
  asOf?: string;
  json?: boolean;
  target?: string;
  history?: boolean;
}

/** `chancery ledger TARGET`: where every actor stands toward the target (lexicon/ladder.md). */
export function ledgerCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('ledger')
    .description('where every actor stands toward a target on the engagement ladder')
    .argument('[target]', 'the entity (e.g. TALIBAN, PSE, XKX, TWN)')
    .option('--target <entity>', 'the entity, as a flag')
    .option('--as-of <date>', 'ignore events after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--no-history', 'leave out the reference tables of past recognitions (data/history)')
    .option('--json', 'print a JSON array of rows');
  withDbOption(cmd).action(async (positional: string | undefined, opts: LedgerCliOptions) => {
    const target = positional ?? opts.target;
    if (!target) throw new UsageError('ledger needs a target: chancery ledger TALIBAN (or --target TALIBAN)');
    const asOf = dateOption(opts.asOf, '--as-of');
    const { events } = await loadEvents(opts, ctx, { history: opts.history !== false });
    const { ledger, ledgerRecord, entityName, rowSources } = await import('../../analyze/index.ts');
    const rows = ledger(events, target, { asOf });
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify(rows.map(ledgerRecord), null, 2)}\n`);
      return;
    }
    if (rows.length === 0) {
      ctx.io.stdout.write(`No stored event is aimed at ${target}${asOf ? ` as of ${asOf}` : ''}.\n`);
      return;
    }
    const table = rows.map((r) => {
      const flags = [
        ...r.negative.map((n) => `${n.rung}${n.date ? ` ${n.date}` : ''}`),
        r.notRecognized ? 'has not recognized' : '',
        r.intent ? `intent: ${r.intent}` : '',
        r.conflicts.length > 0 ? `${r.conflicts.length} conflict(s)` : '',
      ].filter(Boolean);
      return [
        `${r.actor} ${entityName(r.actor)}`,
        r.rung,
        r.date ?? (r.reported ? `reported ${r.reported}` : '-'),
        r.stance,
        flags.join('; ') || '-',
        rowSources(r)
          .map((s) => s.doc)
          .join(', ') || '-',
      ];
    });
    await writeAll(ctx.io.stdout, columns(['ACTOR', 'RUNG', 'SINCE', 'STANCE', 'FLAGS', 'SOURCES'], table));
    ctx.io.stdout.write(
      `${rows.length} actor${rows.length === 1 ? '' : 's'} toward ${target}${asOf ? `, as of ${asOf}` : ''}\n`,
    );
  });
}
