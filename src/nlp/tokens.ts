export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'dash' | 'hyphen' | 'poss';

export interface Token {
  text: string;
  /** Lowercase with typographic apostrophes and hyphens folded, for lexicon lookups. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace stands before the token. */
  space: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Words keep inner dots (U.S.) and apostrophes (n't handled below); hyphens and possessive 's are tokens of
// their own so that "Taliban-appointed" and "Russia's" expose the entity.
const TOKEN =
  /(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:[’'][\p{L}]+(?<![’']s))?|[’']s\b|[‐‑‒–—-]+|["“”‘’'«»]|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const body = text.slice(offset, end);
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN.exec(body); m !== null; m = TOKEN.exec(body)) {
    const t = m[0];
    const start = m.index;
    out.push({
      text: t,
      norm: normalize(t),
      start: offset + start,
      end: offset + start + t.length,
      kind: kindOf(t),
      space: start > prevEnd || start === 0,
      cap: isCapital(t),
    });
    prevEnd = start + t.length;
  }
  return out;
}

// Tokens are mostly ASCII words: their first character decides without a regex.
function isCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
}

function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'num';
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  }
  if (/^[’']s$/i.test(t)) return 'poss';
  if (/^\d/.test(t)) return 'num';
  if (/^[\p{L}\p{M}]/u.test(t) || /^(?:[A-Za-z]\.){2,}$/.test(t)) return 'word';
  if (/^["“”‘’'«»]$/.test(t)) return 'quote';
  if (/^[‐‑‒-]$/.test(t)) return 'hyphen';
  if (/^[–—-]+$/.test(t)) return 'dash';
  return 'punct';
}

const ASCII = /^\p{ASCII}*$/u;

export function normalize(t: string): string {
  // Plain ASCII (most tokens) needs no Unicode folding.
  if (ASCII.test(t)) return t.toLowerCase();
  return t.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[‐‑‒]/g, '-').toLowerCase();
}
