import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../src/extract/index.ts';
import { CASES } from './cases.ts';
import { ACTORS_CASES } from './cases-actors.ts';
import { MORE_CASES } from './cases-more.ts';
import { PEOPLE_CASES } from './cases-people.ts';
import { PROBE_CASES } from './cases-probe.ts';
import { PROBE2_CASES } from './cases-probe2.ts';

function records(text: string, published: string): string[] {
  return extract({ id: 'case.txt', text, published }).mentions.map(
    (m) => `${m.actor} ${m.action} ${m.target} ${m.mode} ${m.date ?? 'null'}`,
  );
}

for (const c of [...CASES, ...MORE_CASES, ...PEOPLE_CASES, ...PROBE_CASES, ...PROBE2_CASES, ...ACTORS_CASES]) {
  test(`extract: ${c.text}`, () => {
    const found = records(c.text, c.published);
    if (c.none) assert.deepEqual(found, [], 'this sentence states no event');
    for (const e of c.expect ?? []) assert.ok(found.includes(e), `missing ${e}; found ${JSON.stringify(found)}`);
    for (const f of c.forbid ?? []) {
      assert.ok(!found.some((r) => r.startsWith(`${f} `)), `must not find ${f}; found ${JSON.stringify(found)}`);
    }
  });
}
