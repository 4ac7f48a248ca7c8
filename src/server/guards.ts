// Who may do what. Reads are open; writes (ingest) need the bearer token when one is set, and
// never come from another site's page (a form post to localhost is a cross-site request).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Whether a bind address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Compares in constant time (over digests, so the lengths need not match). */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Requires the bearer token (when set) and a same-origin request for every route it guards. */
export function writeGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null') {
      let sameHost = false;
      try {
        sameHost = new URL(origin).host === new URL(c.req.url).host;
      } catch {}
      if (!sameHost)
        throw new ApiError(403, 'forbidden_origin', 'writes are accepted only from this server’s own page');
    } else if (origin === 'null') {
      throw new ApiError(403, 'forbidden_origin', 'writes are accepted only from this server’s own page');
    }
    if (token !== null) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match || !tokenMatches(match[1], token)) {
        c.header('WWW-Authenticate', 'Bearer realm="chancery"');
        throw new ApiError(401, 'unauthorized', 'this server needs Authorization: Bearer <token> for writes');
      }
    }
    await next();
  };
}

/**
 * On a loopback server, refuses requests whose Host is not a loopback name: a web page on another
 * site cannot then read the API through DNS rebinding (its requests carry its own host name).
 */
export function loopbackHostGuard(): MiddlewareHandler {
  // Verdicts by the URL up to its path, which holds the host: parsing a URL per request costs more
  // than serving a cached view. Only allowed ones are kept, so foreign names cannot fill the set.
  const allowed = new Set<string>();
  return async (c, next) => {
    const url = c.req.url;
    const origin = url.slice(0, url.indexOf('/', url.indexOf('//') + 2) >>> 0);
    if (!allowed.has(origin)) {
      const host = new URL(origin).hostname.toLowerCase();
      if (!LOOPBACK_NAMES.includes(host) && !isLoopback(host)) {
        throw new ApiError(421, 'misdirected_request', `this server answers only to loopback host names, not ${host}`);
      }
      if (allowed.size < 64) allowed.add(origin);
    }
    await next();
  };
}
