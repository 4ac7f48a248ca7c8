// Fitting the forecast on reference history: the monthly hazard model, then its horizon calibration.
// Used by the backtest (on all cascades but one) and by scripts/fit-forecast.ts (on all of them).
import { addMonths, type Day, earliestDay, monthsBetween } from './dates.ts';
import { type Facts, loadFacts } from './facts.ts';
import {
  type CalibrationOutcome,
  DEFAULT_L2,
  fitCalibration,
  fitModel,
  type Model,
  type Pace,
  rawHazard,
  splitLogit,
} from './model.ts';
import {
  type Frame,
  framesOf,
  historyStudies,
  movedWithin,
  type Study,
  type TrainingRows,
  trainingRows,
  withoutStudies,
} from './studies.ts';

/** The history prepared once: studies, the features at each of their cut-offs, and the monthly rows. */
export interface HistoryData {
  studies: readonly Study[];
  frames: readonly Frame[][];
  rows: TrainingRows;
}

export function historyData(facts: Facts = loadFacts()): HistoryData {
  const studies = historyStudies(facts);
  const frames = studies.map((s) => framesOf(s, facts));
  return { studies, frames, rows: trainingRows(studies, frames) };
}

/** The horizon window after a cut-off, cut at the end of the study's data. */
export function horizonWindow(study: Study, day: Day, horizon: number): { until: Day; months: number } {
  const limit = addMonths(day, horizon);
  const until = earliestDay(limit, study.end);
  return { until, months: monthsBetween(day, until) };
}

export const CALIBRATION_HORIZON = 12;

/**
 * Studies that moved together and are held out together: Abkhazia with South Ossetia, Croatia with
 * Slovenia. Any other study is a fold of its own (for the backtest and for the nested calibration).
 */
export const FOLDS: readonly (readonly string[])[] = [
  ['ABKHAZIA-2008', 'SOUTH_OSSETIA-2008'],
  ['HRV-1991', 'SVN-1991'],
];

/** The studies at `include` grouped into folds (see FOLDS), in order. */
export function foldsOf(data: HistoryData, include: readonly number[]): number[][] {
  const out = new Map<string, number[]>();
  for (const i of include) {
    const id = data.studies[i].id;
    const key = FOLDS.find((f) => f.includes(id))?.join('+') ?? id;
    out.set(key, [...(out.get(key) ?? []), i]);
  }
  return [...out.values()];
}

/**
 * The pace of a study at each of its cut-offs, under `model`: the moves seen since the study began
 * (each in the month after a past cut-off, by a candidate of that cut-off) and the sum of the
 * model's raw monthly hazards for them. Uses nothing after the cut-off.
 */
export function studyPace(study: Study, frames: readonly Frame[], model: Pick<Model, 'intercept' | 'weights'>): Pace[] {
  let observed = 0;
  let expected = 0;
  return frames.map((frame, fi) => {
    const pace = { observed, expected };
    const next = frames[fi + 1]?.day ?? study.end;
    frame.candidates.forEach((state, k) => {
      expected += rawHazard(model, frame.x[k]);
      if (movedWithin(study, state, frame.day, next)) observed++;
    });
    return pace;
  });
}

function weightsOnly(data: HistoryData, include: readonly number[], l2: number): Model {
  const keep = new Set(include);
  const exclude = new Set(data.studies.map((_, i) => i).filter((i) => !keep.has(i)));
  return fitModel(
    withoutStudies(data.rows, exclude),
    include.map((i) => data.studies[i].id),
    l2,
  );
}

/**
 * Fits the model on the studies at `include` (indices into data.studies): the weights on all of
 * them, then the calibration on their 12-month outcomes scored out of fold — each fold's logits
 * come from weights fitted without it, so the calibration learns how far the model's level
 * transfers to a cascade it has not seen (as in use), not how well it fits its own training rows.
 */
export function fitForecastModel(data: HistoryData, include: readonly number[], l2 = DEFAULT_L2): Model {
  const model = weightsOnly(data, include, l2);
  const folds = foldsOf(data, include);
  const outcomes: CalibrationOutcome[] = [];
  for (const fold of folds) {
    const inner =
      folds.length > 1
        ? weightsOnly(
            data,
            include.filter((i) => !fold.includes(i)),
            l2,
          )
        : model;
    for (const i of fold) {
      const study = data.studies[i];
      const paces = studyPace(study, data.frames[i], inner);
      data.frames[i].forEach((frame, fi) => {
        const { until, months } = horizonWindow(study, frame.day, CALIBRATION_HORIZON);
        frame.candidates.forEach((state, k) => {
          const { own, level } = splitLogit(inner, frame.x[k]);
          const y = movedWithin(study, state, frame.day, until) ? 1 : 0;
          outcomes.push({ own, level, pace: paces[fi], months, y });
        });
      });
    }
  }
  return { ...model, calibration: fitCalibration(outcomes, CALIBRATION_HORIZON) };
}
