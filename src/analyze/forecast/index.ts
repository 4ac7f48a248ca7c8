// The recognition forecast: who is likely to recognize a target next, why, and how well that
// worked on past cascades. See ./README.md.
export { BASELINES, type BacktestReport, backtest, GROUPS, type GroupResult, RANKERS } from './backtest.ts';
export { type Facts, loadFacts } from './facts.ts';
export { type Evidence, FEATURE_NAMES, FEATURES } from './features.ts';
export {
  type ForecastOptions,
  type ForecastReason,
  type ForecastRow,
  forecast,
  type Recognizer,
  recognizersAt,
} from './forecast.ts';
export { type Cascade, cascades, type HistoryRow, historyEvents, historyMentions, historyRows } from './history.ts';
export { hazard, loadModel, type Model, withinMonths } from './model.ts';
export { backtestMarkdown, groupSvg } from './report.ts';
