// Documents as evidence: copies of one story (`copyOf`) count once, as their original.
import type { PartialDate, Source, SourceInfo } from '../core/types.ts';
import { compareDates, earliest, latest } from './dates.ts';

export type SourceMap = ReadonlyMap<string, SourceInfo>;

function infoOf(doc: string, sources: SourceMap): SourceInfo {
  return sources.get(doc) ?? { doc, outlet: null, url: null, published: null, title: null, copyOf: null };
}

/** The original a document copies, following chains of copies (and stopping on a cycle). */
export function rootOf(doc: string, sources: SourceMap): string {
  const seen = new Set<string>();
  let current = doc;
  while (!seen.has(current)) {
    seen.add(current);
    const next = sources.get(current)?.copyOf;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** How many independent stories the documents are. */
export function independentCount(docs: Iterable<string>, sources: SourceMap): number {
  const roots = new Set<string>();
  for (const d of docs) roots.add(rootOf(d, sources));
  return roots.size;
}

export function publishedOf(doc: string, sources: SourceMap): PartialDate | null {
  return sources.get(doc)?.published ?? null;
}

export function firstReport(docs: Iterable<string>, sources: SourceMap): PartialDate | null {
  return earliest([...docs].map((d) => publishedOf(d, sources)));
}

export function lastReport(docs: Iterable<string>, sources: SourceMap): PartialDate | null {
  return latest([...docs].map((d) => publishedOf(d, sources)));
}

function toSource(info: SourceInfo): Source {
  return { doc: info.doc, outlet: info.outlet, url: info.url, published: info.published, title: info.title };
}

/**
 * One source per independent story: the original when it is among the documents, otherwise the
 * copy published first (ties by id), so the list does not depend on input order.
 */
export function distinctSources(docs: Iterable<string>, sources: SourceMap): Source[] {
  const byRoot = new Map<string, SourceInfo[]>();
  for (const doc of new Set(docs)) {
    const root = rootOf(doc, sources);
    const group = byRoot.get(root) ?? [];
    group.push(infoOf(doc, sources));
    byRoot.set(root, group);
  }
  const chosen: SourceInfo[] = [];
  for (const [root, group] of byRoot) {
    const original = group.find((g) => g.doc === root);
    chosen.push(original ?? [...group].sort(byPublishedThenId)[0]);
  }
  return chosen.sort(byPublishedThenId).map(toSource);
}

function byPublishedThenId(a: SourceInfo, b: SourceInfo): number {
  if (a.published && b.published && a.published !== b.published) return compareDates(a.published, b.published);
  if (a.published && !b.published) return -1;
  if (!a.published && b.published) return 1;
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;
}
