import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_LADDER, parseLadder } from '../../src/analyze/index.ts';

describe('ladder.json', () => {
  it('has the rungs from recognized down to designated, with levels', () => {
    assert.deepEqual(
      DEFAULT_LADDER.rungs.map((r) => `${r.level}:${r.id}`),
      [
        '6:recognized',
        '5:envoys',
        '4:mission',
        '3:delisted',
        '2:agreement',
        '1:meetings',
        '0:none',
        '-1:withdrew_recognition',
        '-2:closed_mission',
        '-3:sanctioned',
        '-4:designated',
      ],
    );
  });

  it('gives each action to at most one rung', () => {
    const actions = DEFAULT_LADDER.rungs.flatMap((r) => r.actions);
    assert.equal(new Set(actions).size, actions.length);
  });

  it('is documented: lexicon/ladder.md names every rung and stance', () => {
    const doc = readFileSync(new URL('../../lexicon/ladder.md', import.meta.url), 'utf8');
    for (const r of DEFAULT_LADDER.rungs) assert.ok(doc.includes(`\`${r.id}\``), r.id);
    for (const s of DEFAULT_LADDER.stances) assert.ok(doc.includes(`\`${s.id}\``), s.id);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['no rungs', {}, /rungs missing/],
    [
      'repeated level',
      {
        rungs: [
          { id: 'a', level: 0, actions: [] },
          { id: 'b', level: 0, actions: [] },
        ],
      },
      /level/,
    ],
    ['no level 0', { rungs: [{ id: 'a', level: 1, actions: [] }] }, /level 0/],
    [
      'bad mode',
      { rungs: [{ id: 'n', level: 0, actions: [] }], notRecognized: { action: 'RECOGNIZE', mode: 'x' } },
      /mode/,
    ],
  ];
  for (const [name, input, error] of invalid) {
    it(`rejects a ladder with ${name}`, () => assert.throws(() => parseLadder(input), error));
  }
});
