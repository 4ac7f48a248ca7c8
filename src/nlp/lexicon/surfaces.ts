// Builds the surface-form index: normalized surface → hits, best reading first.

import type { EntityDraft } from './entity-files.ts';
import { LexiconError } from './errors.ts';
import { foldSurface, normalizeSurface } from './normalize.ts';
import type { PersonRecord } from './people.ts';
import { dateBounds, type SurfaceSpec } from './read.ts';
import type { SurfaceForm, SurfaceHit } from './types.ts';

const FORM_RANK: Record<SurfaceForm, number> = { name: 0, metonym: 1, capital: 2, adjective: 3, person: 4 };
/** Acronyms of two or three capitals ("US", "PA", "AU") whose lower-case forms are words. */
const SHORT_ACRONYM = /^[A-Z]{2,3}$/;

interface Draft {
  id: string;
  form: SurfaceForm;
  surface: string;
  ambiguous: boolean;
  /** null once any contributing surface is case-insensitive. */
  cased: Set<string> | null;
  validFrom?: string;
  validTo?: string;
  person?: string;
  plural?: boolean;
  order: number;
}

export interface CapitalPolicy {
  ambiguous: ReadonlyMap<string, string>;
  skip: ReadonlyMap<string, string>;
}

/** Collects surfaces into slots: one per entity for name/metonym/capital, one for adjectives, one per person. */
class Collector {
  readonly keys = new Map<string, Map<string, Draft>>();
  #order = 0;

  readonly #folds = new Map<string, string>();

  /** foldSurface, remembered: person surfaces recur once per tenure. */
  fold(s: string): string {
    let f = this.#folds.get(s);
    if (f === undefined) {
      f = foldSurface(s);
      this.#folds.set(s, f);
    }
    return f;
  }

  add(spec: SurfaceSpec, id: string, form: SurfaceForm, extra: Partial<Draft> = {}, slotName?: string): void {
    const exact = this.fold(spec.s);
    const key = exact.toLowerCase();
    if (key === '') return;
    const cased = spec.caseSensitive || SHORT_ACRONYM.test(exact);
    const slot = slotName ?? (form === 'adjective' ? `${id}|adjective` : `${id}|nominal`);
    const slots = this.keys.get(key) ?? new Map<string, Draft>();
    this.keys.set(key, slots);
    const prior = slots.get(slot);
    if (!prior) {
      slots.set(slot, {
        id,
        form,
        surface: spec.s,
        ambiguous: spec.ambiguous,
        cased: cased ? new Set([exact]) : null,
        order: this.#order++,
        ...extra,
      });
      return;
    }
    if (FORM_RANK[form] < FORM_RANK[prior.form]) {
      prior.form = form;
      prior.surface = spec.s;
    }
    prior.ambiguous ||= spec.ambiguous;
    prior.cased = prior.cased && cased ? prior.cased.add(exact) : null;
  }
}

function addEntity(c: Collector, d: EntityDraft, capitals: CapitalPolicy): void {
  // A historic state's own names ("the Soviet Union", "East Germany") name it in a text of any date: its span
  // bounds only which other names stood for it then (time-rules.json).
  const bounded = d.kind !== 'historic';
  const valid = bounded
    ? { ...(d.validFrom && { validFrom: d.validFrom }), ...(d.validTo && { validTo: d.validTo }) }
    : {};
  for (const s of d.names) c.add(s, d.id, 'name', valid);
  for (const s of d.metonyms) c.add(s, d.id, 'metonym', valid);
  for (const cap of d.capitals) {
    if (capitals.skip.has(cap)) continue;
    c.add({ s: cap, ambiguous: capitals.ambiguous.has(cap), caseSensitive: false }, d.id, 'capital', valid);
  }
  for (const s of d.adjectives) c.add(s, d.id, 'adjective', valid);
  // "talks with the Palestinians", "the Russians said": a state's people, plural, speak of its side.
  if (d.kind !== 'state') return;
  for (const s of d.adjectives) {
    if (PLURAL_S.test(s.s))
      c.add({ ...s, s: `${s.s}s` }, d.id, 'adjective', { ...valid, plural: true }, `${d.id}|plural`);
  }
}

/** Demonyms that take a plural -s: "Russian(s)", "Israeli(s)", "Kosovar(s)", "Cypriot(s)"; not "Chinese", "British". */
const PLURAL_S = /(?:an|i|ar|ot)$/;

