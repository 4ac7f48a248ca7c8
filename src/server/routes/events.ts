// Merged events, paginated and filtered, and one event with the quotes that comment on it.
import { jsonText, type RouteModule } from '../context.ts';
import { notFound } from '../errors.ts';
import { eventJson, quoteJson } from '../present.ts';
import { linkedQuotes } from '../quotes.ts';
import { emptyQuery, eventsQuery } from '../schemas.ts';
import { query } from '../validate.ts';
import { eventsJson } from '../views.ts';

export const eventRoutes: RouteModule = (app, deps) => {
  app.get('/api/events', (c) => {
    const { limit, offset, ...filter } = query(c, eventsQuery);
    return jsonText(c, eventsJson(deps.records.get(), filter, limit, offset));
  });

  app.get('/api/events/:id', (c) => {
    query(c, emptyQuery);
    const r = deps.records.get();
    const id = c.req.param('id');
    const event = r.byId.get(id);
    if (!event) throw notFound(`no event ${JSON.stringify(id)}`);
    return jsonText(
      c,
      r.cached(`event|${id}`, () => ({
        ...eventJson(event),
        quotes: linkedQuotes(r, [event]).map((s) => quoteJson(s, r.byId, r.sources)),
      })),
    );
  });
};
