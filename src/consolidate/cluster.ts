// Splits the mentions of one (actor, action, target, mode) into the acts they report.
import type { Action, Mention, PartialDate } from '../core/types.ts';
import { compareDates, compatible, precision, yearOf } from './dates.ts';
import { DATE_POLICY, type DatePolicy } from './policy.ts';
import { independentCount, lastReport, type SourceMap } from './sources.ts';

/** Mentions that agree on a date: `date` is the most precise one, and every other is a prefix of it. */
export interface DateCluster {
  date: PartialDate;
  mentions: Mention[];
}

/** The mentions of one act: dated clusters (more than one is a date conflict) and undated mentions. */
export interface Draft {
  /** Strongest first; the first gives the event's date. */
  sides: DateCluster[];
  undated: Mention[];
}

const docsOf = (mentions: readonly Mention[]) => new Set(mentions.map((m) => m.doc));

/**
 * Orders clusters by the documented rule (README: "Displayed date"): more independent sources,
 * then more precise, then the most recent report, then the earlier date for determinism.
 */
export function byStrength(sources: SourceMap): (a: DateCluster, b: DateCluster) => number {
  return (a, b) => {
    const n = independentCount(docsOf(b.mentions), sources) - independentCount(docsOf(a.mentions), sources);
    if (n !== 0) return n;
    const p = precision(b.date) - precision(a.date);
    if (p !== 0) return p;
    const ra = lastReport(docsOf(a.mentions), sources);
    const rb = lastReport(docsOf(b.mentions), sources);
    if (ra !== rb) {
      if (ra === null) return 1;
      if (rb === null) return -1;
      return compareDates(rb, ra);
    }
    return compareDates(a.date, b.date);
  };
}

/** Whether the document already gives this act another date in the cluster (then it tells two acts). */
function clashes(cluster: DateCluster, m: Mention): boolean {
  return cluster.mentions.some((o) => o.doc === m.doc && o.date !== m.date);
}

/**
 * Groups dated mentions into clusters of compatible dates. The most precise dates seed clusters; a
 * coarser date joins the strongest cluster it is a prefix of, or seeds its own. So `2025-07` joins
 * `2025-07-03`, while `2025-07-03` and `2025-07-04` stay apart. A document giving two dates gives
 * two acts (the contract keeps one record per act per document), so its coarser date never joins
 * a cluster holding its finer one: "the forum in 2024" and "in October 2024" stay two meetings.
 */
export function clusterByDate(dated: readonly Mention[], sources: SourceMap): DateCluster[] {
  const byDate = new Map<PartialDate, Mention[]>();
  for (const m of dated) {
    if (m.date === null) continue;
    const list = byDate.get(m.date) ?? [];
    list.push(m);
    byDate.set(m.date, list);
  }
  const dates = [...byDate.keys()].sort((a, b) => precision(b) - precision(a) || compareDates(a, b));
  const clusters: DateCluster[] = [];
  const strength = byStrength(sources);
  for (const date of dates) {
    const mentions = byDate.get(date)!;
    const compatibleClusters = clusters.filter((c) => compatible(c.date, date));
    const homeless = mentions.filter((m) => compatibleClusters.every((c) => clashes(c, m)));
    if (homeless.length > 0) {
      const seeded = { date, mentions: homeless };
      clusters.push(seeded);
      compatibleClusters.push(seeded);
    }
    for (const m of mentions) {
      if (homeless.includes(m)) continue;
      const best = compatibleClusters.filter((c) => !clashes(c, m)).sort(strength)[0];
      best.mentions.push(m);
    }
  }
  return clusters;
}

/**
 * Whether two clusters can be the same act reported with different dates: the policy allows it and
 * no document gives both dates (a document that tells two dates tells two acts).
 */
function sameAct(a: DateCluster, b: DateCluster, policy: DatePolicy): boolean {
  if (policy.kind === 'recurring') return false;
  const docsA = docsOf(a.mentions);
  if (b.mentions.some((m) => docsA.has(m.doc))) return false;
  if (policy.kind === 'windowed') return Math.abs(yearOf(a.date) - yearOf(b.date)) <= (policy.windowYears ?? 0);
  return true;
}

/**
 * Turns the mentions of one (actor, action, target, mode) into drafts of events. Undated mentions
 * join the single dated act when there is exactly one; with none or several they make their own
 * undated event (attaching them to one of several acts would be a guess).
 */
export function draftEvents(
  mentions: readonly Mention[],
  action: Action,
  sources: SourceMap,
  policies: Readonly<Record<Action, DatePolicy>> = DATE_POLICY,
): Draft[] {
  const policy = policies[action];
  const strength = byStrength(sources);
  const clusters = clusterByDate(
    mentions.filter((m) => m.date !== null),
    sources,
  ).sort(strength);
  const groups: DateCluster[][] = [];
  for (const cluster of clusters) {
    const group = groups.find((g) => g.every((other) => sameAct(other, cluster, policy)));
    if (group) group.push(cluster);
    else groups.push([cluster]);
  }
  const drafts: Draft[] = groups.map((sides) => ({ sides: [...sides].sort(strength), undated: [] }));
  const undated = mentions.filter((m) => m.date === null);
  if (undated.length > 0) {
    if (drafts.length === 1) drafts[0].undated.push(...undated);
    else drafts.push({ sides: [], undated: [...undated] });
  }
  return drafts;
}
