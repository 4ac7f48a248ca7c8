// Who may recognize a target next (src/analyze/forecast), ranked with the reasons behind each row.
// Kept in one module: the forecast is young and its options may change.
import { today } from '../../analyze/forecast/dates.ts';
import { forecast, historyEvents, recognizersAt } from '../../analyze/forecast/index.ts';
import type { Event } from '../../core/types.ts';
import type { ApiForecast } from '../api-types.ts';
import { jsonText, type RouteModule } from '../context.ts';
import { ApiError } from '../errors.ts';
import { forecastQuery } from '../schemas.ts';
import { query } from '../validate.ts';

export const forecastRoutes: RouteModule = (app, deps) => {
  app.get('/api/forecast', (c) => {
    const { target, asOf = today(), horizon, top, history } = query(c, forecastQuery);
    const r = deps.records.get();
    return jsonText(
      c,
      r.cached(`forecast|${target}|${asOf}|${horizon}|${top}|${history}`, () => {
        // As the CLI does: the store's events, plus the reference cascades of data/history.
        const events: Event[] = [...r.events];
        if (history) events.push(...historyEvents(target));
        let rows: ReturnType<typeof forecast>;
        try {
          rows = forecast(events, target, { asOf, horizon });
        } catch (err) {
          if (err instanceof RangeError) throw new ApiError(400, 'invalid_request', err.message);
          throw err;
        }
        const body: ApiForecast = {
          target,
          asOf,
          horizon,
          total: rows.length,
          recognizers: recognizersAt(events, target, asOf).map(({ state, name, date }) => ({ state, name, date })),
          rows: rows.slice(0, top).map((row) => ({
            rank: row.rank,
            state: row.state,
            name: row.name,
            probability: row.probability,
            reasons: row.reasons.map((reason) => ({
              feature: reason.feature,
              text: reason.text,
              contribution: reason.contribution,
              common: reason.common,
              events: reason.refs.flatMap((ref) => (ref.kind === 'event' && r.byId.has(ref.id) ? [ref.id] : [])),
            })),
          })),
        };
        return body;
      }),
    );
  });
};
