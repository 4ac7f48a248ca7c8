// Where every actor stands toward a target as of a date, and the evidence behind one actor's row.

import { entityName, ledger, visibleAsOf } from '../../analyze/index.ts';
import { compareEvents } from '../../consolidate/index.ts';
import type { ApiEvidence } from '../api-types.ts';
import { jsonText, type RouteModule } from '../context.ts';
import { eventJson, ledgerRowJson, quoteJson } from '../present.ts';
import { linkedQuotes } from '../quotes.ts';
import { evidenceQuery, ledgerQuery } from '../schemas.ts';
import { query } from '../validate.ts';
import { ledgerJson } from '../views.ts';

export const ledgerRoutes: RouteModule = (app, deps) => {
  // The slider asks for one ledger per month; each (target, asOf) is computed once per revision.
  app.get('/api/ledger', (c) => {
    const { target, asOf } = query(c, ledgerQuery);
    const r = deps.records.get();
    return jsonText(c, ledgerJson(r, target, asOf));
  });

  app.get('/api/evidence', (c) => {
    const { target, actor, asOf } = query(c, evidenceQuery);
    const r = deps.records.get();
    return jsonText(
      c,
      r.cached(`evidence|${target}|${actor}|${asOf ?? ''}`, () => {
        // Both directions: what the target did toward the actor belongs to the story too.
        const events = [
          ...r.towards(target).filter((e) => e.actor === actor),
          ...r.towards(actor).filter((e) => e.actor === target),
        ]
          .filter((e) => visibleAsOf(e, asOf))
          .sort(compareEvents);
        const row = ledger(
          events.filter((e) => e.target === target),
          target,
          { asOf },
        )[0];
        const body: ApiEvidence = {
          target,
          targetName: entityName(target),
          actor,
          name: entityName(actor),
          asOf: asOf ?? null,
          row: row ? ledgerRowJson(row, true) : null,
          events: events.map(eventJson),
          quotes: linkedQuotes(r, events).map((s) => quoteJson(s, r.byId, r.sources)),
        };
        return body;
      }),
    );
  });
};
