import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Lexicon files live in the repository's lexicon/ folder; they are read once and kept immutable.
const ROOT = fileURLToPath(new URL('../../lexicon/', import.meta.url));
const cache = new Map<string, unknown>();

export function lexiconPath(rel: string): string {
  return ROOT + rel;
}

/** A word list: one entry per line, `#` comments and blank lines ignored, lowercased. */
export function loadWordList(rel: string): ReadonlySet<string> {
  return memo(`words:${rel}`, () => {
    const out = new Set<string>();
    for (const line of readFileSync(lexiconPath(rel), 'utf8').split('\n')) {
      const t = line.replace(/#.*$/, '').trim().toLowerCase();
      if (t) out.add(t);
    }
    return out;
  });
}

/** A JSON lexicon file, parsed once; `check` validates it and names the file in its error. */
export function loadJson<T>(rel: string, check?: (value: unknown, file: string) => T): T {
  return memo(`json:${rel}`, () => {
    const file = lexiconPath(rel);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`lexicon ${rel}: ${(e as Error).message}`);
    }
    return check ? check(value, rel) : (value as T);
  });
}

function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, Object.freeze(make()));
  return cache.get(key) as T;
}
