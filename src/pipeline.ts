// The one ordered list of stages a document goes through:
// read → manifest → clean → exact duplicate → near duplicate → extract → store.
import { InputError } from './core/errors.ts';
import type { ArticleInput, DocFlag } from './core/types.ts';
import { EXTRACTOR_VERSION, extract } from './extract/index.ts';
import {
  applyManifest,
  cleanArticle,
  type ManifestEntry,
  NearDuplicateIndex,
  readInputs,
  signature,
} from './ingest/index.ts';
import type { Store } from './store/index.ts';

/**
 * What became of one document:
 * - `stored`: new, saved with its records;
 * - `duplicate`: its cleaned text is already stored (as `duplicateOf`), nothing changed;
 * - `copy`: new and a near-copy of `copyOf`, saved with the flag `near-duplicate`;
 * - `updated`: a stored document with the same id had other content; it was replaced, records and all.
 */
export type DocumentStatus = 'stored' | 'duplicate' | 'copy' | 'updated';

export interface DocumentOutcome {
  kind: 'document';
  doc: string;
  source: string;
  status: DocumentStatus;
  duplicateOf: string | null;
  copyOf: string | null;
  flags: DocFlag[];
  language: string | null;
  /** Mentions extracted (0 for duplicates, which are not re-extracted). */
  mentions: number;
}

export interface FailedOutcome {
  kind: 'failed';
  file: string;
  reason: string;
}

export type IngestOutcome = DocumentOutcome | FailedOutcome;

export interface IngestOptions {
  maxBytes: number;
  stdin?: NodeJS.ReadableStream;
  /** Publication date for inputs that give none. */
  published?: string | null;
  manifest?: Map<string, ManifestEntry> | null;
  /** Files to pass over in folders (the manifest file itself). */
  skip?: string[];
}

/** Ingests documents one at a time into a store, each saved in its own transaction. */
export class Ingestor {
  private readonly nearDuplicates = new NearDuplicateIndex();

  constructor(
    private readonly store: Store,
    private readonly manifest: Map<string, ManifestEntry> | null = null,
  ) {
    for (const [id, sig] of store.allSignatures()) this.nearDuplicates.add(id, sig);
  }

  /** Runs the stages after reading, for one document. */
  ingest(input: ArticleInput): DocumentOutcome {
    const described = this.manifest ? applyManifest(input, this.manifest) : input;
    const article = cleanArticle(described);
    const outcome = {
      kind: 'document' as const,
      doc: article.id,
      source: article.source,
      duplicateOf: null,
      copyOf: null,
      language: article.language,
    };

    const duplicateOf = this.store.findByHash(article.contentHash);
    if (duplicateOf !== null)
      return { ...outcome, status: 'duplicate', duplicateOf, flags: article.flags, mentions: 0 };

    const sig = signature(article.text);
    const match = this.nearDuplicates.findCopy(sig);
    // A new version of a stored document resembles its old self; that does not make it a copy.
    const copyOf = match !== null && match !== article.id ? match : null;
    const flags: DocFlag[] =
      copyOf && !article.flags.includes('near-duplicate') ? [...article.flags, 'near-duplicate'] : article.flags;
    const toStore = { ...article, copyOf, flags };

    const extraction = extract({ id: article.id, text: article.text, published: article.published });
    const saved = this.store.saveDocument(toStore, extraction, sig, EXTRACTOR_VERSION);
    if (copyOf === null) this.nearDuplicates.add(article.id, sig);

    const status: DocumentStatus = saved === 'updated' ? 'updated' : copyOf ? 'copy' : 'stored';
    return { ...outcome, status, copyOf, flags, mentions: extraction.mentions.length };
  }
}

/** Reads every input and ingests each document; a bad input is reported and the rest go on. */
export async function* ingestInputs(store: Store, paths: string[], opts: IngestOptions): AsyncGenerator<IngestOutcome> {
  const ingestor = new Ingestor(store, opts.manifest ?? null);
  const read = readInputs(paths, {
    maxBytes: opts.maxBytes,
    stdin: opts.stdin,
    published: opts.published ?? null,
    skip: opts.skip,
  });
  for await (const input of read) {
    if (input instanceof InputError) {
      yield { kind: 'failed', file: input.file, reason: input.reason };
      continue;
    }
    try {
      yield ingestor.ingest(input);
    } catch (e) {
      // A fault on one document (an extractor bug, say) is reported for that document; the others go on,
      // and nothing of it is stored, since its transaction never ran.
      yield { kind: 'failed', file: input.source, reason: `could not be processed: ${(e as Error).message}` };
    }
  }
}

export interface ReextractSummary {
  documents: number;
  mentions: number;
  quotes: number;
}

/**
 * Runs the extractor again on stored documents (all of them, or only those another extractor version
 * read), replacing each one's records in its own transaction.
 */
export function reextract(store: Store, opts: { staleOnly?: boolean } = {}): ReextractSummary {
  const summary: ReextractSummary = { documents: 0, mentions: 0, quotes: 0 };
  for (const { id, extractorVersion } of store.listDocuments()) {
    if (opts.staleOnly && extractorVersion === EXTRACTOR_VERSION) continue;
    const doc = store.getDocument(id);
    if (!doc) continue;
    const extraction = extract({ id: doc.id, text: doc.text, published: doc.published });
    store.replaceExtraction(id, extraction, EXTRACTOR_VERSION);
    summary.documents++;
    summary.mentions += extraction.mentions.length;
    summary.quotes += extraction.quotes.length;
  }
  return summary;
}
