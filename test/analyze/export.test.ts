// Each export opens in the tool its users would use: JSON parsers, csv-parse (spreadsheet import),
// a GeoJSON validator, a Markdown parser, and GDELT's fixed 61-column layout.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { lexer, type Token, type Tokens } from 'marked';
import {
  CSV_COLUMNS,
  FORMATS,
  findFormat,
  formats,
  GDELT_COLUMNS,
  renderToString,
  writeExport,
} from '../../src/analyze/index.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import { UsageError } from '../../src/core/errors.ts';
import type { Quote } from '../../src/core/types.ts';
import { loadGold } from '../consolidate/helpers/gold.ts';

const seeds = loadGold('seeds');
const dev = loadGold('dev');
const seedEvents = consolidate(seeds.mentions, seeds.sources);
const seedData = { mentions: seeds.mentions, sources: seeds.sources, events: seedEvents, target: 'TALIBAN' };
const render = (name: string, data: Parameters<typeof renderToString>[1]) => renderToString(findFormat(name)!, data);
const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);

describe('export registry', () => {
  it('lists every format once, by name', () => {
    assert.deepEqual(Object.keys(formats), ['jsonl', 'events', 'events-csv', 'geojson', 'cameo', 'md']);
    assert.deepEqual(
      FORMATS.map((f) => f.name),
      Object.keys(formats),
    );
    assert.equal(findFormat('xml'), undefined);
    assert.equal(findFormat('toString'), undefined);
  });

  it('asks for a target for the formats that describe one', () => {
    for (const f of FORMATS.filter((x) => x.needsTarget)) {
      assert.throws(() => renderToString(f, { mentions: seeds.mentions, sources: seeds.sources }), UsageError);
    }
  });

  it('streams the same bytes it renders', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    await writeExport(formats.events, seedData, out);
    out.end();
    assert.equal(chunks.join(''), render('events', seedData));
  });
});

describe('export jsonl (mentions per contract)', () => {
  it('writes one contract record per mention, contract fields first', () => {
    const out = lines(render('jsonl', seedData));
    assert.equal(out.length, seeds.mentions.length);
    const first = JSON.parse(out[0]);
    assert.deepEqual(Object.keys(first).slice(0, 7), ['doc', 'actor', 'action', 'target', 'date', 'mode', 'evidence']);
    assert.deepEqual(Object.keys(first).slice(7), ['rule', 'start', 'end']);
  });
});

describe('export events (JSONL)', () => {
  it('writes one merged event per line, with sources and conflicts', () => {
    const out = lines(render('events', seedData)).map((l) => JSON.parse(l));
    assert.equal(out.length, seedEvents.length);
    const delist = out.find((e) => e.actor === 'RUS' && e.action === 'DELIST');
    assert.equal(delist.date, '2025-04');
    assert.equal(delist.conflicts[0].kind, 'date');
    assert.equal(delist.sources.length, 4);
  });

  it('computes the events from the mentions when none are given', () => {
    assert.equal(render('events', { mentions: seeds.mentions, sources: seeds.sources }), render('events', seedData));
  });
});

describe('export events-csv (spreadsheet import)', () => {
  const csv = render('events-csv', seedData);
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

  it('parses back with csv-parse with the documented columns, one row per event', () => {
    const header = parse(csv, { to_line: 1 })[0] as string[];
    assert.deepEqual(header, [...CSV_COLUMNS]);
    assert.equal(records.length, seedEvents.length);
    for (const r of records) assert.equal(Object.keys(r).length, CSV_COLUMNS.length);
  });

  it('joins sources in one cell and keeps evidence with commas and quotes intact', () => {
    const rec = records.find((r) => r.actor === 'RUS' && r.action === 'RECOGNIZE' && r.mode === 'asserted')!;
    assert.equal(rec.date, '2025-07-03');
    assert.equal(rec.num_sources, '5');
    assert.equal(rec.sources.split('; ').length, 5);
    assert.match(rec.sources, /Indian Council of World Affairs \(001_dc7b78a0421af4c7\.txt\)/);
    const withComma = records.find((r) => r.evidence.includes(','))!;
    assert.ok(seeds.mentions.some((m) => m.evidence === withComma.evidence));
    const delist = records.find((r) => r.actor === 'RUS' && r.action === 'DELIST')!;
    assert.match(delist.conflicts, /^date: 2025-04 \[.*\] vs 2024-04 \[003_b86463864811c68e\.txt\]; shown 2025-04$/);
  });
});

