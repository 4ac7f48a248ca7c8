import type { Mention, PartialDate, Quote } from '../core/types.ts';
import { type DateMention, findDates } from '../nlp/dates.ts';
import { type Span, splitSentences } from '../nlp/sentences.ts';
import { tokenize } from '../nlp/tokens.ts';
import { analyzeSentence, type Draft, type LastAct, PRO_ACTS } from './analyze.ts';
import { DocState } from './document.ts';
import { type ContextDate, entityKind, tagEntities } from './entities.ts';
import { extractLexicon } from './lexicon.ts';
import { describesParties, isCandidate } from './prefilter.ts';
import { extractQuotes } from './quotes.ts';
import { refine } from './refine.ts';
import { SentenceView } from './sentence.ts';
import { blocked, subjectOf } from './slots.ts';

export interface ExtractInput {
  id: string;
  text: string;
  published: PartialDate | null;
}

export interface Extraction {
  mentions: Mention[];
  quotes: Quote[];
}

/** Bumped whenever the extractor's output can change, so stored documents can be re-extracted. */
export const EXTRACTOR_VERSION = '7';

/**
 * The extraction pipeline for one document: sentences → a cheap trigger pre-filter → for candidate
 * sentences only, tokens, dates, entities, frames, slots, modes and dates → document-level refiners.
 */
export function extract(given: ExtractInput): Extraction {
  const sentences = splitSentences(given.text);
  // ("TAIPEI, March 26 (Reuters) - …": a dateline's day, a little before the publication date, is the day the story
  // was filed, which its "on Sunday" and "last week" count from)
  const input = { ...given, published: filedOn(given.text, sentences[0], given.published) };
  const doc = new DocState(input.id, input.published);
  const drafts: Draft[] = [];
  const quotes: Quote[] = [];
  let last: LastAct | null = null;
  let prevView: SentenceView | null = null;
  // Only a text with pipes can hold a timeline table.
  const piped = input.text.includes('|');
  // The dates each earlier sentence writes, read once and only when a later one counts from them.
  const toldIn = new Map<number, DateMention[]>();
  const told = (k: number): DateMention[] => {
    let found = toldIn.get(k);
    if (!found) {
      found = findDates(input.text.slice(sentences[k].start, sentences[k].end), 0, input.published);
      toldIn.set(k, found);
    }
    return found;
  };
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s];
    const text = input.text.slice(span.start, span.end);
    if (piped) updateTable(doc, text, input.published, input.text, span);
    // Only a sentence right after one that told an act can deny it.
    if (s > 0 && drafts.some((d) => d.sentence === s - 1) && deniesClaim(text))
      disputeReported(drafts, s - 1, input.text.slice(sentences[s - 1].start, span.start));
    if (s < 2 && STATEMENT_HEAD.test(text)) learnAuthors(input.text, span, doc);
    if (!isCandidate(text, doc)) {
      prevView = null;
      continue;
    }
    if (!prevView && s > 0 && (ANAPHOR.test(text) || describesParties().test(text) || namesToldAct(text))) {
      const before = lightView(input.text, sentences[s - 1], doc);
      if (before) remember(before, doc);
    }
    const v = view(
      input.text,
      span,
      doc,
      () => storyDate(told, s, drafts),
      () => carriedDate(input.text, sentences, s, input.published, told),
    );
    const found = analyzeSentence(v, s, doc, last);
    drafts.push(...found);
    const major = [...found]
      .reverse()
      .find((d) => d.mode !== 'negated' && typeof d.target === 'string' && PRO_ACTS.has(d.action));
    const recognized = [
      ...new Set(
        found.filter((d) => d.action === 'RECOGNIZE' && typeof d.target === 'string').map((d) => d.target as string),
      ),
    ];
    if (recognized.length > 0) doc.lastTargets = recognized;
    if (major) last = { action: major.action, target: major.target as string, date: major.date };
    const listing = major
      ? undefined
      : found.find(
          (d) => d.mode !== 'negated' && typeof d.target === 'string' && LISTING_ACTS.has(d.action) && !d.derived,
        );
    doc.previousListing = listing
      ? { action: listing.action, target: listing.target as string, date: listing.date, sentence: s }
      : null;
    // The act told, not one it implies ("switched to Beijing" also drops Taipei): what "follow suit" follows.
    const recognition = [...found]
      .reverse()
      .find(
        (d) =>
          d.mode !== 'negated' &&
          d.derived !== 'also' &&
          (d.action === 'RECOGNIZE' || d.action === 'WITHDRAW_RECOGNITION'),
      );
    if (recognition) {
      doc.lastRecognition = {
        action: recognition.action as 'RECOGNIZE' | 'WITHDRAW_RECOGNITION',
        target: typeof recognition.target === 'string' ? recognition.target : null,
        date: recognition.date,
      };
    }
    for (const d of found) {
      if (d.mode !== 'asserted' || !d.date || typeof d.actor !== 'string' || d.derived) continue;
      const key = `${d.actor} ${d.action}`;
      if ((doc.actsTold.get(key)?.length ?? 0) < d.date.length) doc.actsTold.set(key, d.date);
    }
    const pair = found.find((d) => d.mode !== 'negated' && typeof d.actor === 'string' && typeof d.target === 'string');
    if (pair) doc.lastPair = [pair.actor as string, pair.target as string];
    quotes.push(...extractQuotes(v, input.id));
    remember(v, doc, found);
    prevView = v;
  }
  return { mentions: refine(input.id, drafts, input.published, namedClaimant(doc)), quotes };
}

