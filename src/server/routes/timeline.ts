// Events in date order for a target, an actor or an entity, within a period; paginated briefs.
import { jsonText, type RouteModule } from '../context.ts';
import { timelineQuery } from '../schemas.ts';
import { query } from '../validate.ts';
import { timelineJson } from '../views.ts';

export const timelineRoutes: RouteModule = (app, deps) => {
  app.get('/api/timeline', (c) => {
    const { limit, offset, ...filter } = query(c, timelineQuery);
    return jsonText(c, timelineJson(deps.records.get(), filter, limit, offset));
  });
};
