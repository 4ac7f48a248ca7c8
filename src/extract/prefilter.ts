import type { DocState } from './document.ts';
import { firstWords } from './entities.ts';
import { extractLexicon } from './lexicon.ts';

let triggerPattern: RegExp | null = null;

/**
 * The cheap test every sentence gets: it needs a trigger word (or a pro-verb phrase) and something that
 * can be a party: a capitalised word that starts a gazetteer name or a person the document has named,
 * or a pronoun. Only such sentences get tokens, entities and the deeper stages, which keeps a general
 * news feed fast.
 */
export function isCandidate(sentence: string, doc?: DocState): boolean {
  if (!triggerPattern) triggerPattern = build();
  return triggerPattern.test(sentence) && namesAParty(sentence, doc);
}

const CAPITALISED = /\b\p{Lu}[\p{L}\p{M}'’.-]*/gu;
const PRONOUN =
  /\b(?:it|they|he|she|we|its|their|the group|the country|(?:the two|both) (?:sides|countries|governments))\b/i;

function namesAParty(sentence: string, doc?: DocState): boolean {
  if (PRONOUN.test(sentence)) return true;
  const first = firstWords();
  for (const m of sentence.matchAll(CAPITALISED)) {
    const w = m[0].toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');
    const head = w.split(/['-]/)[0];
    if (first.has(w) || first.has(head) || doc?.firstNames.has(head) || first.has(w.replace(/\./g, ''))) return true;
  }
  return false;
}

function build(): RegExp {
  const { triggers, proverbs } = extractLexicon();
  const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first so the alternation prefers "recognition" over "recognize"'s shorter forms.
  const words = [...triggers.keys()].sort((a, b) => b.length - a.length).map(escapeWord);
  // Pro-verbs as whole phrases ("follow suit", "did so"), not their common first words.
  const phrases = proverbs.filter((p) => p.length > 1 && p[0] !== 'follow').map((p) => p.map(escapeWord).join('\\s+'));
  const follow = 'follow\\w*\\s+(?:\\S+\\s+){0,3}?(?:suit|lead|example|footsteps|steps|precedent|path|soon)';
  return new RegExp(`\\b(?:${[...words, ...phrases, follow].join('|')})\\b`, 'i');
}