/** The one party whose recognition is at stake that the document names, if it names exactly one. */
function namedClaimant(doc: DocState): string | null {
  const { claimants } = extractLexicon();
  const named = [...doc.named].filter((id) => claimants.has(id));
  return named.length === 1 ? named[0] : null;
}

/** Acts "did the same" may repeat from the sentence before, besides those any pro-verb stands for. */
const LISTING_ACTS = new Set(['DELIST', 'DESIGNATE', 'SANCTION']);

// A candidate that refers back ("it", "the group", "these countries") needs the sentence before it read too.
/** The heading of a statement that names who issues it: "Joint statement by …", "Communiqué of …". */
const STATEMENT_HEAD = /\b(?:statement|communiqu[eé]|declaration|press release)\s+(?:by|from|of)\b/i;

/** The parties a statement's heading names after "by", "from" or "of": those its "we" stands for. */
function learnAuthors(text: string, span: Span, doc: DocState): void {
  const v = lightView(text, span, doc);
  if (!v) return;
  const head = v.tokens.findIndex((t) => /^(?:by|from|of)$/.test(t.norm));
  doc.authors = [...new Set(v.refs.filter((r) => r.actor && r.start > head).map((r) => r.id))];
}

let toldActNoun: RegExp | null = null;

/** The sentence names an act the one before may have told by its verb: "condemned the declaration". */
function namesToldAct(text: string): boolean {
  toldActNoun ??= new RegExp(
    `\\b(?:${[...new Set(extractLexicon().fw.toldActs.map((t) => t.noun))].join('|')})\\b`,
    'i',
  );
  return toldActNoun.test(text);
}

const ANAPHOR = /\b(?:it|its|they|their|he|she|the group|the movement|the country|these countries)\b/i;

function view(
  text: string,
  span: Span,
  doc: DocState,
  anchor: () => PartialDate | null,
  carry: () => PartialDate | null,
): SentenceView {
  const body = text.slice(span.start, span.end);
  const tokens = tokenize(text, span.start, span.end);
  const context = new SentenceDates(body, span.start, doc.published, anchor, carry);
  // "TAIPEI, Jan 15 (Reuters) - Nauru said …": the dateline's city is where the story was filed, no party.
  const dateline = DATELINE.exec(body);
  const from = dateline ? span.start + dateline[0].length : span.start;
  // Only a dateline's refs are dropped: with none, every ref stays.
  const tagged = tagEntities(tokens, doc, context);
  const refs = dateline ? tagged.filter((r) => tokens[r.start].start >= from) : tagged;
  return new SentenceView(body, span.start, tokens, refs, () => context.dates);
}

/** A sentence's dates, read on first use: only time-bound readings (office-holders, Kabul after August 2021) and
 * sentences that state an act ask for them. */
class SentenceDates implements ContextDate {
  private found: DateMention[] | null = null;
  private latest: string | null | undefined = undefined;

