// The SQLite dialect of the Store, through better-sqlite3.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Article, DocFlag, Mention, Quote } from '../../core/types.ts';
import { StoreError } from '../errors.ts';
import type {
  DocumentSummary,
  ExtractionRecords,
  MentionFilter,
  OpenOptions,
  QuoteFilter,
  SaveResult,
  Store,
  StoredDocument,
} from '../index.ts';
import { migrate } from './migrate.ts';

interface DocumentRow {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  source: string;
  format: Article['format'];
  raw: string;
  text: string;
  segments: string;
  language: string | null;
  flags: string;
  content_hash: string;
  copy_of: string | null;
  extractor_version: string;
  ingested_at: string;
}

interface MentionRow {
  doc: string;
  actor: string;
  action: Mention['action'];
  target: string;
  date: string | null;
  mode: Mention['mode'];
  evidence: string;
  start: number;
  end: number;
  rule: string;
  date_source: Mention['dateSource'] | null;
}

type QuoteRow = Quote;

const SUMMARY_COLUMNS =
  'id, title, outlet, url, published, source, language, copy_of, flags, content_hash, extractor_version';
const FILTER_COLUMNS = { mentions: ['doc', 'actor', 'target'], quotes: ['doc', 'entity'] } as const;
const MENTION_ORDER = 'doc, start, actor, action, target, mode, date, "end", rule, evidence';
const QUOTE_ORDER = 'doc, start, "end", speaker, text';

