// Leave-one-cascade-out backtest: fit on the other cascades, then at every monthly cut-off of the
// held-out one rank the states that had not recognized yet and score who did within the horizon.

import { seededRandom } from '../../core/random.ts';
import type { Day } from './dates.ts';
import type { Facts } from './facts.ts';
import { FEATURE_NAMES } from './features.ts';
import { fitForecastModel, type HistoryData, historyData, horizonWindow, studyPace } from './fit.ts';
import { cascades } from './history.ts';
import { hazard, type Model, withinMonths } from './model.ts';
import { type Frame, MIN_ROWS, movedWithin, type Study } from './studies.ts';

/** A held-out unit: one cascade, or two that moved together (they are held out together). */
export interface BacktestGroup {
  name: string;
  studies: string[];
}

export const GROUPS: readonly BacktestGroup[] = [
  { name: 'Kosovo', studies: ['XKX-2008'] },
  { name: 'Palestine', studies: ['PSE-1988'] },
  { name: 'Abkhazia/South Ossetia', studies: ['ABKHAZIA-2008', 'SOUTH_OSSETIA-2008'] },
  { name: 'Taiwan → Beijing', studies: ['CHN-1990'] },
  { name: 'Taliban 1997', studies: ['TALIBAN-1997'] },
  { name: 'Croatia/Slovenia', studies: ['HRV-1991', 'SVN-1991'] },
];

export const RANKERS = ['model', 'random', 'neighbours', 'bloc'] as const;
export type Ranker = (typeof RANKERS)[number];
export const BASELINES: readonly Ranker[] = ['random', 'neighbours', 'bloc'];

export interface RankScores {
  /** Mean average precision over the cut-offs where someone moved within the horizon. */
  ap: number;
  /** Share of those cut-offs where one of the top five moved within the horizon. */
  hit5: number;
}

/** One cut-off of a held-out cascade, for plots. */
export interface CutoffPoint {
  study: string;
  day: Day;
  candidates: number;
  /** Sum of the model's probabilities: the number of recognitions it expects within the horizon. */
  expected: number;
  /** How many candidates did recognize within the horizon. */
  actual: number;
}

/** A recognition, with the rank the model gave the state at the last cut-off before it. */
export interface MovePoint {
  study: string;
  state: string;
  day: Day;
  rank: number;
  of: number;
}

export interface GroupResult {
  name: string;
  studies: string[];
  /** Cut-offs scored for ranking (someone moved within the horizon) / all cut-offs. */
  scoredCutoffs: number;
  cutoffs: number;
  /** Distinct (state, move) pairs that fell within some scored horizon. */
  moves: number;
  /** Share of (candidate, cut-off) pairs that moved within the horizon. */
  baseRate: number;
  ranks: Record<Ranker, RankScores>;
  brier: number;
  /** Brier score of always predicting the held-out cascade's own base rate (a hindsight constant). */
  brierBaseRate: number;
  /** Brier score of always predicting the training cascades' base rate (known beforehand). */
  brierPriorRate: number;
  bestBaseline: Ranker;
  beatsBestBaseline: boolean;
  beatsBaseRate: boolean;
  model: Pick<Model, 'intercept' | 'weights' | 'calibration'>;
  series: CutoffPoint[];
  movesRanked: MovePoint[];
}

export interface BacktestReport {
  horizon: number;
  seeds: number;
  features: string[];
  groups: GroupResult[];
  /** Cascades not scored, with their row counts. */
  tooSmall: { id: string; rows: number }[];
  apWins: number;
  brierWins: number;
  /** The bar: beat the best baseline on AP in at least four cascades, Brier below the base rate. */
  targetMet: boolean;
}

export interface BacktestOptions {
  horizon?: number;
  /** Random tie-break orders averaged per cut-off (and shuffles for the random baseline). */
  seeds?: number;
  /** Only these groups (by name); the others are still used for fitting. */
  only?: string[];
  facts?: Facts;
  /** Prepared history, to share it between runs. */
  data?: HistoryData;
}

