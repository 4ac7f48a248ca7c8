import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Mention, Quote } from '../../src/core/types.ts';

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'chancery-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title: `Title of ${id}`,
    outlet: 'Example Outlet',
    url: null,
    published: '2025-07-04',
    raw: text,
    source: `corpus/${id}`,
    format: 'txt',
    flags: [],
    text,
    segments: [{ textStart: 0, rawStart: 0, length: text.length }],
    language: 'eng',
    contentHash: createHash('sha256').update(text).digest('hex'),
    copyOf: null,
    ...extra,
  };
}

export function mention(doc: string, extra: Partial<Mention> = {}): Mention {
  return {
    doc,
    actor: 'RUS',
    action: 'RECOGNIZE',
    target: 'TALIBAN',
    date: '2025-07-03',
    mode: 'asserted',
    evidence: 'On July 3, 2025, Russia officially recognized the Taliban regime',
    start: 0,
    end: 63,
    rule: 'recognize.svo',
    ...extra,
  };
}

export function quote(doc: string, extra: Partial<Quote> = {}): Quote {
  return {
    doc,
    speaker: 'Mao Ning',
    entity: 'CHN',
    text: 'friendship toward the Afghan people',
    start: 100,
    end: 135,
    date: '2025-07-04',
    ...extra,
  };
}

export const SIG = Uint32Array.from({ length: 128 }, (_, i) => (i * 2654435761) >>> 0);
