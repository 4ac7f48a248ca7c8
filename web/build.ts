// Builds the page into web/dist with Vite. `--if-stale` builds only when dist is missing or older
// than a source file: `npm start` and the browser tests call it so that a fresh clone just works.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST = join(WEB, 'dist');
const BUILT = join(WEB_DIST, 'index.html');

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether web/dist is missing or older than the page's sources (or the server types they use). */
export function isStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const sources = [
    join(WEB, 'src'),
    join(WEB, 'index.html'),
    join(WEB, 'vite.config.ts'),
    join(WEB, '..', 'src', 'server', 'api-types.ts'),
  ];
  return Math.max(...sources.map(newest)) > statSync(BUILT).mtimeMs;
}

/** Builds web/dist (when stale, with `ifStale`); true when it built. */
export async function buildWeb({ ifStale = false } = {}): Promise<boolean> {
  if (ifStale && !isStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), root: WEB, logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const built = await buildWeb({ ifStale: process.argv.includes('--if-stale') });
  console.log(built ? `web/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'web/dist is up to date');
}
