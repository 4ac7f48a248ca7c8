// Scoring system records against gold records by the rules of shared/contract/EVENTS.md ("Scoring").
import { ACTIONS } from '../../core/types.ts';
import { matchOneToOne } from './match.ts';
import type { ContractRecord } from './records.ts';

/**
 * Counts and the figures made from them. A figure whose denominator is zero is 0 (nothing found
 * scores precision 0, nothing to find scores recall 0), so that an empty system never looks perfect.
 */
export interface Counts {
  gold: number;
  system: number;
  /** Matched pairs. */
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ActionScores {
  action: string;
  all: Counts;
  asserted: Counts;
}

/** A gold record no system record matched, with the closest system record when one differs only in mode or date. */
export interface Miss {
  record: ContractRecord;
  note: string | null;
}

/** A system record that matched no gold record, with the reason when a gold record comes close. */
export interface FalseFind {
  record: ContractRecord;
  note: string | null;
}

/** A system `asserted` record where the gold says the same act did not happen, or only may happen. */
export interface UnsafeFind {
  record: ContractRecord;
  gold: ContractRecord[];
}

export interface Scores {
  /** Ids of the documents that gave a record on either side, sorted. */
  documents: string[];
  /** The headline: both sides filtered to mode `asserted`. */
  asserted: Counts;
  /** All modes; the mode is part of the match. */
  all: Counts;
  /** One row per action code present on either side, in the contract's order (unknown codes last). */
  actions: ActionScores[];
  /** The safety figure; it must be zero. */
  unsafe: number;
  unsafeFinds: UnsafeFind[];
  /** Gold records left unmatched (all modes), in gold order. */
  misses: Miss[];
  /** System records left unmatched (all modes), in system order. */
  falseFinds: FalseFind[];
}

const SEP = '\u0000';
const tripleKey = (r: ContractRecord) => [r.doc, r.actor, r.action, r.target].join(SEP);
const recordKey = (r: ContractRecord) => [r.doc, r.actor, r.action, r.target, r.mode].join(SEP);

export function counts(gold: number, system: number, tp: number): Counts {
  const precision = system === 0 ? 0 : tp / system;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, system, tp, precision, recall, f1 };
}

/**
 * Scores system records against gold records.
 *
 * - Records match within a document when actor, action, target and mode are equal and the dates
 *   agree at the gold's precision; matching is one to one and finds as many pairs as possible.
 * - Figures are micro-averaged: counts are summed over all documents before dividing.
 * - Because the mode is part of the match, the `asserted` figures (both sides filtered to asserted)
 *   are exactly the asserted part of the all-modes matching, so one matching serves both.
 * - Unsafe: a system `asserted` record left unmatched while the gold has the same doc, actor, action
 *   and target as `negated` or `speculated`. (A system record that matched an asserted gold record is
 *   safe even if the document also negates the act at another time.)
 *
 * Pass both sides already restricted to the documents to score.
 */
export function score(system: readonly ContractRecord[], gold: readonly ContractRecord[]): Scores {
  const { pairs, misses, falseFinds } = matchOneToOne(system, gold, recordKey);

  const documents = [...new Set([...gold.map((r) => r.doc), ...system.map((r) => r.doc)])].sort();
  const isAsserted = (r: ContractRecord) => r.mode === 'asserted';
  const countOf = (rs: readonly ContractRecord[], p: (r: ContractRecord) => boolean) => rs.filter(p).length;
  const tpOf = (p: (r: ContractRecord) => boolean) => pairs.filter((m) => p(m.gold)).length;

  const all = counts(gold.length, system.length, pairs.length);
  const asserted = counts(countOf(gold, isAsserted), countOf(system, isAsserted), tpOf(isAsserted));

  const present = new Set([...gold.map((r) => r.action), ...system.map((r) => r.action)]);
  const known: readonly string[] = ACTIONS;
  const actionOrder = [
    ...known.filter((a) => present.has(a)),
    ...[...present].filter((a) => !known.includes(a)).sort(),
  ];
  const actions = actionOrder.map((action): ActionScores => {
    const isAction = (r: ContractRecord) => r.action === action;
    const isBoth = (r: ContractRecord) => isAction(r) && isAsserted(r);
    return {
      action,
      all: counts(countOf(gold, isAction), countOf(system, isAction), tpOf(isAction)),
      asserted: counts(countOf(gold, isBoth), countOf(system, isBoth), tpOf(isBoth)),
    };
  });

  const goldByTriple = groupBy(gold, tripleKey);
  const unsafeFinds: UnsafeFind[] = [];
  for (const s of falseFinds) {
    if (s.mode !== 'asserted') continue;
    const counter = (goldByTriple.get(tripleKey(s)) ?? []).filter(
      (g) => g.mode === 'negated' || g.mode === 'speculated',
    );
    if (counter.length > 0) unsafeFinds.push({ record: s, gold: counter });
  }

  const missesByTriple = groupBy(misses, tripleKey);
  const falseByTriple = groupBy(falseFinds, tripleKey);
  const matchedSystemByTriple = groupBy(
    pairs.map((p) => p.system),
    tripleKey,
  );

  return {
    documents,
    asserted,
    all,
    actions,
    unsafe: unsafeFinds.length,
    unsafeFinds,
    misses: misses.map((g) => ({ record: g, note: missNote(falseByTriple.get(tripleKey(g)) ?? []) })),
    falseFinds: falseFinds.map((s) => ({
      record: s,
      note: falseFindNote(s, missesByTriple.get(tripleKey(s)) ?? [], matchedSystemByTriple.get(tripleKey(s)) ?? []),
    })),
  };
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = map.get(k);
    if (list) list.push(x);
    else map.set(k, [x]);
  }
  return map;
}

const showDate = (d: string | null) => d ?? 'undated';

/** Why a gold record was missed, when the system has the same act in another mode or at another date. */
function missNote(unmatchedSystem: readonly ContractRecord[]): string | null {
  const near = unmatchedSystem[0];
  if (!near) return null;
  return `system has ${near.mode} ${showDate(near.date)}`;
}

function falseFindNote(
  s: ContractRecord,
  unmatchedGold: readonly ContractRecord[],
  matchedSystem: readonly ContractRecord[],
): string | null {
  const near = unmatchedGold[0];
  if (near) return `gold has ${near.mode} ${showDate(near.date)}`;
  if (matchedSystem.some((m) => m.mode === s.mode)) return 'another system record of this act already matched';
  return null;
}
