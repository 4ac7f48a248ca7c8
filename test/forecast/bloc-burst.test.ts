// The blocBurst feature: fellow bloc members whose recognition is dated in the 3 months before the
// cut-off, with the real facts (data/facts/blocs.json) and hand-made events.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFacts } from '../../src/analyze/forecast/facts.ts';
import {
  blocBurst,
  FEATURE_NAMES,
  FEATURES,
  featureContext,
  featureVector,
} from '../../src/analyze/forecast/features.ts';
import { forecast } from '../../src/analyze/forecast/forecast.ts';
import { indexEvents, snapshot } from '../../src/analyze/forecast/snapshot.ts';
import { ev } from './helpers.ts';

const T = 'XKX';
const CUTOFF = '2008-06-01'; // the window is (2008-03-01, 2008-06-01]
const events = [
  // Within the 3 months before the cut-off.
  ev('FRA', 'RECOGNIZE', T, '2008-03-15'),
  ev('DEU', 'RECOGNIZE', T, '2008-04-20'),
  ev('USA', 'RECOGNIZE', T, '2008-05-01'),
  ev('SEN', 'RECOGNIZE', T, '2008-05-10'),
  ev('GBR', 'RECOGNIZE', T, '2008-05'), // a month: known on 2008-05-31
  ev('DNK', 'RECOGNIZE', T, CUTOFF), // on the cut-off day itself
  // Longer ago, or not dated.
  ev('NLD', 'RECOGNIZE', T, '2008-03-01'), // exactly 3 months before: outside the window
  ev('ITA', 'RECOGNIZE', T, '2008-01-10'),
  ev('SAU', 'RECOGNIZE', T, '2007-12-01'),
  ev('MYS', 'RECOGNIZE', T, '2007-10-01'),
  ev('SWE', 'RECOGNIZE', T, null, { firstReported: '2008-05-01' }), // standing, but undated
  // Recognized within the window and withdrew: no longer stands.
  ev('PRT', 'RECOGNIZE', T, '2008-04-01'),
  ev('PRT', 'WITHDRAW_RECOGNITION', T, '2008-05-15'),
  // After the cut-off: must not count.
  ev('RUS', 'RECOGNIZE', T, '2008-06-15'),
  ev('ESP', 'RECOGNIZE', T, '2008-07-01'),
];
const facts = loadFacts();
const contextAt = (day: string) => featureContext(snapshot(facts, indexEvents(events, T), day));
const ctx = contextAt(CUTOFF);
const J = FEATURE_NAMES.indexOf('blocBurst');
const feature = FEATURES[J];

