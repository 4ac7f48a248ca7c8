// The hazard fit and its calibration on synthetic data with planted effects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CalibrationOutcome,
  fitCalibration,
  fitHorizonModel,
  fitLogistic,
  type HorizonOutcome,
  PACE_ALPHAS,
  paceOffset,
  withinMonths,
} from '../../src/analyze/forecast/model.ts';
import { seededRandom } from '../../src/core/random.ts';

const rng = seededRandom;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('fitLogistic', () => {
  const next = rng(7);
  const n = 20_000;
  const p = 3;
  const x = new Float64Array(n * p);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[i * p] = next();
    x[i * p + 1] = next() < 0.3 ? 1 : 0;
    x[i * p + 2] = 0; // never seen: must keep its prior
    y[i] = next() < sigmoid(-3 + 2 * x[i * p] - 1.5 * x[i * p + 1]) ? 1 : 0;
  }
  const fit = fitLogistic({ x, y, n, p }, { l2: 1, priors: [0, 0, 0.7] });

  it('recovers the signs (and roughly the sizes) of planted effects', () => {
    assert.ok(fit.weights[0] > 1.4 && fit.weights[0] < 2.6, `w0 = ${fit.weights[0]}`);
    assert.ok(fit.weights[1] < -1 && fit.weights[1] > -2, `w1 = ${fit.weights[1]}`);
    assert.ok(Math.abs(fit.intercept + 3) < 0.4, `b = ${fit.intercept}`);
  });

  it('keeps the prior of a feature the data never show', () => {
    assert.equal(fit.weights[2], 0.7);
  });

  it('is deterministic', () => {
    assert.deepEqual(fitLogistic({ x, y, n, p }, { l2: 1, priors: [0, 0, 0.7] }), fit);
  });

  it('shrinks toward the prior as the L2 pull grows', () => {
    const strong = fitLogistic({ x, y, n, p }, { l2: 1e6, priors: [0, 0, 0] });
    assert.ok(Math.abs(strong.weights[0]) < 0.05 && Math.abs(strong.weights[1]) < 0.05);
  });
});

describe('fitHorizonModel', () => {
  it('finds the identity when horizon outcomes follow the hazard', () => {
    const next = rng(11);
    const data: HorizonOutcome[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z = -6 + 4 * next();
      data.push({ f: [1, z], months: 12, y: next() < withinMonths(sigmoid(z), 12) ? 1 : 0 });
    }
    const [a, b] = fitHorizonModel(data, [0, 1]).theta;
    assert.ok(Math.abs(b - 1) < 0.15, `b = ${b}`);
    assert.ok(Math.abs(a) < 0.6, `a = ${a}`);
  });

  it('shrinks hazards that compound into too many events', () => {
    const next = rng(12);
    const data: HorizonOutcome[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z = -6 + 4 * next();
      // What happens follows a hazard e^-1.5 times smaller than the raw one.
      data.push({ f: [1, z], months: 12, y: next() < withinMonths(sigmoid(z - 1.5), 12) ? 1 : 0 });
    }
    const [a, b] = fitHorizonModel(data, [0, 1]).theta;
    const at = (z: number) => a + b * z;
    assert.ok(at(-4) < -4.8 && at(-4) > -6.2, `a + b(-4) = ${at(-4)}`);
  });
});

describe('fitCalibration (with the pace of the cascade)', () => {
  it('is the posterior mean multiplier (O + α) / (E + α), and neutral with nothing seen', () => {
    assert.equal(paceOffset({ observed: 0, expected: 0 }, 2), 0);
    assert.ok(Math.abs(paceOffset({ observed: 2, expected: 10 }, 2) - Math.log(4 / 12)) < 1e-12);
  });

  it('learns to follow the pace when cascades differ in level and their past shows it', () => {
    const next = rng(13);
    const data: CalibrationOutcome[] = [];
    for (let cascade = 0; cascade < 60; cascade++) {
      // Each cascade's hazards are the model's times a multiplier the model does not know.
      const m = Math.exp(-2 + 3 * next());
      const level = -5;
      let observed = 0;
      let expected = 0;
      for (let month = 0; month < 24; month++) {
        const pace = { observed, expected };
        for (let s = 0; s < 40; s++) {
          const own = next() < 0.2 ? 1 : 0;
          const h = sigmoid(level + own);
          const hTrue = Math.min(0.9, m * h);
          data.push({ own, level, pace, months: 12, y: next() < withinMonths(hTrue, 12) ? 1 : 0 });
          expected += h;
          if (next() < hTrue) observed++;
        }
      }
    }
    const c = fitCalibration(data, 12);
    assert.ok(c.c > 0.5, `c = ${c.c}`);
    assert.ok(c.b > 0.5, `b = ${c.b}`);
    assert.ok(PACE_ALPHAS.includes(c.alpha));
  });
});
