// readInputs: paths (files, folders, '-') → articles, or errors that name the input and
// the reason. Bad input never throws: one unreadable file must not stop a batch of 10k.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.ts';
import type { ArticleInput, PartialDate } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { decodeBytes } from './decode.ts';
import { osReason } from './os-error.ts';
import { declaredXmlEncoding, readFeed } from './read-feed.ts';
import { declaredCharset, readHtml } from './read-html.ts';
import { readJson, readJsonl } from './read-jsonl.ts';
import { guessPublished, guessTitle } from './read-txt.ts';
import { makeInput } from './record.ts';
import { walk } from './walk.ts';

export interface ReadOptions {
  /** Files larger than this are refused (DEFAULT_MAX_BYTES = 10 MiB). */
  maxBytes: number;
  /** Read for the path '-' (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** --published: the publication date of every document read, overriding what they state. */
  published?: string | null;
  /** Files a folder walk passes over: the --manifest beside the articles it describes. */
  skip?: string[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Kind = 'txt' | 'html' | 'jsonl' | 'json' | 'feed';

const EXTENSIONS: Record<string, Kind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** What text with no telling file name is: a page, a feed, JSON, or plain text. */
function sniff(text: string): Kind {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<!doctype html|<html|<head|<body)\b/i.test(head)) return 'html';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^<\?xml/i.test(head) && /<html\b/i.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  return 'txt';
}

interface Origin {
  /** Names the input in errors and in ArticleInput.source: the path, or '-'. */
  path: string;
  /** The document id for a single-article input; null for stdin (no file name). */
  id: string | null;
  /** The file's kind by extension; null to sniff the content. */
  kind: Kind | null;
}

function* readBytes(
  bytes: Uint8Array,
  origin: Origin,
  published: PartialDate | null,
): Generator<ArticleInput | InputError> {
  const { path } = origin;
  if (bytes.length === 0) {
    yield new InputError(path, 'empty');
    return;
  }
  // A charset the file declares is a hint for non-UTF-8 bytes (read from its ASCII head).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const hint =
    origin.kind === 'html' ? declaredCharset(head) : origin.kind === 'feed' ? declaredXmlEncoding(head) : null;
  const decoded = decodeBytes(bytes, hint);
  if (!decoded.ok) {
    yield new InputError(path, decoded.reason);
    return;
  }
  const { text, legacy } = decoded;
  if (!text.trim()) {
    yield new InputError(path, 'empty');
    return;
  }
  const kind = origin.kind ?? sniff(text);
  // stdin has no file name: its id is its URL when it has one, else a hash of its content.
  const id = origin.id ?? `stdin-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const name = origin.id ?? 'stdin';
  switch (kind) {
    case 'txt':
      yield makeInput(
        {
          id,
          raw: text,
          source: path,
          format: origin.id ? 'txt' : 'stdin',
          title: guessTitle(text),
          published: guessPublished(text),
          legacyCharset: legacy,
        },
        published,
      );
      return;
    case 'html': {
      const page = readHtml(text);
      if ('error' in page) {
        yield new InputError(path, page.error);
        return;
      }
      const { text: raw, ...meta } = page;
      yield makeInput(
        { ...meta, id: origin.id ?? meta.url ?? id, raw, source: path, format: 'html', legacyCharset: legacy },
        published,
      );
      return;
    }
    case 'jsonl':
      yield* readJsonl(text, { path, name, publishedOverride: published, legacyCharset: legacy });
      return;
    case 'json':
      yield* readJson(text, { path, name, publishedOverride: published, legacyCharset: legacy });
      return;
    case 'feed':
      yield* readFeed(text, { path, name, publishedOverride: published, legacyCharset: legacy });
      return;
  }
}

async function* readOneFile(
  path: string,
  size: number,
  opts: ReadOptions,
  published: PartialDate | null,
): AsyncGenerator<ArticleInput | InputError> {
  const ext = extname(path).toLowerCase();
  const kind = ext ? EXTENSIONS[ext] : null;
  if (kind === undefined) {
    yield new InputError(path, `unsupported file type ${ext}`);
    return;
  }
  if (size > opts.maxBytes) {
    yield new InputError(path, `over the size limit (${size} bytes > ${opts.maxBytes})`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield new InputError(path, osReason(e));
    return;
  }
  yield* readBytes(bytes, { path, id: basename(path), kind }, published);
}

async function* readStdin(opts: ReadOptions, published: PartialDate | null): AsyncGenerator<ArticleInput | InputError> {
  const stream = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += b.length;
      // Past the limit, keep counting (to report the size) but stop keeping.
      if (total <= opts.maxBytes) chunks.push(b);
    }
  } catch (e) {
    yield new InputError('-', osReason(e));
    return;
  }
  if (total > opts.maxBytes) {
    yield new InputError('-', `over the size limit (${total} bytes > ${opts.maxBytes})`);
    return;
  }
  yield* readBytes(Buffer.concat(chunks), { path: '-', id: null, kind: null }, published);
}

/**
 * Reads files, folders (recursively, sorted, skipping dotfiles) and '-' (stdin). Yields
 * one ArticleInput per article (a feed or JSONL file yields many) or an InputError naming
 * the file (or file#item, file:line) and the reason. Throws only a UsageError for an
 * unreadable `published` option.
 */
export async function* readInputs(paths: string[], opts: ReadOptions): AsyncGenerator<ArticleInput | InputError> {
  let published: PartialDate | null = null;
  if (opts.published) {
    published = normalizeDate(opts.published);
    if (!published) throw new UsageError(`--published: not a date: ${opts.published}`);
  }
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts, published);
      continue;
    }
    const skip = new Set((opts.skip ?? []).map((s) => resolve(s)));
    for await (const f of walk(p)) {
      if (f instanceof InputError) yield f;
      else if (!skip.has(resolve(f.path))) yield* readOneFile(f.path, f.size, opts, published);
    }
  }
}
