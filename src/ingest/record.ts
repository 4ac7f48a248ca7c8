// Builds an ArticleInput from what a reader found, adding the flags every reader owes:
// language (judged on the raw text here; cleanArticle judges again on the clean text),
// missing date, and legacy charset.
import type { ArticleInput, DocFlag, PartialDate } from '../core/types.ts';
import { detectLanguage, isNonEnglish } from './language.ts';

export interface Found {
  id: string;
  raw: string;
  source: string;
  format: ArticleInput['format'];
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: PartialDate | null;
  legacyCharset?: boolean;
}

const orNull = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

// A page's or a feed item's headline is metadata apart from its body, yet it often states the story's main act
// ("Nauru switches recognition from Taiwan to China"): it leads the text, unless the body already opens with it.
const HEADLINED = new Set<ArticleInput['format']>(['html', 'feed', 'jsonl', 'json']);
// " | World News", " - Reuters": a site's name after the headline.
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—]{1,40}$/;

const folded = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The body with its headline first, once. */
export function withHeadline(title: string | null | undefined, raw: string): string {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return raw;
  const headline = t.replace(SITE_SUFFIX, '').trim() || t;
  const opening = folded(raw.slice(0, headline.length + 400));
  if (opening.includes(folded(headline))) return raw;
  return `${headline}\n\n${raw}`;
}

/** `published` from --published, when given, stands for every document read. */
export function makeInput(f: Found, publishedOverride: PartialDate | null): ArticleInput {
  const published = publishedOverride ?? f.published ?? null;
  const raw = HEADLINED.has(f.format) ? withHeadline(f.title, f.raw) : f.raw;
  const flags: DocFlag[] = [];
  if (isNonEnglish(detectLanguage(raw))) flags.push('non-english');
  if (f.legacyCharset) flags.push('decoded-legacy-charset');
  if (published === null) flags.push('no-date');
  return {
    id: f.id,
    title: orNull(f.title),
    outlet: orNull(f.outlet),
    url: orNull(f.url),
    published,
    raw,
    source: f.source,
    format: f.format,
    flags,
  };
}
