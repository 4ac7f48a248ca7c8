import type { Command } from 'commander';
import type { CliContext, DbOptions } from '../context.ts';
import { withDbOption } from '../context.ts';
import { writeAll } from '../io.ts';
import { dateOption, loadEvents, modeOption } from './events.ts';

interface TimelineCliOptions extends DbOptions {
  target?: string;
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
  mode?: string;
  json?: boolean;
}

/** `chancery timeline`: merged events in date order, each with its sources. */
export function timelineCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('timeline')
    .description('merged events in date order (undated last), each with its sources')
    .option('--target <entity>', 'events aimed at this entity')
    .option('--actor <entity>', 'events by this entity')
    .option('--entity <entity>', 'events with this entity on either side')
    .option('--from <date>', 'events from this date (undated events are then left out)')
    .option('--to <date>', 'events up to this date (undated events are then left out)')
    .option('--mode <mode>', 'only this mode: asserted, negated, intended or speculated')
    .option('--json', 'print a JSON array of events');
  withDbOption(cmd).action(async (opts: TimelineCliOptions) => {
    const from = dateOption(opts.from, '--from');
    const to = dateOption(opts.to, '--to');
    const mode = modeOption(opts.mode);
    const { events } = await loadEvents(opts, ctx);
    const { describe, eventRecord, sourceLabel, timeline } = await import('../../analyze/index.ts');
    const list = timeline(events, {
      target: opts.target,
      actor: opts.actor,
      entity: opts.entity,
      from,
      to,
      modes: mode ? [mode] : undefined,
    });
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify(list.map(eventRecord), null, 2)}\n`);
      return;
    }
    await writeAll(
      ctx.io.stdout,
      list.map((e) => {
        const when = e.date ?? `undated (reported ${e.firstReported ?? '?'})`;
        const disputed = e.conflicts.length > 0 ? ' [disputed]' : '';
        return `${when.padEnd(10)}  ${describe(e)}${disputed} — ${e.sources.map(sourceLabel).join('; ')}\n`;
      }),
    );
    ctx.io.stdout.write(`${list.length} event${list.length === 1 ? '' : 's'}\n`);
  });
}