describe('export geojson (a GeoJSON validator)', () => {
  for (const [target, data] of [
    ['TALIBAN', seedData],
    ['PSE', { mentions: dev.mentions, sources: dev.sources, target: 'PSE' }],
  ] as const) {
    it(`${target}: validates, one Feature per country row, with the ledger properties`, () => {
      const text = render('geojson', data);
      const fc = check(text) as GeoJSON.FeatureCollection;
      assert.equal(fc.type, 'FeatureCollection');
      assert.ok(fc.features.length > 5);
      const ids = fc.features.map((f) => f.properties?.iso3);
      assert.equal(new Set(ids).size, ids.length, 'one feature per country');
      for (const f of fc.features) {
        for (const key of ['iso3', 'name', 'rung', 'level', 'stance', 'date', 'sources']) {
          assert.ok(key in (f.properties ?? {}), `${f.properties?.iso3} lacks ${key}`);
        }
      }
    });
  }

  it('carries the rung of each country and leaves out organizations', () => {
    const fc = JSON.parse(render('geojson', seedData)) as GeoJSON.FeatureCollection;
    const rus = fc.features.find((f) => f.properties?.iso3 === 'RUS');
    assert.equal(rus?.properties?.rung, 'recognized');
    assert.equal(rus?.properties?.date, '2025-07-03');
    assert.ok(!fc.features.some((f) => f.properties?.iso3 === 'UN'));
    const pse = JSON.parse(render('geojson', { mentions: dev.mentions, sources: dev.sources, target: 'PSE' }));
    const nzl = pse.features.find((f: GeoJSON.Feature) => f.properties?.iso3 === 'NZL');
    assert.equal(nzl.properties.stance, 'refused');
  });
});

describe('export cameo (GDELT 2.0 event rows)', () => {
  const rows = lines(render('cameo', seedData)).map((l) => l.split('\t'));

  it('has the 61 GDELT 2.0 columns on every row', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.ok(rows.length > 0);
    for (const r of rows) assert.equal(r.length, 61);
  });

  it('writes asserted events only, with CAMEO codes and dates in GDELT form', () => {
    assert.equal(rows.length, seedEvents.filter((e) => e.mode === 'asserted').length);
    const col = (name: string) => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);
    const rec = rows.find((r) => r[col('Actor1Code')] === 'RUS' && r[col('EventCode')] === '054')!;
    assert.equal(rec[col('Day')], '20250703');
    assert.equal(rec[col('MonthYear')], '202507');
    assert.equal(rec[col('Year')], '2025');
    assert.equal(rec[col('EventRootCode')], '05');
    assert.equal(rec[col('QuadClass')], '1');
    assert.equal(rec[col('Actor2CountryCode')], 'AFG');
    assert.equal(rec[col('NumSources')], '5');
    assert.match(rec[col('GlobalEventID')], /^\d+$/);
  });
});

describe('export md (a Markdown parser)', () => {
  const quotes: Quote[] = [];
  const text = seeds.texts.get('001_dc7b78a0421af4c7.txt')!;
  const said = 'allies in the fight against terrorism';
  quotes.push({
    doc: '001_dc7b78a0421af4c7.txt',
    speaker: 'Vladimir Putin',
    entity: 'RUS',
    text: said,
    start: text.indexOf(said),
    end: text.indexOf(said) + said.length,
    date: '2024-07',
  });
  const brief = render('md', { ...seedData, quotes });
  const tokens = lexer(brief);

  it('parses into a ledger table whose rows all have the header’s column count', () => {
    const table = tokens.find((t): t is Tokens.Table => t.type === 'table');
    assert.ok(table, 'a table token');
    assert.equal(table.header.length, 7);
    for (const row of table.rows) assert.equal(row.length, table.header.length);
    assert.equal(table.rows.length, ledgerRowCount(brief));
    assert.match(table.rows[0][0].text, /Russia \(RUS\)/);
  });

  it('has ledger, timeline, conflicts and who-said-what sections, every line sourced', () => {
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((h) => h.text);
    assert.deepEqual(headings.slice(1), ['Ledger', 'Timeline', 'Conflicts', 'Who said what']);
    const items = tokens
      .filter((t): t is Tokens.List => t.type === 'list')
      .flatMap((l: Token) => (l as Tokens.List).items.map((i) => i.text));
    assert.ok(items.length > 50);
    for (const item of items) assert.match(item, /\d{3}\\?_[0-9a-f]{16}\.txt/, `unsourced: ${item}`);
    assert.ok(
      items.some((i) => i.includes('2024-04') && i.includes('2025-04')),
      'the delisting date conflict',
    );
    assert.ok(items.some((i) => i.includes('Vladimir Putin') && i.includes('Russia praised Taliban')));
  });

  it('works on the second target (PSE) and with an as-of date', () => {
    const pse = render('md', { mentions: dev.mentions, sources: dev.sources, target: 'PSE', asOf: '2024-12-31' });
    const table = lexer(pse).find((t): t is Tokens.Table => t.type === 'table')!;
    const actors = table.rows.map((r) => r[0].text);
    assert.ok(actors.some((a) => a.includes('(IRL)')));
    assert.ok(!actors.some((a) => a.includes('(CAN)')), 'Canada recognized in 2025');
    for (const row of table.rows) assert.equal(row.length, table.header.length);
  });
});

function ledgerRowCount(md: string): number {
  return md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Actor')).length;
}
