// Analysis over merged events: the engagement ledger, timelines, who said what, and exports.
// Pure functions; only the exporters' `writeExport` touches a stream.
export { effectiveDate, notBefore, visibleAsOf } from './asof.ts';
export * from './export/index.ts';
export {
  DEFAULT_LADDER,
  type EventMatch,
  type IntentDef,
  type Ladder,
  noneRung,
  parseLadder,
  type Rung,
  type StanceDef,
} from './ladder.ts';
export { type LedgerOptions, type LedgerRow, ledger, mostRecent, rowSources, type Standing } from './ledger.ts';
export { ENTITY_NAMES, entityName, isCountry } from './names.ts';
export { describe, sourceLabel } from './phrases.ts';
export {
  LINK_REASONS,
  type LinkReason,
  type QuoteLink,
  type QuoteOptions,
  type SaidWhat,
  SPEECH_ACTS,
  whoSaidWhat,
} from './quotes.ts';
export { ledgerRecord } from './records.ts';
export { type TimelineOptions, timeline } from './timeline.ts';
