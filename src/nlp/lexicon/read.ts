// Reading lexicon JSON files with checks that name the file and the entry at fault.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LexiconError } from './errors.ts';

/** A surface as declared in a lexicon file: a string or an object with flags. */
export interface SurfaceSpec {
  readonly s: string;
  readonly ambiguous: boolean;
  readonly caseSensitive: boolean;
  readonly note?: string;
}

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Reads `rel` under `root`; errors name the file as `label/rel`. */
export function readJson(root: string, label: string, rel: string): { file: string; data: unknown } {
  const file = `${label}/${rel}`;
  let text: string;
  try {
    text = readFileSync(join(root, rel), 'utf8');
  } catch (e) {
    throw new LexiconError(file, '(file)', `cannot read: ${(e as Error).message}`);
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch (e) {
    throw new LexiconError(file, '(file)', `invalid JSON: ${(e as Error).message}`);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Typed access to one entry's fields; every failure names the file and the entry. */
export class Fields {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly obj: Record<string, unknown>,
  ) {}

  static of(file: string, entry: string, v: unknown): Fields {
    if (!isObject(v)) throw new LexiconError(file, entry, 'expected an object');
    return new Fields(file, entry, v);
  }

  fail(reason: string): never {
    throw new LexiconError(this.file, this.entry, reason);
  }

  /** Rejects keys outside `allowed` (keys starting with '$' are comments). */
  only(allowed: readonly string[]): this {
    for (const k of Object.keys(this.obj)) {
      if (!k.startsWith('$') && !allowed.includes(k)) this.fail(`unknown field "${k}"`);
    }
    return this;
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  str(key: string): string {
    const v = this.obj[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string`);
    return v;
  }

  optStr(key: string): string | undefined {
    return this.has(key) ? this.str(key) : undefined;
  }

  optBool(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') this.fail(`"${key}" must be true or false`);
    return v;
  }

  list(key: string): unknown[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) this.fail(`"${key}" must be a list`);
    return v;
  }

  strList(key: string): string[] {
    const v = this.obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.fail(`"${key}" must be a list of non-empty strings`);
    }
    return v as string[];
  }

  surfaces(key: string): SurfaceSpec[] {
    const v = this.obj[key] ?? [];
    if (!Array.isArray(v)) this.fail(`"${key}" must be a list`);
    return v.map((x, i) => {
      if (typeof x === 'string' && x.trim() !== '') return { s: x, ambiguous: false, caseSensitive: false };
      if (!isObject(x)) this.fail(`${key}[${i}] must be a non-empty string or an object with "s"`);
      const f = Fields.of(this.file, `${this.entry} ${key}[${i}]`, x).only(['s', 'ambiguous', 'caseSensitive', 'note']);
      return {
        s: f.str('s'),
        ambiguous: f.optBool('ambiguous') ?? false,
        caseSensitive: f.optBool('caseSensitive') ?? false,
        note: f.optStr('note'),
      };
    });
  }

  /** A YYYY, YYYY-MM or YYYY-MM-DD string; null allowed when `nullable`; absent gives undefined. */
  date(key: string, nullable = false): string | null | undefined {
    const v = this.obj[key];
    if (v === undefined) return undefined;
    if (v === null && nullable) return null;
    if (typeof v !== 'string' || !DATE_RE.test(v)) this.fail(`"${key}" must be a date YYYY[-MM[-DD]]`);
    return v;
  }
}

/** First and last day of a partial date, for comparisons. */
export function dateBounds(d: string): [string, string] {
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [d, d];
}
