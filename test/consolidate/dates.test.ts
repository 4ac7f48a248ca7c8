import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareOverlap, compatible, precision, startsBy } from '../../src/consolidate/index.ts';

describe('partial dates', () => {
  const compatibility: [string | null, string | null, boolean][] = [
    ['2025-07-03', '2025-07-03', true],
    ['2025-07', '2025-07-03', true],
    ['2025', '2025-07-03', true],
    [null, '2024-04', true],
    ['2025-07-03', null, true],
    ['2025-04', '2024-04', false],
    ['2025-07-03', '2025-07-04', false],
    ['2025-01', '2025-10', false],
    ['2025-1', '2025-10', false],
  ];
  for (const [a, b, expected] of compatibility) {
    it(`${a} and ${b} are ${expected ? '' : 'not '}compatible`, () => {
      assert.equal(compatible(a, b), expected);
      assert.equal(compatible(b, a), expected);
    });
  }

  it('gives precision 0 to 3', () => {
    assert.deepEqual([null, '2025', '2025-07', '2025-07-03'].map(precision), [0, 1, 2, 3]);
  });

  const overlaps: [string, string, number][] = [
    ['2025', '2025-07-03', 0],
    ['2024-12', '2025', -1],
    ['2025-07-05', '2025-07-03', 1],
  ];
  for (const [a, b, expected] of overlaps) {
    it(`compares ${a} with ${b} at the coarser precision: ${expected}`, () =>
      assert.equal(compareOverlap(a, b), expected));
  }

  it('starts-by: a year overlapping the limit counts, a later month does not', () => {
    assert.equal(startsBy('2024', '2024-06-30'), true);
    assert.equal(startsBy('2024-07', '2024-06-30'), false);
  });
});
