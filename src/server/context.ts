// What every route module is given: the store, its cached records, and the app's limits.
import type { Context, Hono } from 'hono';
import type { Store } from '../store/index.ts';
import type { CachedBody } from './body.ts';
import type { RecordsSource } from './records.ts';

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

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 has for GET). */
function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.slice(2);
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return (t.startsWith('W/') ? t.slice(2) : t) === bare;
  });
}

/**
 * A JSON response from a cached body, gzipped when the client accepts it (as browsers do), with an
 * ETag so that a page asking again for a view it has (the slider going back) gets a 304 and no body.
 */
export function jsonText(c: Context, cached: CachedBody): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    vary: 'accept-encoding',
    etag: cached.etag,
  };
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, cached.etag)) {
    return new Response(null, { status: 304, headers: { vary: headers.vary, etag: headers.etag } });
  }
  if (cached.gzip !== null && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    headers['content-encoding'] = 'gzip';
    return new Response(bytes(cached.gzip), { status: 200, headers });
  }
  return new Response(bytes(cached.body), { status: 200, headers });
}
