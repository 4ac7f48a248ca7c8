// Binding the app to a port. Loopback is the default; any other address must have a write token.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { UsageError } from '../core/errors.ts';
import { type AppOptions, type ChanceryApp, createApp } from './app.ts';
import { isLoopback } from './guards.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8377;

export interface ServeOptions extends Omit<AppOptions, 'loopbackOnly'> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Answer repeated GETs of cached views without going through Hono (memo.ts; default true). */
  fastPath?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  app: ChanceryApp;
  close(): Promise<void>;
}

/** Throws a UsageError when the address is reachable from other machines and no token guards writes. */
export function checkExposure(host: string, token: string | null | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new UsageError(
      `refusing to serve on ${host} without a token: anyone who can reach it could ingest documents. ` +
        'Pass --token or set CHANCERY_TOKEN, or serve on 127.0.0.1.',
    );
  }
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  checkExposure(host, opts.token);
  const app = createApp({ warm: true, ...opts, loopbackOnly: isLoopback(host) });
  // Consolidate before accepting connections, so the first visitor does not wait for it.
  app.warm();
  return new Promise((resolve, reject) => {
    const hono = getRequestListener(app.fetch, { hostname: host });
    const server = createServer(opts.fastPath === false ? hono : app.memo.listener(hono));
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      const info = server.address() as AddressInfo;
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        app,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections (a browser, a benchmark) would hold close() open.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
