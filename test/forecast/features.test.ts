// Features on a small hand-made event set, with the real facts (data/facts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFacts } from '../../src/analyze/forecast/facts.ts';
import { FEATURE_NAMES, FEATURES, featureContext, featureVector } from '../../src/analyze/forecast/features.ts';
import { indexEvents, snapshot } from '../../src/analyze/forecast/snapshot.ts';
import { ev } from './helpers.ts';

const T = 'TALIBAN';
const events = [
  ev('TJK', 'RECOGNIZE', T, '2025-01-05'),
  ev('RUS', 'RECOGNIZE', T, '2025-01-10'),
  ev('KAZ', 'RECOGNIZE', T, '2025-02'),
  ev('CHN', 'RECOGNIZE', T, '2025-03-01'),
  ev('TJK', 'WITHDRAW_RECOGNITION', T, '2025-04-01'),
  // After the cut-off: must be ignored.
  ev('UZB', 'RECOGNIZE', T, '2025-07-01'),
  ev('IRN', 'ACCEPT_ENVOY', T, '2024-09-01'),
  ev('IRN', 'RECOGNIZE', T, null, { mode: 'speculated', docs: ['a.txt', 'b.txt'], firstReported: '2025-05-01' }),
  ev('IND', 'INTEND_RECOGNIZE', T, '2025-05-20'),
  ev('PAK', 'OPEN_MISSION', T, '2025-01-01'),
  ev('PAK', 'CLOSE_MISSION', T, '2025-02-01'),
  ev(T, 'MEET', 'TKM', '2025-05-01'),
  ev('TKM', 'AGREEMENT', T, '2025-04-01'),
];
const facts = loadFacts();
const ctx = featureContext(snapshot(facts, indexEvents(events, T), '2025-06-01'));
const value = (state: string, name: string): number => featureVector(ctx, state)[FEATURE_NAMES.indexOf(name)];

describe('forecast features', () => {
  it('leaves out standing recognizers and the rival government, keeps a state that withdrew', () => {
    for (const s of ['RUS', 'KAZ', 'CHN', 'AFG']) assert.ok(!ctx.candidates.includes(s), s);
    for (const s of ['TJK', 'UZB', 'IRN']) assert.ok(ctx.candidates.includes(s), s);
  });

  const table: [state: string, feature: string, expected: number, why: string][] = [
    ['KGZ', 'neighbours', 2 / 4, 'CHN, KAZ of CHN, KAZ, TJK (withdrew), UZB'],
    ['UZB', 'neighbours', 1 / 4, 'KAZ of KAZ, KGZ, TJK, TKM (AFG is the rival government, left out)'],
    ['MNG', 'neighbours', 2 / 2, 'CHN and RUS'],
    ['BRA', 'neighbours', 0, 'none'],
    ['UZB', 'bloc', 3 / 9, 'SCO: CHN, RUS, KAZ of the 9 others (not in the CSTO since 2012)'],
    ['KGZ', 'bloc', 2 / 4, 'EAEU: KAZ, RUS of BLR, KAZ, RUS, ARM beats the SCO (3/9) and CSTO (2/5)'],
    ['FRA', 'bloc', 0, 'no bloc partner recognizes'],
    ['TKM', 'region', 1 / 4, 'Central Asia: KAZ of KAZ, KGZ, TJK, UZB'],
    ['BLR', 'allyRecognized', 1, 'its ally Russia recognizes'],
    ['UZB', 'allyRecognized', 0, 'no ally on file'],
    ['JPN', 'allyOpposes', 1, 'its ally the United States opposes and has not recognized'],
    ['USA', 'opposes', 1, 'on record as opposing'],
    ['GBR', 'opposes', 0, 'not on record'],
    ['IRN', 'rung', 5 / 5, 'accepted an envoy: the top rung below recognition'],
    ['PAK', 'rung', 0, 'its mission was closed again'],
    ['TKM', 'rung', 2 / 5, 'an agreement (a meeting the target initiated counts too, lower)'],
    ['PAK', 'hostile', Math.log1p(1), 'closed its mission within 12 months'],
    ['TKM', 'engagement', Math.log1p(2), 'a meeting either way and an agreement'],
    ['IND', 'intent', 1, 'announced it intends to recognize'],
    ['IRN', 'speculation', Math.log1p(2), 'speculated in two documents'],
    ['UZB', 'speculation', 0, 'no speculation'],
  ];
  for (const [state, feature, expected, why] of table) {
    it(`${feature} of ${state} is ${expected.toFixed(3)} (${why})`, () => {
      assert.ok(Math.abs(value(state, feature) - expected) < 1e-12, `${value(state, feature)}`);
    });
  }

  it('gives common features the same value for every candidate', () => {
    for (const name of FEATURES.filter((f) => f.common).map((f) => f.name)) {
      const values = new Set(ctx.candidates.map((s) => value(s, name)));
      assert.equal(values.size, 1, name);
    }
    // Three recognitions still stand (TJK withdrew): the oldest is Russia's of 2025-01-10.
    assert.match(
      FEATURES.find((f) => f.name === 'logMonths')!.explain(ctx, 'UZB')!.text,
      /Russia recognized TALIBAN on 2025-01-10/,
    );
  });

  it('explains a feature with the events and facts behind it', () => {
    const why = FEATURES.find((f) => f.name === 'neighbours')!.explain(ctx, 'KGZ')!;
    assert.match(why.text, /^2 of its 4 land neighbours already recognize TALIBAN: /);
    assert.deepEqual(why.refs[0], { kind: 'fact', file: 'data/facts/borders.json', key: 'KGZ' });
    assert.ok(why.refs.some((r) => r.kind === 'event' && r.id.includes('CHN_RECOGNIZE')));
    const ally = FEATURES.find((f) => f.name === 'allyRecognized')!.explain(ctx, 'BLR')!;
    assert.match(ally.text, /its ally Russia recognized TALIBAN on 2025-01-10/);
    assert.equal(FEATURES.find((f) => f.name === 'speculation')!.explain(ctx, 'IRN')!.refs.length, 1);
    assert.equal(FEATURES.find((f) => f.name === 'neighbours')!.explain(ctx, 'BRA'), null);
  });
});
