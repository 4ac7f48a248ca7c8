// A manifest says what a folder of saved texts cannot: each document's title, outlet, URL
// and date, keyed by document id (its file name). JSON Lines (one {"doc": ...} per line,
// as corpus/*.manifest.jsonl), a JSON array, or CSV with a header row.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError } from '../core/errors.ts';
import type { ArticleInput } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { osReason } from './os-error.ts';

export interface ManifestEntry {
  doc: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
}

const FIELDS = ['title', 'outlet', 'url', 'published'] as const;

function entryFrom(rec: unknown, where: string): ManifestEntry {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new InputError(where, 'not an object');
  const r = rec as Record<string, unknown>;
  if (typeof r.doc !== 'string' || !r.doc.trim()) throw new InputError(where, 'missing "doc"');
  const entry: ManifestEntry = { doc: r.doc.trim() };
  for (const f of FIELDS) {
    const v = r[f];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') throw new InputError(where, `"${f}" is not a string`);
    entry[f] = v.trim();
  }
  if (entry.published) {
    // Stored as a PartialDate, so a manifest date that cannot be read is an error now, not later.
    const d = normalizeDate(entry.published);
    if (!d) throw new InputError(where, `"published" is not a date: ${entry.published}`);
    entry.published = d;
  }
  return entry;
}

/** The names a folder's own manifest may have, in the order they are looked for. */
export const FOLDER_MANIFESTS = ['manifest.jsonl', 'manifest.json', 'manifest.csv'];

/** The manifest a folder keeps beside its articles ("corpus/manifest.jsonl"), if the input is such a folder. */
export function folderManifest(input: string): string | null {
  try {
    if (!statSync(input).isDirectory()) return null;
  } catch {
    // A missing input is reported by the reader, with its reason.
    return null;
  }
  for (const name of FOLDER_MANIFESTS) {
    const path = join(input, name);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Reads a manifest into a map by doc; throws InputError naming the file (and line) on a bad one. */
export function loadManifest(path: string): Map<string, ManifestEntry> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, osReason(e));
  }
  const entries: ManifestEntry[] = [];
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    let rows: Record<string, string>[];
    try {
      rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (e) {
      throw new InputError(path, `invalid CSV: ${(e as Error).message}`);
    }
    for (const [i, row] of rows.entries()) entries.push(entryFrom(row, `${path}:${i + 2}`));
  } else if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new InputError(path, `invalid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(data)) throw new InputError(path, 'expected a JSON array of entries');
    for (const [i, rec] of data.entries()) entries.push(entryFrom(rec, `${path}#${i + 1}`));
  } else {
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new InputError(`${path}:${i + 1}`, 'invalid JSON');
      }
      entries.push(entryFrom(rec, `${path}:${i + 1}`));
    }
  }
  // A later entry for the same doc replaces an earlier one.
  return new Map(entries.map((e) => [e.doc, e]));
}

/** The input with the manifest's non-null fields in place of its own. Looked up by id, then URL. */
export function applyManifest(input: ArticleInput, manifest: Map<string, ManifestEntry>): ArticleInput {
  const entry = manifest.get(input.id) ?? (input.url ? manifest.get(input.url) : undefined);
  if (!entry) return input;
  const out: ArticleInput = { ...input, flags: [...input.flags] };
  for (const f of FIELDS) {
    const v = entry[f];
    if (v !== undefined && v !== null && v !== '') out[f] = v;
  }
  if (out.published !== null) out.flags = out.flags.filter((f) => f !== 'no-date');
  return out;
}
