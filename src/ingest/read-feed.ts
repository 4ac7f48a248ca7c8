// RSS 2.0, RSS 1.0 (RDF) and Atom files: every item is an article. feed-extractor parses
// the XML (extractFromXml: no network). Its normalised entries truncate descriptions,
// strip markup and convert dates to UTC, so the item's own fields are taken as well
// (getExtraEntryFields) for the full content and the date as the feed wrote it.
import { extractFromXml } from '@extractus/feed-extractor';
import { InputError } from '../core/errors.ts';
import type { ArticleInput, PartialDate } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { htmlFragmentToText } from './html-text.ts';
import { makeInput } from './record.ts';

export interface FeedContext {
  /** Names the file in errors and sources. */
  path: string;
  /** The file name, for ids of items that have neither id nor URL ("name#N"). */
  name: string;
  publishedOverride: PartialDate | null;
  /** The file was decoded from a legacy charset: every item carries the flag. */
  legacyCharset?: boolean;
}

type Raw = Record<string, unknown>;

/** The encoding an XML file declares, used when its bytes are not UTF-8. */
export function declaredXmlEncoding(head: string): string | null {
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1] : null;
}

/** The text of a parsed XML value: a string, {'#text': ...}, or inline XHTML as nested objects. */
function xmlText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(xmlText).filter(Boolean).join('\n\n');
  if (typeof v === 'object') {
    const o = v as Raw;
    if ('#text' in o && Object.keys(o).every((k) => k === '#text' || k.startsWith('@_'))) return xmlText(o['#text']);
    // Inline XHTML (Atom type="xhtml"): its text leaves, one paragraph each.
    return Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, x]) => xmlText(x))
      .filter(Boolean)
      .join('\n\n');
  }
  return '';
}

/** Atom entries often carry several links; the article is the rel="alternate" (or rel-less) one. */
function alternateLink(links: unknown[]): string | null {
  for (const l of links) {
    if (l && typeof l === 'object') {
      const o = l as Raw;
      const rel = o['@_rel'];
      if ((rel === undefined || rel === 'alternate') && typeof o['@_href'] === 'string') return o['@_href'];
    }
  }
  return null;
}

function itemDate(raw: Raw): PartialDate | null {
  // Publication first: Atom's <updated> is when the entry last changed.
  for (const k of ['pubDate', 'published', 'dc:date', 'issued', 'created', 'updated', 'modified']) {
    const d = normalizeDate(xmlText(raw[k]).trim());
    if (d) return d;
  }
  return null;
}

export function* readFeed(xml: string, ctx: FeedContext): Generator<ArticleInput | InputError> {
  let feed: ReturnType<typeof extractFromXml>;
  try {
    feed = extractFromXml(xml, {
      descriptionMaxLen: 0,
      useISODateFormat: false,
      getExtraEntryFields: (entry) => ({ _raw: entry }),
    });
  } catch (e) {
    const msg = (e as Error).message;
    if (/not well-formed/i.test(msg))
      yield new InputError(ctx.path, 'malformed XML: the XML document is not well-formed');
    else if (/unrecognized feed/i.test(msg)) yield new InputError(ctx.path, 'not an RSS, Atom or RDF feed');
    else yield new InputError(ctx.path, `malformed XML: ${msg}`);
    return;
  }
  const entries = feed.entries ?? [];
  if (entries.length === 0) {
    yield new InputError(ctx.path, 'feed has no items');
    return;
  }
  const outlet = feed.title || null;
  for (let i = 0; i < entries.length; i++) {
    const n = i + 1;
    const entry = entries[i];
    const raw = (entry._raw ?? {}) as Raw;
    // Full content where the feed has it, else the description or summary.
    const html = [raw['content:encoded'], raw.content, raw.description, raw.summary].map(xmlText).find((s) => s.trim());
    const text = html ? htmlFragmentToText(html) : '';
    if (!/[\p{L}\p{N}]/u.test(text)) {
      yield new InputError(`${ctx.path}#${n}`, 'feed item has no text');
      continue;
    }
    // feed-extractor's link has tracking parameters removed; with several Atom links it takes
    // the first, which may be rel="self" or "edit", so pick the alternate one then.
    const url = (Array.isArray(raw.link) ? alternateLink(raw.link) : null) ?? (entry.link || null);
    yield makeInput(
      {
        id: url ?? `${ctx.name}#${n}`,
        raw: text,
        source: `${ctx.path}#${n}`,
        format: 'feed',
        title: entry.title || null,
        outlet,
        url,
        published: itemDate(raw),
        legacyCharset: ctx.legacyCharset,
      },
      ctx.publishedOverride,
    );
  }
}
