// Scoring against gold records (shared/contract/EVENTS.md, "Scoring"), as pure functions.
export { type Dated, type Matching, matchOneToOne } from './match.ts';
export { type ContractRecord, dateAgrees, datePrecision, parseRecords } from './records.ts';
export { type EvalReport, evaluate, renderReport, reportJson } from './report.ts';
export {
  type ActionScores,
  type Counts,
  counts,
  type FalseFind,
  type Miss,
  type Scores,
  score,
  type UnsafeFind,
} from './score.ts';
export {
  type TimelineEvent,
  type TimelineOptions,
  type TimelineScores,
  timelineEvents,
  timelineScore,
} from './timeline.ts';
