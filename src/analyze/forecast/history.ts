// The reference cascades: data/history/*.csv as typed rows, as Events (so the ledger can show them),
// and split into cascades (one per entity and episode) for fitting and backtesting.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Event, Mention, PartialDate, SourceInfo } from '../../core/types.ts';
import { type Day, endOfPeriod } from './dates.ts';

export const HISTORY_DIR = fileURLToPath(new URL('../../../data/history/', import.meta.url));

export type HistoryAction = 'RECOGNIZE' | 'WITHDRAW_RECOGNITION';

export interface HistoryRow {
  /** File name within data/history, e.g. `kosovo.csv`. */
  file: string;
  /** Line of the row in its file (the header is line 1). */
  line: number;
  entity: string;
  actor: string;
  action: HistoryAction;
  date: PartialDate;
  /** The last day of the date's period: when the act is certainly known. */
  day: Day;
  sourceUrl: string;
  note: string;
}

/** One episode of recognitions of one entity: it ends when no recognition stands any more. */
export interface Cascade {
  /** `ENTITY-YEAR`, e.g. `XKX-2008`, `TALIBAN-1997`. */
  id: string;
  entity: string;
  file: string;
  rows: HistoryRow[];
  /** The first recognition of the episode. */
  start: Day;
  /** The last row of the episode: the data say nothing about later dates. */
  end: Day;
}

const COLUMNS = ['entity', 'actor_iso3', 'action', 'date', 'source_url', 'note'];

/** A stable reference to a history row, used as the Event id and as the document id. */
export function historyRef(row: Pick<HistoryRow, 'file' | 'line'>): string {
  return `history:${row.file}#${row.line}`;
}

function parseFile(dir: string, file: string): HistoryRow[] {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const records = parse(text, { info: true, skip_empty_lines: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const header = records.shift()?.record ?? [];
  if (header.join(',') !== COLUMNS.join(',')) throw new Error(`data/history/${file}: unexpected header ${header}`);
  return records.map(({ record, info }) => {
    const [entity, actor, action, date, sourceUrl, note] = record;
    const day = endOfPeriod(date);
    if (action !== 'RECOGNIZE' && action !== 'WITHDRAW_RECOGNITION') {
      throw new Error(`data/history/${file}:${info.lines}: unknown action ${action}`);
    }
    if (!day) throw new Error(`data/history/${file}:${info.lines}: bad date ${date}`);
    return { file, line: info.lines, entity, actor, action, date, day, sourceUrl, note };
  });
}

const cache = new Map<string, HistoryRow[]>();

/** Every row of every CSV file in `dir`, in file-name order, then line order. */
export function historyRows(dir: string = HISTORY_DIR): HistoryRow[] {
  let rows = cache.get(dir);
  if (!rows) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    rows = files.flatMap((f) => parseFile(dir, f));
    cache.set(dir, rows);
  }
  return rows;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** A history row as an asserted Event, with one mention and the row's source. */
export function rowEvent(row: HistoryRow): Event {
  const ref = historyRef(row);
  return {
    id: ref,
    actor: row.actor,
    action: row.action,
    target: row.entity,
    mode: 'asserted',
    date: row.date,
    mentions: [
      {
        doc: ref,
        actor: row.actor,
        action: row.action,
        target: row.entity,
        date: row.date,
        mode: 'asserted',
        evidence: row.note || `${row.actor} ${row.action} ${row.entity} (${row.date})`,
        start: 0,
        end: 0,
        rule: 'history',
        dateSource: 'stated',
      },
    ],
    sources: [{ doc: ref, outlet: hostOf(row.sourceUrl), url: row.sourceUrl, published: null, title: null }],
    firstReported: null,
    confidence: 1,
    conflicts: [],
  };
}

/** The reference rows as Events (all of them, or those whose target is `target`). */
export function historyEvents(target?: string, dir?: string): Event[] {
  return historyRows(dir)
    .filter((r) => target === undefined || r.entity === target)
    .map(rowEvent);
}

function byDayThenLine(a: HistoryRow, b: HistoryRow): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.line - b.line;
}

/** Splits one entity's rows into episodes: a recognition when none stands starts a new one. */
function episodes(rows: HistoryRow[]): HistoryRow[][] {
  const out: HistoryRow[][] = [];
  let current: HistoryRow[] = [];
  const standing = new Set<string>();
  let recognized = false;
  for (const row of [...rows].sort(byDayThenLine)) {
    if (row.action === 'RECOGNIZE' && recognized && standing.size === 0) {
      out.push(current);
      current = [];
    }
    current.push(row);
    if (row.action === 'RECOGNIZE') {
      standing.add(row.actor);
      recognized = true;
    } else {
      standing.delete(row.actor);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Every cascade in the reference data, ordered by entity then start. */
export function cascades(dir?: string): Cascade[] {
  const byEntity = new Map<string, HistoryRow[]>();
  for (const row of historyRows(dir)) {
    const list = byEntity.get(row.entity) ?? [];
    list.push(row);
    byEntity.set(row.entity, list);
  }
  const out: Cascade[] = [];
  for (const entity of [...byEntity.keys()].sort()) {
    for (const rows of episodes(byEntity.get(entity)!)) {
      const first = rows.find((r) => r.action === 'RECOGNIZE') ?? rows[0];
      out.push({
        id: `${entity}-${first.day.slice(0, 4)}`,
        entity,
        file: rows[0].file,
        rows,
        start: first.day,
        end: rows[rows.length - 1].day,
      });
    }
  }
  return out;
}

/**
 * The reference rows as mentions with their sources, ready to be merged with stored ones, so that an
 * undated "was recognized by Pakistan" joins the dated row and a later withdrawal counts. `targets`
 * limits them to the entities a store speaks of.
 */
export function historyMentions(targets?: ReadonlySet<string>): {
  mentions: Mention[];
  sources: Map<string, SourceInfo>;
} {
  const mentions: Mention[] = [];
  const sources = new Map<string, SourceInfo>();
  for (const e of historyEvents()) {
    if (targets && !targets.has(e.target)) continue;
    mentions.push(...e.mentions);
    for (const s of e.sources)
      sources.set(s.doc, { ...s, title: s.title ?? 'reference history (data/history)', copyOf: null });
  }
  return { mentions, sources };
}
