// Date-dependent readings (lexicon/entities/time-rules.json) and their application to a hit.
import type { PartialDate } from '../../core/types.ts';
import { LexiconError } from './errors.ts';
import { normalizeSurface } from './normalize.ts';
import { dateBounds, Fields, isObject, readJson } from './read.ts';
import type { Institution, SurfaceHit, TimeRule } from './types.ts';

export function readTimeRules(root: string, label: string): { rules: TimeRule[]; file: string } {
  const { file, data } = readJson(root, label, 'entities/time-rules.json');
  const top = Fields.of(file, '(top level)', data).only(['rules']);
  const list = top.list('rules');
  const seen = new Set<string>();
  const rules = list.map((v, i) => {
    const entry = `rules[${i}]${isObject(v) && typeof v.id === 'string' ? ` (${v.id})` : ''}`;
    const f: Fields = Fields.of(file, entry, v).only([
      'id',
      'surface_entity',
      'resolves_to',
      'from',
      'to',
      'surfaces',
      'institution_categories',
      'when',
      'ambiguous',
      'note',
    ]);
    const id = f.str('id');
    if (seen.has(id)) f.fail(`duplicate rule id "${id}"`);
    seen.add(id);
    const when = f.str('when');
    if (when !== 'government' && when !== 'always') return f.fail('"when" must be "government" or "always"');
    const from = f.date('from') ?? undefined;
    const to = f.date('to') ?? undefined;
    if (from && to && from >= to) f.fail('"from" must be before "to"');
    const rule: TimeRule = {
      id,
      surface_entity: f.str('surface_entity'),
      resolves_to: f.str('resolves_to'),
      ...(from && { from }),
      ...(to && { to }),
      ...(f.has('surfaces') && { surfaces: Object.freeze(f.strList('surfaces').map((s) => normalizeSurface(s))) }),
      ...(f.has('institution_categories') && {
        institution_categories: Object.freeze(f.strList('institution_categories')),
      }),
      when,
      ...(f.optBool('ambiguous') && { ambiguous: true }),
      note: f.str('note'),
    };
    return Object.freeze(rule);
  });
  return { rules, file };
}

/** Checks that rules name known entities, surfaces and institution categories. */
export function checkTimeRules(
  file: string,
  rules: readonly TimeRule[],
  surfaces: ReadonlyMap<string, readonly SurfaceHit[]>,
  entityIds: ReadonlySet<string>,
  categories: ReadonlySet<string>,
): void {
  for (const r of rules) {
    for (const id of [r.surface_entity, r.resolves_to]) {
      if (!entityIds.has(id)) throw new LexiconError(file, r.id, `unknown entity id "${id}"`);
    }
    for (const s of r.surfaces ?? []) {
      if (!surfaces.get(s)?.some((h) => h.id === r.surface_entity)) {
        throw new LexiconError(file, r.id, `surface "${s}" is not a surface of ${r.surface_entity}`);
      }
    }
    for (const c of r.institution_categories ?? []) {
      if (!categories.has(c)) throw new LexiconError(file, r.id, `unknown institution category "${c}"`);
    }
  }
}

export interface Resolution {
  /** The entity the hit stands for at that date. */
  readonly id: string;
  /** The date straddles a rule's boundary, or the rule itself is uncertain. */
  readonly ambiguous: boolean;
  /** The rule that decided, if any. */
  readonly rule?: string;
}

export interface ResolveOptions {
  /** Whether the surface acts as a government (actor, target, place of a mission). Default true. */
  government?: boolean;
  /** The institution an adjective is attached to ("Afghan" + "foreign ministry"). */
  institution?: Institution;
}

/**
 * Applies the time rules to a hit found under `key` (a normalized surface) for an event of `date`
 * (pass the publication date when the text gives none). Person hits are never rewritten.
 */
export function resolveAt(
  rules: readonly TimeRule[],
  hit: SurfaceHit,
  key: string,
  date: PartialDate | null,
  options: ResolveOptions = {},
): Resolution {
  if (hit.form === 'person' || date === null) return { id: hit.id, ambiguous: false };
  const [start, end] = dateBounds(date);
  for (const r of rules) {
    if (r.surface_entity !== hit.id) continue;
    if (r.surfaces && !r.surfaces.includes(key)) continue;
    if (r.when === 'government' && options.government === false) continue;
    if (hit.form === 'adjective' && r.institution_categories) {
      const cat = options.institution?.category;
      if (!cat || !r.institution_categories.includes(cat)) continue;
    }
    const after = !r.from || start >= r.from;
    const before = !r.to || end < r.to;
    if (after && before) return { id: r.resolves_to, ambiguous: r.ambiguous ?? false, rule: r.id };
    const outside = (r.from && end < r.from) || (r.to && start >= r.to);
    if (!outside) return { id: hit.id, ambiguous: true, rule: r.id };
  }
  return { id: hit.id, ambiguous: false };
}
