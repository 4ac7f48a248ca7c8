// Finds page furniture in text saved from a web page: the lines that belong to the page
// (navigation, share bars, teasers for other stories, author bios, size pickers) rather
// than to the article. Lines are judged by general features (length, sentence
// punctuation, repetition, position, the shape of the block they sit in) and by the
// small vocabulary of page controls, never by a list of known lines. It errs towards
// keeping: a stray menu word costs the extractor nothing, a lost sentence loses events.
import type { RawLine } from './lines.ts';

export type DropReason =
  | 'page-control' // "Accessibility links", "Comments", "Share", "16x9 Image", "2 hours ago"
  | 'slug' // an image file name or alt-text stub: "taliban-fighters", "logo"
  | 'size-picker' // XS / SM / MD / LG
  | 'duplicate' // a line repeating the line before it (captions, titles)
  | 'call-to-action' // app download, newsletter prompts
  | 'cookie' // cookie banners
  | 'social' // "Facebook Twitter Email"
  | 'teaser-link' // "READ MORE: Other headline"
  | 'related' // a related-stories block
  | 'nav-run' // a menu: a run of one-to-three-word lines before or after the article
  | 'bio' // an author bio after the article
  | 'caption' // a photo caption with its label or credit: "Photo: …", "… (Reuters)", "… Photograph: AFP"
  | 'tail'; // short lines after the article's end, among other furniture

// ---- line features ---------------------------------------------------------------

const words = (t: string) => t.split(/\s+/).filter(Boolean);
const SENTENCE_BREAK = /[.!?…]["'”’»)\]]*(?:\s|$)/;
const QUOTE = /["“”«»]/;
const isPipeRow = (t: string) => t.includes('|');
const hasLetter = (t: string) => /\p{L}/u.test(t);

const TRAILING = new Set([...' \t\u00a0.:;,…!|>»›→']);

/** Lower-cased, leading bullets and trailing punctuation removed, curly apostrophes straightened. */
export function normLine(t: string): string {
  // Trailing punctuation is cut by hand: a /[…]+$/ regex retries at every space of a long line.
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1])) end--;
  return t
    .slice(0, end)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[\s•·●▪*\-–—>|#»›]+/, '')
    .replace(/\s+/g, ' ');
}

/** A line that reads as running text: long, or several words with sentence punctuation. */
export function isProse(t: string): boolean {
  return t.length >= 200 || (words(t).length >= 8 && SENTENCE_BREAK.test(t));
}

const RELATIVE_TIME = String.raw`(?:(?:time|updated|published|posted)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago|just now`;
const RELATIVE_TIME_LINE = new RegExp(`^${RELATIVE_TIME}$`);

// The words of page controls. Matched against the whole (normalised) line only.
const PAGE_CONTROL = new RegExp(
  `^(?:${[
    'accessibility(?: links| help| statement)?',
    'skip(?: to| navigation)(?: (?:the )?(?:main )?(?:content|navigation|article|search))?',
    'jump to(?: main)? (?:content|navigation)',
    'breaking(?: news)?',
    'advertisements?|advertising|ad|advert|sponsored(?: content| links?)?|promoted(?: content)?',
    String.raw`share(?: (?:this|the) (?:article|story|page|post))?(?: (?:on|via) \w+)?|tweet|e-?mail(?: this)?|print(?: this)?(?: article| page)?`,
    'copy(?: the)? link(?: to clipboard)?|link copied',
    String.raw`(?:\d+ |no )?comments?(?: yet)?(?: \(\d+\))?|leave a (?:comment|reply)|(?:show|view|add|hide|load)(?: a| all)? comments?|join the (?:conversation|discussion)`,
    'subscribe(?: now| today| for free)?|sign (?:up|in)(?: for free| now)?|log ?(?:in|out)|register|newsletters?(?: sign ?up)?|my account',
    'menu|search|close|home|back to top|top of page|scroll to top|open (?:navigation|menu)|toggle navigation',
    'read (?:more|next|also|full (?:story|article))|continue reading|show (?:more|less)|load more|see (?:more|all)|view all|more|click here|next|previous|prev',
    String.raw`listen(?: to (?:this )?(?:article|story))?(?: \d+ mins?)?|\d+ min(?:ute)?s? read|min read|watch(?: video| now| live)?|play(?: video)?`,
    String.raw`(?:\d+x\d+ )?(?:image|photo|picture|video|graphic|illustration|thumbnail|icon|logo|gallery)s?(?: \d+)?(?: of \d+)?`,
    'cookie (?:settings|preferences|policy)|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|consent)',
    'privacy (?:policy|settings)|terms (?:of (?:use|service)|and conditions)',
    String.raw`(?:follow|like) us(?: on \w+)?|(?:download|get) (?:the |our )?app|app ?store|(?:google )?play ?store|google play`,
    RELATIVE_TIME,
  ].join('|')})$`,
);

