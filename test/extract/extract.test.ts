import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../src/extract/index.ts';
import { CASES } from './cases.ts';
import { ACTIONS_CASES } from './cases-actions.ts';
import { ACTIONS2_CASES } from './cases-actions2.ts';
import { ACTORS_CASES } from './cases-actors.ts';
import { CLAIMS_CASES } from './cases-claims.ts';
import { COUNTED_CASES } from './cases-counted.ts';
import { DATES_CASES } from './cases-dates.ts';
import { DATING_CASES } from './cases-dating.ts';
import { EXAMPLES_CASES } from './cases-examples.ts';
import { HISTORY_CASES } from './cases-history.ts';
import { LISTS_CASES } from './cases-lists.ts';
import { MORE_CASES } from './cases-more.ts';
import { OFFICIALS_CASES } from './cases-officials.ts';
import { OPENINGS_CASES } from './cases-openings.ts';
import { PAST_CASES } from './cases-past.ts';
import { PEOPLE_CASES } from './cases-people.ts';
import { PROBE_CASES } from './cases-probe.ts';
import { PROBE2_CASES } from './cases-probe2.ts';
import { REACTIONS_CASES } from './cases-reactions.ts';
import { SEQUENCES_CASES } from './cases-sequences.ts';
import { STANCES_CASES } from './cases-stances.ts';
import { WIRE_CASES } from './cases-wire.ts';

function records(text: string, published: string): string[] {
  return extract({ id: 'case.txt', text, published }).mentions.map(
    (m) => `${m.actor} ${m.action} ${m.target} ${m.mode} ${m.date ?? 'null'}`,
  );
}

for (const c of [
  ...CASES,
  ...MORE_CASES,
  ...PEOPLE_CASES,
  ...PROBE_CASES,
  ...PROBE2_CASES,
  ...OPENINGS_CASES,
  ...COUNTED_CASES,
  ...STANCES_CASES,
  ...OFFICIALS_CASES,
  ...REACTIONS_CASES,
  ...SEQUENCES_CASES,
  ...DATES_CASES,
  ...DATING_CASES,
  ...ACTIONS_CASES,
  ...ACTIONS2_CASES,
  ...ACTORS_CASES,
  ...HISTORY_CASES,
  ...LISTS_CASES,
  ...EXAMPLES_CASES,
  ...WIRE_CASES,
  ...PAST_CASES,
  ...CLAIMS_CASES,
]) {
  test(`extract: ${c.text}`, () => {
    const found = records(c.text, c.published);
    if (c.none) assert.deepEqual(found, [], 'this sentence states no event');
    for (const e of c.expect ?? []) assert.ok(found.includes(e), `missing ${e}; found ${JSON.stringify(found)}`);
    for (const f of c.forbid ?? []) {
      // (a forbidden record may be written whole, date included, or as its first fields)
      assert.ok(
        !found.some((r) => r === f || r.startsWith(`${f} `)),
        `must not find ${f}; found ${JSON.stringify(found)}`,
      );
    }
  });
}
