// Ledgers as of any date, fast enough for a slider over a large store. A ledger row depends only on
// the actor's events visible at the date, and those are a prefix of the actor's events ordered by
// when they are known to have happened; so a row is computed once per (actor, prefix) and shared by
// every date that sees the same prefix. The result equals `ledger()` over all events (tested).
import { effectiveDate, ledger } from '../analyze/index.ts';
import type { Event } from '../core/types.ts';
import type { ApiLedgerRow } from './api-types.ts';
import { Lru } from './lru.ts';
import { ledgerRowJson } from './present.ts';
import { endDay, startDay } from './slider.ts';

interface ActorEvents {
  actor: string;
  /** Dated (or reported) events by the first day they may have happened; undated ones last. */
  events: Event[];
  starts: string[];
  /** Position of each event in the consolidated order, to hand `ledger()` its usual input order. */
  order: Map<Event, number>;
}

/** A row with its JSON: ledger bodies are joined from row texts rather than serialized whole. */
interface CachedRow {
  row: ApiLedgerRow;
  json: string;
}

/** How many of `starts` (sorted) are on or before `day`. */
function countUpTo(starts: readonly string[], day: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LedgerIndex {
  private readonly byTarget = new Map<string, ActorEvents[]>();
  private readonly rows: Lru<string, CachedRow>;

  constructor(
    private readonly towards: (target: string) => readonly Event[],
    rowCapacity = 500_000,
  ) {
    this.rows = new Lru(rowCapacity);
  }

  private actors(target: string): ActorEvents[] {
    let list = this.byTarget.get(target);
    if (list) return list;
    const grouped = new Map<string, Event[]>();
    const order = new Map<Event, number>();
    this.towards(target).forEach((e, i) => {
      // The target's own acts are not rows of its ledger.
      if (e.actor === target) return;
      order.set(e, i);
      const g = grouped.get(e.actor);
      if (g) g.push(e);
      else grouped.set(e.actor, [e]);
    });
    list = [...grouped].map(([actor, events]) => {
      const keyed = events.map((e) => {
        const d = effectiveDate(e);
        return { e, start: d === null ? null : startDay(d) };
      });
      keyed.sort((a, b) =>
        a.start === b.start ? 0 : a.start === null ? 1 : b.start === null ? -1 : a.start < b.start ? -1 : 1,
      );
      const dated = keyed.filter((k) => k.start !== null);
      return {
        actor,
        events: keyed.map((k) => k.e),
        starts: dated.map((k) => k.start as string),
        order,
      };
    });
    this.byTarget.set(target, list);
    return list;
  }

  /** Rows as `ledger(events, target, {asOf})` orders them: highest rung first, then by actor id. */
  ledger(target: string, asOf: string | undefined): ApiLedgerRow[] {
    return this.entries(target, asOf).map((e) => e.row);
  }

  /** The same rows, each as its JSON text (made once per row, as the row itself). */
  ledgerJson(target: string, asOf: string | undefined): string[] {
    return this.entries(target, asOf).map((e) => e.json);
  }

  private entries(target: string, asOf: string | undefined): CachedRow[] {
    const day = asOf === undefined ? null : endDay(asOf);
    const out: CachedRow[] = [];
    for (const a of this.actors(target)) {
      // Without a date every event counts, undated ones too (as `visibleAsOf` has it).
      const k = day === null ? a.events.length : countUpTo(a.starts, day);
      if (k === 0) continue;
      const entry = this.rows.getOrSet(`${target}\u0000${a.actor}\u0000${k}`, () => {
        const visible = a.events.slice(0, k).sort((x, y) => (a.order.get(x) ?? 0) - (a.order.get(y) ?? 0));
        const row = ledgerRowJson(ledger(visible, target)[0]);
        return { row, json: JSON.stringify(row) };
      });
      out.push(entry);
    }
    return out.sort(
      (x, y) => y.row.level - x.row.level || (x.row.actor < y.row.actor ? -1 : x.row.actor > y.row.actor ? 1 : 0),
    );
  }
}
