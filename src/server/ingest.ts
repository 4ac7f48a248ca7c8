// Ingest through the API: the same readers and pipeline stages as `chancery ingest`, fed from a
// pasted text (read as standard input is: its format sniffed) or an uploaded file (read by its name).
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../core/errors.ts';
import type { ArticleInput } from '../core/types.ts';
import { readInputs } from '../ingest/index.ts';
import { Ingestor } from '../pipeline.ts';
import type { Store } from '../store/index.ts';
import type { ApiIngestResult } from './api-types.ts';
import { documentJson } from './present.ts';
import type { IngestMeta } from './schemas.ts';

export type IngestSource = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array };

async function readSource(source: IngestSource, meta: IngestMeta, maxBytes: number) {
  const opts = { maxBytes, published: meta.published ?? null };
  const found: (ArticleInput | InputError)[] = [];
  if (source.kind === 'text') {
    const stdin = Readable.from([Buffer.from(source.text, 'utf8')]);
    for await (const item of readInputs(['-'], { ...opts, stdin })) found.push(item);
    return found;
  }
  // The readers take paths: the upload is written under its own name in a private folder.
  const dir = await mkdtemp(join(tmpdir(), 'chancery-upload-'));
  try {
    const path = join(dir, source.name);
    await writeFile(path, source.bytes);
    for await (const item of readInputs([path], opts)) {
      if (item instanceof InputError) found.push(new InputError(item.file.replace(dir, 'upload'), item.reason));
      else found.push({ ...item, source: item.source.replace(dir, 'upload') });
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads, cleans, deduplicates, extracts and stores; returns each document with its records. */
export async function ingestSource(
  store: Store,
  source: IngestSource,
  meta: IngestMeta,
  maxBytes: number,
): Promise<ApiIngestResult> {
  const found = await readSource(source, meta, maxBytes);
  const inputs = found.filter((f): f is ArticleInput => !(f instanceof InputError));
  const result: ApiIngestResult = {
    documents: [],
    failed: found.filter((f) => f instanceof InputError).map((f) => ({ file: f.file, reason: f.reason })),
  };
  const ingestor = new Ingestor(store);
  for (const input of inputs) {
    // A pasted text has no file name: its id is stable for its content, so pasting twice is a duplicate.
    const pasted =
      source.kind === 'text' ? `pasted-${createHash('sha256').update(input.raw).digest('hex').slice(0, 12)}` : null;
    // The caller's fields describe the one document sent; a feed's items keep their own.
    const single = inputs.length === 1;
    const described: ArticleInput = {
      ...input,
      id: (single ? meta.id : undefined) ?? pasted ?? input.id,
      title: (single ? meta.title : undefined) ?? input.title,
      outlet: (single ? meta.outlet : undefined) ?? input.outlet,
      url: (single ? meta.url : undefined) ?? input.url,
      source: source.kind === 'text' ? 'api:paste' : `api:${input.source}`,
    };
    const outcome = ingestor.ingest(described);
    const docId = outcome.duplicateOf ?? outcome.doc;
    const doc = store.getDocument(docId);
    result.documents.push({
      doc: outcome.doc,
      status: outcome.status,
      duplicateOf: outcome.duplicateOf,
      copyOf: outcome.copyOf,
      flags: outcome.flags,
      language: outcome.language,
      document: doc ? documentJson(doc, store.mentions({ doc: docId }), store.quotes({ doc: docId })) : null,
    });
  }
  return result;
}
