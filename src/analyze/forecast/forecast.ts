// Who's next: every state that does not recognize the target on a day, ranked by the chance that it
// recognizes within the horizon, each with the reasons (and their events and facts) behind it.
import type { Event } from '../../core/types.ts';
import { addMonths, type Day, today } from './dates.ts';
import { type Facts, loadFacts, nameOf } from './facts.ts';
import { type Evidence, FEATURES, featureContext, featureVector } from './features.ts';
import { hazard, loadModel, type Model, type Pace, paceOffset, rawHazard, withinMonths } from './model.ts';
import { indexEvents, snapshot, standingAt, type TargetIndex, type Transition } from './snapshot.ts';

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
  const index = indexEvents(events, target);
  const ctx = featureContext(snapshot(facts, index, day));
  const cal = model.calibration;
  const pace = cascadePace(index, facts, day, model);
  const paceReason = cal ? explainPace(pace, cal.alpha, cal.c, target) : null;
  const rows = ctx.candidates.map((state) => {
    const x = featureVector(ctx, state);
    const h = hazard(model, x, pace.pace);
    const reasons: ForecastReason[] = [];
    FEATURES.forEach((f, j) => {
      if (x[j] === 0 || model.weights[j] === 0) return;
      const why = f.explain(ctx, state);
      const scale = cal ? (f.common ? cal.c : cal.b) : 1;
      if (why)
        reasons.push({ feature: f.name, ...why, contribution: scale * model.weights[j] * x[j], common: f.common });
    });
    if (paceReason) reasons.push(paceReason);
    reasons.sort((a, b) => Number(a.common) - Number(b.common) || Math.abs(b.contribution) - Math.abs(a.contribution));
    return { rank: 0, state, name: nameOf(facts, state), probability: withinMonths(h, horizon), hazard: h, reasons };
  });
  rows.sort((a, b) => b.probability - a.probability || (a.state < b.state ? -1 : 1));
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  return rows;
}

/** The cascade's pace at `day`, with the recognitions it counted. */
interface CascadePace {
  pace: Pace;
  /** The oldest standing recognition (the cascade's start), or null. */
  since: Transition | null;
  seen: Transition[];
}

/**
 * What the cascade has shown since it began (its oldest standing recognition): at each monthly
 * cut-off counted back from `day`, the recognitions by that cut-off's candidates in the month
 * after it, and the model's raw monthly hazards for them (as `studyPace` does in the backtest).
 */
function cascadePace(index: TargetIndex, facts: Facts, day: Day, model: Model): CascadePace {
  const standing = standingAt(index, day);
  let since: Transition | null = null;
  for (const t of index.recognitions) {
    if (t.day > day) break;
    if (standing.get(t.event.actor)?.event === t.event) {
      since = t;
      break;
    }
  }
  const seen: Transition[] = [];
  let expected = 0;
  if (!since) return { pace: { observed: 0, expected }, since, seen };
  for (let k = 1; ; k++) {
    const past = addMonths(day, -k);
    if (past < since.day) break;
    const next = addMonths(day, -k + 1);
    const pastCtx = featureContext(snapshot(facts, index, past));
    const candidates = new Set(pastCtx.candidates);
    for (const state of pastCtx.candidates) expected += rawHazard(model, featureVector(pastCtx, state));
    for (const t of index.recognitions) {
      if (t.day > past && t.day <= next && candidates.has(t.event.actor)) {
        seen.push(t);
        candidates.delete(t.event.actor);
      }
    }
  }
  seen.sort((a, b) => (a.day < b.day ? -1 : 1));
  return { pace: { observed: seen.length, expected }, since, seen };
}

function explainPace(p: CascadePace, alpha: number, c: number, target: string): ForecastReason | null {
  if (!p.since) return null;
  const offset = paceOffset(p.pace, alpha);
  const n = p.pace.observed;
  const refs: Evidence[] = [p.since, ...p.seen].slice(0, 6).map((t) => ({
    kind: 'event',
    id: t.event.id,
    docs: [...new Set(t.event.mentions.map((m) => m.doc))].slice(0, 5),
  }));
  return {
    feature: 'pace',
    text:
      `since ${target}'s cascade began on ${p.since.day}, ${n} more state${n === 1 ? '' : 's'} recognized it where the model expected ` +
      `${p.pace.expected.toFixed(1)}: every chance is scaled to that pace (hazard × ${Math.exp(c * offset).toFixed(2)})`,
    contribution: c * offset,
    common: true,
    refs,
  };
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
