import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDate } from '../../src/ingest/index.ts';

const CASES: [string, string | null][] = [
  ['2025-07-04', '2025-07-04'],
  ['2025-07-04T10:00:00Z', '2025-07-04'],
  ['2025-07-04T01:30:00+03:00', '2025-07-04'], // the date as written, not shifted to UTC
  ['2025-07-04T23:59:59.123-05:00', '2025-07-04'],
  ['2025-07-04 10:00', '2025-07-04'],
  ['2025-07', '2025-07'],
  ['2025', '2025'],
  ['Fri, 04 Jul 2025 10:00:00 GMT', '2025-07-04'],
  ['Fri, 04 Jul 2025 01:30:00 +0300', '2025-07-04'],
  ['4 Jul 2025 10:00 +0000', '2025-07-04'],
  ['4 July 2025', '2025-07-04'],
  ['4th July 2025', '2025-07-04'],
  ['Mon 11th November 2019', '2019-11-11'],
  ['Sat 24 Aug 2024, 9:29 AM', '2024-08-24'],
  ['July 4, 2025', '2025-07-04'],
  ['Sept. 3, 2021', '2021-09-03'],
  ['Thursday, July 3, 2025', '2025-07-03'],
  ['July 2025', '2025-07'],
  ['  15 August 2021  ', '2021-08-15'],
  ['2025/07/04', '2025-07-04'],
  ['04.07.2025', '2025-07-04'],
  ['2024-02-29', '2024-02-29'],
  // Not dates, or impossible ones.
  ['2023-02-29', null],
  ['2025-13-01', null],
  ['31 June 2025', null],
  ['Smarch 4, 2025', null],
  ['yesterday', null],
  ['', null],
  ['07/04/2025', null], // month/day or day/month: ambiguous, so refused
  ['20250704', null],
];

for (const [input, want] of CASES) {
  test(`normalizeDate(${JSON.stringify(input)}) → ${want}`, () => {
    assert.equal(normalizeDate(input), want);
  });
}
