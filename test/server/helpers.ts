// A temporary store with the example corpus, and a JSON request helper for in-process app tests.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DIR } from '../../src/cli/commands/demo.ts';
import { DEFAULT_MAX_BYTES, loadManifest } from '../../src/ingest/index.ts';
import { ingestInputs } from '../../src/pipeline.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export interface TempStore {
  store: Store;
  dir: string;
  path: string;
  cleanup(): void;
}

export function emptyStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-server-test-'));
  const path = join(dir, 'test.db');
  const store = openStore(path);
  return {
    store,
    dir,
    path,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A store holding examples/taliban-2025, ingested with its manifest as `chancery demo` does. */
export async function exampleStore(): Promise<TempStore> {
  const temp = emptyStore();
  const manifest = loadManifest(join(EXAMPLE_DIR, 'manifest.jsonl'));
  const files = readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(EXAMPLE_DIR, f));
  for await (const outcome of ingestInputs(temp.store, files, { maxBytes: DEFAULT_MAX_BYTES, manifest })) {
    if (outcome.kind === 'failed') throw new Error(`example ${outcome.file}: ${outcome.reason}`);
  }
  return temp;
}

export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

type Fetcher = { request(input: string, init?: RequestInit): Response | Promise<Response> };

// biome-ignore lint/suspicious/noExplicitAny: tests read loosely typed bodies by default
export async function getJson<T = any>(app: Fetcher, path: string, init?: RequestInit): Promise<JsonResponse<T>> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not JSON (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

export function postJson(app: Fetcher, path: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(app, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
