// Shared by the ingest tests: temp folders and draining readInputs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../src/core/errors.ts';
import type { ArticleInput } from '../../src/core/types.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions, readInputs } from '../../src/ingest/index.ts';

export const FIXTURES = new URL('../fixtures/ingest/', import.meta.url).pathname;

/** A fresh temp folder with the given files (string → UTF-8, Uint8Array → bytes as is). */
export function tempFiles(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-ingest-'));
  for (const [name, body] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  return dir;
}

export async function readAll(
  paths: string[],
  opts: Partial<ReadOptions> = {},
): Promise<{ articles: ArticleInput[]; errors: InputError[]; all: (ArticleInput | InputError)[] }> {
  const all: (ArticleInput | InputError)[] = [];
  for await (const x of readInputs(paths, { maxBytes: DEFAULT_MAX_BYTES, ...opts })) all.push(x);
  return {
    all,
    articles: all.filter((x): x is ArticleInput => !(x instanceof InputError)),
    errors: all.filter((x): x is InputError => x instanceof InputError),
  };
}

/** A paragraph of plain English news prose, long enough for language detection. */
export const ENGLISH =
  'The foreign ministry said on Thursday that the government had decided to recognise the new administration, ' +
  'after months of talks between the two countries about trade, security and the reopening of their embassies. ' +
  'Officials said the ambassador would present his credentials next week.';
