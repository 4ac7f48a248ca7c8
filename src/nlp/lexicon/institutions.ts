// Reads lexicon/entities/institutions.json into an index by normalized phrase.
import { LexiconError } from './errors.ts';
import { normalizeSurface } from './normalize.ts';
import { Fields, readJson } from './read.ts';
import type { Institution } from './types.ts';

export function readInstitutions(root: string, label: string): Map<string, Institution> {
  const { file, data } = readJson(root, label, 'entities/institutions.json');
  const cats = Fields.of(file, 'categories', Fields.of(file, '(top level)', data).only(['categories']).obj.categories);
  const out = new Map<string, Institution>();
  for (const category of Object.keys(cats.obj)) {
    if (category.startsWith('$')) continue;
    const c: Fields = Fields.of(file, `categories.${category}`, cats.obj[category]).only(['actor', 'phrases', 'note']);
    const actor = c.optBool('actor');
    if (actor === undefined) return c.fail('"actor" (true or false) is required');
    for (const [i, v] of c.list('phrases').entries()) {
      const f =
        typeof v === 'string'
          ? new Fields(file, `categories.${category}.phrases[${i}]`, { phrase: v })
          : Fields.of(file, `categories.${category}.phrases[${i}]`, v).only(['phrase', 'actor', 'note']);
      const phrase = f.str('phrase');
      const key = normalizeSurface(phrase);
      const prior = out.get(key);
      if (prior) throw new LexiconError(file, f.entry, `phrase "${phrase}" is already in category ${prior.category}`);
      out.set(
        key,
        Object.freeze({
          phrase,
          category,
          actor: f.optBool('actor') ?? actor,
          ...(f.has('note') && { note: f.str('note') }),
        }),
      );
    }
  }
  return out;
}
