// A discrete-time (monthly) hazard model: logistic regression of "recognizes this month" on the
// features, fitted by Newton's method (IRLS) with an L2 pull toward each weight's prior mean.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, FEATURES } from './features.ts';

export const MODEL_PATH = fileURLToPath(new URL('../../../data/facts/forecast-model.json', import.meta.url));

export interface Model {
  version: 2;
  features: string[];
  intercept: number;
  weights: number[];
  priors: number[];
  /** Whether the training rows ever showed the feature; when not, its weight is its prior. */
  informed: boolean[];
  l2: number;
  /**
   * Maps the fitted monthly hazard to one that is calibrated over a horizon (see `calibratedLogit`):
   * the state's own part of the logit and the cascade's level (common features and observed pace)
   * get their own slopes, fitted on the training cascades' 12-month outcomes out of fold.
   */
  calibration: Calibration | null;
  trainedOn: string[];
  rows: number;
  positives: number;
}

export interface Calibration {
  /** Intercept. */
  a: number;
  /** Slope of the state's own part of the logit (its non-common features). */
  b: number;
  /** Slope of the cascade's level: the intercept, the common features and the pace offset. */
  c: number;
  /** Prior strength (in expected recognitions) of the cascade's pace multiplier (see `paceOffset`). */
  alpha: number;
  /** The horizon (months) it was fitted for. */
  horizon: number;
}

/** A cascade's pace so far: recognitions seen since it began, and the model's expected count for them. */
export interface Pace {
  observed: number;
  expected: number;
}

export const NO_PACE: Pace = { observed: 0, expected: 0 };

/**
 * Empirical-Bayes level of a cascade: with a Gamma(α, α) prior on the multiplier of the model's
 * monthly hazards and Poisson counts, the posterior mean multiplier is (O + α) / (E + α), O the
 * recognitions seen since the cascade began and E the sum of the model's monthly hazards over the
 * same months and candidates. Returns its log (0 when nothing has been seen or expected).
 */
export function paceOffset(pace: Pace, alpha: number): number {
  return Math.log((pace.observed + alpha) / (pace.expected + alpha));
}

/** One training outcome for the calibration: its covariates, the months of the window, and what happened. */
export interface HorizonOutcome {
  f: readonly number[];
  months: number;
  y: number;
}

/** Training rows: `x` holds `n` rows of `p` features, row-major; `y` is 1 for a recognition that month. */
export interface TrainingSet {
  x: Float64Array;
  y: Uint8Array;
  n: number;
  p: number;
}

export interface FitOptions {
  /** Strength of the pull toward the priors (a Gaussian prior with variance 1 / l2). */
  l2?: number;
  priors?: readonly number[];
  maxIterations?: number;
}

export const DEFAULT_L2 = 1;

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A v = b for a symmetric positive-definite A (Cholesky); A is k×k row-major. */
function solve(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j];
      for (let m = 0; m < j; m++) sum -= l[i * k + m] * l[j * k + m];
      l[i * k + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * k + j];
    }
  }
  const z = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = b[i];
    for (let m = 0; m < i; m++) sum -= l[i * k + m] * z[m];
    z[i] = sum / l[i * k + i];
  }
  const v = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let sum = z[i];
    for (let m = i + 1; m < k; m++) sum -= l[m * k + i] * v[m];
    v[i] = sum / l[i * k + i];
  }
  return v;
}

/** The penalized negative log-likelihood that the fit minimizes. */
function objective(data: TrainingSet, beta: Float64Array, priors: readonly number[], l2: number): number {
  const { n, p, x, y } = data;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[0];
    for (let j = 0; j < p; j++) {
      const v = x[i * p + j];
      if (v !== 0) z += beta[j + 1] * v;
    }
    // log(1 + e^z) - y z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
  }
  for (let j = 0; j < p; j++) loss += (l2 / 2) * (beta[j + 1] - priors[j]) ** 2;
  return loss;
}

/**
 * Fits intercept and weights. Deterministic: Newton steps (halved while they do not lower the
 * objective) from the priors until the largest step is below 1e-9. A feature that is zero on every row keeps its prior weight.
 */