describe('blocBurst: bloc partners that recognized in the last 3 months', () => {
  it('is a feature of the state (not common) with a prior of 0', () => {
    assert.ok(J >= 0);
    assert.equal(feature.common, false);
    assert.equal(feature.prior, 0);
  });

  const table: [state: string, partners: string[], why: string][] = [
    [
      'AUT',
      ['FRA', 'DEU', 'GBR', 'DNK'],
      'EU: France, Germany, the UK (May 2008) and Denmark (on the cut-off); not the Netherlands (exactly 3 months before), Italy (earlier), Sweden (undated), Portugal (withdrew) or Spain (after)',
    ],
    ['BEL', ['FRA', 'DEU', 'USA', 'GBR', 'DNK'], 'EU and NATO: each partner counted once'],
    ['PRT', ['FRA', 'DEU', 'USA', 'GBR', 'DNK'], 'a state that withdrew is a candidate again and counts the same'],
    ['TUR', ['FRA', 'DEU', 'USA', 'SEN', 'GBR', 'DNK'], 'NATO and the OIC'],
    ['ARE', ['SEN'], 'OIC: Senegal; its GCC and Arab League partner Saudi Arabia recognized 6 months before'],
    ['THA', [], 'its ASEAN partner Malaysia recognized 8 months before'],
    ['ARM', [], 'its CSTO partner Russia recognizes only after the cut-off'],
    ['BRA', [], 'in no bloc'],
  ];
  for (const [state, partners, why] of table) {
    it(`${state}: ${partners.length} partner(s) (${why})`, () => {
      assert.deepEqual(blocBurst(ctx, state).partners, partners);
      assert.ok(Math.abs(featureVector(ctx, state)[J] - Math.log1p(partners.length)) < 1e-12);
    });
  }

  it('Thailand: a bloc partner recognizes (bloc > 0), but not recently (blocBurst 0)', () => {
    assert.ok(featureVector(ctx, 'THA')[FEATURE_NAMES.indexOf('bloc')] > 0);
    assert.equal(featureVector(ctx, 'THA')[J], 0);
  });

  it('counts a recognition only once the cut-off has reached its date', () => {
    // Russia (2008-06-15) is a CSTO partner of Armenia: not known on 2008-06-01, known on 2008-07-15.
    assert.deepEqual(blocBurst(contextAt('2008-06-14'), 'ARM').partners, []);
    assert.deepEqual(blocBurst(contextAt('2008-07-15'), 'ARM').partners, ['RUS']);
    // Three months on, France (2008-03-15) has left the window and Spain (2008-07-01) entered it.
    assert.deepEqual(blocBurst(contextAt('2008-07-01'), 'AUT').partners, ['DEU', 'GBR', 'DNK', 'ESP']);
  });
});

describe('blocBurst: the reason', () => {
  const table: [state: string, text: string, blocs: string[]][] = [
    [
      'AUT',
      '4 fellow EU members recognized XKX in the last 3 months: France (2008-03-15), Germany (2008-04-20), United Kingdom (2008-05), Denmark (2008-06-01)',
      ['EU'],
    ],
    [
      'BEL',
      '5 fellow NATO members recognized XKX in the last 3 months: France (2008-03-15), Germany (2008-04-20), United States (2008-05-01), United Kingdom (2008-05) and 1 more',
      ['NATO'],
    ],
    [
      'TUR',
      '6 fellow members of its blocs (NATO, OIC) recognized XKX in the last 3 months: France (2008-03-15), Germany (2008-04-20), United States (2008-05-01), Senegal (2008-05-10) and 2 more',
      ['NATO', 'OIC'],
    ],
    ['ARE', '1 fellow OIC member recognized XKX in the last 3 months: Senegal (2008-05-10)', ['OIC']],
  ];
  for (const [state, text, blocs] of table) {
    it(`${state}: "${text.slice(0, 48)}…", citing ${blocs.join(' and ')} and the recognitions`, () => {
      const why = feature.explain(ctx, state)!;
      assert.equal(why.text, text);
      assert.deepEqual(
        why.refs.filter((r) => r.kind === 'fact'),
        blocs.map((key) => ({ kind: 'fact', file: 'data/facts/blocs.json', key })),
      );
      const partners = blocBurst(ctx, state).partners.slice(0, 5);
      assert.deepEqual(
        why.refs.filter((r) => r.kind === 'event').map((r) => (r.kind === 'event' ? r.id : '')),
        partners.map((s) => ctx.standing.get(s)!.event.id),
      );
    });
  }

  it('says nothing without a recent partner', () => {
    for (const state of ['THA', 'ARM', 'BRA']) assert.equal(feature.explain(ctx, state), null, state);
  });

  it('is among the reasons `forecast` prints, with a positive contribution', () => {
    const row = forecast(events, T, { asOf: CUTOFF, facts }).find((r) => r.state === 'AUT')!;
    const reason = row.reasons.find((r) => r.feature === 'blocBurst');
    assert.ok(reason, row.reasons.map((r) => r.feature).join());
    assert.match(reason.text, /^4 fellow EU members recognized XKX in the last 3 months: France \(2008-03-15\)/);
    assert.ok(reason.contribution > 0 && !reason.common);
  });
});
