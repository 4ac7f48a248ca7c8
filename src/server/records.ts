// The store's records, merged into events once per store revision and shared by every endpoint.
// Consolidating every mention takes seconds on a large store, so it must not happen per request.

import { historyMentions } from '../analyze/forecast/index.ts';
import { consolidate } from '../consolidate/index.ts';
import type { Event, Quote, SourceInfo } from '../core/types.ts';
import type { DocumentSummary, Store } from '../store/index.ts';
import { CachedBody } from './body.ts';
import { LedgerIndex } from './ledgers.ts';
import { Lru } from './lru.ts';

/** Everything the read endpoints need, computed for one revision of the store. */
export class Records {
  readonly byId = new Map<string, Event>();
  /**
   * Response bodies (gzipped JSON, see body.ts) by endpoint and normalized query; dropped with the
   * revision. Kept as buffers: they are written without re-encoding, and live outside the JS heap,
   * so many megabytes of cached ledgers do not lengthen garbage-collection pauses.
   */
  readonly responses: Lru<string, CachedBody>;
  readonly ledgers = new LedgerIndex((target) => this.towards(target));
  /** True while the background precompute (warm.ts) is still filling the caches. */
  warming = false;
  private readonly byTarget = new Map<string, Event[]>();
  private readonly lists = new Lru<string, readonly Event[]>(256);
  private docIndex: { events: Map<string, Event[]>; quotes: Map<string, Quote[]> } | null = null;

  constructor(
    readonly revision: string,
    readonly documents: DocumentSummary[],
    readonly sources: ReadonlyMap<string, SourceInfo>,
    readonly events: readonly Event[],
    readonly quotes: readonly Quote[],
    readonly mentionCount: number,
    cacheBytes: number,
  ) {
    this.responses = new Lru(cacheBytes, (body) => body.byteLength);
    for (const e of events) {
      this.byId.set(e.id, e);
      const list = this.byTarget.get(e.target);
      if (list) list.push(e);
      else this.byTarget.set(e.target, [e]);
    }
  }

  /** Events aimed at `target`, in the events' order (the ledger and timelines read only these). */
  towards(target: string): readonly Event[] {
    return this.byTarget.get(target) ?? [];
  }

  private readonly eventText = new Map<Event, string>();

  /**
   * A page of events as JSON text, from each event's JSON made once: paging through 100,000 events
   * then costs a join, not a serialization.
   */
  pageJson(events: readonly Event[], present: (e: Event) => unknown): string {
    const parts: string[] = [];
    for (const e of events) {
      let text = this.eventText.get(e);
      if (text === undefined) {
        text = JSON.stringify(present(e));
        this.eventText.set(e, text);
      }
      parts.push(text);
    }
    return `[${parts.join(',')}]`;
  }

  /** The cached body for `key`, built from JSON text on a miss. */
  cachedText(key: string, compute: () => string): CachedBody {
    return this.responses.getOrSet(key, () => new CachedBody(Buffer.from(compute(), 'utf8')));
  }

  /** A filtered list of events, cached by its filter so that paging through it filters once. */
  filtered(key: string, compute: () => readonly Event[]): readonly Event[] {
    return this.lists.getOrSet(key, compute);
  }

  /** Events with a mention in `doc`, and the quotes of `doc` (for linking quotes to events). */
  inDocument(doc: string): { events: readonly Event[]; quotes: readonly Quote[] } {
    if (!this.docIndex) {
      const events = new Map<string, Event[]>();
      for (const e of this.events) {
        for (const d of new Set(e.mentions.map((m) => m.doc))) {
          const list = events.get(d);
          if (list) list.push(e);
          else events.set(d, [e]);
        }
      }
      const quotes = new Map<string, Quote[]>();
      for (const q of this.quotes) {
        const list = quotes.get(q.doc);
        if (list) list.push(q);
        else quotes.set(q.doc, [q]);
      }
      this.docIndex = { events, quotes };
    }
    return { events: this.docIndex.events.get(doc) ?? [], quotes: this.docIndex.quotes.get(doc) ?? [] };
  }

  targets(): IterableIterator<[string, Event[]]> {
    return this.byTarget.entries();
  }

  /** The cached body for `key`, computing and caching it on a miss. */
  cached(key: string, compute: () => unknown): CachedBody {
    return this.responses.getOrSet(key, () => new CachedBody(Buffer.from(JSON.stringify(compute()), 'utf8')));
  }
}

export interface RecordsSourceOptions {
  /** Bytes of response bodies kept per revision (default 384 MiB). */
  cacheBytes?: number;
  /** How long a revision check stays valid, in ms (default 250): a count query per request is waste under load. */
  checkEvery?: number;
  /** Called with each newly loaded revision (to start precomputing its views). */
  onLoad?: (records: Records, source: RecordsSource) => void;
}

/**
 * Hands out the Records of the store's current revision. The revision is the number of documents
 * plus the writes this process made: ingests through the API bump it at once, and another process
 * that adds documents is noticed within `checkEvery` ms. (A re-extraction by another process keeps
 * the count; restart the server after `chancery extract`.)
 */
export class RecordsSource {
  private current: Records | null = null;
  private writes = 0;
  private checkedAt = 0;
  private readonly cacheBytes: number;
  private readonly checkEvery: number;
  private readonly onLoad: RecordsSourceOptions['onLoad'];

  constructor(
    private readonly store: Store,
    opts: RecordsSourceOptions = {},
  ) {
    this.onLoad = opts.onLoad;
    this.cacheBytes = opts.cacheBytes ?? 384 * 1024 * 1024;
    this.checkEvery = opts.checkEvery ?? 250;
  }

  /** Call after writing to the store, so the next read sees the change. */
  invalidate(): void {
    this.writes++;
    this.checkedAt = 0;
  }

  /** The records of the revision last loaded, without checking the store (null before the first get). */
  peek(): Records | null {
    return this.current;
  }

  get(): Records {
    const now = Date.now();
    if (this.current && now - this.checkedAt < this.checkEvery) return this.current;
    this.checkedAt = now;
    const revision = `${this.store.countDocuments()}.${this.writes}`;
    if (this.current?.revision === revision) return this.current;
    this.current = this.load(revision);
    this.onLoad?.(this.current, this);
    return this.current;
  }

  private load(revision: string): Records {
    const documents = this.store.listDocuments();
    const sources = new Map<string, SourceInfo>();
    for (const { id: doc, outlet, url, published, title, copyOf } of documents) {
      sources.set(doc, { doc, outlet, url, published, title, copyOf });
    }
    const stored = this.store.mentions();
    // The reference history of the targets the store speaks of joins as sources of its own (see loadEvents).
    const reference = historyMentions(new Set(stored.map((m) => m.target)));
    for (const [doc, s] of reference.sources) sources.set(doc, s);
    const mentions = [...stored, ...reference.mentions];
    const events = consolidate(mentions, sources);
    return new Records(revision, documents, sources, events, this.store.quotes(), mentions.length, this.cacheBytes);
  }
}
