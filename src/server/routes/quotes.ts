// Who said what: quotes with the speaker, whom they speak for, and the events they comment on.
import { whoSaidWhat } from '../../analyze/index.ts';
import { jsonText, type RouteModule } from '../context.ts';
import { quoteJson } from '../present.ts';
import { quotesQuery } from '../schemas.ts';
import { query } from '../validate.ts';

export const quoteRoutes: RouteModule = (app, deps) => {
  app.get('/api/quotes', (c) => {
    const { doc, entity, target } = query(c, quotesQuery);
    const r = deps.records.get();
    return jsonText(
      c,
      r.cached(`quotes|${doc ?? ''}|${entity ?? ''}|${target ?? ''}`, () => {
        const docs = doc ? [doc] : [...new Set(r.quotes.map((q) => q.doc))].sort();
        const out = [];
        for (const d of docs) {
          const { events, quotes } = r.inDocument(d);
          for (const said of whoSaidWhat(
            quotes.filter((q) => !entity || q.entity === entity),
            events,
          )) {
            const links = target
              ? said.links.filter((l) => {
                  const e = r.byId.get(l.eventId);
                  return e !== undefined && (e.target === target || e.actor === target);
                })
              : said.links;
            if (target && links.length === 0) continue;
            out.push(quoteJson({ quote: said.quote, links }, r.byId, r.sources));
          }
        }
        return out;
      }),
    );
  });
};
