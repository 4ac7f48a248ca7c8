import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { ForecastRow, Recognizer } from '../../analyze/forecast/index.ts';
import { UsageError } from '../../core/errors.ts';
import type { Event } from '../../core/types.ts';
import { type CliContext, type DbOptions, dbPath, withDbOption } from '../context.ts';
import { writeAll } from '../io.ts';
import { loadEvents } from './events.ts';

interface ForecastCliOptions extends DbOptions {
  target: string;
  asOf?: string;
  horizon: string;
  top: string;
  json?: boolean;
  history: boolean;
}

const REASONS_SHOWN = 3;
const RECOGNIZERS_SHOWN = 10;

/**
 * `chancery forecast --target ID`: who may recognize the target next, from the stored events
 * (plus the reference history in data/history), ranked, with the reasons behind each row.
 */
export function forecastCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('forecast')
    .description('rank the states that have not recognized a target by their chance of doing so, with reasons')
    .requiredOption('--target <entity>', 'the entity to forecast (e.g. TALIBAN, PSE, XKX)')
    .option('--as-of <date>', 'forecast from this day (YYYY-MM-DD; default: today)')
    .option('--horizon <months>', 'months ahead', '12')
    .option('--top <n>', 'rows to print (the JSON has all)', '15')
    .option('--no-history', 'leave out the reference cascades of data/history')
    .option('--json', 'print the whole ranking as JSON');
  withDbOption(cmd).action(async (opts: ForecastCliOptions) => {
    const target = opts.target.toUpperCase();
    const horizon = Number(opts.horizon);
    const top = Number(opts.top);
    if (!(horizon > 0 && horizon <= 120))
      throw new UsageError(`--horizon takes 1 to 120 months, not '${opts.horizon}'`);
    if (!(Number.isInteger(top) && top > 0))
      throw new UsageError(`--top takes a positive whole number, not '${opts.top}'`);
    if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) {
      throw new UsageError(`--as-of takes a day as YYYY-MM-DD, not '${opts.asOf}'`);
    }
    const { forecast, historyEvents, recognizersAt } = await import('../../analyze/forecast/index.ts');
    const { today } = await import('../../analyze/forecast/dates.ts');
    const events: Event[] = [];
    const path = dbPath(opts, ctx);
    if (existsSync(path)) events.push(...(await loadEvents(opts, ctx)).events);
    else ctx.io.stderr.write(`chancery forecast: no store at ${path}; using the reference history only\n`);
    if (opts.history) events.push(...historyEvents(target));
    if (!events.some((e) => e.target === target || e.actor === target)) {
      ctx.io.stderr.write(
        `chancery forecast: warning: no event concerns ${target}; the ranking rests on facts alone\n`,
      );
    }
    const asOf = opts.asOf ?? today();
    const rows = forecast(events, target, { asOf, horizon });
    const recognizers = recognizersAt(events, target, asOf);
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify({ target, asOf, horizon, recognizers, rows }, null, 2)}\n`);
      return;
    }
    await writeAll(ctx.io.stdout, render(target, asOf, horizon, recognizers, rows.slice(0, top), rows.length));
  });
}

function* render(
  target: string,
  asOf: string,
  horizon: number,
  recognizers: Recognizer[],
  rows: ForecastRow[],
  total: number,
): Iterable<string> {
  yield `Who may recognize ${target} next: ${total} candidates as of ${asOf}, chance within ${horizon} months\n`;
  const now = recognizers.slice(0, RECOGNIZERS_SHOWN).map((r) => `${r.name} (${r.date ?? 'undated'})`);
  const more = recognizers.length > RECOGNIZERS_SHOWN ? ` and ${recognizers.length - RECOGNIZERS_SHOWN} more` : '';
  yield `Recognizing now, left out: ${now.length > 0 ? `${now.join(', ')}${more}` : 'none'}\n\n`;
  for (const row of rows) {
    yield `${String(row.rank).padStart(3)}. ${row.name} (${row.state})  ${(row.probability * 100).toFixed(1)}%\n`;
    const own = row.reasons.filter((r) => !r.common);
    if (own.length === 0) yield '       nothing specific to this state: the common pace below\n';
    for (const reason of own.slice(0, REASONS_SHOWN)) {
      const refs = reason.refs.map((e) => (e.kind === 'event' ? e.id : `${e.file}#${e.key}`));
      yield `       ${reason.contribution >= 0 ? '+' : '-'} ${reason.text}  [${refs.slice(0, 3).join(', ')}${refs.length > 3 ? ', …' : ''}]\n`;
    }
  }
  const common = rows[0]?.reasons.filter((r) => r.common) ?? [];
  if (common.length > 0) {
    yield '\nFor every candidate alike:\n';
    for (const reason of common) yield `       ${reason.contribution >= 0 ? '+' : '-'} ${reason.text}\n`;
  }
  yield '\n+/- : raises/lowers the chance. The model and its backtest: src/analyze/forecast/README.md, docs/forecast/backtest.md\n';
}
