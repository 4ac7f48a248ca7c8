import { extractLexicon } from './lexicon.ts';

let pattern: RegExp | null = null;

/**
 * A cheap test run on every sentence: does it hold any trigger word or pro-verb? Only those sentences get
 * tokens, entities and the deeper stages, which keeps general news feeds fast.
 */
export function isCandidate(sentence: string): boolean {
  if (!pattern) pattern = build();
  return pattern.test(sentence);
}

function build(): RegExp {
  const { triggers, proverbs } = extractLexicon();
  const words = new Set<string>([...triggers.keys(), ...proverbs.map((p) => p[0])]);
  // Longest first so the alternation prefers "recognition" over "recognize"'s shorter forms.
  const alternation = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`\\b(?:${alternation})\\b`, 'i');
}