  constructor(
    private readonly body: string,
    private readonly offset: number,
    private readonly published: PartialDate | null,
    private readonly anchor: () => PartialDate | null,
    private readonly carry: () => PartialDate | null,
  ) {}

  get dates(): DateMention[] {
    this.found ??= findDates(this.body, this.offset, this.published, this.anchor, this.carry);
    return this.found;
  }

  get at(): string | null {
    if (this.latest === undefined) {
      this.latest = contextDate(
        this.dates.map((d) => d.value),
        this.published,
      );
      // "an embassy in Kabul before the Taliban took power": the era the sentence names, not its writing's.
      for (const a of extractLexicon().eraAnchors)
        if ((this.latest === null || this.latest > a.before) && a.pattern.test(this.body)) this.latest = a.before;
    }
    return this.latest;
  }
}

const DATELINE = new RegExp(
  [
    // TAIPEI, Jan 15 (Reuters) -   BELGRADE, March 3 --   KABUL, Afghanistan —
    "^\\s*[A-Z][A-Z'.-]{2,}(?:\\s+[A-Z][A-Z'.-]+)*(?:,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)*)?(?:,?\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]{2,40}\\))?\\s*(?:--?|–|—)\\s+",
    // Kabul, Afghanistan (CNN) —
    '^\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*(?:,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)*)?\\s*\\([A-Za-z. ]{2,30}\\)\\s*(?:--?|–|—)\\s+',
  ].join('|'),
);

