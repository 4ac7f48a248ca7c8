// Bytes → text. UTF-8 is the norm; other encodings are accepted only when the bytes
// leave no real doubt (a UTF-16 byte-order mark or NUL pattern, or windows-1252 whose
// high bytes read as Latin letters and punctuation). Anything else is refused rather
// than guessed, because a wrong guess silently corrupts every name in the article.

export type Decoded = { ok: true; text: string; legacy: boolean } | { ok: false; reason: string };

const BINARY = 'binary file, not text';
const INVALID = 'invalid UTF-8';

/** Counts of how the bytes read as UTF-8. */
interface Utf8Scan {
  /** Well-formed sequences of 2-4 bytes. */
  multibyte: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalid: number;
  /** A lead byte at the very end whose sequence was cut short (a truncated file). */
  truncatedTail: number;
}

function scanUtf8(b: Uint8Array): Utf8Scan {
  const r: Utf8Scan = { multibyte: 0, invalid: 0, truncatedTail: 0 };
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      r.invalid++;
      i++;
      continue;
    }
    let cp = c & (0x3f >> need);
    let j = 1;
    for (; j <= need && i + j < b.length; j++) {
      const cc = b[i + j];
      if ((cc & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (j <= need) {
      if (i + j >= b.length) r.truncatedTail = j;
      else r.invalid++;
      i += j;
      continue;
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) r.invalid++;
    else r.multibyte++;
    i += need + 1;
  }
  return r;
}

/** Control bytes other than tab, newline, vertical tab, form feed, carriage return and ESC. */
function controlRatio(b: Uint8Array): number {
  let n = 0;
  for (const c of b)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 0x7f) n++;
  return b.length ? n / b.length : 0;
}

/** The share of control characters (other than whitespace) in decoded text. */
function controlChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) n++;
  }
  return text.length ? n / text.length : 0;
}

/** UTF-16 without a BOM shows as NULs in every other byte for Latin (and most other) text. */
function utf16Pattern(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.7 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.7 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function strict(label: string, b: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

// Bytes that windows-1252 leaves undefined: their presence means it is not windows-1252.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// What high bytes of real Latin-script text decode to: letters and typographic punctuation.
const PLAUSIBLE_HIGH =
  /[\p{L}\u00a0\u00ab\u00bb\u00b0\u00a3\u00a7\u00a9\u00ae\u00b7\u00bd\u00bc\u00be\u2018-\u201e\u2013\u2014\u2026\u2022\u20ac\u2122\u00b4\u00a2\u00a5\u00b1\u00ba\u00aa\u00bf\u00a1]/u;

// windows-1252's 0x80-0x9f (undefined bytes as U+FFFD; they are refused before use).
// Written out because Node's TextDecoder('windows-1252') decodes these bytes as latin1's
// C1 control characters instead.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function cp1252ToString(b: Uint8Array): string {
  let out = '';
  for (const c of b) out += c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : String.fromCharCode(c);
  return out;
}

/** windows-1252 (a superset of latin1 for text) when the bytes clearly are that. */
function decodeCp1252(b: Uint8Array): string | null {
  let high = 0;
  let asciiLetters = 0;
  for (const c of b) {
    if (c >= 0x80) {
      if (CP1252_UNDEFINED.has(c)) return null;
      high++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20) asciiLetters++;
  }
  // Latin-script prose is mostly ASCII; a file dense with high bytes is another script or binary.
  if (high === 0 || high / b.length > 0.3 || asciiLetters / b.length < 0.5) return null;
  const text = cp1252ToString(b);
  let plausible = 0;
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && PLAUSIBLE_HIGH.test(ch)) plausible++;
  return plausible / high >= 0.95 ? text : null;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Decodes a file's bytes. `charsetHint` is a charset the file declares itself
 * (HTML meta charset, XML encoding); it is used only when the bytes are not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, charsetHint?: string | null): Decoded {
  const b = bytes;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const text = strict(b[0] === 0xff ? 'utf-16le' : 'utf-16be', b.subarray(2));
    if (text === null) return { ok: false, reason: 'invalid UTF-16' };
    // Almost any bytes pass as UTF-16, so a binary file that happens to start with FF FE does too.
    return controlChars(text) > 0.01 ? { ok: false, reason: BINARY } : { ok: true, text, legacy: true };
  }
  if (b.includes(0)) {
    const form = utf16Pattern(b);
    const text = form ? strict(form, b) : null;
    if (text !== null && controlChars(text) < 0.01) return { ok: true, text: stripBom(text), legacy: true };
    return { ok: false, reason: BINARY };
  }
  if (controlRatio(b) > 0.02) return { ok: false, reason: BINARY };

  const utf8 = strict('utf-8', b);
  if (utf8 !== null) return { ok: true, text: stripBom(utf8), legacy: false };

  const scan = scanUtf8(b);
  // A file cut in the middle of its last character (as clipped excerpts often are) is still UTF-8.
  if (scan.invalid === 0 && scan.truncatedTail > 0) {
    const text = strict('utf-8', b.subarray(0, b.length - scan.truncatedTail));
    if (text !== null) return { ok: true, text: stripBom(text), legacy: false };
  }
  // Well-formed multi-byte sequences mixed with bad bytes: damaged UTF-8, not a legacy charset.
  if (scan.multibyte > 0) return { ok: false, reason: INVALID };

  if (charsetHint && !/^utf-?8$/i.test(charsetHint)) {
    try {
      const decoder = new TextDecoder(charsetHint.trim().toLowerCase());
      // The WHATWG labels latin1, ascii and iso-8859-1 all mean windows-1252.
      const text = decoder.encoding === 'windows-1252' ? cp1252ToString(b) : decoder.decode(b);
      return { ok: true, text: stripBom(text), legacy: true };
    } catch {
      // An unknown label: fall through to the windows-1252 check.
    }
  }
  const text = decodeCp1252(b);
  return text === null ? { ok: false, reason: INVALID } : { ok: true, text, legacy: true };
}
