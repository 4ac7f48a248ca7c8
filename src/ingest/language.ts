// Language of a document, as ISO 639-3 ('eng', 'fra'). Trigram guesses on a sentence or
// two are unreliable, so below MIN_LANGUAGE_CHARS we answer null ("not judged") and raise
// no flag: a short English snippet must not be flagged non-English by chance.
import { franc } from 'franc-min';

export const MIN_LANGUAGE_CHARS = 200;
// Trigram statistics settle well within a few thousand characters; more only costs time.
const SAMPLE_CHARS = 4000;

export function detectLanguage(text: string): string | null {
  // URLs, handles and numbers are not language; leave them out of the sample.
  const sample = text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|@\w+|\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SAMPLE_CHARS);
  if (sample.length < MIN_LANGUAGE_CHARS) return null;
  const code = franc(sample, { minLength: MIN_LANGUAGE_CHARS });
  return code === 'und' ? null : code;
}

export function isNonEnglish(language: string | null): boolean {
  return language !== null && language !== 'eng';
}
