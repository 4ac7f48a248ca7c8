// Assembles the gazetteer from a lexicon folder: read, validate, merge, index, freeze.
import { basename, resolve } from 'node:path';
import { mergeEntities, toEntry } from './entities.ts';
import { readExtra, readGenerated, readNonStates } from './entity-files.ts';
import { LexiconError } from './errors.ts';
import { readInstitutions } from './institutions.ts';
import { normalizeSurface, surfaceWords } from './normalize.ts';
import { readPeople } from './people.ts';
import { buildSurfaces } from './surfaces.ts';
import { checkTimeRules, readTimeRules } from './time-rules.ts';
import type { EntityEntry, Gazetteer, Institution, SurfaceHit } from './types.ts';

/** A Map that refuses changes once sealed, so the cached gazetteer stays immutable. */
class SealedMap<K, V> extends Map<K, V> {
  #sealed = false;
  seal(): this {
    this.#sealed = true;
    return Object.freeze(this);
  }
  override set(key: K, value: V): this {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    return super.delete(key);
  }
  override clear(): void {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    super.clear();
  }
}

class SealedSet<T> extends Set<T> {
  #sealed = false;
  seal(): this {
    this.#sealed = true;
    return Object.freeze(this);
  }
  override add(value: T): this {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    return super.add(value);
  }
  override delete(value: T): boolean {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    return super.delete(value);
  }
  override clear(): void {
    if (this.#sealed) throw new TypeError('the gazetteer is read-only');
    super.clear();
  }
}

function sealed<K, V>(entries: Iterable<[K, V]>): SealedMap<K, V> {
  const m = new SealedMap<K, V>();
  for (const [k, v] of entries) m.set(k, v);
  return m.seal();
}

function sealedSet<T>(values: Iterable<T>): SealedSet<T> {
  const s = new SealedSet<T>();
  for (const v of values) s.add(v);
  return s.seal();
}

/** Reads and validates every file under `dir` (a folder laid out like the repo's lexicon/). */
export function buildGazetteer(dir: string): Gazetteer {
  const root = resolve(dir);
  const label = basename(root);
  const generated = readGenerated(root, label);
  const nonStates = readNonStates(root, label);
  const extra = readExtra(root, label);
  const drafts = mergeEntities([...generated.states, ...nonStates.drafts], [...nonStates.patches, ...extra.patches]);

  const allCapitals = new Set([...drafts.values()].flatMap((d) => d.capitals));
  for (const [policy, names] of [
    ['ambiguous', extra.ambiguousCapitals],
    ['skip', extra.skippedCapitals],
  ] as const) {
    for (const name of names.keys()) {
      if (!allCapitals.has(name))
        throw new LexiconError(extra.file, `capitalPolicy.${policy}.${name}`, "is no entity's capital");
    }
  }

  const people = readPeople(root, label);
  for (const p of people) {
    if (!drafts.has(p.entity)) throw new LexiconError(p.file, p.entry, `unknown entity id "${p.entity}"`);
  }
  const institutions = readInstitutions(root, label);
  const timeRules = readTimeRules(root, label);

  const surfaces = buildSurfaces(
    drafts.values(),
    people,
    { ambiguous: extra.ambiguousCapitals, skip: extra.skippedCapitals },
    extra.preferences,
    extra.blockers,
    extra.file,
  );
  checkTimeRules(
    timeRules.file,
    timeRules.rules,
    surfaces,
    new Set(drafts.keys()),
    new Set([...institutions.values()].map((i) => i.category)),
  );

  let maxSurfaceWords = 0;
  for (const k of surfaces.keys()) maxSurfaceWords = Math.max(maxSurfaceWords, surfaceWords(k));
  let maxInstitutionWords = 0;
  for (const k of institutions.keys()) maxInstitutionWords = Math.max(maxInstitutionWords, surfaceWords(k));

  return Object.freeze({
    entities: sealed<string, EntityEntry>([...drafts.values()].map((d) => [d.id, toEntry(d)])),
    people: Object.freeze(
      people.map(({ name, aliases, entity, role, from, to, note }) =>
        Object.freeze({ name, aliases, entity, role, from, to, ...(note && { note }) }),
      ),
    ),
    institutions: sealed<string, Institution>(institutions),
    timeRules: Object.freeze(timeRules.rules),
    surfaces: sealed<string, readonly SurfaceHit[]>([...surfaces].map(([k, hits]) => [k, Object.freeze(hits)])),
    blockers: sealedSet(extra.blockers.map((b) => normalizeSurface(b))),
    maxSurfaceWords,
    maxInstitutionWords,
    source: Object.freeze({ ...generated.source }),
  });
}
