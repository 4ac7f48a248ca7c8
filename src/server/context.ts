// What every route module is given: the store, its cached records, and the app's limits.
import type { Context, Hono } from 'hono';
import type { Store } from '../store/index.ts';
import type { CachedBody } from './body.ts';
import { noteCachedBody } from './memo.ts';
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

/** What is sent for a cached body: status, headers (in the order written) and body. */
export interface CachedReply {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * The reply for a cached body, gzipped when the client accepts it (as browsers do), with an ETag so
 * that a page asking again for a view it has (the slider going back) gets a 304 and no body. Shared
 * by the routes (jsonText) and the server's fast path for cached views (memo.ts).
 */
export function cachedReply(
  cached: CachedBody,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): CachedReply {
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, cached.etag)) {
    return { status: 304, headers: { vary: 'accept-encoding', etag: cached.etag }, body: null };
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    vary: 'accept-encoding',
    etag: cached.etag,
  };
  if (cached.gzip !== null && /\bgzip\b/.test(acceptEncoding ?? '')) {
    headers['content-encoding'] = 'gzip';
    return { status: 200, headers, body: cached.gzip };
  }
  return { status: 200, headers, body: cached.body };
}

/** A JSON response from a cached body (see cachedReply); the node server may then memoize it (memo.ts). */
export function jsonText(c: Context, cached: CachedBody): Response {
  const reply = cachedReply(cached, c.req.header('if-none-match'), c.req.header('accept-encoding'));
  noteCachedBody(c.env, cached);
  return new Response(reply.body === null ? null : bytes(reply.body), { status: reply.status, headers: reply.headers });
}
