import type { Quote } from '../core/types.ts';
import { type EntityRef, institutionAt } from './entities.ts';
import type { SentenceView } from './sentence.ts';

const SAY = new Set([
  'said',
  'says',
  'stated',
  'states',
  'added',
  'told',
  'wrote',
  'noted',
  'warned',
  'declared',
  'insisted',
  'argued',
  'remarked',
  'stressed',
  'emphasized',
  'emphasised',
]);

const QUOTE = /[“"]([^”"]{12,})[”"]/g;

/**
 * Quotes with their speaker: words in quotation marks and the person or body the sentence says spoke them
 * ("…," Mao stated; Muttaqi said: "…"). The speaker's entity is whom they speak for, or null.
 */
export function extractQuotes(v: SentenceView, docId: string): Quote[] {
  const out: Quote[] = [];
  // Most sentences quote no one.
  if (!v.text.includes('"') && !v.text.includes('“')) return out;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(v.text); m !== null; m = QUOTE.exec(v.text)) {
    const speaker = speakerOf(v);
    const dates = v.dates.filter((d) => d.role === 'point');
    out.push({
      doc: docId,
      speaker: speaker?.name ?? null,
      entity: speaker?.entity ?? null,
      text: m[1].trim(),
      start: v.offset + m.index,
      end: v.offset + m.index + m[0].length,
      date: dates.length === 1 ? dates[0].value : null,
    });
  }
  return out;
}

/** The party named beside the sentence's verb of saying, outside the quotation: whom "we" in it speaks for. */
export function speakerRef(v: SentenceView, quoteStart: number, quoteEnd: number): EntityRef | null {
  for (let i = 0; i < v.tokens.length; i++) {
    if (i >= quoteStart && i <= quoteEnd) continue;
    if (!SAY.has(v.norm(i))) continue;
    const ref = v.refAt[i - 1] ?? v.refAt[i + 1] ?? titledBefore(v, i);
    return ref && (ref.start > quoteEnd || ref.end <= quoteStart) ? ref : null;
  }
  return null;
}

/** "the Indian foreign ministry spokesman said": the party whose title (an institution phrase) stands before the verb. */
function titledBefore(v: SentenceView, verb: number): EntityRef | undefined {
  for (let k = verb - 1; k >= Math.max(1, verb - 3); k--) {
    if (v.refAt[k]) return undefined;
    const title = institutionAt(v.tokens, k);
    if (title?.end === verb && title.actor) return v.refAt[k - 1];
  }
  return undefined;
}

function speakerOf(v: SentenceView): { name: string; entity: string | null } | null {
  for (let i = 0; i < v.tokens.length; i++) {
    if (!SAY.has(v.norm(i))) continue;
    // "Mao stated" or "said Zia Ahmad Takal": the reference or capitalised name next to the verb.
    const before = v.refAt[i - 1];
    if (before)
      return {
        name: v.text.slice(v.tokens[before.start].start - v.offset, v.tokens[before.end - 1].end - v.offset),
        entity: before.id,
      };
    const after = v.refAt[i + 1];
    if (after)
      return {
        name: v.text.slice(v.tokens[after.start].start - v.offset, v.tokens[after.end - 1].end - v.offset),
        entity: after.id,
      };
    const name = capitalisedRun(v, i - 1, -1) ?? capitalisedRun(v, i + 1, 1);
    if (name) return { name, entity: null };
  }
  return null;
}

function capitalisedRun(v: SentenceView, from: number, step: 1 | -1): string | null {
  const words: string[] = [];
  for (let k = from; k >= 0 && k < v.tokens.length && words.length < 4; k += step) {
    const t = v.tokens[k];
    if (t.kind !== 'word' || !t.cap) break;
    words.push(t.text);
  }
  if (words.length === 0) return null;
  return (step === -1 ? words.reverse() : words).join(' ');
}
