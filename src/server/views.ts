// Response bodies that are worth caching, built and cached here so that the routes and the
// background precompute (warm.ts) share one cache key per view.
import { effectiveDate, entityName, timeline } from '../analyze/index.ts';
import { compareDates } from '../consolidate/index.ts';
import type { Action, Mode } from '../core/types.ts';
import type { ApiEventBrief, ApiLedger, ApiPage, ApiTarget } from './api-types.ts';
import type { CachedBody } from './body.ts';
import { eventBrief, eventJson } from './present.ts';
import type { Records } from './records.ts';

export function targetsJson(r: Records): CachedBody {
  return r.cached('targets', () => {
    const out: ApiTarget[] = [];
    for (const [id, events] of r.targets()) {
      const actors = new Set(events.filter((e) => e.actor !== id).map((e) => e.actor));
      if (actors.size === 0) continue;
      const dates = events.map(effectiveDate).filter((d): d is string => d !== null);
      dates.sort(compareDates);
      out.push({
        id,
        name: entityName(id),
        events: events.length,
        actors: actors.size,
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
      });
    }
    // Most-covered first: the target an analyst most likely came for.
    return out.sort((a, b) => b.actors - a.actors || b.events - a.events || (a.id < b.id ? -1 : 1));
  });
}

export function ledgerJson(r: Records, target: string, asOf: string | undefined): CachedBody {
  return r.cachedText(`ledger|${target}|${asOf ?? ''}`, () => {
    const head: Omit<ApiLedger, 'rows'> = { target, targetName: entityName(target), asOf: asOf ?? null };
    // The text of ApiLedger, `rows` last, joined from the rows' own texts (each made once).
    return `${JSON.stringify(head).slice(0, -1)},"rows":[${r.ledgers.ledgerJson(target, asOf).join(',')}]}`;
  });
}

export interface TimelineFilter {
  target?: string;
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
  mode?: Mode;
}

export function timelineJson(r: Records, filter: TimelineFilter, limit: number, offset: number): CachedBody {
  const { mode, ...rest } = filter;
  const key = `timeline|${JSON.stringify([rest.target, rest.actor, rest.entity, rest.from, rest.to, mode])}`;
  return r.cached(`${key}|${limit}|${offset}`, () => {
    const all = r.filtered(key, () =>
      timeline(rest.target ? r.towards(rest.target) : r.events, { ...rest, modes: mode ? [mode] : undefined }),
    );
    const page: ApiPage<ApiEventBrief> = {
      total: all.length,
      offset,
      limit,
      items: all.slice(offset, offset + limit).map(eventBrief),
    };
    return page;
  });
}

export interface EventsFilter {
  target?: string;
  actor?: string;
  entity?: string;
  action?: Action;
  mode?: Mode;
}

export function eventsJson(r: Records, filter: EventsFilter, limit: number, offset: number): CachedBody {
  const key = `events|${JSON.stringify(filter)}`;
  return r.cachedText(`${key}|${limit}|${offset}`, () => {
    const all = r.filtered(key, () =>
      (filter.target ? r.towards(filter.target) : r.events).filter(
        (e) =>
          (!filter.actor || e.actor === filter.actor) &&
          (!filter.entity || e.actor === filter.entity || e.target === filter.entity) &&
          (!filter.action || e.action === filter.action) &&
          (!filter.mode || e.mode === filter.mode),
      ),
    );
    const items = r.pageJson(all.slice(offset, offset + limit), eventJson);
    // The shape of ApiPage<ApiEvent>, with the items already serialized.
    return `{"total":${all.length},"offset":${offset},"limit":${limit},"items":${items}}`;
  });
}