/** The day a dated dateline gives, when it falls in the week before the publication date; else the publication date. */
function filedOn(text: string, first: Span | undefined, published: PartialDate | null): PartialDate | null {
  if (!first || !published || published.length !== 10) return published;
  const line = DATELINE.exec(text.slice(first.start, first.end));
  const day = line ? DATELINE_DAY.exec(line[0]) : null;
  if (!day) return published;
  const month = MONTHS.indexOf(day[1].slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return published;
  const year = Number(published.slice(0, 4));
  const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${day[2].padStart(2, '0')}`;
  const filed = iso(year) > published ? iso(year - 1) : iso(year);
  const days = (Date.parse(published) - Date.parse(filed)) / 86_400_000;
  return days >= 0 && days <= 7 ? filed : published;
}

const DATELINE_DAY = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** How far back "the next day" may look for the date it counts from. */
const STORY_DATE_REACH = 2;

/**
 * The date the story told last before sentence s, for "a day later" and "that same year": the latest dated act
 * of a sentence just before, else the last date that sentence writes.
 */
function storyDate(told: (k: number) => DateMention[], s: number, drafts: Draft[]): PartialDate | null {
  for (let k = s - 1; k >= Math.max(0, s - STORY_DATE_REACH); k--) {
    let act: Draft | null = null;
    for (let i = drafts.length - 1; i >= 0 && drafts[i].sentence >= k; i--)
      if (drafts[i].sentence === k && drafts[i].date && (!act || drafts[i].start > act.start)) act = drafts[i];
    if (act) return act.date;
    const points = told(k).filter((d) => d.role === 'point');
    if (points.length > 0) return points[points.length - 1].value;
  }
  return null;
}

/** How far back a year may be carried from: a timeline's heading may stand above a dozen rows. */
const CARRY_REACH = 12;
/** A heading is short: "2024", "Key dates, 2024:", "## March 2025". */
const HEADING_MAX = 40;

/**
 * The date that sets the year of "On 12 April" written without one, asked only when a sentence writes such a date:
 * a month told earlier in the same paragraph, or a timeline's heading ("Key dates, 2024:") above its rows.
 */
function carriedDate(
  text: string,
  sentences: Span[],
  s: number,
  published: PartialDate | null,
  dates: (k: number) => DateMention[],
): PartialDate | null {
  const pub = published ?? '9999';
  const told = (k: number): PartialDate | null => {
    const past = dates(k).filter((d) => d.role === 'point' && d.value <= pub.slice(0, d.value.length));
    return past.length > 0 ? past[past.length - 1].value : null;
  };
  const line = (k: number) => text.slice(sentences[k].start, sentences[k].end);
  const lineStart = (k: number) =>
    /(?:^|\n)[^\S\n]*[#*_]*[^\S\n]*$/.test(text.slice(Math.max(0, sentences[k].start - 8), sentences[k].start));
  const isRow = (k: number) => lineStart(k) && TIMELINE_ROW.test(line(k).slice(0, 40));
  const isHeading = (k: number) =>
    line(k).length <= HEADING_MAX &&
    lineStart(k) &&
    /^[^\S\n]*(?:\n|$)/.test(text.slice(sentences[k].end, sentences[k].end + 8)) &&
    /\b(?:1[89]|20)\d\d\b/.test(line(k)) &&
    !/[.!?]$/.test(line(k)) &&
    !/^[-–—•*·]/.test(line(k));
  const blankAfter = (k: number) => /\n[^\S\n]*\n/.test(text.slice(sentences[k].end, sentences[k + 1].start));
  const row = isRow(s);
  let fallback: PartialDate | null | undefined;
  for (let k = s - 1; k >= Math.max(0, s - CARRY_REACH); k--) {
    // A list's rows may stand apart from each other and from their heading; prose stays in its paragraph.
    if (blankAfter(k) && !(isRow(k + 1) && (isRow(k) || isHeading(k)))) break;
    if (isHeading(k)) return told(k);
    const date = told(k);
    // A row under a heading takes the heading's year, whichever row came before it.
    if (row && isRow(k)) {
      if (fallback === undefined && date) fallback = date.length >= 7 ? date : null;
      continue;
    }
    if (date) return date.length >= 7 ? date : null;
    if (row) break;
  }
  return fallback ?? null;
}

const ROW_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A bullet, or a line led by a date and a dash or colon ("12 March – …", "2023: …"). */
const TIMELINE_ROW = new RegExp(
  `^(?:[-–—•*·▪►]|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${ROW_MONTH}|${ROW_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|${ROW_MONTH}|(?:${ROW_MONTH}\\s+)?\\d{4})\\s*(?:[:–—|]|-\\s))`,
  'i',
);

/** Tokens and entities only: enough to know who the sentence before spoke of. Null when it names no one, which
 * leaves nothing to remember (tagging it still teaches the document the names it writes out). */
function lightView(text: string, span: Span, doc: DocState): SentenceView | null {
  const tokens = tokenize(text, span.start, span.end);
  const refs = tagEntities(tokens, doc, { at: doc.published });
  if (refs.length === 0) return null;
  return new SentenceView(text.slice(span.start, span.end), span.start, tokens, refs, []);
}

/** The latest date a sentence writes, to the end of its period, else the publication date. */
function contextDate(values: string[], published: PartialDate | null): string | null {
  if (values.length === 0) return published;
  const latest = values.reduce((a, b) => (a > b ? a : b));
  return latest.length === 4 ? `${latest}-12-31` : latest.length === 7 ? `${latest}-31` : latest;
}

const RECENT_STATES = 6;

/** Keeps what later sentences resolve pronouns and anaphors against. */
function remember(v: SentenceView, doc: DocState, found: Draft[] = []): void {
  const subject = found.find((d) => typeof d.actor === 'string');
  const opener = v.openingEnd();
  const first = v.refs.find((r) => r.start > opener && (r.actor || r.possessive) && !blocked(v, r.start));
  const lastSubject = (subject?.actor as string | undefined) ?? first?.id;
  if (lastSubject) doc.lastSubject = lastSubject;
  const { fw } = extractLexicon();
  for (const r of v.refs) {
    if (r.form === 'person') doc.lastPerson = r.id;
    // "Morocco's autonomy plan": the plan is Morocco's wherever the story names it again.
    if (r.possessive)
      for (let k = r.end + 1; k < Math.min(v.tokens.length, r.end + 4); k++)
        if (fw.ownedActNouns.has(v.norm(k))) doc.ownedActs.set(v.norm(k), r.id);
    const kind = entityKind(r.id);
    if (kind === 'authority' || kind === 'armed_group') doc.lastGroup = r.id;
    else if (kind === 'state') {
      const at = doc.recentStates.indexOf(r.id);
      if (at >= 0) doc.recentStates.splice(at, 1);
      doc.recentStates.push(r.id);
      if (doc.recentStates.length > RECENT_STATES) doc.recentStates.shift();
    }
  }
  rememberToldActs(v, doc);
}

/** "Kosovo declared independence in 2008": "the declaration" is Kosovo's wherever the story names it later. */
function rememberToldActs(v: SentenceView, doc: DocState): void {
  const { fw } = extractLexicon();
  toldActStarts ??= new Set(fw.toldActs.map((t) => t.phrase[0]));
  for (let k = 0; k < v.tokens.length; k++) {
    if (!toldActStarts.has(v.norm(k))) continue;
    for (const { noun, phrase } of fw.toldActs) {
      if (!v.phraseAt(k, phrase)) continue;
      const subject = subjectOf(v, k, doc);
      if (subject?.kind === 'refs' && subject.refs.length === 1) doc.ownedActs.set(noun, subject.refs[0].id);
    }
  }
}
let toldActStarts: Set<string> | null = null;

/** The sentence ends with a cell's pipe, or only a pipe follows it on its line. */
function inTableRow(text: string, span: Span): boolean {
  if (text.charCodeAt(span.end - 1) === PIPE) return true;
  let k = span.end;
  while (k < text.length && text[k] !== '\n' && /\s/.test(text[k])) k++;
  if (text.charCodeAt(k) !== PIPE) return false;
  k++;
  while (k < text.length && text[k] !== '\n') if (!/\s/.test(text[k++])) return false;
  return true;
}

const PIPE = 124;
/** Longer than any date written alone ("Thursday, the 3rd of September 2025"). */
const DATE_CELL_MAX = 48;

// A timeline table: a row holding only a date dates the row after it.
function updateTable(doc: DocState, sentence: string, published: PartialDate | null, text: string, span: Span): void {
  if (!inTableRow(text, span)) {
    doc.tableDate = null;
    return;
  }
  const stripped = sentence.replace(/\|/g, '').trim();
  // A date cell is short; a row of text is no date cell.
  if (stripped.length > DATE_CELL_MAX) return;
  const dates = findDates(stripped, 0, published);
  if (dates.length === 1 && dates[0].end - dates[0].start >= stripped.length - 2) doc.tableDate = dates[0].value;
}

/**
 * "Kosovo's foreign ministry denied the claim.", "Tashkent dismissed the reports as false.": a sentence whose verb
 * denies a claim, with no act of its own told.
 */
function deniesClaim(text: string): boolean {
  const { cues } = extractLexicon();
  const words = tokenize(text).map((t) => t.norm);
  for (let k = 1; k < words.length - 1; k++) {
    if (!cues.claimDenials.has(words[k])) continue;
    const object = /^(?:the|these|those|such|this|that)$/.test(words[k + 1]) ? k + 2 : k + 1;
    // ("denied the claim.", "dismissed the reports as false"; not "dismissed speculation about economic benefits")
    const next = words[object + 1] ?? '.';
    const closes = /^(?:[.,;:]|as|on|outright|later)$/.test(next) || next.endsWith('ly');
    if (cues.claimNouns.has(words[object] ?? '') && closes) return true;
    // ("Pristina denied this.", not "Somalia rejected it" nor "denied it recognition")
    const bare = /^(?:this|that|it)$/.test(words[k + 1]) && !/^(?:reject|dismiss)/.test(words[k]);
    if (bare && (k + 2 >= words.length || /^[.,;]$/.test(words[k + 2]))) return true;
  }
  return false;
}

/**
 * "Serbia said Suriname had withdrawn its recognition of Kosovo. Pristina denied the claim.": the acts a sentence
 * reported on someone's word, denied by the next, are disputed.
 */
function disputeReported(drafts: Draft[], sentence: number, text: string): void {
  const { cues } = extractLexicon();
  if (!tokenize(text).some((t) => cues.reporting.has(t.norm) || REPORT_WORDS.has(t.norm))) return;
  for (const d of drafts) if (d.sentence === sentence && d.mode === 'asserted') d.mode = 'speculated';
}

/** Words that put an act on someone's word beyond the reporting verbs: "reported", "according to". */
const REPORT_WORDS = new Set(['reported', 'reports', 'according', 'alleged', 'allegedly', 'reportedly']);
