// raw → the text the extractor reads. The text is built only by dropping whole lines,
// trimming the whitespace around lines and folding runs of blank lines, so every kept
// character has an exact place in raw and evidence offsets can be traced back to it.
import { createHash } from 'node:crypto';
import type { Article, ArticleInput, DocFlag, Segment } from '../core/types.ts';
import { type DropReason, findFurniture } from './furniture.ts';
import { detectLanguage, isNonEnglish } from './language.ts';
import { splitLines } from './lines.ts';

export interface CleanResult {
  text: string;
  segments: Segment[];
  /** Per raw line (split on \n, \r\n or \r): why it was dropped, or null if kept. */
  dropped: (DropReason | null)[];
}

/** Cleans raw text: drops furniture lines, keeps paragraphs, maps every kept piece to raw. */
export function cleanText(raw: string): CleanResult {
  const lines = splitLines(raw);
  const dropped = findFurniture(lines);
  const segments: Segment[] = [];
  let text = '';
  let prevEnd = -1; // raw offset just after the previous kept line
  let blankBetween = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      blankBetween = true;
      continue;
    }
    if (dropped[i]) continue;
    if (prevEnd >= 0) {
      // A paragraph break stays a paragraph break; a dropped line leaves no gap.
      const sep = blankBetween ? '\n\n' : '\n';
      const last = segments[segments.length - 1];
      text += sep;
      if (raw.slice(prevEnd, l.start) === sep) {
        // Nothing was removed in between: the kept piece continues.
        last.length += sep.length + (l.end - l.start);
        text += l.text;
        prevEnd = l.end;
        blankBetween = false;
        continue;
      }
    }
    segments.push({ textStart: text.length, rawStart: l.start, length: l.end - l.start });
    text += l.text;
    prevEnd = l.end;
    blankBetween = false;
  }
  return { text, segments, dropped };
}

/** sha256 of the text with whitespace folded, so re-wrapped copies hash alike. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function setFlag(flags: DocFlag[], flag: DocFlag, on: boolean): DocFlag[] {
  const has = flags.includes(flag);
  if (on && !has) return [...flags, flag];
  if (!on && has) return flags.filter((f) => f !== flag);
  return flags;
}

/**
 * Clean-up, segments, language and content hash. The language is judged on the cleaned
 * text, so it decides the 'non-english' flag; 'no-date' follows `published`.
 */
export function cleanArticle(input: ArticleInput): Article {
  const { text, segments } = cleanText(input.raw);
  const language = detectLanguage(text);
  let flags = setFlag([...input.flags], 'non-english', isNonEnglish(language));
  flags = setFlag(flags, 'no-date', input.published === null);
  return { ...input, flags, text, segments, language, contentHash: contentHash(text), copyOf: null };
}
