// The leave-one-cascade-out backtest on the reference history, its metrics, table and plot.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  averagePrecision,
  type BacktestReport,
  GROUPS,
  hitAt,
  RANKERS,
  rankOrder,
  runBacktest,
} from '../../src/analyze/forecast/backtest.ts';
import { fitForecastModel, historyData } from '../../src/analyze/forecast/fit.ts';
import { loadModel } from '../../src/analyze/forecast/model.ts';
import { backtestMarkdown, groupSvg } from '../../src/analyze/forecast/report.ts';

describe('ranking metrics', () => {
  it('average precision and hit@k on hand-made orders', () => {
    const labels = [false, true, false, true];
    assert.equal(averagePrecision([1, 3, 0, 2], labels), 1);
    assert.equal(averagePrecision([0, 1, 2, 3], labels), (1 / 2 + 2 / 4) / 2);
    assert.equal(averagePrecision([0, 2], labels), 0);
    assert.equal(hitAt([0, 2, 1], labels, 2), 0);
    assert.equal(hitAt([0, 2, 1], labels, 3), 1);
  });

  it('breaks ties at random but keeps the order of distinct scores', () => {
    let seed = 1;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    assert.deepEqual(rankOrder([0.1, 0.9, 0.5], next), [1, 2, 0]);
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) orders.add(rankOrder([0, 0, 0], next).join());
    assert.ok(orders.size > 1);
  });
});

describe('backtest', () => {
  const data = historyData();
  const groups = runBacktest(data, { horizon: 12, seeds: 3, groups: GROUPS });
  const report: BacktestReport = {
    horizon: 12,
    seeds: 3,
    features: [],
    groups,
    tooSmall: [{ id: 'SSD-2011', rows: 3 }],
    apWins: groups.filter((g) => g.beatsBestBaseline).length,
    brierWins: groups.filter((g) => g.beatsBaseRate).length,
    targetMet: false,
  };

  it('scores each cascade against every baseline with metrics in range', () => {
    assert.deepEqual(
      groups.map((g) => g.name),
      GROUPS.map((g) => g.name),
    );
    for (const g of groups) {
      assert.ok(g.scoredCutoffs > 0 && g.scoredCutoffs <= g.cutoffs, g.name);
      assert.ok(g.moves > 0, g.name);
      for (const r of RANKERS) {
        assert.ok(g.ranks[r].ap >= 0 && g.ranks[r].ap <= 1, `${g.name} ${r}`);
        assert.ok(g.ranks[r].hit5 >= 0 && g.ranks[r].hit5 <= 1, `${g.name} ${r}`);
      }
      assert.ok(g.brier > 0 && g.brier < 0.25, `${g.name} Brier ${g.brier}`);
      assert.ok(g.brierBaseRate >= 0 && g.brierBaseRate <= g.baseRate, g.name);
    }
  });

  it('finds signal: the model beats random ordering in the big cascades', () => {
    for (const name of ['Kosovo', 'Palestine', 'Abkhazia/South Ossetia', 'Croatia/Slovenia']) {
      const g = groups.find((x) => x.name === name)!;
      assert.ok(g.ranks.model.ap > g.ranks.random.ap, `${name}: ${g.ranks.model.ap} vs ${g.ranks.random.ap}`);
    }
    assert.ok(report.apWins >= 3, `AP wins ${report.apWins}`);
  });

  it('holds out the cascade: the Kosovo model was not fitted on Kosovo', () => {
    const kosovo = groups.find((g) => g.name === 'Kosovo')!;
    const shipped = loadModel();
    assert.notDeepEqual(kosovo.model.weights, shipped.weights);
  });

  it('writes a table with the baselines and a plot', () => {
    const md = backtestMarkdown(report);
    for (const col of [
      'AP model',
      'AP random',
      'AP neighbours',
      'AP bloc',
      'hit@5 model',
      'Brier model',
      'Brier base rate',
    ]) {
      assert.ok(md.includes(col), col);
    }
    for (const g of GROUPS) assert.ok(md.includes(`| ${g.name} |`), g.name);
    assert.match(md, /Too small to score .*SSD-2011 \(3\)/);
    const kosovo = groups.find((g) => g.name === 'Kosovo')!;
    const svg = groupSvg(kosovo, 12);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal((svg.match(/<circle /g) ?? []).length, kosovo.movesRanked.length);
    assert.ok(kosovo.movesRanked.length >= 70);
  });

  it('ships data/facts/forecast-model.json as fitted on all the history (rerun scripts/fit-forecast.ts)', () => {
    const fresh = fitForecastModel(
      data,
      data.studies.map((_, i) => i),
    );
    assert.deepEqual(loadModel(), JSON.parse(JSON.stringify(fresh)));
  });
});
