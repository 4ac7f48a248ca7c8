import * as chrono from 'chrono-node';
import type { PartialDate } from '../core/types.ts';

export interface DateMention {
  start: number;
  end: number;
  value: PartialDate;
  /** 'stated' when the text gives the date; 'relative' when it was resolved against the publication date. */
  source: 'stated' | 'relative';
  /** The year was not written and was taken from the publication date. */
  impliedYear: boolean;
  /** A weekday ("on Monday"), read as the latest one up to publication: a plan's may be the next one. */
  weekday?: boolean;
  /** Introduced by "since" (a start), or part of a range ("1996–2001"). */
  role: 'point' | 'since' | 'range';
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const MONTH_ONLY =
  '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
const NUMERIC_DATE = '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}';
const MONTH_WORD = new RegExp(`${MONTH_ONLY}\\.?|${NUMERIC_DATE}`, 'i');
/** A day number beside a month name ("3 July", "July 3rd", "the 3rd of July") or a numeric date: where chrono can find a day. */
const DAY_SCAN = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ONLY}|${MONTH_ONLY}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|${NUMERIC_DATE}`,
  'gi',
);
/** Characters read by chrono on each side of a day and month: wide enough for "Thursday, 3rd of July 2025". */
const DAY_REACH = 32;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  a: 1,
};

interface Ref {
  y: number;
  m: number;
  d: number;
  precision: 'year' | 'month' | 'day';
}

export function parseRef(published: PartialDate | null): Ref | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  return {
    y: +m[1],
    m: m[2] ? +m[2] : 6,
    d: m[3] ? +m[3] : 15,
    precision: m[3] ? 'day' : m[2] ? 'month' : 'year',
  };
}

/**
 * Finds date expressions in one sentence: absolute dates (chrono, strict), month-year and year mentions,
 * and relative expressions resolved against the publication date, each as precise as the text supports.
 */
export function findDates(sentence: string, offset: number, published: PartialDate | null): DateMention[] {
  // Every expression below needs a digit, a month name or a relative word: most sentences have none.
  const digits = /\d/.test(sentence);
  if (!digits && !MONTH_WORD.test(sentence) && !RELATIVE_CUE.test(sentence)) return [];
  const ref = parseRef(published);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (
    s: number,
    e: number,
    value: PartialDate | null,
    source: DateMention['source'],
    impliedYear = false,
    weekday = false,
  ) => {
    if (!value || !free(s, e)) return;
    taken.push([s, e]);
    const mention: DateMention = {
      start: offset + s,
      end: offset + e,
      value,
      source,
      impliedYear,
      role: roleOf(sentence, s, e),
    };
    if (weekday) mention.weekday = true;
    out.push(mention);
  };

  // Named dates first, so "9/11" is not read as a day of a month.
  if (digits && sentence.includes('9/11'))
    for (const m of sentence.matchAll(/\b9\/11\b/g)) add(m.index, m.index + m[0].length, '2001-09-11', 'stated');

  const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  // chrono is the costly part: only a sentence with a digit and a month name can hold a day-level date.
  const maybeDay = digits && MONTH_WORD.test(sentence);
  for (const r of maybeDay ? parseNearMonths(sentence, refDate) : []) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // "two days after Taiwan elected …" counts from an event, not from the publication date.
    if (!MONTH_WORD.test(r.text)) continue;
    const yearStated = r.start.isCertain('year');
    if (!yearStated && !ref) continue;
    const end = r.index + r.text.length;
    const s = r.index + (r.text.match(/^on\s+/i)?.[0].length ?? 0);
    // "on January 1 last year": the year is told relative to the publication's.
    const relYear = yearStated || !ref ? null : YEAR_AFTER_DAY.exec(sentence.slice(end));
    if (relYear && ref) {
      const y = ref.y + (relYear[1].toLowerCase() === 'last' ? -1 : relYear[1].toLowerCase() === 'next' ? 1 : 0);
      add(s, end + relYear[0].length, iso(y, r.start.get('month')!, r.start.get('day')!), 'relative');
      continue;
    }
    const y = yearStated ? r.start.get('year')! : ref!.y;
    let value = iso(y, r.start.get('month')!, r.start.get('day')!);
    if (!yearStated && ref && ref.precision !== 'year' && value > iso(ref.y, ref.m, ref.d + 7)) {
      value = iso(y - 1, r.start.get('month')!, r.start.get('day')!);
    }
    add(s, end, value, 'stated', !yearStated);
  }

  const months = MONTH_WORD.test(sentence);
  for (const m of months ? sentence.matchAll(MONTH_YEAR) : []) {
    add(m.index, m.index + m[0].length, `${m[2]}-${pad(monthIndex(m[1]))}`, 'stated');
  }
  if (ref) relative(sentence, ref, add, months);
  // "in mid-2024", "early-2023": the hyphen ties the year to its part, not to another year.
  for (const m of digits && sentence.includes('-') ? sentence.matchAll(PART_YEAR) : []) {
    const s = m.index + m[0].length - 4;
    add(s, s + 4, m[1], 'stated');
  }
  for (const m of digits ? sentence.matchAll(YEAR) : []) {
    const end = m.index + m[0].length;
    // "the 1988 committee", "Resolution 2231": a number that names a body or a text, not a year.
    if (NAMED_BY_NUMBER_AFTER.test(sentence.slice(end, end + 24))) continue;
    if (NAMED_BY_NUMBER_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    add(m.index, end, m[1], 'stated');
  }
  return out.sort((a, b) => a.start - b.start);
}

const YEAR_AFTER_DAY = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
const NAMED_BY_NUMBER_AFTER = /^\s+(?:sanctions\s+)?(?:committee|regime|monitoring\s+team)\b/i;
const NAMED_BY_NUMBER_BEFORE = /\b(?:resolutions?|res\.|no\.)\s+$/i;
const YEAR = /(?<![\d$€£,./-])(1[89]\d\d|20\d\d)(?![\d%]|s\b|,\d|-\d|\.\d)/g;
const PART_YEAR = /\b(?:mid|early|late)-(1[89]\d\d|20\d\d)(?![\d%]|s\b|-\d)/gi;

// chrono's strict parsers that can read a day with a month name or a numeric date, and their refiners; the
// time-of-day and time-unit parsers only cost time here ("two days after …" is no date the text states).
const DAY_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'SlashDateFormatParser',
  'ENWeekdayParser',
  'ENYearMonthDayParser',
]);
let days: chrono.Chrono | null = null;

function dayParser(): chrono.Chrono {
  if (!days) {
    days = chrono.strict.clone();
    const kept = days.parsers.filter((p) => DAY_PARSERS.has(p.constructor.name));
    // Should a chrono release rename its parsers, all of them are kept: slower, never wrong.
    if (kept.length === DAY_PARSERS.size) days.parsers = kept;
  }
  return days;
}

interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/** chrono over the stretches around a day and month only: the rest of the sentence holds no day-level date. */
function parseNearMonths(sentence: string, refDate: Date): Found[] {
  const windows: Array<[number, number]> = [];
  for (const m of sentence.matchAll(DAY_SCAN)) {
    let s = Math.max(0, m.index - DAY_REACH);
    let e = Math.min(sentence.length, m.index + m[0].length + DAY_REACH);
    // Widen to whitespace, so no word is cut in two.
    while (s > 0 && !/\s/.test(sentence[s - 1])) s--;
    while (e < sentence.length && !/\s/.test(sentence[e])) e++;
    const last = windows[windows.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
  }
  const out: Found[] = [];
  for (const [s, e] of windows) {
    const part = sentence.slice(s, e);
    if (!/\d/.test(part)) continue;
    for (const r of dayParser().parse(part, refDate)) out.push({ index: r.index + s, text: r.text, start: r.start });
  }
  return out;
}

type Add = (
  s: number,
  e: number,
  value: PartialDate | null,
  source: DateMention['source'],
  impliedYear?: boolean,
  weekday?: boolean,
) => void;

// Built once: the month alternation is the costly part of each, and most sentences name no month.
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE},?\\s+(\\d{4})\\b`, 'g');
const MONTH_BEFORE = new RegExp(`${MONTH_RE}\\s+$`);
const NEAR_MONTH = new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+${MONTH_RE}(?![\\w-])`, 'g');
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g');
const MONTH_ALONE = new RegExp(
  `\\b([Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Ll]ate|[Ee]arly|[Mm]id-|[Oo]n|of|and|or)\\s+${MONTH_RE}(?![\\w-]|\\s+\\d)`,
  'g',
);
const AGO = /\b(?:in\s+)?(\w+)\s+(years?|months?|weeks?|days?)\s+ago\b/gi;

/** Any word a relative expression below needs: without one, none of them can match. */
const RELATIVE_CUE =
  /\b(?:ago|week|month|year|yesterday|today|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

function relative(sentence: string, ref: Ref, add: Add, months: boolean): void {
  if (!months && !RELATIVE_CUE.test(sentence)) return;
  const dayOK = ref.precision === 'day';
  const monthOK = ref.precision !== 'year';
  for (const m of /\bago\b/i.test(sentence) ? sentence.matchAll(AGO) : []) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10);
    if (!Number.isFinite(n)) continue;
    // "in August four years ago": the month named just before pins the month.
    const before = MONTH_BEFORE.exec(sentence.slice(0, m.index));
    if (/^year/i.test(m[2])) {
      if (before) add(before.index, m.index + m[0].length, `${ref.y - n}-${pad(monthIndex(before[1]))}`, 'relative');
      else add(m.index, m.index + m[0].length, String(ref.y - n), 'relative');
    } else if (/^month/i.test(m[2])) {
      if (monthOK) add(m.index, m.index + m[0].length, shiftMonth(ref, -n), 'relative');
    } else if (dayOK) {
      // Days back are a day; weeks back only the month they fall in.
      const days = /^day/i.test(m[2]) ? n : 7 * n;
      const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d - days, 12));
      const value = /^day/i.test(m[2])
        ? iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
        : iso(d.getUTCFullYear(), d.getUTCMonth() + 1);
      add(m.index, m.index + m[0].length, value, 'relative');
    }
  }
  for (const m of months ? sentence.matchAll(NEAR_MONTH) : []) {
    const which = m[1].toLowerCase() as 'last' | 'this' | 'next';
    add(m.index, m.index + m[0].length, monthNear(ref, monthIndex(m[2]), which), 'relative');
  }
  for (const m of months ? sentence.matchAll(MONTH_OF_YEAR) : []) {
    const y = ref.y + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0);
    add(m.index, m.index + m[0].length, `${y}-${pad(monthIndex(m[1]))}`, 'relative');
  }
  for (const m of sentence.matchAll(
    /\b(last|this|next|earlier this|later this|early this|late last|early last|earlier|later)\s+(week|month|year)\b/gi,
  )) {
    const when = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (when === 'earlier' || when === 'later') continue;
    const shift = when.includes('last') ? -1 : when === 'next' ? 1 : 0;
    if (unit === 'year') add(m.index, m.index + m[0].length, String(ref.y + shift), 'relative');
    else if (unit === 'month' && monthOK) add(m.index, m.index + m[0].length, shiftMonth(ref, shift), 'relative');
    else if (unit === 'week' && monthOK) {
      // A week is no day: the month it fell in is as precise as the text supports.
      const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + 7 * shift, 12));
      add(m.index, m.index + m[0].length, iso(d.getUTCFullYear(), d.getUTCMonth() + 1), 'relative');
    }
  }
  if (dayOK) {
    for (const m of sentence.matchAll(/\b(yesterday|today)\b/gi)) {
      add(m.index, m.index + m[0].length, dayShift(ref, m[1].toLowerCase() === 'yesterday' ? -1 : 0), 'relative');
    }
    for (const m of sentence.matchAll(
      /\b(?:(?:late|early)\s+)?(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    )) {
      const s = m.index + m[0].indexOf(m[1]);
      add(
        s,
        s + m[1].length,
        weekday(ref, WEEKDAYS.indexOf(m[1].toLowerCase()), /\bnext\s+$/i.test(sentence.slice(0, m.index))),
        'relative',
        false,
        true,
      );
    }
  }
  // A month named alone ("in May", "since October"): this year's when it has passed, else last year's.
  for (const m of months ? sentence.matchAll(MONTH_ALONE) : []) {
    const s = m.index + m[1].length + 1;
    const mi = monthIndex(m[2]);
    add(s, m.index + m[0].length, monthOK ? monthNear(ref, mi, 'last-or-this') : null, 'relative', true);
  }
}

function roleOf(sentence: string, s: number, e: number): DateMention['role'] {
  const before = sentence.slice(Math.max(0, s - 8), s).toLowerCase();
  const after = sentence.slice(e, e + 6);
  if (/[–—-]\s*$/.test(before) && /\d\s*[–—-]\s*$/.test(sentence.slice(Math.max(0, s - 12), s))) return 'range';
  // ("from 2002 to 2005" keeps its first year: "recognised Beijing from 2002 to 2005" recognised it in 2002.)
  if (/^\s*[–—-]\s*\d/.test(after)) return 'range';
  if (/\bsince\s+(?:the\s+)?$/.test(before)) return 'since';
  // "between 1996 and 2001": both ends of a span, neither the date of what happened in it.
  const wider = sentence.slice(Math.max(0, s - 40), s).toLowerCase();
  if (/\bbetween\s+$/.test(before) && /^\s+and\s/.test(sentence.slice(e, e + 6))) return 'range';
  if (/\bbetween\s+(?:[\w.]+\s+){0,2}\d{1,4},?\s+and\s+$/.test(wider)) return 'range';
  return 'point';
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function monthNear(ref: Ref, month: number, which: 'last' | 'this' | 'next' | 'last-or-this'): string {
  if (which === 'this') return iso(ref.y, month);
  if (which === 'next') return iso(month > ref.m ? ref.y : ref.y + 1, month);
  if (which === 'last') return iso(month < ref.m ? ref.y : ref.y - 1, month);
  return iso(month <= ref.m ? ref.y : ref.y - 1, month);
}

function shiftMonth(ref: Ref, n: number): string {
  const d = new Date(Date.UTC(ref.y, ref.m - 1 + n, 1, 12));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

function dayShift(ref: Ref, n: number): string {
  const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + n, 12));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// News reports the past: "on Thursday" is the latest Thursday up to the publication day itself.
function weekday(ref: Ref, wd: number, next: boolean): string {
  const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  let diff = (d.getUTCDay() - wd + 7) % 7;
  if (next) diff = -((wd - d.getUTCDay() + 7) % 7 || 7);
  return dayShift(ref, -diff);
}

function iso(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
