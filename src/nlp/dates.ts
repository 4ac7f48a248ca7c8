import * as chrono from 'chrono-node';
import type { PartialDate } from '../core/types.ts';
import { loadJson } from './wordlists.ts';

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
  /** Introduced by "since" (a start), part of a range ("1996–2001"), or the time of the clause it opens only ("on
   * Monday, a day after Britain did so"). */
  role: 'point' | 'since' | 'range' | 'opens';
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
  an: 1,
};

interface Ref {
  y: number;
  m: number;
  d: number;
  precision: 'year' | 'month' | 'day';
}

// A document's sentences all ask for the same publication date: the last one read is kept.
let lastPublished: PartialDate | null = null;
let lastRef: Ref | null = null;

export function parseRef(published: PartialDate | null): Ref | null {
  if (!published) return null;
  if (published !== lastPublished) {
    lastRef = readRef(published);
    lastPublished = published;
  }
  return lastRef === null ? null : { ...lastRef };
}

function readRef(published: PartialDate): Ref | null {
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
 * relative expressions resolved against the publication date, and anaphoric ones ("a day later", "that same
 * year") resolved against the sentence's own earlier date, else against `anchor`, the date the story told last.
 */
export function findDates(
  sentence: string,
  offset: number,
  published: PartialDate | null,
  anchor: () => PartialDate | null = () => null,
  carry: () => PartialDate | null = () => null,
): DateMention[] {
  // Every expression below needs a digit, a month name or a relative word: most sentences have none.
  const digits = /\d/.test(sentence);
  const anaphors = ANAPHORIC_CUE.test(sentence) && (ANAPHORIC_UNIT.test(sentence) || STORY_MONTH_CUE.test(sentence));
  const months = MONTH_WORD.test(sentence);
  // (read once: relative() reads it too)
  let cue: boolean | null = null;
  if (!digits && !anaphors && !months) {
    cue = timeWords().relativeCue.test(sentence);
    if (!cue) return [];
  }
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
    if (!value || !free(s, e)) return null;
    taken.push([s, e]);
    if (stamped(sentence, s)) return null;
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
    return mention;
  };

  // Named dates first, so "9/11" is not read as a day of a month.
  if (digits && sentence.includes('9/11'))
    for (const m of allMatches(NINE_ELEVEN, sentence)) add(m.index, m.index + m[0].length, '2001-09-11', 'stated');

  // "3.7.2025" and "03-07-2025" put the day first; "03/07/2025" either way round (see numericDay).
  for (const m of digits ? allMatches(NUMERIC_DAY, sentence) : [])
    add(m.index, m.index + m[0].length, numericDay(+m[1], m[2], +m[3], +m[4], ref), 'stated');

  // chrono is the costly part: only a sentence with a digit and a month name can hold a day-level date.
  const maybeDay = digits && months;
  for (const r of maybeDay ? parseNearMonths(sentence, chronoReference(ref)) : []) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // "two days after Taiwan elected …" counts from an event, not from the publication date.
    if (!MONTH_WORD.test(r.text)) continue;
    const yearStated = r.start.isCertain('year');
    if (!yearStated && !ref) continue;
    const end = r.index + r.text.length;
    const s = r.index + (r.text.match(/^on\s+/i)?.[0].length ?? 0);
    // "the September 11 attacks": a day that names an event is that event's date, known or not, not this year's.
    if (!yearStated && timeWords().eventAfter.test(sentence.slice(end))) {
      const named = timeWords().namedDays[`${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`];
      if (named) add(s, end, named, 'stated');
      else taken.push([s, end]);
      continue;
    }
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

  // "on 6 and 7 December 1971": the first day takes the month and year of the date it is paired with.
  if (maybeDay) for (const d of [...out]) pairedDay(sentence, offset, d, add);

  for (const m of digits && sentence.includes('-') ? allMatches(ISO_DAY, sentence) : [])
    add(m.index, m.index + m[0].length, iso(+m[1], +m[2], +m[3]), 'stated');
  for (const m of months ? allMatches(MONTH_YEAR, sentence) : []) {
    add(m.index, m.index + m[0].length, `${m[2]}-${pad(monthIndex(m[1]))}`, 'stated');
  }
  if (ref) {
    cue ??= timeWords().relativeCue.test(sentence);
    if (months || cue) relative(sentence, ref, add, months, cue, (s, e) => taken.push([s, e]));
  }
  // "in mid-2024", "early-2023": the hyphen ties the year to its part, not to another year.
  for (const m of digits && sentence.includes('-') ? allMatches(PART_YEAR, sentence) : []) {
    const s = m.index + m[0].length - 4;
    add(s, s + 4, m[1], 'stated');
  }
  for (const m of digits ? allMatches(YEAR, sentence) : []) {
    const end = m.index + m[0].length;
    // "the 1988 committee", "Resolution 2231": a number that names a body or a text, not a year.
    if (NAMED_BY_NUMBER_AFTER.test(sentence.slice(end, end + 24))) continue;
    if (NAMED_BY_NUMBER_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "in fiscal 2023": a budget year, which need not be the calendar's.
    if (timeWords().fiscal.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    add(m.index, end, m[1], 'stated');
  }
  // "- 2018: The Dominican Republic establishes ties with China on May 1": the row's year, not the writing's.
  const lead = digits ? LEADING_YEAR.exec(sentence) : null;
  for (const d of lead ? out : [])
    if (d.impliedYear) {
      d.value = `${lead![1]}${d.value.slice(4)}`;
      d.impliedYear = false;
    }
  if (out.some((d) => d.impliedYear)) carryYear(sentence, offset, out, ref, carry);
  if (anaphors) anaphoric(sentence, offset, out, anchor, add, ref);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "In March 2024, … On 12 April, it …": a date written without its year takes the year of a month told before it,
 * in the sentence (not behind a comma, which may close an aside) or else, through `carry`, in the paragraph or a
 * timeline's heading, when it comes no earlier in that year and no later than the publication.
 */
function carryYear(
  sentence: string,
  offset: number,
  out: DateMention[],
  ref: Ref | null,
  carry: () => PartialDate | null,
): void {
  const pub = ref ? iso(ref.y, ref.m, ref.d) : '9999-12-31';
  for (const d of out) {
    if (!d.impliedYear) continue;
    const earlier = out.filter(
      (x) => x.start < d.start && !x.impliedYear && x.role === 'point' && x.value <= pub.slice(0, x.value.length),
    );
    const prior = earlier.filter(
      (x) => x.value.length >= 7 && sameTelling(sentence, x.start - offset, x.end - offset, d.start - offset),
    );
    // (a year the sentence told before the date is a time of its own: the story's earlier sentences set none)
    const ctx = prior.length > 0 ? prior[prior.length - 1].value : earlier.length === 0 ? carry() : null;
    const month = +d.value.slice(5, 7);
    if (!ctx || (ctx.length >= 7 && month < +ctx.slice(5, 7))) continue;
    const moved = `${ctx.slice(0, 4)}${d.value.slice(4)}`;
    if (moved > pub.slice(0, moved.length)) continue;
    d.value = moved;
    d.impliedYear = false;
  }
}

/**
 * Whether a date at [from, to) tells the time of what the sentence says at `at`: no comma between them, or only
 * commas that open a second clause ("in August 2008, and Nicaragua … in September") after a date in no aside
 * ("Kazakhstan, which … in March 2024, accepted …" closes an aside at its comma).
 */
function sameTelling(sentence: string, from: number, to: number, at: number): boolean {
  const between = sentence.slice(to, at);
  if (!between.includes(',')) return true;
  if (ASIDE_OPEN.test(sentence.slice(0, from))) return false;
  return [...between.matchAll(/,/g)].every((c) => timeWords().clauseLink.test(between.slice(c.index)));
}
/** An aside open before a date: "Kazakhstan, which …", "Kabul, having …", "(…", "— …" with no closing mark yet. */
const ASIDE_OPEN = /(?:,\s*(?:which|who|whose|whom|where|when|\w+ing|after|since)\b[^,;()—–]*|[(—–][^,;()—–]*)$/i;

const NINE_ELEVEN = /\b9\/11\b/g;

/** A day number joined by "and" before a day-first date: "6 and" in "6 and 7 December 1971". */
const PAIRED_DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/;

function pairedDay(
  sentence: string,
  offset: number,
  d: DateMention,
  add: (s: number, e: number, value: PartialDate | null, source: DateMention['source']) => DateMention | null,
): void {
  if (d.value.length !== 10 || !/^\d/.test(sentence.slice(d.start - offset))) return;
  const m = PAIRED_DAY.exec(sentence.slice(Math.max(0, d.start - offset - 12), d.start - offset));
  if (!m) return;
  const day = Number(m[1]);
  if (day < 1 || day > 31) return;
  const start = d.start - offset - m[0].length;
  add(start, start + m[1].length, `${d.value.slice(0, 8)}${pad(day)}`, d.source);
}

/**
 * Every match of a global pattern, as matchAll gives them, without its iterator and the copy of the pattern it
 * makes (the pattern's lastIndex is back at 0 after).
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

/** A year that opens a sentence or a timeline row: "2018: …", "- In 2019, …". */
const LEADING_YEAR = /^\s*(?:[-–—•*·]\s*)?(?:in\s+)?((?:1[89]|20)\d\d)\s*[:,–—-]/i;

const NUMERIC_DAY = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b/g;
const STAMP = /(?:^|\n)\s*(?:date|published|updated|posted|modified)\s*:?\s*(?:on\s+)?$/i;

/** "date 2025-07-25", "Published: May 30, 2024" opening a line: the page's stamp, the date of no event. */
function stamped(sentence: string, s: number): boolean {
  const from = Math.max(0, s - 24);
  return (from === 0 || sentence.lastIndexOf('\n', s) >= from) && STAMP.test(sentence.slice(from, s));
}
/** ISO dates ("2025-07-03"), as think-tank timelines write them. */
const ISO_DAY = /\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
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

/** The date chrono reads relative dates against: the publication's noon, else a fixed one. */
function chronoReference(ref: Ref | null): Date {
  return ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
}

/** chrono over the stretches around a day and month only: the rest of the sentence holds no day-level date. */
function parseNearMonths(sentence: string, refDate: Date): Found[] {
  const windows: Array<[number, number]> = [];
  for (const m of allMatches(DAY_SCAN, sentence)) {
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
) => DateMention | null;

// Built once: the month alternation is the costly part of each, and most sentences name no month.
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');
const MONTH_BEFORE = new RegExp(`${MONTH_RE}\\s+$`);
const NEAR_MONTH = new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+${MONTH_RE}(?![\\w-])`, 'g');
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g');
/** The year a story counts to: "in August of the same year", "in March the following year". */
const STORY_YEAR = '(?:of\\s+)?(?:(that)|the\\s+(same|following|next|previous|preceding))\\s+year\\b';
const MONTH_ALONE = new RegExp(
  `(?:\\b((?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Ll]ate|[Ee]arly|[Oo]n|of|and|or)\\s+|[Mm]id-)|(?<=\\())${MONTH_RE}(?![\\w-]|\\s+\\d|\\s+${STORY_YEAR})`,
  'g',
);
/** "the following June", "the previous March", "that September" */
const STORY_MONTH = new RegExp(
  `\\b(?:[Tt]he\\s+(?:(following|next)|(previous|preceding))|[Tt]hat)\\s+${MONTH_RE}(?![\\w-]|\\s+\\d)`,
  'g',
);
const STORY_MONTH_CUE = new RegExp(`\\b(?:following|next|previous|preceding|that)\\s+${MONTH_ONLY}`, 'i');
const MONTH_OF_STORY_YEAR = new RegExp(`\\b${MONTH_RE}\\s+${STORY_YEAR}`, 'g');
const AGO = /\b(?:in\s+)?(\w+)\s+(years?|months?|weeks?|fortnights?|days?)\s+ago\b/gi;

/** Any word a relative expression below needs: without one, none of them can match. */
const RELATIVE_CUE =
  /\b(?:ago|week|weekend|month|year|yesterday|today|tonight|morning|afternoon|evening|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** "in recent days", "over the past two months": a stretch up to the publication. */
const RECENT_CUE = /\b(?:recent|past|last)\s+(?:[\w-]+\s+){0,2}(?:day|week|month|year)s?\b/i;
/** Any word an anaphoric expression ("a day later", "the following year", "that same month") needs. */
const ANAPHORIC_CUE = /\b(?:later|earlier|next|following|previous|preceding|same|that|before|after)\b/i;
const ANAPHORIC_UNIT = /\b(?:days?|weeks?|months?|years?|morning|afternoon|evening|night)\b/i;

/**
 * Expressions counted from the publication date; the caller has seen a month name or a relative word. `cue` tells
 * whether a relative word (timeWords().relativeCue) stands in the sentence: all but the month names' and the
 * recent stretches' patterns need one.
 */
function relative(
  sentence: string,
  ref: Ref,
  add: Add,
  months: boolean,
  cue: boolean,
  block: (s: number, e: number) => void,
): void {
  const dayOK = ref.precision === 'day';
  const monthOK = ref.precision !== 'year';
  for (const m of cue && /\bago\b/i.test(sentence) ? allMatches(AGO, sentence) : []) {
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
      const days = /^day/i.test(m[2]) ? n : /^fortnight/i.test(m[2]) ? 14 * n : 7 * n;
      const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d - days, 12));
      const value = /^day/i.test(m[2])
        ? iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
        : iso(d.getUTCFullYear(), d.getUTCMonth() + 1);
      add(m.index, m.index + m[0].length, value, 'relative');
    }
  }
  for (const m of months ? allMatches(NEAR_MONTH, sentence) : []) {
    const which = m[1].toLowerCase() as 'last' | 'this' | 'next';
    add(m.index, m.index + m[0].length, monthNear(ref, monthIndex(m[2]), which), 'relative');
  }
  for (const m of months ? allMatches(MONTH_OF_YEAR, sentence) : []) {
    const y = ref.y + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0);
    add(m.index, m.index + m[0].length, `${y}-${pad(monthIndex(m[1]))}`, 'relative');
  }
  for (const m of cue && /before\s+last/i.test(sentence) ? allMatches(BEFORE_LAST, sentence) : [])
    add(m.index, m.index + m[0].length, String(ref.y - 2), 'relative');
  // "on Monday last week": the weekday of the week named.
  for (const m of cue && dayOK && /\bweek\b/i.test(sentence) ? allMatches(WEEKDAY_OF_WEEK, sentence) : []) {
    const shift = m[2].toLowerCase() === 'last' ? -1 : m[2].toLowerCase() === 'next' ? 1 : 0;
    const s = m.index + m[0].indexOf(m[1]);
    add(
      s,
      m.index + m[0].length,
      shiftDay(weekStart(ref, shift), (WEEKDAYS.indexOf(m[1].toLowerCase()) + 6) % 7),
      'relative',
    );
  }
  // "in recent weeks", "over the past two months": any time from then up to the publication.
  for (const m of dayOK && /\b(?:recent|past|last)\b/i.test(sentence) ? allMatches(timeWords().recent, sentence) : []) {
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const word = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const most = word
      ? (timeWords().counts[word] ?? NUMBER_WORDS[word] ?? Number.parseInt(word, 10))
      : /s$/i.test(m[2])
        ? timeWords().vague[unit][1]
        : 1;
    const today = iso(ref.y, ref.m, ref.d);
    const from =
      unit === 'year'
        ? iso(ref.y - most, ref.m, ref.d)
        : unit === 'month'
          ? iso(ref.y, ref.m - most, ref.d)
          : dayShift(ref, -most * (unit === 'week' ? 7 : 1));
    const value = coarsen(from, today);
    // ("over the past year" is no date, nor is it last year)
    if (!add(m.index, m.index + m[0].length, value, 'relative') && !value) block(m.index, m.index + m[0].length);
  }
  // "last summer", "earlier this spring": a year.
  for (const m of cue ? allMatches(timeWords().season, sentence) : [])
    add(m.index, m.index + m[0].length, seasonYear(ref, m[1].toLowerCase(), m[2].toLowerCase()), 'relative');
  // ("the next year", "the following week" are counted from the story's time: see anaphoric)
  for (const m of cue ? allMatches(NEAR_UNIT, sentence) : []) {
    const when = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (when === 'earlier' || when === 'later') continue;
    const shift = when.includes('last') ? -1 : when === 'next' ? 1 : 0;
    if (unit === 'year') add(m.index, m.index + m[0].length, String(ref.y + shift), 'relative');
    else if (unit === 'month' && monthOK) add(m.index, m.index + m[0].length, shiftMonth(ref, shift), 'relative');
    else if (unit === 'week' && dayOK) {
      // A week is no day: the month it fell in, when all of it (up to now, for "earlier this week") fell in one.
      const monday = weekStart(ref, shift);
      const today = iso(ref.y, ref.m, ref.d);
      const from = when === 'later this' ? today : monday;
      const until = when === 'earlier this' ? today : shiftDay(monday, 6);
      add(m.index, m.index + m[0].length, coarsen(from, until), 'relative');
    }
  }
  if (dayOK && cue) {
    for (const m of allMatches(TODAY, sentence)) {
      const back = m[1] ? -2 : m[3]?.toLowerCase() === 'yesterday' ? -1 : 0;
      add(m.index, m.index + m[0].length, dayShift(ref, back), 'relative');
    }
    // "over the weekend": the latest Saturday and Sunday, as a month when both fall in one.
    for (const m of /weekend/i.test(sentence) ? allMatches(WEEKEND, sentence) : []) {
      const saturday = weekday(ref, 6, false);
      const lastOne = /^last$/i.test(m[1]) && saturday >= dayShift(ref, -1);
      const sat = lastOne ? shiftDay(saturday, -7) : saturday;
      if (sat.slice(0, 7) === shiftDay(sat, 1).slice(0, 7))
        add(m.index, m.index + m[0].length, sat.slice(0, 7), 'relative');
    }
    for (const m of allMatches(WEEKDAY, sentence)) {
      const s = m.index + m[0].indexOf(m[1]);
      add(
        s,
        s + m[1].length,
        weekday(
          ref,
          WEEKDAYS.indexOf(m[1].toLowerCase()),
          /\bnext\s+$/i.test(sentence.slice(0, m.index)),
          /\blast\s+$/i.test(sentence.slice(0, m.index)),
        ),
        'relative',
        false,
        true,
      );
    }
  }
  // A month named alone ("in May", "since October", "mid-June"): this year's when it has passed, else last year's.
  for (const m of months ? allMatches(MONTH_ALONE, sentence) : []) {
    // ("Burkina Faso (May)": a month alone in brackets is a list member's date)
    if (m[1] === undefined && sentence[m.index + m[0].length] !== ')') continue;
    const s = m.index + (m[1]?.length ?? 0);
    const mi = monthIndex(m[2]);
    add(s, m.index + m[0].length, monthOK ? monthNear(ref, mi, 'last-or-this') : null, 'relative', true);
  }
}

/** "last week", "later this month", "next year" (not "the next year": see anaphoric). */
const NEAR_UNIT =
  /(?<!\bthe\s)\b(last|this|next|earlier this|later this|early this|late last|early last|earlier|later)\s+(week|month|year)\b/gi;
const WEEKDAY = /\b(?:(?:late|early)\s+)?(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const WEEKDAY_OF_WEEK =
  /\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(last|this|next)\s+week\b/gi;

/** The Monday of the publication's week, moved by n weeks. */
function weekStart(ref: Ref, n: number): PartialDate {
  const wd = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)).getUTCDay();
  return dayShift(ref, -((wd + 6) % 7) + 7 * n);
}

/** A stretch of days as the date it lies in: a month, else a year, else none. */
function coarsen(from: PartialDate, until: PartialDate): PartialDate | null {
  if (from.slice(0, 7) === until.slice(0, 7)) return from.slice(0, 7);
  return from.slice(0, 4) === until.slice(0, 4) ? from.slice(0, 4) : null;
}

/** "this summer" is the publication's year; "last summer" the year before while this year's has not ended,
 * either once it has; "next summer" the year after once this year's has begun. */
function seasonYear(ref: Ref, which: string, season: string): PartialDate | null {
  const [first, last] = timeWords().seasons[season] ?? [0, 0];
  if (/\bthis\b/.test(which) && !/past/.test(which)) return String(ref.y);
  if (/\b(?:last|past)\b/.test(which)) return ref.m <= last ? String(ref.y - 1) : null;
  return ref.m >= first ? String(ref.y + 1) : null;
}

interface TimeWords {
  seasons: Record<string, [number, number]>;
  fiscal: string[];
  counts: Record<string, number>;
  vague: Record<string, [number, number]>;
  durationBefore: string[];
  eventNouns: string[];
  namedDays: Record<string, PartialDate>;
  clauseLinks: string[];
}
let words:
  | (Omit<TimeWords, 'fiscal'> & {
      season: RegExp;
      relativeCue: RegExp;
      fiscal: RegExp;
      recent: RegExp;
      vaguePlural: RegExp;
      duration: RegExp;
      eventAfter: RegExp;
      clauseLink: RegExp;
    })
  | null = null;

/** lexicon/nlp/time-words.json, with the patterns built from it (once, on first use). */
function timeWords() {
  if (!words) {
    const raw = loadJson<TimeWords>('nlp/time-words.json');
    const alt = (xs: string[]) =>
      [...xs]
        .sort((a, b) => b.length - a.length)
        .map((x) => x.replace(/\s+/g, '\\s+'))
        .join('|');
    const season = alt(Object.keys(raw.seasons));
    const counts = alt([...Object.keys(raw.counts), ...Object.keys(NUMBER_WORDS)]);
    words = {
      ...raw,
      duration: new RegExp(`\\b(?:${alt(raw.durationBefore)})\\s+$`, 'i'),
      eventAfter: new RegExp(`^\\s+(?:${alt(raw.eventNouns)})\\b`, 'i'),
      clauseLink: new RegExp(`^,\\s*(?:${alt(raw.clauseLinks)})\\b`, 'i'),
      season: new RegExp(
        `\\b(last|this|next|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last|this\\s+past)\\s+(${season})\\b`,
        'gi',
      ),
      // (one scan for any word a relative expression needs, seasons included)
      relativeCue: new RegExp(`${RELATIVE_CUE.source}|${RECENT_CUE.source}|\\b(?:${season})\\b`, 'i'),
      fiscal: new RegExp(`\\b(?:${alt(raw.fiscal)})\\s+$`, 'i'),
      recent: new RegExp(
        `\\b(?:in|over|during|within|throughout)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:(${counts}|\\d{1,2})\\s+)?(days?|weeks?|months?|years?)\\b(?!\\s+of\\b)`,
        'gi',
      ),
      vaguePlural: new RegExp(
        `(?<!\\b(?:${counts}|\\d+)\\s+)\\b(days|weeks|months|years)\\s+(later|earlier)\\b(?!\\s+than\\b)`,
        'gi',
      ),
    };
  }
  return words;
}

const BEFORE_LAST = /\bthe\s+year\s+before\s+last\b/gi;
/** Today's parts, yesterday, and the day before it. */
const TODAY =
  /\b(?:(the\s+day\s+before\s+)(yesterday)|(yesterday|today|tonight)|(?:this|earlier\s+this)\s+(?:morning|afternoon|evening))\b/gi;
const WEEKEND = /\b(?:over\s+the|at\s+the|(last|this\s+past))\s+weekend\b/gi;

const NUMBER = '(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const UNIT = '(day|week|month|year|morning|afternoon|evening|night)';
/** An expression that ends where its clause does: "the day before." but not "the day before the vote". */
const ENDS_CLAUSE = '\\s*(?:[,.;:)—–]|$|and\\b|but\\b)';
const CLAUSE_END = `(?=${ENDS_CLAUSE})`;
/** "a day later", "three years earlier", "two weeks after," */
const COUNTED = new RegExp(
  `\\b${NUMBER}\\s+${UNIT}s?\\s+(?:(later|earlier)\\b(?!\\s+than\\b)|(after|before)${CLAUSE_END})`,
  'gi',
);
/** "the next day", "the following year", "the previous week" */
const NEIGHBOUR = new RegExp(
  `\\bthe\\s+(next|following|previous|preceding)\\s+${UNIT}\\b(?!-|['’]s|\\s+as\\b|\\s+of\\b)`,
  'gi',
);
/** "The same day, …", "… the same week." but not "on the same day it reopened its embassy" (a clause's own day). */
const SAME_UNIT = new RegExp(
  `^\\s*(?:[Oo]n\\s+)?[Tt]he\\s+same\\s+${UNIT}\\b(?!\\s+(?:that|when|as)\\b)|\\bthe\\s+same\\s+${UNIT}${CLAUSE_END}`,
  'g',
);
/** "the day before.", "the year after," */
const UNIT_BEFORE = new RegExp(`\\bthe\\s+${UNIT}\\s+(before|after)${CLAUSE_END}`, 'gi');
/** "that day", "that same year", "later that month", "earlier in the year" */
const THAT_UNIT = new RegExp(
  `\\b(?:(?:later|earlier)\\s+(?:in\\s+the|that)|that(?:\\s+same)?)\\s+${UNIT}\\b(?!-|['’]s)`,
  'gi',
);

/** "a day after Britain did so", "two weeks before the vote", "the day after Russia did": a clause follows. */
const COUNTED_CLAUSE = new RegExp(
  `\\b(?:${NUMBER}|the)\\s+(day|week|month|year)s?\\s+(after|before)\\b(?!${ENDS_CLAUSE}|\\s+(?:yesterday|tomorrow|last)\\b)`,
  'gi',
);

/** Which way a word counts: "the next day" forward, "a year earlier" back, "that same day" not at all. */
const DIRECTION: Record<string, number> = {
  next: 1,
  following: 1,
  after: 1,
  later: 1,
  previous: -1,
  preceding: -1,
  before: -1,
  earlier: -1,
};
const direction = (word: string | undefined): number => DIRECTION[word?.toLowerCase() ?? ''] ?? 0;

/** Each anaphoric form, and how to read its unit and count from a match. */
const ANAPHORS: Array<{
  pattern: RegExp;
  read: (m: RegExpMatchArray) => [unit: string, n: number, month?: number];
}> = [
  { pattern: MONTH_OF_STORY_YEAR, read: (m) => ['year', direction(m[2] ?? m[3]), monthIndex(m[1])] },
  {
    pattern: COUNTED,
    read: (m) => [m[2], (NUMBER_WORDS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) * direction(m[3] ?? m[4])],
  },
  { pattern: NEIGHBOUR, read: (m) => [m[2], direction(m[1])] },
  { pattern: SAME_UNIT, read: (m) => [m[1] ?? m[2], 0] },
  { pattern: UNIT_BEFORE, read: (m) => [m[1], direction(m[2])] },
  { pattern: THAT_UNIT, read: (m) => [m[1], 0] },
];

/**
 * Anaphoric dates, counted from the latest date the sentence gives before them ("on July 3 … a day later"), else
 * from the date the story told last: "Kosovo declared independence on 17 February 2008. The US recognised it the
 * next day." A result is never finer than the anchor it was counted from.
 */
function anaphoric(
  sentence: string,
  offset: number,
  found: DateMention[],
  anchor: () => PartialDate | null,
  add: Add,
  ref: Ref | null,
): void {
  const pub = ref ? iso(ref.y, ref.m, ref.d) : '9999-12-31';
  const shifts: Array<{ s: number; e: number; at: [unit: string, n: number, month?: number] }> = [];
  for (const { pattern, read } of ANAPHORS) {
    for (const m of allMatches(pattern, sentence)) {
      // "over the next year" is a stretch from now, not the year after the story's
      if (/^the\s+next\b/i.test(m[0]) && timeWords().duration.test(sentence.slice(0, m.index))) continue;
      shifts.push({ s: m.index, e: m.index + m[0].length, at: read(m) });
    }
  }
  shifts.sort((a, b) => a.s - b.s);
  for (const { s, e, at } of shifts) {
    // (found grows as this goes: "a day later … two days after that" counts on)
    const before = latestBefore(found, offset + s);
    const from = before ? before.value : anchor();
    const unit = at[0].toLowerCase();
    // (a story's past does not run past its publication; a count from a plan's date is a plan's too)
    if (!from || runsPast(from, unit, at[1], pub)) continue;
    const value = shiftFrom(from, unit, at[1]);
    if (value) add(s, e, at[2] ? iso(+value, at[2]) : value, 'relative');
  }
  // "weeks later", "days earlier": some of the unit, as many as it may mean.
  for (const m of /(?:days|weeks|months|years)\s/i.test(sentence)
    ? allMatches(timeWords().vaguePlural, sentence)
    : []) {
    const before = latestBefore(found, offset + m.index);
    const from = before ? before.value : anchor();
    if (!from) continue;
    // ("days later" than a month told is that month, as "a day later" is: see shiftFrom)
    const day = /^days/i.test(m[1]) && from.length === 7;
    add(m.index, m.index + m[0].length, day ? from : countedFrom(from, null, m[1], direction(m[2]), pub), 'relative');
  }
  // "the following June", "that September": a month named against the story's year.
  for (const m of STORY_MONTH_CUE.test(sentence) ? allMatches(STORY_MONTH, sentence) : []) {
    if (!/^[A-Z]/.test(m[3])) continue; // ("that may": no month)
    const before = latestBefore(found, offset + m.index);
    const from = before ? before.value : anchor();
    const value = from ? monthFrom(from, monthIndex(m[3]), direction(m[1] ?? m[2])) : null;
    add(m.index, m.index + m[0].length, value, 'relative');
  }
  // "France recognised it on Monday, a day after Britain did so": Britain's act, a day before the date just given.
  for (const m of allMatches(COUNTED_CLAUSE, sentence)) {
    const from = latestBefore(found, offset + m.index);
    const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) : 1;
    const value = from ? shiftFrom(from.value, m[2].toLowerCase(), -count * direction(m[3])) : null;
    const mention = value ? add(m.index, m.index + m[0].length, value, 'relative') : null;
    if (mention) mention.role = 'opens';
  }
}

/** A month counted from the story's: "the following June" comes after it, "the previous March" before. */
function monthFrom(anchor: PartialDate, month: number, way: number): PartialDate | null {
  const y = +anchor.slice(0, 4);
  if (way === 0) return iso(y, month);
  if (anchor.length < 7) return null;
  const am = +anchor.slice(5, 7);
  if (way > 0) return iso(month > am ? y : y + 1, month);
  return iso(month < am ? y : y - 1, month);
}

/** The point date that ends last before a position (dates are found in passes, not in text order). */
function latestBefore(found: DateMention[], at: number): DateMention | undefined {
  let best: DateMention | undefined;
  for (const d of found) if (d.end <= at && d.role === 'point' && (!best || d.start > best.start)) best = d;
  return best;
}

/** The anchor moved by n units, no finer than the anchor nor the unit (weeks give their month). */
function shiftFrom(anchor: PartialDate, unit: string, n: number): PartialDate | null {
  const y = +anchor.slice(0, 4);
  const m = anchor.length >= 7 ? +anchor.slice(5, 7) : null;
  const d = anchor.length === 10 ? +anchor.slice(8, 10) : null;
  if (unit === 'year') return String(y + n);
  // ("the same day" after a year told is another time than that year's)
  if (m === null) return n === 0 && unit === 'month' ? String(y) : null;
  if (unit === 'month') return shiftMonth({ y, m, d: 1, precision: 'month' }, n);
  if (d === null) return n === 0 || (unit !== 'week' && Math.abs(n) <= 1) ? iso(y, m) : null;
  // A week counted is no day, give or take two: its month when all of that falls in one.
  if (unit === 'week') return n === 0 ? iso(y, m) : coarsen(iso(y, m, d + 7 * n - 2), iso(y, m, d + 7 * n + 2));
  return iso(y, m, d + n);
}

/**
 * A time counted from an act's date ("two days after Russia recognised …", "days after Russia's recognition"):
 * `count` is the words before the unit, if any. Null when the words are no count, or it runs past the publication.
 */
export function countedFrom(
  anchor: PartialDate,
  count: string | null,
  unitWord: string,
  way: number,
  published: PartialDate | null,
): PartialDate | null {
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const vague = timeWords().vague[unit];
  if (!vague) return null;
  const word = count?.toLowerCase().replace(/\s+/g, ' ');
  const n = word ? (NUMBER_WORDS[word] ?? Number.parseInt(word, 10)) : Number.NaN;
  const [lo, hi] = Number.isFinite(n)
    ? [n, n]
    : word
      ? [1, timeWords().counts[word]]
      : /s$/i.test(unitWord)
        ? vague
        : [];
  if (lo === undefined || hi === undefined) return null;
  const ref = parseRef(published);
  if (runsPast(anchor, unit, lo * way, ref ? iso(ref.y, ref.m, ref.d) : '9999-12-31')) return null;
  return way > 0 ? spanFrom(anchor, unit, lo, hi) : spanFrom(anchor, unit, -hi, -lo);
}

/** A count forward from a date up to the publication that lands after it: no date of what the story reports. */
function runsPast(from: PartialDate, unit: string, n: number, pub: string): boolean {
  if (n <= 0 || from > pub.slice(0, from.length)) return false;
  const y = +from.slice(0, 4);
  const m = from.length >= 7 ? +from.slice(5, 7) : 1;
  const d = from.length === 10 ? +from.slice(8, 10) : 1;
  const days = unit === 'day' ? n : unit === 'week' ? 7 * n - 2 : 0;
  const earliest = unit === 'year' ? iso(y + n, 1, 1) : unit === 'month' ? iso(y, m + n, 1) : iso(y, m, d + days);
  return earliest.slice(0, 10) > pub;
}

/** The stretch from `lo` to `hi` units after any day of the anchor, as the date it lies in. */
function spanFrom(anchor: PartialDate, unit: string, lo: number, hi: number): PartialDate | null {
  const y = +anchor.slice(0, 4);
  const m = anchor.length >= 7 ? +anchor.slice(5, 7) : null;
  const d = anchor.length === 10 ? +anchor.slice(8, 10) : null;
  const last = m ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31;
  const move = (mm: number, dd: number, n: number) =>
    unit === 'year'
      ? iso(y + n, mm, dd)
      : unit === 'month'
        ? iso(y, mm + n, Math.min(dd, 28))
        : iso(y, mm, dd + n * (unit === 'week' ? 7 : 1));
  const [from, until] = [move(m ?? 1, d ?? 1, lo), move(m ?? 12, d ?? last, hi)];
  return from === until ? from : coarsen(from, until);
}

function shiftDay(day: PartialDate, n: number): PartialDate {
  return iso(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10) + n);
}

/**
 * A numeric date. Dots and hyphens put the day first. With slashes, a number above 12 tells which is the day; else
 * the reading just before publication, when only one is (a dated report tells of its recent days), else the
 * month first.
 */
function numericDay(a: number, sep: string, b: number, y: number, ref: Ref | null): PartialDate | null {
  const dayFirst = validDay(y, b, a) ? iso(y, b, a) : null;
  const monthFirst = validDay(y, a, b) ? iso(y, a, b) : null;
  if (sep !== '/' || !dayFirst || !monthFirst) return dayFirst ?? monthFirst;
  if (ref?.precision !== 'day') return monthFirst;
  const from = dayShift(ref, -RECENT_DAYS);
  const until = dayShift(ref, 1);
  const recent = (d: string) => d >= from && d <= until;
  return recent(dayFirst) && !recent(monthFirst) ? dayFirst : monthFirst;
}

/** How far back a numeric date's reading counts as recent news. */
const RECENT_DAYS = 45;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
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

// News reports the past: "on Thursday" is the latest Thursday up to the publication day itself; "last Thursday",
// written on a Thursday, the one a week before.
function weekday(ref: Ref, wd: number, next: boolean, last = false): string {
  const d = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  let diff = (d.getUTCDay() - wd + 7) % 7 || (last ? 7 : 0);
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
