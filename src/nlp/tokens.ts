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

/**
 * Splits text[offset, end) into tokens. Plain ASCII, most of any English text, is read by hand; a token that
 * starts at or runs into any other character is read by TOKEN itself, so both paths give TOKEN's tokens.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  // The text is read in place; TOKEN reads a copy of the span, so that no match runs past its end.
  let body: string | null = null;
  let prevEnd = offset;
  let p = offset;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    plainToken = true;
    let stop = c < 128 ? asciiToken(text, p, end) : -1;
    let start = p;
    if (stop < 0) {
      plainToken = false;
      body ??= text.slice(offset, end);
      TOKEN.lastIndex = p - offset;
      const m = TOKEN.exec(body);
      if (m === null) break;
      start = offset + m.index;
      stop = start + m[0].length;
    }
    const t = text.slice(start, stop);
    out.push({
      text: t,
      norm: plainToken ? (hasUpper(text, start, stop) ? t.toLowerCase() : t) : foldedOf(t),
      start,
      end: stop,
      kind: kindOf(t),
      space: start > prevEnd || start === offset,
      cap: isCapital(t),
    });
    prevEnd = stop;
    p = stop;
  }
  return out;
}

/** The token asciiToken just read is plain ASCII (no typographic apostrophe): its norm is its lowercase. */
let plainToken = true;

// Most tokens are lowercase already: a scan is far cheaper than toLowerCase's call and copy.
function hasUpper(s: string, start: number, stop: number): boolean {
  for (let k = start; k < stop; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

// Typographic quotes and dashes recur in every text: each is folded once.
const foldedMemo = new Map<string, string>();

function foldedOf(t: string): string {
  if (t.length > 2) return normalize(t);
  let f = foldedMemo.get(t);
  if (f === undefined) {
    f = normalize(t);
    if (foldedMemo.size < 10_000) foldedMemo.set(t, f);
  }
  return f;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
/** The character at i (i < n) is a letter or mark; a surrogate pair cut at n is read as its first half. */
const letterOrMarkAt = (s: string, i: number, n: number) =>
  LETTER_OR_MARK.test(String.fromCodePoint(i + 1 < n ? s.codePointAt(i)! : s.charCodeAt(i)));
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * End of the token TOKEN reads at p (an ASCII character) in s[.., n), or -1 when it may involve other
 * characters. Characters at or past n do not count.
 */
function asciiToken(s: string, p: number, n: number): number {
  const c = s.charCodeAt(p);
  if (isLetter(c)) {
    // U.S., e.g.: two or more letter-dot pairs.
    let q = p;
    while (q + 1 < n && isLetter(s.charCodeAt(q)) && s.charCodeAt(q + 1) === 46) q += 2;
    if (q - p >= 4) return q;
    q = p + 1;
    while (q < n && isLetter(s.charCodeAt(q))) q++;
    if (q < n && s.charCodeAt(q) >= 128 && s.charCodeAt(q) !== RIGHT_QUOTE && letterOrMarkAt(s, q, n)) return -1;
    const a = s.charCodeAt(q);
    if (q < n && (a === APOSTROPHE || a === RIGHT_QUOTE)) {
      let r = q + 1;
      while (r < n && isLetter(s.charCodeAt(r))) r++;
      if (r < n && s.charCodeAt(r) >= 128 && letterOrMarkAt(s, r, n)) return -1;
      // "don't" is one word; "Russia's" leaves its 's to a token of its own.
      if (r > q + 1 && !(r === q + 2 && s.charCodeAt(q + 1) === 115)) {
        if (a === RIGHT_QUOTE) plainToken = false;
        return r;
      }
    }
    return q;
  }
  if (isDigit(c)) {
    let q = p + 1;
    while (q < n && isDigit(s.charCodeAt(q))) q++;
    for (;;) {
      const sep = s.charCodeAt(q);
      if (q + 1 < n && (sep === 46 || sep === 44 || sep === 58) && isDigit(s.charCodeAt(q + 1))) {
        q += 2;
        while (q < n && isDigit(s.charCodeAt(q))) q++;
      } else break;
    }
    if (q + 2 <= n) {
      const two = s.slice(q, q + 2);
      if (two === 'st' || two === 'nd' || two === 'rd' || two === 'th') return q + 2;
    }
    return q < n && s.charCodeAt(q) === 115 ? q + 1 : q;
  }
  if (c === APOSTROPHE && p + 1 < n && s.charCodeAt(p + 1) === 115) {
    const after = s.charCodeAt(p + 2);
    if (p + 2 >= n || !isWordChar(after)) return p + 2;
  }
  if (c === 45) {
    let q = p + 1;
    while (q < n && s.charCodeAt(q) === 45) q++;
    // A run may go on in typographic dashes.
    return q < n && s.charCodeAt(q) >= 128 ? -1 : q;
  }
  return p + 1;
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
    // Punctuation, the rest of the tokens, without the regexes below.
    if (c === 39)
      return t.length === 2 && (t.charCodeAt(1) | 32) === 115 ? 'poss' : t.length === 1 ? 'quote' : slowKind(t);
    if (c === 34) return 'quote';
    if (c === 45 && t.length === 1) return 'hyphen';
    if (t.length === 1) return 'punct';
  }
  return slowKind(t);
}

function slowKind(t: string): TokenKind {
  if (/^[’']s$/i.test(t)) return 'poss';
  if (/^\d/.test(t)) return 'num';
  if (/^[\p{L}\p{M}]/u.test(t) || /^(?:[A-Za-z]\.){2,}$/.test(t)) return 'word';
  if (/^["“”‘’'«»]$/.test(t)) return 'quote';
  if (/^[‐‑‒-]$/.test(t)) return 'hyphen';
  if (/^[–—-]+$/.test(t)) return 'dash';
  return 'punct';
}

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) return false;
  return true;
}

export function normalize(t: string): string {
  // Plain ASCII (most tokens) needs no Unicode folding.
  if (isAscii(t)) return t.toLowerCase();
  return t.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[‐‑‒]/g, '-').toLowerCase();
}
