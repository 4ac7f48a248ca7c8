import { loadWordList } from './wordlists.ts';

export interface Span {
  start: number;
  end: number;
}

let abbreviationList: ReadonlySet<string> | null = null;
const abbreviations = () => {
  abbreviationList ??= loadWordList('nlp/abbreviations.txt');
  return abbreviationList;
};

// A sentence ends at . ! ? (plus closing quotes, brackets and footnote marks such as "[iv]") followed by
// space and a capital, digit or opening quote.
const END = /[.!?]+["'”’)\]]*(?:\[[0-9ivxlc]+\])*(?=\s+["'“‘([]?[A-Z0-9])/g;
const SENTENCE_STARTERS = new Set([
  'The',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'But',
  'In',
  'On',
  'A',
  'An',
]);

/**
 * Splits text into sentence spans. A line break always ends a sentence unless the line runs on
 * into a lowercase continuation (hard-wrapped text); pipe-table cells are lines of their own.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const para of paragraphs(text)) splitParagraph(text, para, spans);
  return spans;
}

/** Lines joined where a hard wrap cut a sentence in two. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  let cur: Span | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '' || /^[|\s]*$/.test(trimmed)) {
      if (cur) out.push(cur);
      cur = null;
    } else {
      // trim() drops what \s matches: the line's text starts after its leading run of such.
      let s = lineStart;
      while (isSpace(text, s)) s++;
      const e = s + trimmed.length;
      const continues =
        cur !== null && /^[a-z]/.test(trimmed) && !/[.!?:;|"”’)]$/.test(text.slice(cur.start, cur.end).trimEnd());
      if (continues && cur) cur.end = e;
      else {
        if (cur) out.push(cur);
        cur = { start: s, end: e };
      }
    }
    lineStart = lineEnd + 1;
  }
  if (cur) out.push(cur);
  return out;
}

function splitParagraph(text: string, para: Span, out: Span[]): void {
  const body = text.slice(para.start, para.end);
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(body); m !== null; m = END.exec(body)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && !isBoundaryAfterPeriod(body, m.index)) continue;
    pushTrimmed(text, para.start + from, para.start + stop, out);
    from = stop;
  }
  pushTrimmed(text, para.start + from, para.end, out);
}

function isBoundaryAfterPeriod(body: string, dot: number): boolean {
  let w = dot;
  if (body[dot - 1] === ']') return true;
  while (w > 0 && isLetterOrDot(body.charCodeAt(w - 1))) w--;
  const word = body.slice(w, dot);
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial: "S. Jaishankar"
  const lower = word.toLowerCase();
  if (abbreviations().has(lower)) {
    // "the U.S. The move…" still ends a sentence when a common sentence opener follows.
    if (!lower.includes('.')) return false;
    const next = /^\.\s+(\w+)/.exec(body.slice(dot))?.[1] ?? '';
    return SENTENCE_STARTERS.has(next);
  }
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false; // other dotted acronyms
  return true;
}

const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end > start && hasLetterOrDigit(text, start, end)) out.push({ start, end });
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}

function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    } else if (LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}