export function fitLogistic(data: TrainingSet, options: FitOptions = {}): { intercept: number; weights: number[] } {
  const { n, p, x, y } = data;
  const l2 = options.l2 ?? DEFAULT_L2;
  const priors = options.priors ?? new Array<number>(p).fill(0);
  const k = p + 1;
  // beta[0] is the intercept (a negligible ridge keeps the system solvable), beta[1..p] the weights.
  const beta = new Float64Array(k);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i];
  const rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
  beta[0] = Math.log(rate / (1 - rate));
  for (let j = 0; j < p; j++) beta[j + 1] = priors[j];
  const row = new Float64Array(k);
  const nz = new Int32Array(k);
  for (let iter = 0; iter < (options.maxIterations ?? 100); iter++) {
    const grad = new Float64Array(k);
    const hess = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
      // Only the row's non-zero entries (most features are zero on most rows).
      row[0] = 1;
      nz[0] = 0;
      let m = 1;
      let z = beta[0];
      for (let j = 0; j < p; j++) {
        const v = x[i * p + j];
        if (v === 0) continue;
        row[j + 1] = v;
        nz[m++] = j + 1;
        z += beta[j + 1] * v;
      }
      const mu = sigmoid(z);
      const r = mu - y[i];
      const w = mu * (1 - mu);
      for (let ia = 0; ia < m; ia++) {
        const a = nz[ia];
        grad[a] += r * row[a];
        const wa = w * row[a];
        for (let ib = 0; ib <= ia; ib++) hess[a * k + nz[ib]] += wa * row[nz[ib]];
      }
    }
    hess[0] += 1e-9;
    for (let j = 1; j < k; j++) {
      grad[j] += l2 * (beta[j] - priors[j - 1]);
      hess[j * k + j] += l2;
    }
    for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) hess[a * k + b] = hess[b * k + a];
    const step = solve(hess, grad, k);
    // Step halving: take the Newton step, or a fraction of it, only if the objective goes down.
    const before = objective(data, beta, priors, l2);
    let scale = 1;
    let next = beta;
    for (let h = 0; h < 40; h++, scale /= 2) {
      next = beta.map((b, j) => b - scale * step[j]);
      if (objective(data, next, priors, l2) <= before) break;
    }
    let largest = 0;
    for (let j = 0; j < k; j++) largest = Math.max(largest, Math.abs(next[j] - beta[j]));
    beta.set(next);
    if (largest < 1e-9) break;
  }
  return { intercept: beta[0], weights: Array.from(beta.subarray(1)) };
}

