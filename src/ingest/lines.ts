// Splits raw text into lines with their offsets, so clean-up can drop whole lines and
// still say exactly where every kept character came from.

export interface RawLine {
  /** Offsets in raw of the line's content with surrounding whitespace trimmed. */
  start: number;
  end: number;
  /** raw.slice(start, end). */
  text: string;
  blank: boolean;
}

// Zero-width characters count as whitespace here: saved pages are full of them.
const SPACE = /\s|\u200b|\u200c|\u200d|\u2060/;

export function splitLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && SPACE.test(raw[s])) s++;
    while (e > s && SPACE.test(raw[e - 1])) e--;
    lines.push({ start: s, end: e, text: raw.slice(s, e), blank: s === e });
  };
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, raw.length);
  return lines;
}
