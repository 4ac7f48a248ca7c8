// The reference history: row counts per file, events shaped like the pipeline's, cascades, Taiwan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFacts } from '../../src/analyze/forecast/facts.ts';
import { cascades, historyEvents, historyRows } from '../../src/analyze/forecast/history.ts';
import { historyStudies, taiwanStudy } from '../../src/analyze/forecast/studies.ts';

describe('history loader', () => {
  it('reads every file with the row counts of data/history/README.md', () => {
    const counts: Record<string, number> = {};
    for (const r of historyRows()) counts[r.file] = (counts[r.file] ?? 0) + 1;
    assert.deepEqual(counts, {
      'abkhazia_south_ossetia.csv': 16,
      'bangladesh.csv': 5,
      'croatia_slovenia.csv': 48,
      'kosovo.csv': 95,
      'northern_cyprus.csv': 1,
      'palestine.csv': 158,
      'somaliland.csv': 1,
      'south_sudan.csv': 3,
      'taiwan.csv': 91,
      'taliban.csv': 7,
    });
  });

  it('keeps actions and splits Kosovo into 78 recognitions and 17 withdrawals', () => {
    const kosovo = historyRows().filter((r) => r.file === 'kosovo.csv');
    assert.equal(kosovo.filter((r) => r.action === 'RECOGNIZE').length, 78);
    assert.equal(kosovo.filter((r) => r.action === 'WITHDRAW_RECOGNITION').length, 17);
  });

  it('turns rows into asserted events citing the file, the line and the source url', () => {
    const events = historyEvents('XKX');
    assert.equal(events.length, 95);
    const first = events[0];
    assert.equal(first.id, 'history:kosovo.csv#2');
    assert.equal(first.actor, 'CRI');
    assert.equal(first.action, 'RECOGNIZE');
    assert.equal(first.target, 'XKX');
    assert.equal(first.mode, 'asserted');
    assert.equal(first.date, '2008-02-17');
    assert.equal(first.mentions[0].doc, 'history:kosovo.csv#2');
    assert.match(first.sources[0].url ?? '', /^https:\/\/en\.wikipedia\.org\//);
    assert.equal(first.sources[0].outlet, 'en.wikipedia.org');
    assert.equal(historyEvents().length, 425);
  });

  it('splits an entity into episodes when no recognition stands any more', () => {
    const byId = new Map(cascades().map((c) => [c.id, c]));
    assert.equal(byId.get('TALIBAN-1997')?.rows.length, 6);
    assert.equal(byId.get('TALIBAN-2025')?.rows.length, 1);
    assert.equal(byId.get('TALIBAN-2025')?.start, '2025-07-03');
    assert.equal(byId.get('XKX-2008')?.start, '2008-02-17');
    assert.equal(byId.get('XKX-2008')?.end, '2020-09-04');
    // A month-precise date stands for the month's last day.
    assert.equal(historyRows().find((r) => r.entity === 'TALIBAN' && r.actor === 'ARE')?.day, '1997-05-31');
  });
});

describe('Taiwan as switches to Beijing', () => {
  const facts = loadFacts();
  const study = taiwanStudy(facts);

  it("rebuilds Taipei's allies backward from the 2024 list", () => {
    assert.deepEqual(study.pool('2024-02-01'), [...facts.taiwanAllies.allies].sort());
    const in2017 = study.pool('2017-01-01');
    for (const s of ['PAN', 'DOM', 'SLV', 'BFA', 'SLB', 'KIR', 'NIC', 'HND', 'NRU', 'PRY'])
      assert.ok(in2017.includes(s), s);
    assert.ok(!in2017.includes('STP'), 'São Tomé left Taipei on 2016-12-20');
    // Vanuatu recognized Taipei for two weeks in November 2004.
    assert.ok(study.pool('2004-11-10').includes('VUT'));
    assert.ok(!study.pool('2004-12-01').includes('VUT'));
  });

  it('counts a break with Taipei as the move, and starts with the first one', () => {
    assert.equal(study.start, '1990-07-22');
    assert.deepEqual(study.moves.get('GMB'), ['2013-11-14']);
    assert.equal(study.moves.get('NRU')?.length, 2);
  });

  it('studies only cascades with more than five rows', () => {
    assert.deepEqual(
      historyStudies(facts).map((s) => s.id),
      [
        'ABKHAZIA-2008',
        'CHN-1990',
        'HRV-1991',
        'PSE-1988',
        'SOUTH_OSSETIA-2008',
        'SVN-1991',
        'TALIBAN-1997',
        'XKX-2008',
      ],
    );
  });
});
