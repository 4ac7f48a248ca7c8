// Health, the targets in the store, the ladder (for the legend) and the OpenAPI document.
import { DEFAULT_LADDER } from '../../analyze/index.ts';
import type { ApiHealth, ApiLadder } from '../api-types.ts';
import { jsonText, type RouteModule } from '../context.ts';
import { openApiDocument } from '../openapi.ts';
import { emptyQuery } from '../schemas.ts';
import { query } from '../validate.ts';
import { targetsJson } from '../views.ts';

export const metaRoutes: RouteModule = (app, deps) => {
  app.get('/api/health', (c) => {
    query(c, emptyQuery);
    const r = deps.records.get();
    const body: ApiHealth = {
      ok: true,
      version: deps.version,
      revision: r.revision,
      documents: r.documents.length,
      mentions: r.mentionCount,
      events: r.events.length,
      writeToken: deps.token !== null,
      warming: r.warming,
    };
    return c.json(body);
  });

  app.get('/api/targets', (c) => {
    query(c, emptyQuery);
    const r = deps.records.get();
    return jsonText(c, targetsJson(r));
  });

  app.get('/api/ladder', (c) => {
    query(c, emptyQuery);
    const body: ApiLadder = {
      rungs: DEFAULT_LADDER.rungs.map(({ id, label, level }) => ({ id, label, level })),
      stances: DEFAULT_LADDER.stances.map(({ id, label }) => ({ id, label })),
    };
    return c.json(body);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(deps.version)));
};
