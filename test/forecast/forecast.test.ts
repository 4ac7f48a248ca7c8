// The forecast on the seed articles' gold records (consolidated into events) plus the reference history.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { forecast, recognizersAt } from '../../src/analyze/forecast/forecast.ts';
import { historyEvents } from '../../src/analyze/forecast/history.ts';
import { loadModel } from '../../src/analyze/forecast/model.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import { loadGold } from '../consolidate/helpers/gold.ts';

const gold = loadGold('seeds');
const events = [...consolidate(gold.mentions, gold.sources), ...historyEvents('TALIBAN')];
const ids = new Set(events.map((e) => e.id));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const rows = forecast(events, 'TALIBAN', { asOf: '2025-08-01' });

describe('forecast (TALIBAN, seed articles)', () => {
  it('ranks every UN member and observer but the recognizer and the rival government', () => {
    assert.equal(rows.length, 193);
    assert.ok(!rows.some((r) => r.state === 'RUS' || r.state === 'AFG' || r.state === 'TALIBAN'));
    // The 1997 recognizers withdrew in 2001: they are candidates again.
    for (const s of ['PAK', 'SAU', 'ARE'])
      assert.ok(
        rows.some((r) => r.state === s),
        s,
      );
    assert.deepEqual(
      recognizersAt(events, 'TALIBAN', '2025-08-01').map((r) => r.state),
      ['RUS'],
    );
  });

  it('orders by probability, ranks from 1, and keeps probabilities in (0, 1)', () => {
    rows.forEach((r, i) => {
      assert.equal(r.rank, i + 1);
      assert.ok(r.probability > 0 && r.probability < 1);
      if (i > 0) assert.ok(rows[i - 1].probability >= r.probability);
    });
  });

  it('puts the states the news engages with and speculates about at the top', () => {
    const top5 = rows.slice(0, 5).map((r) => r.state);
    const watched = ['KAZ', 'UZB', 'TJK', 'CHN', 'IRN', 'PAK'];
    assert.ok(top5.filter((s) => watched.includes(s)).length >= 3, top5.join(' '));
    const rank = (s: string) => rows.find((r) => r.state === s)!.rank;
    assert.ok(rank('CHN') < rank('USA') && rank('IRN') < rank('FRA'));
    // Allies of a recognizer, and states the news speculates about, rise above their region.
    assert.ok(rank('BLR') < rank('POL'));
    assert.ok(rank('USA') > 150, 'the US is on record as opposing');
  });

  it('gives every top-5 row a reason of its own that cites an event or a fact', () => {
    for (const row of rows.slice(0, 5)) {
      const own = row.reasons.filter((r) => !r.common && r.refs.length > 0);
      assert.ok(own.length >= 1, row.state);
      for (const reason of own) {
        assert.ok(reason.text.length > 10);
        for (const ref of reason.refs) {
          if (ref.kind === 'event') assert.ok(ids.has(ref.id), `${row.state}: unknown event ${ref.id}`);
          else assert.ok(existsSync(`${ROOT}${ref.file}`), `${row.state}: no file ${ref.file}`);
        }
      }
    }
  });

  it('cites the speculation documents for China', () => {
    const china = rows.find((r) => r.state === 'CHN')!;
    const spec = china.reasons.find((r) => r.feature === 'speculation');
    assert.ok(spec, 'China is speculated about in the seeds');
    assert.match(spec.text, /news speculated in \d+ documents? that it may recognize TALIBAN \(\d{3}_/);
  });

  it('grows with the horizon and forgets what happened after the cut-off', () => {
    const longer = forecast(events, 'TALIBAN', { asOf: '2025-08-01', horizon: 24 });
    const p12 = rows.find((r) => r.state === 'KAZ')!.probability;
    const p24 = longer.find((r) => r.state === 'KAZ')!.probability;
    assert.ok(p24 > p12);
    const before = forecast(events, 'TALIBAN', { asOf: '2025-06-01' });
    assert.ok(
      before.some((r) => r.state === 'RUS'),
      'Russia recognized on 2025-07-03, after the cut-off',
    );
    assert.ok(!before.some((r) => r.reasons.some((x) => x.feature === 'allyRecognized')));
  });

  it('scales the level to the pace the cascade has shown so far, citing what it counted', () => {
    // As of 2026-01-01, six months after Russia and no other recognition in the history.
    const later = forecast(historyEvents('TALIBAN'), 'TALIBAN', { asOf: '2026-01-01' });
    const pace = later[0].reasons.find((r) => r.feature === 'pace');
    assert.ok(pace?.common, 'a common reason');
    assert.match(
      pace.text,
      /since TALIBAN's cascade began on 2025-07-03, 0 more states recognized it where the model expected \d/,
    );
    assert.ok(pace.contribution < 0, 'nothing seen where some was expected lowers every chance');
    assert.ok(
      pace.refs.some(
        (r) =>
          r.kind === 'event' &&
          r.id === historyEvents('TALIBAN').find((e) => e.actor === 'RUS' && e.date?.startsWith('2025'))?.id,
      ),
    );
    // On the day of the first recognition nothing has been seen or expected yet: no scaling.
    const first = forecast(historyEvents('TALIBAN'), 'TALIBAN', { asOf: '2025-07-03' });
    assert.equal(first[0].reasons.find((r) => r.feature === 'pace')?.contribution, 0);
  });

  it('uses the shipped model, fitted on the current features', () => {
    const model = loadModel();
    assert.ok(model.calibration);
    assert.deepEqual(model.trainedOn.length, 8);
    assert.throws(() => forecast(events, 'TALIBAN', { asOf: '2025-8-1' }), /YYYY-MM-DD/);
  });
});
