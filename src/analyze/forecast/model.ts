// A discrete-time (monthly) hazard model: logistic regression of "recognizes this month" on the
// features, fitted by Newton's method (IRLS) with an L2 pull toward each weight's prior mean.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, FEATURES } from './features.ts';

export const MODEL_PATH = fileURLToPath(new URL('../../../data/facts/forecast-model.json', import.meta.url));

export interface Model {
  version: 1;
  features: string[];
  intercept: number;
  weights: number[];
  priors: number[];
  /** Whether the training rows ever showed the feature; when not, its weight is its prior. */
  informed: boolean[];
  l2: number;
  /**
   * Maps the fitted monthly hazard to one that is calibrated over a horizon: h' = σ(a + b·logit h).
   * A constant monthly hazard, compounded over 12 months, overstates what happens after a burst of
   * recognitions (the pace falls); a and b are fitted on the training cascades' 12-month outcomes.
   */
  calibration: Calibration | null;
  trainedOn: string[];
  rows: number;
  positives: number;
}

export interface Calibration {
  a: number;
  b: number;
  /** The horizon (months) it was fitted for. */
  horizon: number;
}

/** One training outcome for the calibration: the raw logit, the months of the window, and what happened. */
export interface HorizonOutcome {
  z: number;
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
    version: 1,
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

/** The monthly hazard of a feature vector, calibrated when the model has a calibration. */
export function hazard(model: Pick<Model, 'intercept' | 'weights' | 'calibration'>, x: readonly number[]): number {
  const z = rawLogit(model, x);
  const c = model.calibration;
  return sigmoid(c ? c.a + c.b * z : z);
}

function softplus(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** Log loss of horizon outcomes under h = σ(a + b z), P = 1 - (1 - h)^months; and its gradient. */
function horizonLoss(data: readonly HorizonOutcome[], a: number, b: number): { loss: number; ga: number; gb: number } {
  let loss = 0;
  let ga = 0;
  let gb = 0;
  for (const { z, months, y } of data) {
    const u = a + b * z;
    const logNone = -months * softplus(u); // log(1 - P)
    const p = -Math.expm1(logNone);
    const h = sigmoid(u);
    if (y) {
      loss -= Math.log(Math.max(p, 1e-300));
      const d = -months * h * (Math.exp(logNone) / Math.max(p, 1e-300));
      ga += d;
      gb += d * z;
    } else {
      loss -= logNone;
      ga += months * h;
      gb += months * h * z;
    }
  }
  return { loss, ga, gb };
}

/** Fits the calibration (a, b) by Newton steps with a finite-difference Hessian and step halving. */
export function fitCalibration(data: readonly HorizonOutcome[], horizon: number): Calibration {
  let a = 0;
  let b = 1;
  const eps = 1e-5;
  for (let iter = 0; iter < 50; iter++) {
    const here = horizonLoss(data, a, b);
    const da = horizonLoss(data, a + eps, b);
    const db = horizonLoss(data, a, b + eps);
    const haa = (da.ga - here.ga) / eps;
    const hab = (db.ga - here.ga) / eps;
    const hbb = (db.gb - here.gb) / eps;
    const det = haa * hbb - hab * hab;
    // Newton when the Hessian is positive definite, else a plain gradient step.
    let sa = det > 0 && haa > 0 ? (hbb * here.ga - hab * here.gb) / det : here.ga * 1e-4;
    let sb = det > 0 && haa > 0 ? (haa * here.gb - hab * here.ga) / det : here.gb * 1e-4;
    let moved = false;
    for (let h = 0; h < 40; h++, sa /= 2, sb /= 2) {
      if (horizonLoss(data, a - sa, b - sb).loss <= here.loss) {
        a -= sa;
        b -= sb;
        moved = true;
        break;
      }
    }
    if (!moved || Math.max(Math.abs(sa), Math.abs(sb)) < 1e-9) break;
  }
  return { a: round(a), b: round(b), horizon };
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
