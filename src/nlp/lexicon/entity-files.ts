// Parses the three entity files into drafts (new entities) and patches (additions to existing ones).
import { Fields, isObject, readJson, type SurfaceSpec } from './read.ts';
import { ENTITY_KINDS, type EntityKind } from './types.ts';

const ID_RE = /^[A-Z][A-Z0-9_]*$/;

/** An entity being assembled from the files, surfaces still carrying their flags. */
export interface EntityDraft {
  id: string;
  kind: EntityKind;
  name: string;
  officialName?: string;
  names: SurfaceSpec[];
  adjectives: SurfaceSpec[];
  metonyms: SurfaceSpec[];
  capitals: string[];
  region?: string;
  subregion?: string;
  borders?: string[];
  un?: boolean;
  unObserver?: boolean;
  validFrom?: string;
  validTo?: string;
  notes: string[];
  /** File that defined it, for error messages. */
  file: string;
}

/** Additions to an entity defined elsewhere. */
export interface EntityPatch {
  id: string;
  file: string;
  entry: string;
  names: SurfaceSpec[];
  adjectives: SurfaceSpec[];
  metonyms: SurfaceSpec[];
  capitals: string[];
  caseSensitive: string[];
  un?: boolean;
  unObserver?: boolean;
  validFrom?: string;
  validTo?: string;
  notes?: string;
}

export interface ExtraFile {
  patches: EntityPatch[];
  ambiguousCapitals: Map<string, string>;
  skippedCapitals: Map<string, string>;
  preferences: Map<string, string[]>;
  blockers: string[];
  file: string;
}

function checkId(f: Fields, id: string): string {
  if (!ID_RE.test(id)) f.fail(`id "${id}" must be upper-case letters, digits and _`);
  return id;
}

function draftOf(f: Fields, kind: EntityKind): EntityDraft {
  const id = checkId(f, f.str('id'));
  const notes = f.optStr('notes');
  return {
    id,
    kind,
    name: f.str('name'),
    officialName: f.optStr('officialName'),
    names: f.surfaces('names'),
    adjectives: f.surfaces('adjectives'),
    metonyms: f.surfaces('metonyms'),
    capitals: f.strList('capitals'),
    region: f.optStr('region'),
    subregion: f.optStr('subregion'),
    borders: f.has('borders') ? f.strList('borders') : undefined,
    un: f.optBool('un'),
    unObserver: f.optBool('unObserver'),
    validFrom: f.date('validFrom') ?? undefined,
    validTo: f.date('validTo') ?? undefined,
    notes: notes ? [notes] : [],
    file: f.file,
  };
}

function patchOf(f: Fields, id: string): EntityPatch {
  return {
    id: checkId(f, id),
    file: f.file,
    entry: f.entry,
    names: f.surfaces('names'),
    adjectives: f.surfaces('adjectives'),
    metonyms: f.surfaces('metonyms'),
    capitals: f.strList('capitals'),
    caseSensitive: f.strList('caseSensitive'),
    un: f.optBool('un'),
    unObserver: f.optBool('unObserver'),
    validFrom: f.date('validFrom') ?? undefined,
    validTo: f.date('validTo') ?? undefined,
    notes: f.optStr('notes'),
  };
}

const STATE_FIELDS = [
  'id',
  'kind',
  'name',
  'officialName',
  'names',
  'adjectives',
  'metonyms',
  'capitals',
  'region',
  'subregion',
  'borders',
  'un',
  'unObserver',
  'validFrom',
  'validTo',
  'notes',
];

export function readGenerated(
  root: string,
  label: string,
): { states: EntityDraft[]; source: { package: string; version: string } } {
  const { file, data } = readJson(root, label, 'entities/states.generated.json');
  const top = Fields.of(file, '(top level)', data);
  const gen = Fields.of(file, 'generated', top.obj.generated);
  const src = Fields.of(file, 'generated.source', gen.obj.source);
  const states = top.list('states').map((v, i) => {
    const f = Fields.of(file, `states[${i}]${isObject(v) && typeof v.id === 'string' ? ` (${v.id})` : ''}`, v).only(
      STATE_FIELDS,
    );
    if (f.str('kind') !== 'state') f.fail('kind must be "state"');
    return draftOf(f, 'state');
  });
  return { states, source: { package: src.str('package'), version: src.str('version') } };
}

export function readNonStates(root: string, label: string): { drafts: EntityDraft[]; patches: EntityPatch[] } {
  const { file, data } = readJson(root, label, 'entities/non-states.json');
  const top = Fields.of(file, '(top level)', data);
  const list = top.list('entities');
  const drafts: EntityDraft[] = [];
  const patches: EntityPatch[] = [];
  for (const [i, v] of list.entries()) {
    const entry = `entities[${i}]${isObject(v) && typeof v.id === 'string' ? ` (${v.id})` : ''}`;
    const f = Fields.of(file, entry, v);
    if (f.optBool('merge')) {
      f.only(['id', 'merge', 'names', 'adjectives', 'metonyms', 'capitals', 'notes']);
      patches.push(patchOf(f, f.str('id')));
      continue;
    }
    f.only(STATE_FIELDS);
    const kind = f.str('kind') as EntityKind;
    if (!ENTITY_KINDS.includes(kind)) f.fail(`kind "${kind}" is not one of ${ENTITY_KINDS.join(', ')}`);
    drafts.push(draftOf(f, kind));
  }
  return { drafts, patches };
}

function reasons(f: Fields, key: string): Map<string, string> {
  const v = f.obj[key] ?? {};
  const sub = Fields.of(f.file, `${f.entry}.${key}`, v);
  const out = new Map<string, string>();
  for (const k of Object.keys(sub.obj)) if (!k.startsWith('$')) out.set(k, sub.str(k));
  return out;
}

export function readExtra(root: string, label: string): ExtraFile {
  const { file, data } = readJson(root, label, 'entities/states.extra.json');
  const top = Fields.of(file, '(top level)', data).only([
    'entries',
    'capitalPolicy',
    'preferences',
    'blockers',
    'decisions',
  ]);
  const entries = Fields.of(file, 'entries', top.obj.entries ?? {});
  const patches = Object.keys(entries.obj).map((id) =>
    patchOf(
      Fields.of(file, `entries.${id}`, entries.obj[id]).only([
        'names',
        'adjectives',
        'metonyms',
        'capitals',
        'caseSensitive',
        'un',
        'unObserver',
        'validFrom',
        'validTo',
        'notes',
      ]),
      id,
    ),
  );
  const policy = Fields.of(file, 'capitalPolicy', top.obj.capitalPolicy ?? {}).only(['ambiguous', 'skip']);
  const prefs = Fields.of(file, 'preferences', top.obj.preferences ?? {});
  const preferences = new Map<string, string[]>();
  for (const k of Object.keys(prefs.obj)) if (!k.startsWith('$')) preferences.set(k, prefs.strList(k));
  const blockers = Fields.of(file, 'blockers', top.obj.blockers ?? {})
    .only(['phrases'])
    .strList('phrases');
  return {
    patches,
    ambiguousCapitals: reasons(policy, 'ambiguous'),
    skippedCapitals: reasons(policy, 'skip'),
    preferences,
    blockers,
    file,
  };
}