/** Tenures of one person and entity, merged where they overlap or nearly touch (≤ 31 days apart). */
function spans(tenures: readonly PersonRecord[]): { from: string | null; to: string | null }[] {
  const sorted = [...tenures].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
  const out: { from: string | null; to: string | null }[] = [];
  for (const t of sorted) {
    const last = out.at(-1);
    const gapOk = last && (last.to === null || !t.from || addDays(dateBounds(last.to)[1], 31) >= dateBounds(t.from)[0]);
    if (last && gapOk) {
      last.to = later(last.to, t.to);
    } else out.push({ from: t.from, to: t.to });
  }
  return out;
}

/** The later of two end dates, null (still in office) being the latest. */
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCDate(Math.min(Number(day.slice(8, 10)), 28) + n);
  return d.toISOString().slice(0, 10);
}

function addPeople(c: Collector, people: readonly PersonRecord[]): void {
  const groups = new Map<string, PersonRecord[]>();
  for (const p of people) {
    const k = `${p.name}|${p.entity}`;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  for (const tenures of groups.values()) {
    const p = tenures[0]!;
    const ambiguousAliases = new Set(tenures.flatMap((t) => t.ambiguousAliases));
    const surfaces = [p.name, ...p.aliases, ...ambiguousAliases];
    for (const [i, span] of spans(tenures).entries()) {
      for (const s of surfaces) {
        const single = !c.fold(s).includes(' ');
        const spec = { s, ambiguous: p.ambiguous || ambiguousAliases.has(s), caseSensitive: single };
        const valid = {
          ...(span.from && { validFrom: span.from }),
          ...(span.to && { validTo: span.to }),
          person: p.name,
        };
        c.add(spec, p.entity, 'person', valid, `${p.entity}|person|${p.name}|${i}`);
      }
    }
  }
}

/** Whether two hits can both hold at some date (open ends are unbounded). */
function overlaps(a: Draft, b: Draft): boolean {
  const aStart = a.validFrom ? dateBounds(a.validFrom)[0] : '';
  const bStart = b.validFrom ? dateBounds(b.validFrom)[0] : '';
  const aEnd = a.validTo ? dateBounds(a.validTo)[1] : '9999';
  const bEnd = b.validTo ? dateBounds(b.validTo)[1] : '9999';
  return aStart < bEnd && bStart < aEnd;
}

function finish(d: Draft): SurfaceHit {
  return Object.freeze({
    id: d.id,
    form: d.form,
    ...(d.ambiguous && { ambiguous: true }),
    ...(d.validFrom && { validFrom: d.validFrom }),
    ...(d.validTo && { validTo: d.validTo }),
    ...(d.cased && { cased: Object.freeze([...d.cased]) }),
    ...(d.person && { person: d.person }),
    ...(d.plural && { plural: true }),
    surface: d.surface,
  });
}

/**
 * The index. A surface naming several entities at overlapping dates marks those hits ambiguous; `preferences`
 * (keyed by surface) orders them, otherwise unambiguous hits, then form rank, then file order.
 */
export function buildSurfaces(
  entities: Iterable<EntityDraft>,
  people: readonly PersonRecord[],
  capitals: CapitalPolicy,
  preferences: ReadonlyMap<string, readonly string[]>,
  blockers: readonly string[],
  extraFile: string,
): Map<string, SurfaceHit[]> {
  const c = new Collector();
  for (const d of entities) addEntity(c, d, capitals);
  addPeople(c, people);
  const prefs = new Map([...preferences].map(([k, ids]) => [normalizeSurface(k), ids]));
  const out = new Map<string, SurfaceHit[]>();
  for (const [key, slots] of c.keys) {
    const drafts = [...slots.values()];
    for (const a of drafts) {
      if (drafts.some((b) => b.id !== a.id && overlaps(a, b))) a.ambiguous = true;
    }
    const pref = prefs.get(key) ?? [];
    const rank = (d: Draft) => (pref.includes(d.id) ? pref.indexOf(d.id) : pref.length);
    drafts.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a.ambiguous) - Number(b.ambiguous) ||
        FORM_RANK[a.form] - FORM_RANK[b.form] ||
        a.order - b.order,
    );
    out.set(key, drafts.map(finish));
  }
  for (const [k, ids] of prefs) {
    const hits = out.get(k);
    if (!hits || ids.some((id) => !hits.some((h) => h.id === id))) {
      throw new LexiconError(extraFile, `preferences.${k}`, `surface does not name all of ${ids.join(', ')}`);
    }
  }
  for (const b of blockers) {
    const key = normalizeSurface(b);
    if (out.get(key)?.length) throw new LexiconError(extraFile, `blockers "${b}"`, 'is also an entity surface');
    out.set(key, []);
  }
  return out;
}
