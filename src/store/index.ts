// The store's public face: one interface, one folder per dialect (only SQLite for now).
import type { Article, DocFlag, Mention, PartialDate, Quote } from '../core/types.ts';
import { openSqliteStore } from './sqlite/store.ts';

export { StoreError } from './errors.ts';

/** What the extractor found in one document, as the store keeps it. */
export interface ExtractionRecords {
  mentions: readonly Mention[];
  quotes: readonly Quote[];
}

/** A stored document: the article as it was saved, and what extracted its records. */
export interface StoredDocument extends Article {
  extractorVersion: string;
  /** ISO timestamp of the last save; it differs between runs, so exports leave it out. */
  ingestedAt: string;
}

/** A document without its texts, for listings. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: PartialDate | null;
  source: string;
  language: string | null;
  copyOf: string | null;
  flags: DocFlag[];
  contentHash: string;
  extractorVersion: string;
}

export interface MentionFilter {
  doc?: string;
  actor?: string;
  target?: string;
}

export interface QuoteFilter {
  doc?: string;
  entity?: string;
}

/** Whether `saveDocument` added a new document or replaced one with the same id. */
export type SaveResult = 'stored' | 'updated';

export interface Store {
  /** The id of the stored document whose cleaned text has this sha256, if any. */
  findByHash(hash: string): string | null;
  getDocument(id: string): StoredDocument | null;
  /**
   * Saves a document with its mentions and quotes in one transaction. A document with the same id
   * is replaced, its old records with it.
   */
  saveDocument(
    article: Article,
    extraction: ExtractionRecords,
    minhash: Uint32Array,
    extractorVersion: string,
  ): SaveResult;
  /** Every document, ordered by id. */
  listDocuments(): DocumentSummary[];
  countDocuments(): number;
  /** MinHash signatures of the documents that are not near-copies, in the order they were first stored. */
  allSignatures(): Iterable<[string, Uint32Array]>;
  /** Mentions ordered by doc, start, actor, action, target, mode, date (then end, rule, evidence). */
  mentions(filter?: MentionFilter): Mention[];
  /** Quotes ordered by doc, start, end, speaker, text. */
  quotes(filter?: QuoteFilter): Quote[];
  /** Replaces a stored document's mentions and quotes in one transaction. */
  replaceExtraction(doc: string, extraction: ExtractionRecords, extractorVersion: string): void;
  close(): void;
}

export interface OpenOptions {
  /** Refuse to create a store where none is (for commands that only read). */
  mustExist?: boolean;
}

/** Opens (creating and migrating if needed) the store at `path`, a SQLite file. */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  return openSqliteStore(path, opts);
}
