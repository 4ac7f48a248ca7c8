// The one normalization of surfaces, shared by the index and by whoever looks a span up in it.

/** Letters that do not decompose into a base letter and a combining mark. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
/** Typographic apostrophes and the modifier letters transliterations use for ayn and hamza. */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BB\u02BC\u02BE\u02BF\u0060\u00B4\u2032]/g;
/** Hyphens and dashes used inside names: hyphen, non-breaking hyphen, figure dash, en dash, minus. */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g;
/** Dotted acronyms: U.S., U.N., D.C. (two or more letter-dot pairs). */
const DOTTED = /(?<![\p{L}.])(?:\p{L}\.){2,}/gu;

/** Non-ASCII text (and the backtick) needs the full treatment; plain ASCII skips it. */
const SLOW_PATH = /[^\t\n\r -_a-~]/;
/** Combining marks left by NFKD, and the soft hyphen. */
const MARKS = /[\p{M}\u00AD]/gu;

export interface NormalizeOptions {
  /** Keep letter case (for checking case-sensitive hits). */
  keepCase?: boolean;
}

/**
 * Folds a surface to its index key: diacritics removed (São Tomé → sao tome, Støre → store),
 * apostrophes to ', hyphens and en dashes to -, dotted acronyms undotted (U.S. → us),
 * whitespace collapsed, lower-cased, a leading "the " removed.
 */
export function normalizeSurface(s: string, options: NormalizeOptions = {}): string {
  const t = foldSurface(s);
  return options.keepCase ? t : t.toLowerCase();
}

/** normalizeSurface with case kept; lower-casing it gives the key. */
export function foldSurface(s: string): string {
  let t = s;
  if (SLOW_PATH.test(t)) {
    t = t
      .replace(APOSTROPHES, "'")
      .replace(HYPHENS, '-')
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(LETTER_RE, (c) => LETTERS[c] ?? c);
  }
  if (t.includes('.')) t = t.replace(DOTTED, (m) => m.replace(/\./g, ''));
  if (/\s\s|^\s|\s$|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ').trim();
  return /^the /i.test(t) ? t.slice(4) : t;
}

/** Number of space-separated words in a normalized surface. */
export function surfaceWords(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
