// Reads lexicon/people/office-holders.json: one record per tenure.
import { dateBounds, Fields, isObject, readJson } from './read.ts';
import type { Person } from './types.ts';

/** A tenure with the flags that only the surface index needs. */
export interface PersonRecord extends Person {
  readonly ambiguousAliases: readonly string[];
  /** Every surface of this person is ambiguous (a common name). */
  readonly ambiguous: boolean;
  readonly file: string;
  readonly entry: string;
}

export function readPeople(root: string, label: string): PersonRecord[] {
  const { file, data } = readJson(root, label, 'people/office-holders.json');
  const top: Fields = Fields.of(file, '(top level)', data).only(['people', 'sources']);
  if (top.strList('sources').length === 0) top.fail('"sources" must name the public references');
  const list = top.list('people');
  const aliases = new Map<string, Set<string>>();
  const records = list.map((v, i) => {
    const entry = `people[${i}]${isObject(v) && typeof v.name === 'string' ? ` (${v.name})` : ''}`;
    const f: Fields = Fields.of(file, entry, v).only([
      'name',
      'aliases',
      'ambiguous_aliases',
      'entity',
      'role',
      'from',
      'to',
      'note',
      'ambiguous',
    ]);
    const name = f.str('name');
    const from = f.date('from', true);
    const to = f.date('to', true);
    if (from === undefined || to === undefined) f.fail('"from" and "to" are required (null when unknown or current)');
    if (from && to && dateBounds(from)[0] > dateBounds(to)[1]) f.fail(`"from" ${from} is after "to" ${to}`);
    const own = aliases.get(name) ?? new Set<string>();
    for (const a of f.strList('aliases')) own.add(a);
    aliases.set(name, own);
    return {
      name,
      aliases: [] as string[],
      ambiguousAliases: f.strList('ambiguous_aliases'),
      ambiguous: f.optBool('ambiguous') ?? false,
      entity: f.str('entity'),
      role: f.str('role'),
      from,
      to,
      ...(f.has('note') && { note: f.str('note') }),
      file,
      entry,
    };
  });
  // Aliases given on one tenure hold for all tenures of the same name.
  return records.map((r) => Object.freeze({ ...r, aliases: Object.freeze([...(aliases.get(r.name) ?? [])]) }));
}
