// Who's next: every state that does not recognize the target on a day, ranked by the chance that it
// recognizes within the horizon, each with the reasons (and their events and facts) behind it.
import type { Event } from '../../core/types.ts';
import { type Day, today } from './dates.ts';
import { type Facts, loadFacts, nameOf } from './facts.ts';
import { type Evidence, FEATURES, featureContext, featureVector } from './features.ts';
import { hazard, loadModel, type Model, withinMonths } from './model.ts';
import { indexEvents, snapshot, standingAt } from './snapshot.ts';

export interface ForecastReason {
  feature: string;
  text: string;
  /** What the feature adds to the log-odds of the monthly hazard (negative: it speaks against). */
  contribution: number;
  /** True for features every candidate shares (the cascade's age and pace): they set the level, not the order. */
  common: boolean;
  refs: Evidence[];
}

export interface ForecastRow {
  rank: number;
  state: string;
  name: string;
  /** Chance of recognizing within the horizon. */
  probability: number;
  /** The monthly hazard it is compounded from. */
  hazard: number;
  /** Reasons about this state, strongest first, then the common ones. */
  reasons: ForecastReason[];
}

export interface ForecastOptions {
  /** The cut-off: events known after it are ignored (default: today). */
  asOf?: string;
  /** Months ahead (default 12). */
  horizon?: number;
  /** Default: data/facts/forecast-model.json. */
  model?: Model;
  facts?: Facts;
}

/**
 * Ranks the states that have not recognized `target` as of `asOf` (UN members and observers, less
 * the target, its rival government, and states whose recognition stands) by their chance of
 * recognizing it within `horizon` months.
 */
export function forecast(events: readonly Event[], target: string, options: ForecastOptions = {}): ForecastRow[] {
  const day: Day = options.asOf ?? today();
  const horizon = options.horizon ?? 12;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`forecast: asOf must be YYYY-MM-DD, got ${day}`);
  if (!(horizon > 0)) throw new RangeError(`forecast: horizon must be a positive number of months, got ${horizon}`);
  const model = options.model ?? loadModel();
  const facts = options.facts ?? loadFacts();
  const ctx = featureContext(snapshot(facts, indexEvents(events, target), day));
  const scale = model.calibration?.b ?? 1;
  const rows = ctx.candidates.map((state) => {
    const x = featureVector(ctx, state);
    const h = hazard(model, x);
    const reasons: ForecastReason[] = [];
    FEATURES.forEach((f, j) => {
      if (x[j] === 0 || model.weights[j] === 0) return;
      const why = f.explain(ctx, state);
      if (why)
        reasons.push({ feature: f.name, ...why, contribution: scale * model.weights[j] * x[j], common: f.common });
    });
    reasons.sort((a, b) => Number(a.common) - Number(b.common) || Math.abs(b.contribution) - Math.abs(a.contribution));
    return { rank: 0, state, name: nameOf(facts, state), probability: withinMonths(h, horizon), hazard: h, reasons };
  });
  rows.sort((a, b) => b.probability - a.probability || (a.state < b.state ? -1 : 1));
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  return rows;
}

export interface Recognizer {
  state: string;
  name: string;
  date: string | null;
  event: string;
}

/** The states whose recognition of `target` stands on `asOf` (the ones the forecast leaves out). */
export function recognizersAt(
  events: readonly Event[],
  target: string,
  asOf: Day,
  facts: Facts = loadFacts(),
): Recognizer[] {
  return [...standingAt(indexEvents(events, target), asOf)]
    .map(([state, s]) => ({ state, name: nameOf(facts, state), date: s.event.date, event: s.event.id }))
    .sort((a, b) =>
      (a.date ?? '9999') < (b.date ?? '9999')
        ? -1
        : (a.date ?? '9999') > (b.date ?? '9999')
          ? 1
          : a.state < b.state
            ? -1
            : 1,
    );
}
