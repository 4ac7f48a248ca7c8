// The built page (web/dist) and its assets. Files are looked up by name inside the folder only.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page runs only its own scripts and talks only to this server: article text that slipped into
 * markup could still not run code or send data elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Chancery</title>
<p>The page is not built yet: run <code>npm run build:web</code> (or <code>npm start</code>). The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

async function file(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Serves GET requests outside /api from `dir`: `/` is index.html; hashed assets are cached for long. */
export function servePage(dir: string): MiddlewareHandler {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    let name: string;
    try {
      name = decodeURIComponent(c.req.path === '/' ? '/index.html' : c.req.path);
    } catch {
      return next();
    }
    const path = normalize(join(root, name));
    if (!path.startsWith(root) || name.includes('\0')) return next();
    const body = await file(path);
    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (body === null) {
      if (c.req.path !== '/') return next();
      return c.html(NOT_BUILT, 503, { ...headers, 'content-security-policy': CONTENT_SECURITY_POLICY });
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    headers['content-type'] = type;
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['cache-control'] = 'no-cache';
    } else if (name.startsWith('/assets/')) {
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    }
    return c.body(new Uint8Array(body), 200, headers);
  };
}
