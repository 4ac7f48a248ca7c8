// Plain text saved from a page. Its only metadata is a possible headline: the first
// line that is not page furniture, when it looks like one (short, not ending like a
// sentence, set off by a blank line). The headline stays in the text as well.
import { findFurniture } from './furniture.ts';
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
