// Merges generated states, non-states and hand-written extras into one table of entities.

import type { EntityDraft, EntityPatch } from './entity-files.ts';
import { LexiconError } from './errors.ts';
import type { SurfaceSpec } from './read.ts';
import type { EntityEntry } from './types.ts';

/** Appends specs, a later spec with the same spelling replacing the earlier one's flags. */
function union(into: SurfaceSpec[], add: readonly SurfaceSpec[]): void {
  for (const spec of add) {
    const at = into.findIndex((x) => x.s === spec.s);
    if (at >= 0) into[at] = spec;
    else into.push(spec);
  }
}

function markCaseSensitive(d: EntityDraft, patch: EntityPatch): void {
  for (const s of patch.caseSensitive) {
    let found = false;
    for (const list of [d.names, d.adjectives, d.metonyms]) {
      for (const [i, spec] of list.entries()) {
        if (spec.s === s) {
          list[i] = { ...spec, caseSensitive: true };
          found = true;
        }
      }
    }
    if (!found) throw new LexiconError(patch.file, patch.entry, `caseSensitive "${s}" is none of ${d.id}'s surfaces`);
  }
}

function apply(d: EntityDraft, patch: EntityPatch): void {
  union(d.names, patch.names);
  union(d.adjectives, patch.adjectives);
  union(d.metonyms, patch.metonyms);
  for (const c of patch.capitals) if (!d.capitals.includes(c)) d.capitals.push(c);
  markCaseSensitive(d, patch);
  if (patch.un !== undefined) d.un = patch.un;
  if (patch.unObserver !== undefined) d.unObserver = patch.unObserver;
  if (patch.validFrom !== undefined) d.validFrom = patch.validFrom;
  if (patch.validTo !== undefined) d.validTo = patch.validTo;
  if (patch.notes) d.notes.push(patch.notes);
}

/** Defines every draft (ids must be unique), then applies the patches in order. */
export function mergeEntities(
  drafts: readonly EntityDraft[],
  patches: readonly EntityPatch[],
): Map<string, EntityDraft> {
  const byId = new Map<string, EntityDraft>();
  for (const d of drafts) {
    const prior = byId.get(d.id);
    if (prior)
      throw new LexiconError(
        d.file,
        d.id,
        `duplicate id (also defined in ${prior.file}); use "merge": true to add names`,
      );
    byId.set(d.id, {
      ...d,
      names: [...d.names],
      adjectives: [...d.adjectives],
      metonyms: [...d.metonyms],
      capitals: [...d.capitals],
      notes: [...d.notes],
    });
  }
  for (const p of patches) {
    const d = byId.get(p.id);
    if (!d) throw new LexiconError(p.file, p.entry, `unknown entity id "${p.id}"`);
    apply(d, p);
  }
  for (const d of byId.values()) {
    for (const b of d.borders ?? []) {
      if (!byId.has(b)) throw new LexiconError(d.file, d.id, `border "${b}" is not a known entity`);
    }
    if (d.validFrom && d.validTo && d.validFrom > d.validTo)
      throw new LexiconError(d.file, d.id, 'validFrom is after validTo');
  }
  return byId;
}

const freezeList = <T>(xs: readonly T[]): readonly T[] => Object.freeze([...xs]);

/** The public, frozen view of a draft. */
export function toEntry(d: EntityDraft): EntityEntry {
  const e: EntityEntry = {
    id: d.id,
    kind: d.kind,
    name: d.name,
    ...(d.officialName !== undefined && { officialName: d.officialName }),
    names: freezeList(d.names.map((s) => s.s)),
    adjectives: freezeList(d.adjectives.map((s) => s.s)),
    metonyms: freezeList(d.metonyms.map((s) => s.s)),
    capitals: freezeList(d.capitals),
    ...(d.region !== undefined && { region: d.region }),
    ...(d.subregion !== undefined && { subregion: d.subregion }),
    ...(d.borders !== undefined && { borders: freezeList(d.borders) }),
    ...(d.un !== undefined && { un: d.un }),
    ...(d.unObserver !== undefined && { unObserver: d.unObserver }),
    ...(d.validFrom !== undefined && { validFrom: d.validFrom }),
    ...(d.validTo !== undefined && { validTo: d.validTo }),
    ...(d.notes.length > 0 && { notes: d.notes.join(' ') }),
  };
  return Object.freeze(e);
}
