// The HTTP app: JSON API under /api and the built page, as a Hono app that tests call in process.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import type { ServerDeps } from './context.ts';
import { ApiError, handleError } from './errors.ts';
import { loopbackHostGuard } from './guards.ts';
import { ResponseMemo } from './memo.ts';
import { RecordsSource } from './records.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { forecastRoutes } from './routes/forecast.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { metaRoutes } from './routes/meta.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { timelineRoutes } from './routes/timeline.ts';
import { DEFAULT_WEB_DIR, servePage } from './static.ts';
import { startWarming } from './warm.ts';

/** 10 MiB, as `chancery ingest --max-bytes` defaults to. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Writes need `Authorization: Bearer <token>` when set. */
  token?: string | null;
  /** The built page; null serves the API only. Default: web/dist. */
  webDir?: string | null;
  maxBodyBytes?: number;
  /** Answer only to loopback host names (set when bound to loopback; see loopbackHostGuard). */
  loopbackOnly?: boolean;
  /** Bytes of response bodies cached per store revision. */
  cacheBytes?: number;
  /** Precompute the main targets' ledgers and timelines in the background after each load. */
  warm?: boolean;
}

const ROUTES = [
  metaRoutes,
  documentRoutes,
  eventRoutes,
  ledgerRoutes,
  timelineRoutes,
  conflictRoutes,
  quoteRoutes,
  forecastRoutes,
  ingestRoutes,
];

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface ChanceryApp extends Hono {
  /** Loads (or reloads) the store's records now rather than on the first request. */
  warm(): void;
  /** Repeated GETs of cached views, answered without going through Hono (used by listen.ts). */
  readonly memo: ResponseMemo;
}

export function createApp(opts: AppOptions): ChanceryApp {
  const records = new RecordsSource(opts.store, {
    cacheBytes: opts.cacheBytes,
    onLoad: opts.warm ? (r, source) => startWarming(source, r) : undefined,
  });
  const deps: ServerDeps = {
    store: opts.store,
    records,
    token: opts.token ?? null,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    version,
  };
  const app = new Hono() as ChanceryApp;
  app.onError(handleError);
  if (opts.loopbackOnly) app.use('*', loopbackHostGuard());
  for (const register of ROUTES) register(app, deps);
  app.all('/api/*', (c) => {
    const known = app.routes.some((r) => r.method !== 'ALL' && matches(r.path, c.req.path));
    if (known) throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}`);
    throw new ApiError(404, 'not_found', `no endpoint ${c.req.path}`);
  });
  const webDir = opts.webDir === undefined ? DEFAULT_WEB_DIR : opts.webDir;
  if (webDir !== null) app.use('*', servePage(webDir));
  app.notFound((c) => c.text('not found', 404));
  app.warm = () => void records.get();
  (app as { memo: ResponseMemo }).memo = new ResponseMemo(records);
  return app;
}

/** Whether a route pattern (`/api/events/:id`) matches a path. */
function matches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((part, i) => part.startsWith(':') || part === b[i]);
}
