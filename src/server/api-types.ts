// The JSON the API returns, shared with the web page (type-only: no runtime code here).
import type { Action, Conflict, DocFlag, Mode, PartialDate } from '../core/types.ts';

export type ApiConflict = Conflict;

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface ApiHealth {
  ok: true;
  version: string;
  revision: string;
  documents: number;
  mentions: number;
  events: number;
  /** Whether writes (ingest) need `Authorization: Bearer <token>`. */
  writeToken: boolean;
  /** Whether the server is still precomputing ledgers and timelines in the background. */
  warming: boolean;
}

export interface ApiSource {
  doc: string;
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
  title: string | null;
}

export interface ApiMention {
  doc: string;
  date: PartialDate | null;
  evidence: string;
  start: number;
  end: number;
  rule: string;
}

export interface ApiEvent {
  id: string;
  actor: string;
  actorName: string;
  action: Action;
  target: string;
  targetName: string;
  mode: Mode;
  date: PartialDate | null;
  firstReported: PartialDate | null;
  confidence: number;
  /** Plain English: "Russia recognized Taliban". */
  summary: string;
  sources: ApiSource[];
  conflicts: ApiConflict[];
  mentions: ApiMention[];
}

/** An event without its sentences, for lists that link to it. */
export interface ApiEventBrief {
  id: string;
  actor: string;
  action: Action;
  target: string;
  mode: Mode;
  date: PartialDate | null;
  firstReported: PartialDate | null;
  summary: string;
  sources: number;
  conflicts: number;
}

export interface ApiLatestMove {
  id: string;
  action: Action;
  mode: Mode;
  date: PartialDate | null;
  summary: string;
}

export interface ApiPage<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export interface ApiStanding {
  rung: string;
  label: string;
  level: number;
  date: PartialDate | null;
  reported: PartialDate | null;
}

export interface ApiLedgerRow {
  actor: string;
  name: string;
  target: string;
  rung: string;
  label: string;
  level: number;
  date: PartialDate | null;
  reported: PartialDate | null;
  /** What colours the map: the highest positive rung, else the most hostile current one, else `none`. */
  mapRung: string;
  negative: ApiStanding[];
  /** Ids of the events that put the actor on its rung (the headline evidence); in /api/evidence only. */
  rungEvents?: string[];
  stance: string;
  notRecognized: boolean;
  intent: string | null;
  latestMove: ApiLatestMove | null;
  /** Events and sources behind the row (rung, negative rungs, stance, flags); the evidence endpoint lists them. */
  eventCount: number;
  sourceCount: number;
  conflicts: number;
}

export interface ApiLedger {
  target: string;
  targetName: string;
  asOf: PartialDate | null;
  rows: ApiLedgerRow[];
}

export interface ApiTarget {
  id: string;
  name: string;
  events: number;
  actors: number;
  /** Earliest and latest date (or first report) among the events aimed at it. */
  first: PartialDate | null;
  last: PartialDate | null;
}

export interface ApiRung {
  id: string;
  label: string;
  level: number;
}

export interface ApiLadder {
  rungs: ApiRung[];
  stances: { id: string; label: string }[];
}

export interface ApiDocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
  language: string | null;
  copyOf: string | null;
  flags: DocFlag[];
  extractorVersion: string;
}

export interface ApiRecord extends ApiMention {
  actor: string;
  action: Action;
  target: string;
  mode: Mode;
  summary: string;
}

export interface ApiQuoteRecord {
  doc: string;
  speaker: string | null;
  entity: string | null;
  text: string;
  date: PartialDate | null;
  start: number;
  end: number;
}

export interface ApiDocument extends ApiDocumentSummary {
  text: string;
  ingestedAt: string;
  records: ApiRecord[];
  quotes: ApiQuoteRecord[];
}

export interface ApiQuoteLink {
  eventId: string;
  reason: string;
  distance: number;
  summary: string;
}

export interface ApiQuote extends ApiQuoteRecord {
  entityName: string | null;
  source: ApiSource | null;
  links: ApiQuoteLink[];
}

export interface ApiConflictItem {
  event: ApiEventBrief;
  conflict: ApiConflict;
}

export interface ApiEvidence {
  target: string;
  targetName: string;
  actor: string;
  name: string;
  asOf: PartialDate | null;
  row: ApiLedgerRow | null;
  events: ApiEvent[];
  quotes: ApiQuote[];
}

export interface ApiIngestOutcome {
  doc: string;
  status: 'stored' | 'duplicate' | 'copy' | 'updated';
  duplicateOf: string | null;
  copyOf: string | null;
  flags: DocFlag[];
  language: string | null;
  /** The stored document (for a duplicate: the one already stored) with what was found in it. */
  document: ApiDocument | null;
}

export interface ApiIngestResult {
  documents: ApiIngestOutcome[];
  failed: { file: string; reason: string }[];
}

export interface ApiForecastReason {
  feature: string;
  text: string;
  contribution: number;
  common: boolean;
  /** Events of the store behind the reason (ids), for the evidence panel. */
  events: string[];
}

export interface ApiForecastRow {
  rank: number;
  state: string;
  name: string;
  probability: number;
  reasons: ApiForecastReason[];
}

export interface ApiForecast {
  target: string;
  asOf: string;
  horizon: number;
  total: number;
  recognizers: { state: string; name: string; date: string | null }[];
  rows: ApiForecastRow[];
}