const rng = seededRandom;

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Indices ordered by score, highest first; ties in a random order drawn from `next`. */
export function rankOrder(scores: readonly number[], next: () => number): number[] {
  const keys = scores.map(() => next());
  return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || keys[a] - keys[b]);
}

/** Average precision of an order against labels (0 when there is no positive). */
export function averagePrecision(order: readonly number[], labels: readonly boolean[]): number {
  let hits = 0;
  let sum = 0;
  order.forEach((i, k) => {
    if (!labels[i]) return;
    hits++;
    sum += hits / (k + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

export function hitAt(order: readonly number[], labels: readonly boolean[], k: number): number {
  return order.slice(0, k).some((i) => labels[i]) ? 1 : 0;
}

function evaluateGroup(
  group: BacktestGroup,
  studies: readonly Study[],
  frames: readonly Frame[][],
  model: Model,
  horizon: number,
  seeds: number,
  priorRate: number,
): GroupResult {
  const col = { neighbours: FEATURE_NAMES.indexOf('neighbours'), bloc: FEATURE_NAMES.indexOf('bloc') };
  const sums: Record<Ranker, RankScores> = Object.fromEntries(RANKERS.map((r) => [r, { ap: 0, hit5: 0 }])) as Record<
    Ranker,
    RankScores
  >;
  let scored = 0;
  let total = 0;
  let pairs = 0;
  let positives = 0;
  let brier = 0;
  const outcomes: { p: number; y: number }[] = [];
  const series: CutoffPoint[] = [];
  const movesRanked: MovePoint[] = [];
  const moved = new Set<string>();
  studies.forEach((study, si) => {
    const studyFrames = frames[si];
    // The cascade's pace so far, under this model: what it had seen by each cut-off, never after.
    const paces = studyPace(study, studyFrames, model);
    studyFrames.forEach((frame, fi) => {
      total++;
      const { until, months } = horizonWindow(study, frame.day, horizon);
      const probs = frame.x.map((x) => withinMonths(hazard(model, x, paces[fi]), months));
      const labels = frame.candidates.map((s) => movedWithin(study, s, frame.day, until));
      labels.forEach((y, i) => {
        outcomes.push({ p: probs[i], y: y ? 1 : 0 });
        if (y) moved.add(`${study.id}|${frame.candidates[i]}`);
      });
      pairs += labels.length;
      positives += labels.filter(Boolean).length;
      brier += probs.reduce((acc, p, i) => acc + (p - (labels[i] ? 1 : 0)) ** 2, 0);
      series.push({
        study: study.id,
        day: frame.day,
        candidates: frame.candidates.length,
        expected: probs.reduce((a, b) => a + b, 0),
        actual: labels.filter(Boolean).length,
      });
      // Ranks of the states that move before the next cut-off, as the model ordered them here.
      const nextDay = studyFrames[fi + 1]?.day ?? study.end;
      const modelOrder = rankOrder(probs, rng(hashSeed(`${study.id}|${frame.day}|plot`)));
      modelOrder.forEach((i, k) => {
        const state = frame.candidates[i];
        const day = (study.moves.get(state) ?? []).find((d) => d > frame.day && d <= nextDay);
        if (day) movesRanked.push({ study: study.id, state, day, rank: k + 1, of: modelOrder.length });
      });
      if (!labels.some(Boolean)) return;
      scored++;
      const scores: Record<Ranker, number[]> = {
        model: probs,
        random: probs.map(() => 0),
        neighbours: frame.x.map((x) => x[col.neighbours]),
        bloc: frame.x.map((x) => x[col.bloc]),
      };
      for (const ranker of RANKERS) {
        let ap = 0;
        let hit = 0;
        for (let s = 0; s < seeds; s++) {
          const order = rankOrder(scores[ranker], rng(hashSeed(`${study.id}|${frame.day}|${ranker}|${s}`)));
          ap += averagePrecision(order, labels);
          hit += hitAt(order, labels, 5);
        }
        sums[ranker].ap += ap / seeds;
        sums[ranker].hit5 += hit / seeds;
      }
    });
  });
  const ranks = Object.fromEntries(
    RANKERS.map((r) => [r, { ap: scored ? sums[r].ap / scored : 0, hit5: scored ? sums[r].hit5 / scored : 0 }]),
  ) as Record<Ranker, RankScores>;
  const baseRate = pairs ? positives / pairs : 0;
  const brierOf = (rate: number) => (pairs ? outcomes.reduce((acc, o) => acc + (rate - o.y) ** 2, 0) / pairs : 0);
  const brierBaseRate = brierOf(baseRate);
  const bestBaseline = BASELINES.reduce((best, r) => (ranks[r].ap > ranks[best].ap ? r : best), BASELINES[0]);
  return {
    name: group.name,
    studies: group.studies,
    scoredCutoffs: scored,
    cutoffs: total,
    moves: moved.size,
    baseRate,
    ranks,
    brier: pairs ? brier / pairs : 0,
    brierBaseRate,
    brierPriorRate: brierOf(priorRate),
    bestBaseline,
    beatsBestBaseline: scored > 0 && ranks.model.ap > ranks[bestBaseline].ap,
    beatsBaseRate: pairs > 0 && brier / pairs < brierBaseRate,
    model: { intercept: model.intercept, weights: model.weights, calibration: model.calibration },
    series,
    movesRanked,
  };
}

/** Fits a model on the studies at the given indices (swappable for experiments). */
export type Fitter = (data: HistoryData, include: number[]) => Model;

/** The leave-one-cascade-out loop over prepared data. */
export function runBacktest(
  data: HistoryData,
  options: { horizon: number; seeds: number; groups: readonly BacktestGroup[]; fit?: Fitter },
): GroupResult[] {
  const { studies, frames } = data;
  const fit = options.fit ?? ((d, include) => fitForecastModel(d, include));
  return options.groups.map((group) => {
    const held = group.studies.map((id) => studies.findIndex((s) => s.id === id));
    if (held.includes(-1)) throw new Error(`backtest: group ${group.name} names a cascade that is not in the history`);
    const include = studies.map((_, i) => i).filter((i) => !held.includes(i));
    const model = fit(data, include);
    return evaluateGroup(
      group,
      held.map((i) => studies[i]),
      held.map((i) => frames[i]),
      model,
      options.horizon,
      options.seeds,
      horizonRate(data, include, options.horizon),
    );
  });
}

/** The share of (candidate, cut-off) pairs of the given studies that moved within the horizon. */
function horizonRate(data: HistoryData, include: readonly number[], horizon: number): number {
  let pairs = 0;
  let positives = 0;
  for (const i of include) {
    const study = data.studies[i];
    for (const frame of data.frames[i]) {
      const { until } = horizonWindow(study, frame.day, horizon);
      pairs += frame.candidates.length;
      for (const s of frame.candidates) if (movedWithin(study, s, frame.day, until)) positives++;
    }
  }
  return pairs ? positives / pairs : 0;
}

/** Runs the leave-one-cascade-out backtest on the reference history. */
export function backtest(options: BacktestOptions = {}): BacktestReport {
  const horizon = options.horizon ?? 12;
  const seeds = options.seeds ?? 20;
  const data = options.data ?? historyData(options.facts);
  const groups = GROUPS.filter((g) => !options.only || options.only.includes(g.name));
  const results = runBacktest(data, { horizon, seeds, groups });
  const tooSmall = cascades()
    .filter((c) => c.rows.length <= MIN_ROWS)
    .map((c) => ({ id: c.id, rows: c.rows.length }));
  const apWins = results.filter((r) => r.beatsBestBaseline).length;
  const brierWins = results.filter((r) => r.beatsBaseRate).length;
  return {
    horizon,
    seeds,
    features: [...FEATURE_NAMES],
    groups: results,
    tooSmall,
    apWins,
    brierWins,
    targetMet: apWins >= 4 && brierWins === results.length,
  };
}