/** Fits the forecast model (the features of features.ts) on training rows. */
export function fitModel(data: TrainingSet, trainedOn: string[], l2 = DEFAULT_L2): Model {
  const priors = FEATURES.map((f) => f.prior);
  const { intercept, weights } = fitLogistic(data, { l2, priors });
  const informed = FEATURES.map((_, j) => {
    for (let i = 0; i < data.n; i++) if (data.x[i * data.p + j] !== 0) return true;
    return false;
  });
  let positives = 0;
  for (let i = 0; i < data.n; i++) positives += data.y[i];
  return {
    version: 2,
    features: [...FEATURE_NAMES],
    intercept: round(intercept),
    weights: weights.map(round),
    priors,
    informed,
    l2,
    calibration: null,
    trainedOn,
    rows: data.n,
    positives,
  };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** The model's raw logit for a feature vector (before calibration). */
export function rawLogit(model: Pick<Model, 'intercept' | 'weights'>, x: readonly number[]): number {
  let z = model.intercept;
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
  return z;
}

/** The raw logit split into the state's own part (non-common features) and the cascade's level (the rest). */
export function splitLogit(
  model: Pick<Model, 'intercept' | 'weights'>,
  x: readonly number[],
): { own: number; level: number } {
  let own = 0;
  let level = model.intercept;
  for (let j = 0; j < x.length; j++) {
    if (FEATURES[j]?.common) level += model.weights[j] * x[j];
    else own += model.weights[j] * x[j];
  }
  return { own, level };
}

/** The calibrated logit of the monthly hazard: a + b·own + c·(level + log pace multiplier). */
export function calibratedLogit(
  model: Pick<Model, 'intercept' | 'weights' | 'calibration'>,
  x: readonly number[],
  pace: Pace = NO_PACE,
): number {
  const c = model.calibration;
  if (!c) return rawLogit(model, x);
  const { own, level } = splitLogit(model, x);
  return c.a + c.b * own + c.c * (level + paceOffset(pace, c.alpha));
}

/** The monthly hazard of a feature vector, calibrated (with the cascade's pace) when the model has a calibration. */
export function hazard(
  model: Pick<Model, 'intercept' | 'weights' | 'calibration'>,
  x: readonly number[],
  pace: Pace = NO_PACE,
): number {
  return sigmoid(calibratedLogit(model, x, pace));
}

/** The uncalibrated monthly hazard, the unit of a cascade's expected count (`Pace.expected`). */
export function rawHazard(model: Pick<Model, 'intercept' | 'weights'>, x: readonly number[]): number {
  return sigmoid(rawLogit(model, x));
}

function softplus(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** Log loss of horizon outcomes under h = σ(θ·f), P = 1 - (1 - h)^months; and its gradient. */
function horizonLoss(data: readonly HorizonOutcome[], theta: readonly number[]): { loss: number; grad: number[] } {
  let loss = 0;
  const grad = new Array<number>(theta.length).fill(0);
  for (const { f, months, y } of data) {
    let u = 0;
    for (let j = 0; j < theta.length; j++) u += theta[j] * f[j];
    const logNone = -months * softplus(u); // log(1 - P)
    const h = sigmoid(u);
    let d: number;
    if (y) {
      const p = Math.max(-Math.expm1(logNone), 1e-300);
      loss -= Math.log(p);
      d = -months * h * (Math.exp(logNone) / p);
    } else {
      loss -= logNone;
      d = months * h;
    }
    for (let j = 0; j < theta.length; j++) grad[j] += d * f[j];
  }
  return { loss, grad };
}

/** Solves a small dense system by Gaussian elimination with partial pivoting (null when singular). */
function solveDense(m: number[][], v: number[]): number[] | null {
  const k = v.length;
  const a = m.map((row, i) => [...row, v[i]]);
  for (let i = 0; i < k; i++) {
    let pivot = i;
    for (let r = i + 1; r < k; r++) if (Math.abs(a[r][i]) > Math.abs(a[pivot][i])) pivot = r;
    [a[i], a[pivot]] = [a[pivot], a[i]];
    if (Math.abs(a[i][i]) < 1e-15) return null;
    for (let r = i + 1; r < k; r++) {
      const q = a[r][i] / a[i][i];
      for (let c = i; c <= k; c++) a[r][c] -= q * a[i][c];
    }
  }
  const out = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let sum = a[i][k];
    for (let c = i + 1; c < k; c++) sum -= a[i][c] * out[c];
    out[i] = sum / a[i][i];
  }
  return out;
}

/**
 * Fits θ for h = σ(θ·f) on horizon outcomes by Newton steps (finite-difference Hessian, step
 * halving), from `start`. Deterministic. Returns θ and the final log loss.
 */
export function fitHorizonModel(
  data: readonly HorizonOutcome[],
  start: readonly number[],
): { theta: number[]; loss: number } {
  let theta = [...start];
  const eps = 1e-5;
  let here = horizonLoss(data, theta);
  for (let iter = 0; iter < 60; iter++) {
    const hess = theta.map((_, j) => {
      const moved = theta.map((t, i) => (i === j ? t + eps : t));
      const g = horizonLoss(data, moved).grad;
      return g.map((v, i) => (v - here.grad[i]) / eps);
    });
    const sym = hess.map((row, i) => row.map((v, j) => (v + hess[j][i]) / 2));
    // Newton when the Hessian is usable, else a small gradient step.
    let step = solveDense(sym, here.grad) ?? here.grad.map((g) => g * 1e-4);
    if (step.some((v) => !Number.isFinite(v))) step = here.grad.map((g) => g * 1e-4);
    let moved = false;
    for (let h = 0; h < 40; h++, step = step.map((v) => v / 2)) {
      const next = theta.map((t, j) => t - step[j]);
      const there = horizonLoss(data, next);
      if (there.loss <= here.loss) {
        theta = next;
        here = there;
        moved = true;
        break;
      }
    }
    if (!moved || Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { theta, loss: here.loss };
}

/** A calibration outcome before the pace prior is chosen: the logit's two parts, the pace so far, the window. */
export interface CalibrationOutcome {
  own: number;
  level: number;
  pace: Pace;
  months: number;
  y: number;
}

/** The pace priors tried; the one with the lowest training log loss is kept. */
export const PACE_ALPHAS: readonly number[] = [0.5, 1, 2, 4, 8];

/**
 * Fits the calibration h = σ(a + b·own + c·(level + log((O + α)/(E + α)))) on horizon outcomes:
 * (a, b, c) by maximum likelihood for each α of PACE_ALPHAS, keeping the α with the lowest loss.
 */
export function fitCalibration(data: readonly CalibrationOutcome[], horizon: number): Calibration {
  let best: { theta: number[]; loss: number; alpha: number } | null = null;
  for (const alpha of PACE_ALPHAS) {
    const rows: HorizonOutcome[] = data.map((o) => ({
      f: [1, o.own, o.level + paceOffset(o.pace, alpha)],
      months: o.months,
      y: o.y,
    }));
    const fit = fitHorizonModel(rows, [0, 1, 1]);
    if (!best || fit.loss < best.loss - 1e-9) best = { ...fit, alpha };
  }
  const { theta, alpha } = best!;
  return { a: round(theta[0]), b: round(theta[1]), c: round(theta[2]), alpha, horizon };
}

/** The chance of at least one event within `months` at a constant monthly hazard. */
export function withinMonths(h: number, months: number): number {
  return 1 - (1 - h) ** months;
}

/** Reads a model file and checks that it was fitted on the current features. */
export function loadModel(path: string = MODEL_PATH): Model {
  const model = JSON.parse(readFileSync(path, 'utf8')) as Model;
  if (model.features.join(',') !== FEATURE_NAMES.join(',')) {
    throw new Error(
      `${path}: fitted on features [${model.features}] but the forecast computes [${FEATURE_NAMES}]; run npx tsx scripts/fit-forecast.ts`,
    );
  }
  return model;
}
