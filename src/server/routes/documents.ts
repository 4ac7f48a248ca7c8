// The stored documents: a listing, and one document with its text and the records found in it.
import { jsonText, type RouteModule } from '../context.ts';
import { notFound } from '../errors.ts';
import { documentJson, documentSummary } from '../present.ts';
import { emptyQuery } from '../schemas.ts';
import { query } from '../validate.ts';

export const documentRoutes: RouteModule = (app, deps) => {
  app.get('/api/documents', (c) => {
    query(c, emptyQuery);
    const r = deps.records.get();
    return jsonText(
      c,
      r.cached('documents', () => r.documents.map(documentSummary)),
    );
  });

  app.get('/api/documents/:id', (c) => {
    query(c, emptyQuery);
    const id = c.req.param('id');
    const doc = deps.store.getDocument(id);
    if (!doc) throw notFound(`no document ${JSON.stringify(id)}`);
    return c.json(documentJson(doc, deps.store.mentions({ doc: id }), deps.store.quotes({ doc: id })));
  });
};
