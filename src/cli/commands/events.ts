import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.ts';
import type { Event, Mention, Mode, Quote, SourceInfo } from '../../core/types.ts';
import { type CliContext, type DbOptions, dbPath, withDbOption, withStore } from '../context.ts';
import { writeAll } from '../io.ts';

export interface StoredRecords {
  mentions: Mention[];
  quotes: Quote[];
  sources: Map<string, SourceInfo>;
  events: Event[];
}

/**
 * Every stored mention merged into events (copies of one story count once). With `history`, the reference
 * tables of past recognitions (data/history) join as sources of their own, so an undated "was recognized by
 * Pakistan" merges with the dated row and a later withdrawal counts; with no store, they are all there is.
 */
export async function loadEvents(
  opts: DbOptions,
  ctx: CliContext,
  load: { history?: boolean } = {},
): Promise<StoredRecords> {
  const { consolidate } = await import('../../consolidate/index.ts');
  const reference = load.history ? await historyRecords() : null;
  if (reference && !existsSync(dbPath(opts, ctx))) {
    return {
      mentions: reference.mentions,
      quotes: [],
      sources: reference.sources,
      events: consolidate(reference.mentions, reference.sources),
    };
  }
  const stored = await withStore(
    opts,
    ctx,
    (store) => {
      const sources = new Map<string, SourceInfo>();
      for (const d of store.listDocuments()) {
        const { id: doc, outlet, url, published, title, copyOf } = d;
        sources.set(doc, { doc, outlet, url, published, title, copyOf });
      }
      return { mentions: store.mentions(), quotes: store.quotes(), sources };
    },
    { mustExist: true },
  );
  const mentions = reference ? [...stored.mentions, ...reference.mentions] : stored.mentions;
  const sources = reference ? new Map([...stored.sources, ...reference.sources]) : stored.sources;
  return { mentions, quotes: stored.quotes, sources, events: consolidate(mentions, sources) };
}

async function historyRecords(): Promise<{ mentions: Mention[]; sources: Map<string, SourceInfo> }> {
  const { historyMentions } = await import('../../analyze/forecast/index.ts');
  return historyMentions();
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks a `--as-of`, `--from` or `--to` value. */
export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !PARTIAL_DATE.test(value)) {
    throw new UsageError(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'`);
  }
  return value;
}

export function modeOption(value: string | undefined): Mode | undefined {
  const modes = ['asserted', 'negated', 'intended', 'speculated'];
  if (value !== undefined && !modes.includes(value)) {
    throw new UsageError(`--mode is one of ${modes.join(', ')}, not '${value}'`);
  }
  return value as Mode | undefined;
}

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function* columns(header: string[], rows: string[][]): Iterable<string> {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) {
    yield `${row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()}\n`;
  }
}

interface EventsOptions extends DbOptions {
  target?: string;
  actor?: string;
  mode?: string;
  json?: boolean;
}

/** `chancery events`: the stored mentions merged into events, with their sources and disputes. */
export function eventsCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('events')
    .description('list the stored mentions merged into events across documents')
    .option('--target <entity>', 'only events aimed at this entity (e.g. TALIBAN)')
    .option('--actor <entity>', 'only events by this entity')
    .option('--mode <mode>', 'only this mode: asserted, negated, intended or speculated')
    .option('--json', 'print a JSON array of events (objects as in `export --format events`)');
  withDbOption(cmd).action(async (opts: EventsOptions) => {
    const mode = modeOption(opts.mode);
    const { events } = await loadEvents(opts, ctx);
    const { describe, eventRecord } = await import('../../analyze/index.ts');
    const chosen = events.filter(
      (e) =>
        (!opts.target || e.target === opts.target) &&
        (!opts.actor || e.actor === opts.actor) &&
        (!mode || e.mode === mode),
    );
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify(chosen.map(eventRecord), null, 2)}\n`);
      return;
    }
    const rows = chosen.map((e) => [
      e.date ?? '-',
      `${e.actor} ${e.action} ${e.target}`,
      e.mode,
      String(e.sources.length),
      e.confidence.toFixed(2),
      `${describe(e)}${e.conflicts.length > 0 ? ` [${e.conflicts.map((c) => c.kind).join(', ')} conflict]` : ''}`,
    ]);
    if (rows.length > 0)
      await writeAll(ctx.io.stdout, columns(['DATE', 'EVENT', 'MODE', 'SOURCES', 'CONF', 'SUMMARY'], rows));
    ctx.io.stdout.write(`${chosen.length} event${chosen.length === 1 ? '' : 's'}\n`);
  });
}
