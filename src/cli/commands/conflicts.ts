import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { CliContext, DbOptions } from '../context.ts';
import { withDbOption } from '../context.ts';
import { writeAll } from '../io.ts';
import { loadEvents } from './events.ts';

interface ConflictsCliOptions extends DbOptions {
  target?: string;
  kind?: string;
  json?: boolean;
}

/** `chancery conflicts`: where sources disagree about an event's date or whether it happened. */
export function conflictsCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('conflicts')
    .description("where sources disagree: an event's date, or whether it happened at all")
    .option('--target <entity>', 'only events with this entity on either side')
    .option('--kind <kind>', 'only date or assertion conflicts')
    .option('--json', 'print a JSON array of conflicts');
  withDbOption(cmd).action(async (opts: ConflictsCliOptions) => {
    if (opts.kind !== undefined && opts.kind !== 'date' && opts.kind !== 'assertion') {
      throw new UsageError(`--kind is date or assertion, not '${opts.kind}'`);
    }
    const { events } = await loadEvents(opts, ctx);
    const { conflictSummary, describe } = await import('../../analyze/index.ts');
    const seen = new Set<unknown>();
    const found = [];
    for (const e of events) {
      if (opts.target && e.actor !== opts.target && e.target !== opts.target) continue;
      for (const c of e.conflicts) {
        if (seen.has(c) || (opts.kind && c.kind !== opts.kind)) continue;
        seen.add(c);
        // An assertion conflict sits on both events; report it once, from the asserted side.
        const about = c.kind === 'assertion' ? { ...e, mode: 'asserted' as const } : e;
        found.push({ event: e, conflict: c, about });
      }
    }
    if (opts.json) {
      const records = found.map(({ event, conflict }) => ({
        event: event.id,
        actor: event.actor,
        action: event.action,
        target: event.target,
        ...conflict,
      }));
      ctx.io.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
      return;
    }
    await writeAll(
      ctx.io.stdout,
      found.map(({ about, conflict }) => `${describe(about)}: ${conflictSummary(conflict)} (${conflict.rule})\n`),
    );
    ctx.io.stdout.write(`${found.length} conflict${found.length === 1 ? '' : 's'}\n`);
  });
}
