// The shapes that flow through the pipeline: Article → Mention → Event.

/** A date as precise as the source supports: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

export const ACTIONS = [
  'RECOGNIZE',
  'WITHDRAW_RECOGNITION',
  'ACCEPT_ENVOY',
  'SEND_ENVOY',
  'OPEN_MISSION',
  'CLOSE_MISSION',
  'DELIST',
  'DESIGNATE',
  'SANCTION',
  'AGREEMENT',
  'MEET',
  'PRAISE',
  'CONDEMN',
  'INTEND_RECOGNIZE',
  'REFUSE_RECOGNITION',
] as const;
export type Action = (typeof ACTIONS)[number];

export const MODES = ['asserted', 'negated', 'intended', 'speculated'] as const;
export type Mode = (typeof MODES)[number];

/** Why a document was flagged at ingest; stored with it, never a reason to drop it. */
export type DocFlag = 'non-english' | 'near-duplicate' | 'decoded-legacy-charset' | 'no-date';

/** An article as read from any source, before it is stored. */
export interface ArticleInput {
  /** Document id: its file name, or its URL when it has no file name. */
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
  /** The text as received (for HTML: the readable text the page gave, before clean-up). */
  raw: string;
  /** Where it came from: a path, `-`, or `path#item` for an item of a feed or JSONL file. */
  source: string;
  format: 'txt' | 'html' | 'jsonl' | 'json' | 'feed' | 'stdin';
  flags: DocFlag[];
}

/** One kept piece of the cleaned text: `length` characters at `textStart` came from `rawStart`. */
export interface Segment {
  textStart: number;
  rawStart: number;
  length: number;
}

/** An article after clean-up: the text the extractor reads, and how it maps back to `raw`. */
export interface Article extends ArticleInput {
  text: string;
  segments: Segment[];
  language: string | null;
  /** sha256 of the cleaned text, for exact duplicates. */
  contentHash: string;
  /** The id of the stored document this one is a near-copy of. */
  copyOf: string | null;
}

/** A contract record (shared/contract/EVENTS.md) with the provenance Chancery adds. */
export interface Mention {
  doc: string;
  actor: string;
  action: Action;
  target: string;
  date: PartialDate | null;
  mode: Mode;
  evidence: string;
  /** Offsets of the evidence sentence in the article's cleaned text. */
  start: number;
  end: number;
  /** Id of the rule that found it, for debugging false finds. */
  rule: string;
  /** Whether the date was written in the text or resolved from a relative expression. */
  dateSource?: 'stated' | 'relative' | 'context' | null;
}

/** A quote: words in quotation marks with the person who said them and whom they speak for. */
export interface Quote {
  doc: string;
  speaker: string | null;
  /** Entity the speaker acts for, or null for people who speak for no state or organization. */
  entity: string | null;
  text: string;
  start: number;
  end: number;
  date: PartialDate | null;
}

export interface Source {
  doc: string;
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
  title: string | null;
}

/** A document as a source of evidence: copies of one wire story share `copyOf`. */
export interface SourceInfo extends Source {
  copyOf: string | null;
}

/** One value of a disputed field with the documents that give it. */
export interface ConflictSide {
  value: string | null;
  docs: string[];
}

/** Sources disagree on an event: its date, or whether it happened at all. */
export interface Conflict {
  kind: 'date' | 'assertion';
  sides: ConflictSide[];
  /** The value shown, chosen by the documented rule in src/consolidate/README.md. */
  chosen: string | null;
  rule: string;
}

/** Mentions of one act (same actor, action, target, mode, compatible dates) merged across documents. */
export interface Event {
  id: string;
  actor: string;
  action: Action;
  target: string;
  mode: Mode;
  date: PartialDate | null;
  mentions: Mention[];
  /** Distinct sources; copies of one story count once. */
  sources: Source[];
  firstReported: PartialDate | null;
  confidence: number;
  conflicts: Conflict[];
}
