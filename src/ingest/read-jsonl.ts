// Article exports as JSON Lines (one object per line) or JSON (an array of objects, or
// one object). A bad line is reported on its own and the other lines still count.
import { InputError } from '../core/errors.ts';
import type { ArticleInput, PartialDate } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { readHtml } from './read-html.ts';
import { makeInput } from './record.ts';

export interface JsonContext {
  /** Names the file in errors and sources. */
  path: string;
  /** The file name, for ids of items that have neither id nor URL ("name#N"). */
  name: string;
  publishedOverride: PartialDate | null;
  /** The file was decoded from a legacy charset: every item carries the flag. */
  legacyCharset?: boolean;
}

type Rec = Record<string, unknown>;

/** The first field present as a non-empty string (or number, for ids). */
function field(rec: Rec, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = rec[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    // {"source": {"name": "Reuters"}} is a common shape for the outlet.
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const name = (v as Rec).name;
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
  }
  return null;
}

/**
 * One record → an article. `where` names it in errors ("file.jsonl:3" or "file.json#2"),
 * `n` numbers it for the fallback id.
 */
function fromRecord(
  rec: unknown,
  where: string,
  n: number,
  format: 'jsonl' | 'json',
  ctx: JsonContext,
): ArticleInput | InputError {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return new InputError(where, 'not a JSON object');
  const r = rec as Rec;
  const url = field(r, 'url', 'link');
  const id = field(r, 'id', 'doc');
  const fallbackId = `${ctx.name}#${n}`;
  const base = {
    id: id ?? url ?? fallbackId,
    source: `${ctx.path}#${n}`,
    format,
    title: field(r, 'title', 'headline'),
    outlet: field(r, 'outlet', 'source', 'site', 'site_name', 'publisher'),
    url,
    published: normalizeDate(
      field(r, 'published', 'date', 'publishedAt', 'published_at', 'datePublished', 'pubDate') ?? '',
    ),
    legacyCharset: ctx.legacyCharset,
  };
  const text = field(r, 'text');
  if (text) return makeInput({ ...base, raw: text }, ctx.publishedOverride);
  const html = field(r, 'html');
  if (html) {
    const page = readHtml(html);
    if ('error' in page) return new InputError(where, page.error);
    // What the record states outranks what the page's own tags say.
    return makeInput(
      {
        ...base,
        id: id ?? url ?? page.url ?? fallbackId,
        raw: page.text,
        title: base.title ?? page.title,
        outlet: base.outlet ?? page.outlet,
        url: base.url ?? page.url,
        published: base.published ?? page.published,
      },
      ctx.publishedOverride,
    );
  }
  return new InputError(where, 'no text or html field');
}

export function* readJsonl(text: string, ctx: JsonContext): Generator<ArticleInput | InputError> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const where = `${ctx.path}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(lines[i]);
    } catch {
      yield new InputError(where, 'invalid JSON');
      continue;
    }
    yield fromRecord(rec, where, i + 1, 'jsonl', ctx);
  }
}

export function* readJson(text: string, ctx: JsonContext): Generator<ArticleInput | InputError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield new InputError(ctx.path, `invalid JSON: ${(e as Error).message}`);
    return;
  }
  if (!Array.isArray(data)) {
    yield fromRecord(data, ctx.path, 1, 'json', ctx);
    return;
  }
  if (data.length === 0) yield new InputError(ctx.path, 'empty');
  for (let i = 0; i < data.length; i++) yield fromRecord(data[i], `${ctx.path}#${i + 1}`, i + 1, 'json', ctx);
}
