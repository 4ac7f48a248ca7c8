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

/** `published` from --published, when given, stands for every document read. */
export function makeInput(f: Found, publishedOverride: PartialDate | null): ArticleInput {
  const published = publishedOverride ?? f.published ?? null;
  const flags: DocFlag[] = [];
  if (isNonEnglish(detectLanguage(f.raw))) flags.push('non-english');
  if (f.legacyCharset) flags.push('decoded-legacy-charset');
  if (published === null) flags.push('no-date');
  return {
    id: f.id,
    title: orNull(f.title),
    outlet: orNull(f.outlet),
    url: orNull(f.url),
    published,
    raw: f.raw,
    source: f.source,
    format: f.format,
    flags,
  };
}
