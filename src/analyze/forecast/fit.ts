// Fitting the forecast on reference history: the monthly hazard model, then its horizon calibration.
// Used by the backtest (on all cascades but one) and by scripts/fit-forecast.ts (on all of them).
import { addMonths, type Day, earliestDay, monthsBetween } from './dates.ts';
import { type Facts, loadFacts } from './facts.ts';
import { DEFAULT_L2, fitCalibration, fitModel, type HorizonOutcome, type Model, rawLogit } from './model.ts';
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

/** Fits the model on the studies at `include` (indices into data.studies), with its calibration. */
export function fitForecastModel(data: HistoryData, include: readonly number[], l2 = DEFAULT_L2): Model {
  const keep = new Set(include);
  const exclude = new Set(data.studies.map((_, i) => i).filter((i) => !keep.has(i)));
  const model = fitModel(
    withoutStudies(data.rows, exclude),
    include.map((i) => data.studies[i].id),
    l2,
  );
  const outcomes: HorizonOutcome[] = [];
  for (const i of include) {
    const study = data.studies[i];
    for (const frame of data.frames[i]) {
      const { until, months } = horizonWindow(study, frame.day, CALIBRATION_HORIZON);
      frame.candidates.forEach((state, k) => {
        const y = movedWithin(study, state, frame.day, until) ? 1 : 0;
        outcomes.push({ z: rawLogit(model, frame.x[k]), months, y });
      });
    }
  }
  return { ...model, calibration: fitCalibration(outcomes, CALIBRATION_HORIZON) };
}
