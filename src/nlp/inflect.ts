import { loadJson } from './wordlists.ts';

type Irregulars = Record<string, string[]>;

/** Every inflected form of a verb lemma: base, 3rd person, past, participle, gerund. */
export function verbForms(lemma: string): string[] {
  const irregular = loadJson<Irregulars>('nlp/irregular-verbs.json')[lemma];
  if (Array.isArray(irregular)) return [lemma, ...irregular];
  return [lemma, thirdPerson(lemma), past(lemma), gerund(lemma)];
}

let pasts: Set<string> | null = null;

/** A past tense or past participle: a regular "-ed" form or a listed irregular one ("became", "met"). */
export function isPastForm(word: string): boolean {
  if (!pasts) {
    pasts = new Set();
    for (const [lemma, forms] of Object.entries(loadJson<Irregulars>('nlp/irregular-verbs.json')))
      if (Array.isArray(forms) && lemma !== '_about') {
        pasts.add(forms[1]);
        pasts.add(forms[2]);
      }
    pasts.add('were');
    pasts.add('had');
    pasts.add('did');
  }
  return /[a-z]ed$/.test(word) || pasts.has(word);
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  if (/(?:s|x|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}

function thirdPerson(v: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function past(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (doubles(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

function gerund(v: string): string {
  if (/[^e]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  if (doubles(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

// One-syllable consonant-vowel-consonant verbs double their last letter (ban → banned); longer ones are listed.
function doubles(v: string): boolean {
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v);
}
