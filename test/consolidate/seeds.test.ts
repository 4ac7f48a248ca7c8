// The required behaviour on the five seed articles, using their gold records as mentions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consolidate } from '../../src/consolidate/index.ts';
import type { Event } from '../../src/core/types.ts';
import { loadGold } from './helpers/gold.ts';

const gold = loadGold('seeds');
const events = consolidate(gold.mentions, gold.sources);
const find = (actor: string, action: string, target: string, mode = 'asserted') =>
  events.filter((e) => e.actor === actor && e.action === action && e.target === target && e.mode === mode);
const docs = (e: Event) => [...new Set(e.mentions.map((m) => m.doc.slice(0, 3)))].sort();

describe('consolidate: seed gold', () => {
  it('finds offsets for the gold evidence in the documents', () => {
    const found = gold.mentions.filter((m) => m.end > m.start).length;
    assert.ok(found / gold.mentions.length > 0.9, `${found}/${gold.mentions.length}`);
  });

  it('RUS RECOGNIZE TALIBAN is one event dated 2025-07-03 with all five documents', () => {
    const rec = find('RUS', 'RECOGNIZE', 'TALIBAN');
    assert.equal(rec.length, 1);
    assert.equal(rec[0].date, '2025-07-03');
    assert.deepEqual(docs(rec[0]), ['000', '001', '002', '003', '004']);
    assert.equal(rec[0].sources.length, 5);
    assert.equal(rec[0].firstReported, '2025-07-04');
    assert.deepEqual(rec[0].conflicts, []);
  });

  it('RUS DELIST TALIBAN is one event showing 2025-04, with a date conflict 2025-04 (000, 001, 002) vs 2024-04 (003)', () => {
    const delist = find('RUS', 'DELIST', 'TALIBAN');
    assert.equal(delist.length, 1);
    assert.equal(delist[0].date, '2025-04');
    const [conflict] = delist[0].conflicts;
    assert.equal(conflict.kind, 'date');
    assert.equal(conflict.chosen, '2025-04');
    assert.deepEqual(
      conflict.sides.map((s) => [s.value, s.docs.map((d) => d.slice(0, 3))]),
      [
        ['2025-04', ['000', '001', '002']],
        ['2024-04', ['003']],
      ],
    );
  });

  it('CHN ACCEPT_ENVOY TALIBAN: 2023 (001) vs 2024 (002) conflict, and the undated 000 record joins it', () => {
    const envoy = find('CHN', 'ACCEPT_ENVOY', 'TALIBAN');
    assert.equal(envoy.length, 1);
    assert.deepEqual(docs(envoy[0]), ['000', '001', '002']);
    const [conflict] = envoy[0].conflicts;
    assert.equal(conflict.kind, 'date');
    assert.deepEqual(conflict.sides.map((s) => s.value).sort(), ['2023', '2024']);
    assert.equal(envoy[0].date, conflict.chosen);
  });

  it('keeps recurring meetings apart: the forum in 2022 and in 2024 are two events', () => {
    const dates = find('TALIBAN', 'MEET', 'RUS').map((e) => e.date);
    assert.ok(dates.includes('2022') && dates.includes('2024') && dates.includes('2024-10'), String(dates));
  });

  it('keeps negated and speculated recognition by China as their own events, not conflicting with anything asserted', () => {
    const negated = find('CHN', 'RECOGNIZE', 'TALIBAN', 'negated');
    const speculated = find('CHN', 'RECOGNIZE', 'TALIBAN', 'speculated');
    assert.equal(negated.length, 1);
    assert.equal(speculated.length, 1);
    assert.equal(negated[0].sources.length, 5);
    assert.deepEqual(negated[0].conflicts, []);
  });

  it('links Pakistan’s undated 1990s recognition (000) with 001’s later "has not recognized" as an assertion conflict', () => {
    const [asserted] = find('PAK', 'RECOGNIZE', 'TALIBAN');
    const conflict = asserted.conflicts.find((c) => c.kind === 'assertion');
    assert.ok(conflict);
    // 000 both asserts and negates (two times), 003 was published before 000: only 001 contradicts.
    assert.deepEqual(
      conflict.sides.find((s) => s.value === 'negated')?.docs.map((d) => d.slice(0, 3)),
      ['001'],
    );
  });
});