export function openSqliteStore(path: string, opts: OpenOptions = {}): Store {
  if (opts.mustExist && (path === ':memory:' || !existsSync(path))) {
    throw new StoreError(`${path}: no store here (chancery ingest creates one)`);
  }
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // In WAL mode, NORMAL loses no committed transaction when the process dies; only a power cut can.
    db.pragma('synchronous = NORMAL');
    migrate(db, path);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: cannot open the store (${(err as Error).message})`);
  }
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  private readonly filtered = new Map<string, Database.Statement>();
  private readonly stmt;
  private readonly saveTx;
  private readonly replaceTx;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      byHash: db.prepare('SELECT id FROM documents WHERE content_hash = ?').pluck(),
      getDocument: db.prepare('SELECT * FROM documents WHERE id = ?'),
      exists: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
      list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY id`),
      count: db.prepare('SELECT count(*) FROM documents').pluck(),
      signatures: db.prepare('SELECT id, minhash FROM documents WHERE copy_of IS NULL ORDER BY rowid').raw(),
      upsert: db.prepare(
        `INSERT INTO documents (id, title, outlet, url, published, source, format, raw, text, segments, language,
           flags, content_hash, copy_of, minhash, extractor_version, ingested_at)
         VALUES (@id, @title, @outlet, @url, @published, @source, @format, @raw, @text, @segments, @language,
           @flags, @contentHash, @copyOf, @minhash, @extractorVersion, @ingestedAt)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet, url = excluded.url,
           published = excluded.published, source = excluded.source, format = excluded.format, raw = excluded.raw,
           text = excluded.text, segments = excluded.segments, language = excluded.language, flags = excluded.flags,
           content_hash = excluded.content_hash, copy_of = excluded.copy_of, minhash = excluded.minhash,
           extractor_version = excluded.extractor_version, ingested_at = excluded.ingested_at`,
      ),
      setVersion: db.prepare('UPDATE documents SET extractor_version = ? WHERE id = ?'),
      deleteMentions: db.prepare('DELETE FROM mentions WHERE doc = ?'),
      deleteQuotes: db.prepare('DELETE FROM quotes WHERE doc = ?'),
      insertMention: db.prepare(
        `INSERT INTO mentions (doc, actor, action, target, date, mode, evidence, start, "end", rule, date_source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertQuote: db.prepare(
        'INSERT INTO quotes (doc, speaker, entity, text, start, "end", date) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    this.saveTx = db.transaction(
      (article: Article, extraction: ExtractionRecords, minhash: Uint32Array, version: string): SaveResult => {
        const existed = this.stmt.exists.get(article.id) !== undefined;
        this.stmt.upsert.run({
          id: article.id,
          title: article.title,
          outlet: article.outlet,
          url: article.url,
          published: article.published,
          source: article.source,
          format: article.format,
          raw: article.raw,
          text: article.text,
          segments: JSON.stringify(article.segments),
          language: article.language,
          flags: JSON.stringify(article.flags),
          contentHash: article.contentHash,
          copyOf: article.copyOf,
          minhash: Buffer.from(minhash.buffer, minhash.byteOffset, minhash.byteLength),
          extractorVersion: version,
          ingestedAt: new Date().toISOString(),
        });
        if (existed) this.deleteExtraction(article.id);
        this.insertExtraction(article.id, extraction);
        return existed ? 'updated' : 'stored';
      },
    );
    this.replaceTx = db.transaction((doc: string, extraction: ExtractionRecords, version: string) => {
      if (this.stmt.setVersion.run(version, doc).changes === 0) throw new StoreError(`no stored document '${doc}'`);
      this.deleteExtraction(doc);
      this.insertExtraction(doc, extraction);
    });
  }

  findByHash(hash: string): string | null {
    return (this.stmt.byHash.get(hash) as string | undefined) ?? null;
  }

  getDocument(id: string): StoredDocument | null {
    const row = this.stmt.getDocument.get(id) as DocumentRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      url: row.url,
      published: row.published,
      raw: row.raw,
      source: row.source,
      format: row.format,
      flags: JSON.parse(row.flags) as DocFlag[],
      text: row.text,
      segments: JSON.parse(row.segments),
      language: row.language,
      contentHash: row.content_hash,
      copyOf: row.copy_of,
      extractorVersion: row.extractor_version,
      ingestedAt: row.ingested_at,
    };
  }

  saveDocument(
    article: Article,
    extraction: ExtractionRecords,
    minhash: Uint32Array,
    extractorVersion: string,
  ): SaveResult {
    return this.saveTx(article, extraction, minhash, extractorVersion);
  }

  listDocuments(): DocumentSummary[] {
    return (this.stmt.list.all() as DocumentRow[]).map((row) => ({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      url: row.url,
      published: row.published,
      source: row.source,
      language: row.language,
      copyOf: row.copy_of,
      flags: JSON.parse(row.flags) as DocFlag[],
      contentHash: row.content_hash,
      extractorVersion: row.extractor_version,
    }));
  }

  countDocuments(): number {
    return this.stmt.count.get() as number;
  }

  allSignatures(): Iterable<[string, Uint32Array]> {
    return (this.stmt.signatures.all() as [string, Buffer][]).map(([id, blob]) => {
      const sig = new Uint32Array(blob.byteLength / 4);
      new Uint8Array(sig.buffer).set(blob);
      return [id, sig];
    });
  }

  mentions(filter: MentionFilter = {}): Mention[] {
    const rows = this.select<MentionRow>('mentions', filter, MENTION_ORDER);
    return rows.map(({ date_source, ...m }) => (date_source == null ? m : { ...m, dateSource: date_source }));
  }

  quotes(filter: QuoteFilter = {}): Quote[] {
    return this.select<QuoteRow>('quotes', filter, QUOTE_ORDER);
  }

  replaceExtraction(doc: string, extraction: ExtractionRecords, extractorVersion: string): void {
    this.replaceTx(doc, extraction, extractorVersion);
  }

  close(): void {
    this.db.close();
  }

  private deleteExtraction(doc: string): void {
    this.stmt.deleteMentions.run(doc);
    this.stmt.deleteQuotes.run(doc);
  }

  private insertExtraction(doc: string, { mentions, quotes }: ExtractionRecords): void {
    for (const m of mentions) {
      this.stmt.insertMention.run(
        doc,
        m.actor,
        m.action,
        m.target,
        m.date,
        m.mode,
        m.evidence,
        m.start,
        m.end,
        m.rule,
        m.dateSource ?? null,
      );
    }
    for (const q of quotes) this.stmt.insertQuote.run(doc, q.speaker, q.entity, q.text, q.start, q.end, q.date);
  }

  /** Rows of `table` whose columns equal the filter's defined values; one cached statement per filter shape. */
  private select<T>(table: 'mentions' | 'quotes', filter: object, order: string): T[] {
    const allowed: readonly string[] = FILTER_COLUMNS[table];
    const entries = Object.entries(filter).filter(([, v]) => v !== undefined);
    for (const [k] of entries) if (!allowed.includes(k)) throw new Error(`store: no ${table} filter '${k}'`);
    const key = `${table}:${entries.map(([k]) => k).join(',')}`;
    let stmt = this.filtered.get(key);
    if (!stmt) {
      const where = entries.length ? `WHERE ${entries.map(([k]) => `${k} = ?`).join(' AND ')}` : '';
      const columns = table === 'mentions' ? '*' : 'doc, speaker, entity, text, start, "end", date';
      stmt = this.db.prepare(`SELECT ${columns} FROM ${table} ${where} ORDER BY ${order}`);
      this.filtered.set(key, stmt);
    }
    return stmt.all(...entries.map(([, v]) => v)) as T[];
  }
}
