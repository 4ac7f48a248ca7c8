// Plain text saved from a page. Its metadata is what its head shows: a possible headline,
// the first line that is not page furniture, when it looks like one (short, not ending like
// a sentence, set off by a blank line); and a publication date written on a line of its own
// ("Published 29 December 2023", "Updated: Jan 15, 2024 10:12 GMT"). Both stay in the text.
import type { PartialDate } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { findFurniture, isProse } from './furniture.ts';
import { splitLines } from './lines.ts';

const MAX_TITLE_CHARS = 200;

export function guessTitle(raw: string): string | null {
  const lines = splitLines(raw);
  const dropped = findFurniture(lines);
  const i = lines.findIndex((l, j) => !l.blank && !dropped[j]);
  if (i < 0) return null;
  const t = lines[i].text;
  const next = lines[i + 1];
  if (!next?.blank) return null;
  // Three real words at least: "Live" or "date 2023-03 Live" is not a headline.
  if (t.length > MAX_TITLE_CHARS || (t.match(/\p{L}{2,}/gu) ?? []).length < 3) return null;
  if (/[.,;:]["'”’)]*$/.test(t) || t.includes('|')) return null;
  // A photo caption with its credit ("… — Photo: Wam") comes first on many pages.
  if (/\b(?:photo|image|picture|credit)s?\s*:|getty images/i.test(t)) return null;
  return t;
}

/** Lines of a page's head read for its date: a byline block is short. */
const HEAD_LINES = 12;
const STAMP = /^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|date)(?:\s+on)?\s*[:\-–—]?\s*(.+)$/i;

/**
 * The publication date a plain-text page writes in its head, to the day: a "Published …" line, else a line
 * (or a part of a byline split by "|" or "·") that is only a date, else an "Updated …" line. Reading stops at
 * the first paragraph of running text: a date inside the story is no publication date.
 */
export function guessPublished(raw: string): PartialDate | null {
  let updated: PartialDate | null = null;
  let bare: PartialDate | null = null;
  let seen = 0;
  for (const line of splitLines(raw)) {
    if (line.blank) continue;
    const t = line.text.trim();
    if (++seen > HEAD_LINES || isProse(t)) break;
    for (const part of t.split(/\s+[|·•]\s+/)) {
      const stamp = STAMP.exec(part.trim());
      const date = normalizeDate((stamp ? stamp[1] : part).replace(/^on\s+/i, ''));
      if (date?.length !== 10) continue;
      if (!stamp) bare ??= date;
      else if (/updated/i.test(part)) updated ??= date;
      else return date;
    }
  }
  return bare ?? updated;
}
