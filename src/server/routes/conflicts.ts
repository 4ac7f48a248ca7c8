// Where sources disagree: an event's date, or whether it happened at all.
import type { Conflict } from '../../core/types.ts';
import type { ApiConflictItem } from '../api-types.ts';
import { jsonText, type RouteModule } from '../context.ts';
import { eventBrief } from '../present.ts';
import { conflictsQuery } from '../schemas.ts';
import { query } from '../validate.ts';

export const conflictRoutes: RouteModule = (app, deps) => {
  app.get('/api/conflicts', (c) => {
    const { target, kind } = query(c, conflictsQuery);
    const r = deps.records.get();
    return jsonText(
      c,
      r.cached(`conflicts|${target ?? ''}|${kind ?? ''}`, () => {
        const seen = new Set<Conflict>();
        const out: ApiConflictItem[] = [];
        for (const e of r.events) {
          if (target && e.actor !== target && e.target !== target) continue;
          for (const conflict of e.conflicts) {
            // An assertion conflict sits on both the asserted and the negated event: report it once.
            if (seen.has(conflict) || (kind && conflict.kind !== kind)) continue;
            seen.add(conflict);
            out.push({ event: eventBrief(e), conflict });
          }
        }
        return out;
      }),
    );
  });
};
