// `chancery forecast` and `chancery backtest`, run in process.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { lines, runMain } from '../cli/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'chancery-forecast-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const noStore = join(dir, 'none.db');

describe('chancery forecast', () => {
  it('ranks from the reference history when there is no store, with reasons and their sources', async () => {
    const r = await runMain(['forecast', '--target', 'xkx', '--as-of', '2008-06-01', '--top', '3', '--db', noStore]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /no store at .*none\.db; using the reference history only/);
    const out = lines(r.stdout);
    assert.match(out[0], /^Who may recognize XKX next: \d+ candidates as of 2008-06-01, chance within 12 months$/);
    assert.match(out[1], /^Recognizing now, left out: Costa Rica \(2008-02-17\), /);
    assert.equal(out.filter((l) => /^ {2}\d\. .+ \([A-Z]{3}\) {2}\d+\.\d%$/.test(l)).length, 3);
    assert.ok(out.some((l) => /\[.*(history:kosovo\.csv#\d+|data\/facts\/\w+\.json#)/.test(l)));
  });

  it('prints the whole ranking as JSON', async () => {
    const r = await runMain(['forecast', '--target', 'PSE', '--as-of', '2025-10-01', '--json', '--db', noStore]);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as {
      target: string;
      rows: { state: string }[];
      recognizers: { state: string }[];
    };
    assert.equal(json.target, 'PSE');
    assert.ok(
      json.recognizers.some((x) => x.state === 'FRA'),
      'France recognized in September 2025',
    );
    assert.ok(!json.rows.some((x) => x.state === 'FRA'));
    assert.ok(json.rows.some((x) => x.state === 'DEU'));
  });

  it('refuses a bad horizon or date', async () => {
    assert.equal((await runMain(['forecast', '--target', 'XKX', '--horizon', 'soon', '--db', noStore])).status, 2);
    const r = await runMain(['forecast', '--target', 'XKX', '--as-of', '2008', '--db', noStore]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--as-of takes a day as YYYY-MM-DD/);
  });
});

describe('chancery backtest', () => {
  it('prints the table and writes the Kosovo plot', async () => {
    const svg = join(dir, 'kosovo.svg');
    const r = await runMain(['backtest', '--seeds', '1', '--svg', svg]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\| cascade \| cut-offs scored \|/);
    assert.match(r.stdout, /\| Kosovo \| \d+ \/ \d+ \|/);
    assert.match(readFileSync(svg, 'utf8'), /<svg .*Kosovo: forecast against what happened/s);
  });
});
