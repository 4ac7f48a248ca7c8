// The one lexicon loader: entities, people, institutions and time rules from lexicon/, indexed by surface.
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './build.ts';
import { normalizeSurface } from './normalize.ts';
import type { EntityEntry, Gazetteer, SurfaceHit } from './types.ts';

export { buildGazetteer } from './build.ts';
export { LexiconError } from './errors.ts';
export { type NormalizeOptions, normalizeSurface, surfaceWords } from './normalize.ts';
export { type Resolution, type ResolveOptions, resolveAt } from './time-rules.ts';
export type {
  EntityEntry,
  EntityKind,
  Gazetteer,
  Institution,
  Person,
  SurfaceForm,
  SurfaceHit,
  TimeRule,
} from './types.ts';

/** The repository's lexicon folder, found from this file's location. */
export const LEXICON_DIR = fileURLToPath(new URL('../../../lexicon/', import.meta.url));

let cached: Gazetteer | undefined;

/** The gazetteer built from the repository's lexicon/, read once and then shared (it is immutable). */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(LEXICON_DIR);
  return cached;
}

export function entityById(id: string): EntityEntry | undefined {
  return loadGazetteer().entities.get(id);
}

/** Whether `id` is a state (UN member, observer, TWN or XKX); authorities, organizations and SUN are not. */
export function isState(id: string): boolean {
  return entityById(id)?.kind === 'state';
}

/** Hits for a span of text (normalized here), or an empty list. */
export function lookupSurface(span: string, gazetteer: Gazetteer = loadGazetteer()): readonly SurfaceHit[] {
  const hits = gazetteer.surfaces.get(normalizeSurface(span)) ?? [];
  return hits.filter((h) => matchesCase(h, span));
}

/** Whether a case-sensitive hit accepts the span as written ("US" yes, "us" no); others always do. */
export function matchesCase(hit: SurfaceHit, span: string): boolean {
  if (!hit.cased) return true;
  const written = normalizeSurface(span, { keepCase: true });
  if (hit.cased.includes(written)) return true;
  // ("CHINA: Accepted …", a label or headline in capitals: a capitalised name written all in capitals)
  return (
    written.length >= 3 &&
    written === written.toUpperCase() &&
    written !== written.toLowerCase() &&
    hit.cased.some((c) => c.toUpperCase() === written && c !== c.toLowerCase())
  );
}
