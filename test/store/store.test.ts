import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore, type Store, StoreError } from '../../src/store/index.ts';
import { loadMigrations } from '../../src/store/sqlite/migrate.ts';
import { article, mention, quote, SIG, tempDir } from './fixtures.ts';

const tmp = tempDir('chancery-store-');
after(tmp.cleanup);
let n = 0;
const freshPath = () => join(tmp.dir, `store-${n++}.db`);

describe('migrations', () => {
  it('apply in order on a new store and are recorded once', () => {
    const path = freshPath();
    openStore(path).close();
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(
      rows,
      loadMigrations().map((m) => ({ version: m.version, name: m.name })),
    );
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    assert.deepEqual(tables, ['documents', 'mentions', 'quotes', 'schema_migrations']);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('keep the data across a re-open', () => {
    const path = freshPath();
    const store = openStore(path);
    store.saveDocument(
      article('a.txt', 'Russia recognized the Taliban.'),
      { mentions: [mention('a.txt')], quotes: [] },
      SIG,
      '1',
    );
    store.close();
    const again = openStore(path);
    assert.equal(again.countDocuments(), 1);
    assert.equal(again.mentions().length, 1);
    again.close();
  });

  it('refuse a store newer than the code', () => {
    const path = freshPath();
    openStore(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, ?)').run('future', 'now');
    db.close();
    assert.throws(
      () => openStore(path),
      (err: Error) => {
        assert.ok(err instanceof StoreError);
        assert.match(err.message, /schema version 999, newer than this Chancery knows \(\d+\); upgrade Chancery/);
        return true;
      },
    );
  });

  /** Each case makes a path that is not a usable store. */
  const notStores: [string, () => string, RegExp][] = [
    [
      'another application’s database',
      () => {
        const path = freshPath();
        new Database(path).exec('CREATE TABLE t (x)').close();
        return path;
      },
      /not a Chancery store/,
    ],
    [
      'a file that is not a database',
      () => {
        const path = freshPath();
        writeFileSync(path, 'hello, this is text and not SQLite at all'.repeat(30));
        return path;
      },
      /cannot open the store \(file is not a database\)/,
    ],
    ['a path in a missing folder', () => join(tmp.dir, 'missing', 'x.db'), /cannot open the store/],
  ];
  for (const [name, makePath, message] of notStores) {
    it(`refuse ${name} with a one-line error naming it`, () => {
      const path = makePath();
      assert.throws(
        () => openStore(path),
        (err: Error) => {
          assert.ok(err instanceof StoreError);
          assert.ok(err.message.startsWith(path));
          assert.match(err.message, message);
          assert.ok(!err.message.includes('\n'));
          return true;
        },
      );
    });
  }
});

describe('documents and their records', () => {
  let store: Store;
  before(() => {
    store = openStore(freshPath());
  });
  after(() => store.close());

  it('round-trip a document, its mentions and quotes', () => {
    const a = article('a.txt', 'On July 3, 2025, Russia officially recognized the Taliban regime.', {
      flags: ['no-date'],
    });
    const mentions = [
      mention('a.txt', { start: 70, end: 90, actor: 'CHN', action: 'PRAISE', target: 'RUS', dateSource: 'relative' }),
      mention('a.txt'),
      mention('a.txt', { mode: 'negated', date: null, dateSource: null }),
    ];
    const quotes = [quote('a.txt')];
    assert.equal(store.saveDocument(a, { mentions, quotes }, SIG, '7'), 'stored');

    const got = store.getDocument('a.txt');
    assert.ok(got);
    const { ingestedAt, extractorVersion, ...doc } = got;
    assert.deepEqual(doc, a);
    assert.equal(extractorVersion, '7');
    assert.ok(!Number.isNaN(Date.parse(ingestedAt)));
    assert.equal(store.findByHash(a.contentHash), 'a.txt');
    assert.equal(store.findByHash('0'.repeat(64)), null);
    assert.equal(store.getDocument('nope'), null);

    // Stable order: doc, start, actor, action, target, mode, date; a null dateSource is left out.
    const { dateSource: _, ...negated } = mentions[2];
    assert.deepEqual(store.mentions({ doc: 'a.txt' }), [mentions[1], negated, mentions[0]]);
    assert.deepEqual(store.quotes({ doc: 'a.txt' }), quotes);
    assert.deepEqual([...store.allSignatures()], [['a.txt', SIG]]);
  });

  it('filter mentions by doc, actor and target', () => {
    store.saveDocument(
      article('b.txt', 'China welcomed the decision.'),
      { mentions: [mention('b.txt', { actor: 'CHN', action: 'PRAISE', target: 'RUS' })], quotes: [] },
      SIG,
      '7',
    );
    const cases: [Parameters<Store['mentions']>[0], string[]][] = [
      [{}, ['a.txt RUS', 'a.txt RUS', 'a.txt CHN', 'b.txt CHN']],
      [{ doc: 'b.txt' }, ['b.txt CHN']],
      [{ actor: 'CHN' }, ['a.txt CHN', 'b.txt CHN']],
      [{ target: 'RUS', doc: 'a.txt' }, ['a.txt CHN']],
      [{ target: 'TALIBAN', actor: 'RUS' }, ['a.txt RUS', 'a.txt RUS']],
      [{ target: 'XKX' }, []],
    ];
    for (const [filter, expected] of cases) {
      assert.deepEqual(
        store.mentions(filter).map((m) => `${m.doc} ${m.actor}`),
        expected,
        JSON.stringify(filter),
      );
    }
    assert.throws(() => store.mentions({ evidence: 'x' } as never), /no mentions filter 'evidence'/);
  });

  it('replace a document with the same id, records and all, and report it as updated', () => {
    const newer = article('b.txt', 'China welcomed the decision warmly.', {
      copyOf: 'a.txt',
      flags: ['near-duplicate'],
    });
    assert.equal(store.saveDocument(newer, { mentions: [], quotes: [quote('b.txt')] }, SIG, '8'), 'updated');
    assert.equal(store.countDocuments(), 2);
    assert.deepEqual(store.mentions({ doc: 'b.txt' }), []);
    assert.equal(store.quotes({ doc: 'b.txt' }).length, 1);
    assert.equal(store.getDocument('b.txt')?.text, newer.text);
    // Near-copies are left out of the signatures a near-duplicate index is built from.
    assert.deepEqual(
      [...store.allSignatures()].map(([id]) => id),
      ['a.txt'],
    );
  });

  it('replace the records of a document on re-extraction', () => {
    store.replaceExtraction('a.txt', { mentions: [mention('a.txt', { rule: 'new' })], quotes: [] }, '9');
    assert.deepEqual(
      store.mentions({ doc: 'a.txt' }).map((m) => m.rule),
      ['new'],
    );
    assert.deepEqual(store.quotes({ doc: 'a.txt' }), []);
    assert.equal(store.getDocument('a.txt')?.extractorVersion, '9');
    assert.throws(() => store.replaceExtraction('nope', { mentions: [], quotes: [] }, '9'), StoreError);
  });

  it('list documents by id without their texts', () => {
    assert.deepEqual(
      store.listDocuments().map((d) => [d.id, d.copyOf, d.flags, d.extractorVersion]),
      [
        ['a.txt', null, ['no-date'], '9'],
        ['b.txt', 'a.txt', ['near-duplicate'], '8'],
      ],
    );
  });

  it('save nothing of a document whose records fail to insert', () => {
    const bad = mention('c.txt', { evidence: null as unknown as string });
    assert.throws(() => store.saveDocument(article('c.txt', 'text c'), { mentions: [bad], quotes: [] }, SIG, '9'));
    assert.equal(store.getDocument('c.txt'), null);
    assert.equal(store.countDocuments(), 2);
  });
});
