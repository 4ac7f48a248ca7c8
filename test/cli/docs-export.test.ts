import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { article, mention, SIG, tempDir } from '../store/fixtures.ts';
import { lines, runMain } from './helpers.ts';

const tmp = tempDir('chancery-docs-');
after(tmp.cleanup);
const db = join(tmp.dir, 'store.db');
const CONTRACT_FIELDS = ['doc', 'actor', 'action', 'target', 'date', 'mode', 'evidence'];

before(() => {
  const store = openStore(db);
  store.saveDocument(
    article('b.txt', 'Russia recognized the Taliban. China welcomed it.', { language: 'eng', flags: ['no-date'] }),
    {
      mentions: [
        mention('b.txt', {
          actor: 'CHN',
          action: 'PRAISE',
          target: 'RUS',
          start: 31,
          end: 50,
          evidence: 'China welcomed it.',
        }),
        mention('b.txt', { start: 0, end: 30, evidence: 'Russia recognized the Taliban.', dateSource: 'context' }),
      ],
      quotes: [],
    },
    SIG,
    '1',
  );
  store.saveDocument(
    article('a.txt', 'La Russie a reconnu les talibans.', {
      language: 'fra',
      flags: ['non-english', 'near-duplicate'],
      copyOf: 'b.txt',
      url: 'https://example.org/a',
    }),
    { mentions: [], quotes: [] },
    SIG,
    '1',
  );
  store.close();
});

describe('docs', () => {
  it('--json prints one object per document, ordered by id', async () => {
    const r = await runMain(['docs', '--json', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [
      {
        doc: 'a.txt',
        title: 'Title of a.txt',
        outlet: 'Example Outlet',
        url: 'https://example.org/a',
        published: '2025-07-04',
        language: 'fra',
        copy_of: 'b.txt',
        flags: ['non-english', 'near-duplicate'],
      },
      {
        doc: 'b.txt',
        title: 'Title of b.txt',
        outlet: 'Example Outlet',
        url: null,
        published: '2025-07-04',
        language: 'eng',
        copy_of: null,
        flags: ['no-date'],
      },
    ]);
  });

  it('prints a table for people', async () => {
    const r = await runMain(['docs', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    const [header, first, second, total] = lines(r.stdout);
    assert.match(header, /^DOC\s+PUBLISHED\s+LANG\s+NOTES\s+TITLE$/);
    assert.match(first, /^a\.txt\s+2025-07-04\s+fra\s+copy of b\.txt, non-english\s+Title of a\.txt$/);
    assert.match(second, /^b\.txt\s+2025-07-04\s+eng\s+no-date\s+Title of b\.txt$/);
    assert.equal(total, '2 documents');
  });

  it('takes the store from CHANCERY_DB when --db is not given', async () => {
    const r = await runMain(['docs', '--json'], { env: { CHANCERY_DB: db } });
    assert.equal(JSON.parse(r.stdout).length, 2);
  });
});

describe('export', () => {
  it('--format jsonl prints the contract fields first, then provenance, in stable order', async () => {
    const r = await runMain(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.endsWith('\n'));
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    assert.deepEqual(
      records.map((rec) => Object.keys(rec).slice(0, 7)),
      [CONTRACT_FIELDS, CONTRACT_FIELDS],
    );
    assert.deepEqual(
      records.map(({ doc, actor, action, target, date, mode, evidence, rule, start, end }) => ({
        doc,
        actor,
        action,
        target,
        date,
        mode,
        evidence,
        rule,
        start,
        end,
      })),
      [
        {
          doc: 'b.txt',
          actor: 'RUS',
          action: 'RECOGNIZE',
          target: 'TALIBAN',
          date: '2025-07-03',
          mode: 'asserted',
          evidence: 'Russia recognized the Taliban.',
          rule: 'recognize.svo',
          start: 0,
          end: 30,
        },
        {
          doc: 'b.txt',
          actor: 'CHN',
          action: 'PRAISE',
          target: 'RUS',
          date: '2025-07-03',
          mode: 'asserted',
          evidence: 'China welcomed it.',
          rule: 'recognize.svo',
          start: 31,
          end: 50,
        },
      ],
    );
  });

  it('uses jsonl when no format is given', async () => {
    const r = await runMain(['export', '--db', db]);
    assert.equal(lines(r.stdout).length, 2);
  });

  it('rejects an unknown format, naming the known ones', async () => {
    const r = await runMain(['export', '--format', 'xml', '--db', db]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^chancery: unknown export format 'xml' \(known: jsonl[^)]*\)\n$/);
  });
});