// Headings that open a block of links to other stories.
const RELATED_HEADING = new RegExp(
  `^(?:${[
    'related(?: (?:posts?|articles?|stories|story|news|content|coverage|topics?|links?|reading|items?|videos?))?',
    String.raw`more (?:stories|news|articles|headlines|videos|like this|(?:from|on|in) [\w' ]{1,30})`,
    'recommended(?: for you| stories| articles| reading| videos)?',
    'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|you may have missed',
    '(?:also|further) read(?:ing)?|see also|what to read next',
    'most (?:read|popular|viewed|shared|watched)(?: stories| articles| news)?|popular(?: now| stories| articles| posts)?',
    'top (?:stories|news|headlines)|trending(?: now| stories| news)?|latest (?:news|stories|articles|headlines|posts|videos)',
    "don't miss|editor's (?:picks?|choice)|around the web|from the web",
  ].join('|')})$`,
);

// A link to another story on a line of its own: "READ MORE: Taliban envoy arrives in Beijing".
const TEASER_LINK =
  /^(?:[•*\-–]\s*)?(?:related|read more|read also|also read|see also|recommended|more)\s*[:|»›]\s*\S/i;
// Lines that close one teaser in a list of them ("Read more" after each headline).
const TEASER_END = /^(?:read (?:more|full (?:story|article))|continue reading|see more|more)$/;

const SOCIAL = new Set(
  'share shares facebook twitter x email e-mail mail print whatsapp linkedin telegram reddit pinterest copy link messenger flipboard tumblr sms tweet pocket vk threads bluesky instagram youtube tiktok this article story on via'.split(
    ' ',
  ),
);
const NETWORK =
  /facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|messenger|flipboard|tumblr|instagram|youtube|tiktok|bluesky|threads|email/;

function isSocialBar(n: string): boolean {
  if (n.length > 120) return false;
  const toks = n.split(/[\s,|/·•]+/).filter(Boolean);
  return toks.length >= 2 && toks.every((t) => SOCIAL.has(t)) && NETWORK.test(n);
}

const APP_PROMPT = /\b(?:download|install|get)\b.{0,40}\bapps?\b/i;
const STORE = /\b(?:app ?store|play ?store|google play)\b/i;
const READER = /\b(?:you|your|our|us)\b/i;
const CTA_TOPIC =
  /\b(?:apps?|newsletters?|subscribe|subscription|sign(?:ing)? up|notifications?|podcasts?|premium|unlimited access|features)\b/i;
const IMPERATIVE =
  /^(?:[•*\-–]\s*)?(?:download|get|install|subscribe|sign up|join|follow|share|click|tap|try|explore|discover|register|unlock|enable|turn on)\b/i;

/** Prompts to install an app, subscribe or sign up, addressed to the reader. */
function isCallToAction(t: string): boolean {
  if (t.length > 300 || QUOTE.test(t)) return false;
  if (APP_PROMPT.test(t) && (STORE.test(t) || /\b(?:our|your|today|now|free)\b/i.test(t))) return true;
  if (/\b(?:subscribe|sign up)\b.{0,40}\b(?:newsletter|updates|alerts)\b/i.test(t) && READER.test(t)) return true;
  return !isProse(t) && CTA_TOPIC.test(t) && (READER.test(t) || IMPERATIVE.test(t));
}

function isCookieBanner(t: string): boolean {
  return (
    t.length <= 500 &&
    !QUOTE.test(t) &&
    /\bcookies?\b/i.test(t) &&
    /\b(?:we|our|you|your|this (?:site|website))\b/i.test(t) &&
    /\b(?:accept|consent|agree|privacy|settings|preferences|policy|experience|continu\w*|browsing)\b/i.test(t)
  );
}

/** An image file name or alt-text stub: a single lower-case slug like "taliban-fighters". */
function isSlug(t: string): boolean {
  return (
    (/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(t) && /[a-z]/.test(t)) ||
    /^[\w.%-]+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$/i.test(t)
  );
}

/** One to four tokens of one to three letters: the buttons of a size or font picker. */
const PICKER_LINE = /^[A-Za-z]{1,3}(?:\s+[A-Za-z]{1,3}){0,3}$/;
const PICKER_ROW = /^[A-Z]{1,3}(?:\s+[A-Z]{1,3}){2,}$/;

/** Per-line verdicts that need no context. */
function lineReason(t: string, n: string): DropReason | null {
  // Every per-line pattern is for short lines; a long paragraph is never one of them.
  if (!n || t.length > 500) return null;
  if (PAGE_CONTROL.test(n)) return 'page-control';
  if (isSlug(t)) return 'slug';
  if (PICKER_ROW.test(t)) return 'size-picker';
  if (isSocialBar(n)) return 'social';
  if (TEASER_LINK.test(t) && words(t).length <= 25 && !isPipeRow(t)) return 'teaser-link';
  if (isCookieBanner(t)) return 'cookie';
  if (isCallToAction(t)) return 'call-to-action';
  if (t.length <= 400 && (CAPTION_LABEL.test(t) || CAPTION_CREDIT.test(t))) return 'caption';
  return null;
}

// A caption says it is one: a label before it ("Photo:", "FILE PHOTO -") or a picture credit after it.
const CAPTION_LABEL =
  /^(?:file\s+)?(?:photo(?:graph)?|image|picture|pictured|caption|video|in pictures)s?\s*(?:\([^)]{0,40}\))?\s*[:|–—-]\s+\S/i;
const AGENCIES = 'AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Xinhua|Anadolu(?: Agency)?|TASS|Sputnik|WAM|SPA|Bloomberg';
const CAPTION_CREDIT = new RegExp(
  String.raw`(?:\(\s*(?:${AGENCIES}|[^()]{0,60}\b(?:photo|image|pool|handout)\b[^()]{0,60})\s*\)|` +
    String.raw`\b(?:photo(?:graph)?|image|picture|credit)\s*:\s*[^.:]{2,60}|\bvia Getty Images|/\s*(?:${AGENCIES}))\s*\.?$`,
  'i',
);

// ---- the pass ----------------------------------------------------------------------

/** A line with the features the passes below ask for again and again, computed once. */
interface Line extends RawLine {
  norm: string;
  prose: boolean;
}

/** For each line, why it is furniture, or null to keep it. */
export function findFurniture(rawLines: RawLine[]): (DropReason | null)[] {
  const lines: Line[] = rawLines.map((l) => ({ ...l, norm: normLine(l.text), prose: isProse(l.text) }));
  const drop: (DropReason | null)[] = lines.map((l) => (l.blank ? null : lineReason(l.text, l.norm)));
  markDuplicates(lines, drop);
  markPickerRuns(lines, drop);
  markRelatedBlocks(lines, drop);
  markNavRuns(lines, drop);
  markBios(lines, drop);
  markTail(lines, drop);
  return drop;
}

/** A line repeating the line before it (a caption or title printed twice): drop the repeat. */
function markDuplicates(lines: Line[], drop: (DropReason | null)[]): void {
  let prev: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (l.norm === prev && hasLetter(l.norm) && !isPipeRow(l.text) && !drop[i]) drop[i] = 'duplicate';
    prev = l.norm;
  }
}

/** Three or more picker lines in a row (blank lines allowed between). */
function markPickerRuns(lines: Line[], drop: (DropReason | null)[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const j of run) drop[j] ??= 'size-picker';
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    if (PICKER_LINE.test(l.text)) run.push(i);
    else flush();
  }
  flush();
}

/**
 * A related-stories heading opens a block of teasers: headlines (often printed two or
 * three times), outlet and "2 hours ago" lines, "Read more" links, and sometimes whole
 * teaser articles. The block runs until a paragraph that is not attached to a teaser
 * (no repeated headline or relative time since the last paragraph or "Read more"):
 * that paragraph is the article resuming. With no such paragraph the block runs to
 * the end of the text.
 */
function markRelatedBlocks(lines: Line[], drop: (DropReason | null)[]): void {
  for (let h = 0; h < lines.length; h++) {
    const l = lines[h];
    if (l.blank || drop[h] || !RELATED_HEADING.test(l.norm)) continue;
    const end = relatedBlockEnd(lines, drop, h);
    for (let j = h; j < end; j++) if (!lines[j].blank) drop[j] ??= 'related';
    h = end - 1;
  }
}

function relatedBlockEnd(lines: Line[], drop: (DropReason | null)[], h: number): number {
  const counts = new Map<string, number>();
  for (let j = h + 1; j < lines.length; j++) {
    if (lines[j].blank || drop[j] || lines[j].prose) continue;
    const n = lines[j].norm;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let lastInBlock = h; // the last line known to belong to the block
  let windowStart = h + 1; // lines since the last teaser paragraph or "Read more"
  let relativeTime = false;
  for (let i = h + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const n = l.norm;
    if (drop[i]) {
      lastInBlock = i;
      if (RELATIVE_TIME_LINE.test(n)) relativeTime = true;
      if (TEASER_END.test(n)) {
        windowStart = i + 1;
        relativeTime = false;
      }
      continue;
    }
    if (!l.prose || isPipeRow(l.text)) continue;
    let attached = relativeTime;
    for (let j = windowStart; j < i && !attached; j++) {
      if (!lines[j].blank && !drop[j] && (counts.get(lines[j].norm) ?? 0) >= 2) attached = true;
    }
    if (attached) {
      lastInBlock = i;
      windowStart = i + 1;
      relativeTime = false;
      continue;
    }
    // The article resumes at i. Keep the lines after the block's last teaser (its title, dateline).
    if (lastInBlock > h) return lastInBlock + 1;
    // No teaser structure seen: drop only the heading's own block of lines.
    let b = h + 1;
    while (b < i && !lines[b].blank) b++;
    return b < i ? b : h + 1;
  }
  return lines.length;
}

/** Indices of the first and last kept prose lines (-1 when there are none). */
function proseBounds(lines: Line[], drop: (DropReason | null)[]): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || drop[i] || !lines[i].prose) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

const isMenuItem = (t: string) =>
  words(t).length <= 3 && !/\d/.test(t) && !SENTENCE_BREAK.test(t) && !isPipeRow(t) && hasLetter(t);

/** Five or more one-to-three-word lines back to back, before or after the article: a menu. */
function markNavRuns(lines: Line[], drop: (DropReason | null)[]): void {
  const [first, last] = proseBounds(lines, drop);
  const inZone = (i: number) => first < 0 || i < first || i > last;
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 5) for (const j of run) drop[j] ??= 'nav-run';
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.blank && inZone(i) && isMenuItem(l.text)) run.push(i);
    else flush();
  }
  flush();
}

const BIO =
  /^(?:[•*\-–]\s*)?((?:[A-Z][\p{L}'’.-]*\s+){1,3}[A-Z][\p{L}'’-]+)\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\b([^.]*)/u;
const ROLE =
  /\b(?:writer|journalist|reporter|correspondent|editor|columnist|contributor|fellow|analyst|researcher|author|producer|professor|scholar|commentator|freelancer|blogger|lecturer|intern|photographer|anchor|presenter)\b/i;

/**
 * Author bios after the article: the last paragraph(s), each opening with a name and
 * "is a … writer/journalist/fellow", with the name printed on its own just above.
 */
function markBios(lines: Line[], drop: (DropReason | null)[]): void {
  for (;;) {
    const [, last] = proseBounds(lines, drop);
    if (last < 0) return;
    const m = BIO.exec(lines[last].text);
    if (!m || !ROLE.test(m[2])) return;
    drop[last] = 'bio';
    const name = m[1].trim().toLowerCase();
    for (let j = last - 1, seen = 0; j >= 0 && seen < 3; j--) {
      if (lines[j].blank) continue;
      seen++;
      const n = lines[j].norm.replace(/^by /, '');
      if (n === name && !drop[j]) drop[j] = 'bio';
      if (lines[j].prose) break;
    }
  }
}

// A year or a day-and-month: a short line with one may be a dated event ("2021: Taliban return").
const DATED =
  /\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;

/**
 * After the article's last paragraph, once furniture has been found there, the short
 * lines among it are furniture too ("Try Our AI Features", image alt text). Table rows
 * and lines with dates are kept: they may be the end of a timeline.
 */
function markTail(lines: Line[], drop: (DropReason | null)[]): void {
  const [, last] = proseBounds(lines, drop);
  if (last < 0) return;
  let furnitureAfter = false;
  for (let i = last + 1; i < lines.length; i++) if (!lines[i].blank && drop[i]) furnitureAfter = true;
  if (!furnitureAfter) return;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l.blank && !drop[i] && !l.prose && !isPipeRow(l.text) && !DATED.test(l.text)) drop[i] = 'tail';
  }
}
