// Merged events, paginated and filtered, and one event with the quotes that comment on it.
import { jsonText, type RouteModule } from '../context.ts';
import { notFound } from '../errors.ts';
import { eventJson, quoteJson } from '../present.ts';
import { linkedQuotes } from '../quotes.ts';
import { emptyQuery, eventsQuery } from '../schemas.ts';
import { query } from '../validate.ts';

export const eventRoutes: RouteModule = (app, deps) => {
  app.get('/api/events', (c) => {
    const { limit, offset, ...filter } = query(c, eventsQuery);
    const r = deps.records.get();
    const key = `events|${JSON.stringify(filter)}`;
    return jsonText(
      c,
      r.cachedText(`${key}|${limit}|${offset}`, () => {
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
      }),
    );
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
