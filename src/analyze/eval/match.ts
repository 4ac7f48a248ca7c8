// One-to-one matching of system records to gold records under the contract's date rule.
import { dateAgrees, datePrecision } from './records.ts';

export interface Dated {
  date: string | null;
}

export interface Matching<T> {
  /** Pairs in the order of the gold list. */
  pairs: { gold: T; system: T }[];
  /** Gold items left unmatched, in their input order. */
  misses: T[];
  /** System items left unmatched, in their input order. */
  falseFinds: T[];
}

/**
 * Matches items that share a key and whose dates agree at the gold's precision, one to one, with as
 * many pairs as possible.
 *
 * Within a key, gold items are taken from the most to the least precise date, each taking an exact-date
 * candidate if there is one, else the first agreeing one. This greedy order is optimal: the gold dates
 * form a tree (a day lies in its month, the month in its year, everything under null) and a system
 * item agrees exactly with the gold nodes on its path to the root. A gold item taken deepest-first can
 * only rob its own ancestors, and every ancestor could have used any item under it just as well.
 */
export function matchOneToOne<T extends Dated>(
  system: readonly T[],
  gold: readonly T[],
  key: (x: T) => string,
): Matching<T> {
  const bySystemKey = new Map<string, number[]>();
  system.forEach((s, i) => {
    const k = key(s);
    const list = bySystemKey.get(k);
    if (list) list.push(i);
    else bySystemKey.set(k, [i]);
  });

  const usedSystem = new Uint8Array(system.length);
  const goldMatch = new Int32Array(gold.length).fill(-1);
  const order = gold.map((_, i) => i);
  // Stable: equal precision keeps the input order.
  order.sort((a, b) => datePrecision(gold[b].date) - datePrecision(gold[a].date) || a - b);

  for (const gi of order) {
    const g = gold[gi];
    const candidates = bySystemKey.get(key(g));
    if (!candidates) continue;
    let chosen = -1;
    for (const si of candidates) {
      if (usedSystem[si] || !dateAgrees(g.date, system[si].date)) continue;
      if (system[si].date === g.date) {
        chosen = si;
        break;
      }
      if (chosen < 0) chosen = si;
    }
    if (chosen >= 0) {
      usedSystem[chosen] = 1;
      goldMatch[gi] = chosen;
    }
  }

  const pairs: { gold: T; system: T }[] = [];
  const misses: T[] = [];
  gold.forEach((g, i) => {
    if (goldMatch[i] >= 0) pairs.push({ gold: g, system: system[goldMatch[i]] });
    else misses.push(g);
  });
  const falseFinds = system.filter((_, i) => !usedSystem[i]);
  return { pairs, misses, falseFinds };
}
