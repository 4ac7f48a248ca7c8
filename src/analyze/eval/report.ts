// The evaluation of a store against a gold file, as data and as the text `chancery eval` prints.
import type { ContractRecord } from './records.ts';
import { type Counts, type Scores, score } from './score.ts';
import { type TimelineEvent, timelineScore } from './timeline.ts';

export interface EvalReport {
  /** Documents in both the store and the gold file: the only ones scored. */
  scored: string[];
  /** Gold documents the store lacks; their gold records are not counted (warn about them). */
  missingFromStore: string[];
  /** How many stored documents have no gold record and were left out. */
  notInGold: number;
  scores: Scores;
  /** Asserted records merged across the scored documents into unique (actor, action, target, date) events. */
  timeline: Counts;
  timelineMisses: TimelineEvent[];
  timelineFalseFinds: TimelineEvent[];
}

/**
 * Scores the system records over the documents present in both the store and the gold file. A gold
 * document absent from the store would otherwise count all its records as misses of an extractor that
 * never saw it; a stored document with no gold record cannot be told apart from one nobody annotated.
 * Both are reported instead of scored.
 */
export function evaluate(
  system: readonly ContractRecord[],
  gold: readonly ContractRecord[],
  storedDocs: Iterable<string>,
): EvalReport {
  const stored = new Set(storedDocs);
  const goldSet = new Set(gold.map((r) => r.doc));
  const goldDocs = [...goldSet].sort();
  const scored = goldDocs.filter((d) => stored.has(d));
  const inScope = new Set(scored);
  const sys = system.filter((r) => inScope.has(r.doc));
  const ref = gold.filter((r) => inScope.has(r.doc));
  const timeline = timelineScore(sys, ref);
  return {
    scored,
    missingFromStore: goldDocs.filter((d) => !stored.has(d)),
    notInGold: [...stored].filter((d) => !goldSet.has(d)).length,
    scores: score(sys, ref),
    timeline: timeline.counts,
    timelineMisses: timeline.misses,
    timelineFalseFinds: timeline.falseFinds,
  };
}

/** The report as one JSON-ready object (snake_case at the top level, like the other JSON outputs). */
export function reportJson(r: EvalReport) {
  const s = r.scores;
  return {
    documents: r.scored,
    missing_from_store: r.missingFromStore,
    not_in_gold: r.notInGold,
    asserted: s.asserted,
    all: s.all,
    unsafe: s.unsafe,
    timeline: r.timeline,
    actions: s.actions,
    unsafe_finds: s.unsafeFinds,
    misses: s.misses,
    false_finds: s.falseFinds,
    timeline_misses: r.timelineMisses,
    timeline_false_finds: r.timelineFalseFinds,
  };
}

const fig = (x: number) => x.toFixed(3);
const num = (x: number, w: number) => String(x).padStart(w);

function countCells(c: Counts): string {
  return `${num(c.gold, 5)} ${num(c.system, 7)} ${num(c.tp, 5)} ${fig(c.precision).padStart(6)} ${fig(c.recall).padStart(6)} ${fig(c.f1).padStart(6)}`;
}

const HEAD = ` gold  system    TP      P      R     F1`;

/** The compact table; with `verbose`, the misses, false finds and unsafe finds after it. */
export function renderReport(r: EvalReport, opts: { verbose?: boolean } = {}): string {
  const s = r.scores;
  const lines: string[] = [];
  const n = r.scored.length;
  lines.push(
    `Scored ${n} document${n === 1 ? '' : 's'} in both the store and the gold file: ` +
      `${s.all.gold} gold records, ${s.all.system} system records.`,
  );
  lines.push('');
  lines.push(`${''.padEnd(22)}${HEAD}`);
  lines.push(`${'asserted'.padEnd(22)}${countCells(s.asserted)}`);
  lines.push(`${'all modes'.padEnd(22)}${countCells(s.all)}`);
  lines.push(`${'timeline (asserted)'.padEnd(22)}${countCells(r.timeline)}`);
  lines.push(
    `${'unsafe'.padEnd(22)}${num(s.unsafe, 5)}   system asserted where the gold says negated or speculated (must be 0)`,
  );
  if (s.actions.length > 0) {
    lines.push('');
    lines.push(`${''.padEnd(22)}${'all modes'.padEnd(HEAD.length)}   asserted`);
    lines.push(`${'action'.padEnd(22)}${HEAD}  ${HEAD}`);
    for (const a of s.actions) lines.push(`${a.action.padEnd(22)}${countCells(a.all)}  ${countCells(a.asserted)}`);
  }
  if (opts.verbose) {
    lines.push('');
    lines.push(`Misses (gold records no system record matched): ${s.misses.length}`);
    for (const m of s.misses) {
      lines.push(`  ${recordLine(m.record)}`);
      lines.push(`      gold: ${quoteText(m.record.evidence)}`);
      if (m.note) lines.push(`      note: ${m.note}`);
    }
    lines.push('');
    lines.push(`False finds (system records that matched no gold record): ${s.falseFinds.length}`);
    for (const f of s.falseFinds) {
      lines.push(`  ${recordLine(f.record)}  [${f.record.rule ?? 'no rule'}]`);
      lines.push(`      system: ${quoteText(f.record.evidence)}`);
      if (f.note) lines.push(`      note: ${f.note}`);
    }
    lines.push('');
    lines.push(`Unsafe (system asserted, gold negated or speculated): ${s.unsafeFinds.length}`);
    for (const u of s.unsafeFinds) {
      lines.push(`  ${recordLine(u.record)}  [${u.record.rule ?? 'no rule'}]`);
      lines.push(`      system: ${quoteText(u.record.evidence)}`);
      for (const g of u.gold) lines.push(`      gold ${g.mode}: ${quoteText(g.evidence)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function recordLine(r: ContractRecord): string {
  return `${r.doc}  ${r.actor} ${r.action} ${r.target} ${r.date ?? 'undated'} ${r.mode}`;
}

function quoteText(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}
