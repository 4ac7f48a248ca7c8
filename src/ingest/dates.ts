// Dates as sources write them → PartialDate ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY').
// We keep the calendar date as written (no time-zone shifting): a feed item stamped
// "Fri, 04 Jul 2025 01:30 +0300" was published on 4 July where it was written,
// and converting to UTC would move it to 3 July.
import type { PartialDate } from '../core/types.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
// An optional time and zone after a date: ", 9:29 AM", " 10:00:00 GMT", " 01:30 +0300", " at 10:00 (UTC)".
const TIME = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,5}|[+-]\d{2}:?\d{2}|Z)?(?:\s*\([^)]*\))?)?`;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/; // European day.month.year
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})${TIME}$`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const MONTH_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(y: number, m: number, d?: number): PartialDate | null {
  if (y < 1000 || y > 2999 || m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

type Rule = [RegExp, (m: RegExpExecArray) => PartialDate | null];

const RULES: Rule[] = [
  [ISO, (m) => ymd(+m[1], +m[2], +m[3])],
  [/^(\d{4})-(\d{2})$/, (m) => ymd(+m[1], +m[2])],
  [/^(\d{4})$/, (m) => (ymd(+m[1], 1) ? m[1] : null)],
  [SLASHED, (m) => ymd(+m[1], +m[2], +m[3])],
  [DOTTED, (m) => ymd(+m[3], +m[2], +m[1])],
  [DAY_MONTH_YEAR, (m) => withMonth(m[2], (mo) => ymd(+m[3], mo, +m[1]))],
  [MONTH_DAY_YEAR, (m) => withMonth(m[1], (mo) => ymd(+m[3], mo, +m[2]))],
  [MONTH_YEAR, (m) => withMonth(m[1], (mo) => ymd(+m[2], mo))],
];

function withMonth(name: string, f: (month: number) => PartialDate | null): PartialDate | null {
  const mo = MONTHS[name.toLowerCase()];
  return mo ? f(mo) : null;
}

/** Parses the date forms news sources use; null when the string is not a recognisable date. */
export function normalizeDate(s: string): PartialDate | null {
  if (typeof s !== 'string') return null;
  const t = s.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  for (const [re, f] of RULES) {
    const m = re.exec(t);
    if (m) return f(m);
  }
  return null;
}
