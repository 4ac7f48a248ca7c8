// What a page says about itself: title, publication date, canonical URL and site name,
// from Open Graph / article meta tags, schema.org microdata, JSON-LD and <time>. Read
// before Readability runs, because Readability rewrites the document it is given.
import type { PartialDate } from '../core/types.ts';
import { normalizeDate } from './dates.ts';

export interface HtmlMeta {
  title: string | null;
  published: PartialDate | null;
  url: string | null;
  outlet: string | null;
}

// The slice of the DOM API used here (linkedom's Document provides it).
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const k of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const v = clean(doc.querySelector(`meta[${attr}="${k}" i]`)?.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object in the page's JSON-LD blocks, including those in @graph arrays. */
function jsonLdObjects(doc: Doc): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    // Pages wrap JSON-LD in HTML comments or CDATA now and then.
    const src = (s.textContent ?? '').replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(src) as Json, 0);
    } catch {
      // Malformed JSON-LD is common and not the article's fault: ignore the block.
    }
  }
  return out;
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' ? clean(v) : null);

function name(v: Json | undefined): string | null {
  if (Array.isArray(v)) return name(v[0]);
  if (v && typeof v === 'object') return str(v.name);
  return str(v);
}

function absoluteUrl(u: string | null, base: string | null): string | null {
  if (!u) return null;
  try {
    const url = base ? new URL(u, base) : new URL(u);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function firstDate(candidates: (string | null | undefined)[]): PartialDate | null {
  for (const c of candidates) {
    const d = c ? normalizeDate(c) : null;
    if (d) return d;
  }
  return null;
}

export function readHtmlMeta(doc: Doc): HtmlMeta {
  const ld = jsonLdObjects(doc);
  // Prefer the object describing the article over the WebSite or Organization ones.
  const articleLd = ld.find((o) => o.datePublished || o.headline) ?? null;

  const title =
    meta(doc, 'og:title', 'twitter:title') ??
    str(articleLd?.headline) ??
    clean(doc.querySelector('title')?.textContent) ??
    clean(doc.querySelector('h1')?.textContent);

  const itemprop = doc.querySelector('[itemprop="datePublished" i]');
  const time =
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  const published = firstDate([
    meta(doc, 'article:published_time', 'og:published_time', 'og:article:published_time'),
    meta(
      doc,
      'datePublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'publication_date',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
    ),
    itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? itemprop?.textContent,
    ...ld.map((o) => str(o.datePublished)),
    time?.getAttribute('datetime'),
  ]);

  const ogUrl = meta(doc, 'og:url');
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null;
  const url = absoluteUrl(canonical, ogUrl) ?? absoluteUrl(ogUrl, null) ?? absoluteUrl(str(articleLd?.url), null);

  const outlet =
    meta(doc, 'og:site_name', 'application-name') ??
    name(articleLd?.publisher) ??
    name(ld.find((o) => o['@type'] === 'WebSite' || o['@type'] === 'NewsMediaOrganization')?.name);

  return { title, published, url, outlet };
}
