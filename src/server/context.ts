// What every route module is given: the store, its cached records, and the app's limits.
import type { Context, Hono } from 'hono';
import type { Store } from '../store/index.ts';
import type { CachedBody, RecordsSource } from './records.ts';

export interface ServerDeps {
  store: Store;
  records: RecordsSource;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token: string | null;
  /** Largest accepted request body, in bytes (pasted text and uploads alike). */
  maxBodyBytes: number;
  version: string;
}

export type App = Hono;

/** A route module: adds its endpoints to the app. */
export type RouteModule = (app: App, deps: ServerDeps) => void;

/** Node's Buffer is a Uint8Array, which the server writes as is; DOM typings want it spelt so. */
function bytes(b: Buffer): BodyInit {
  return b as unknown as Uint8Array<ArrayBuffer>;
}

/** Bodies smaller than this are sent as they are: gzip saves nothing worth its header. */
const GZIP_FROM = 1024;

/**
 * A JSON response from a cached body (kept serialized), gzipped when the client accepts it, as
 * browsers do: a ledger of 250 rows is 150 kB as text and a tenth of that compressed.
 */
export function jsonText(c: Context, cached: CachedBody): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    vary: 'accept-encoding',
  };
  if (cached.body.byteLength >= GZIP_FROM && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    headers['content-encoding'] = 'gzip';
    return new Response(bytes(cached.gzip), { status: 200, headers });
  }
  return new Response(bytes(cached.body), { status: 200, headers });
}
