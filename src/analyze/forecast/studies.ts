// History cascades prepared for fitting and backtesting: the target's events, who could move at each
// cut-off, and when each state moved. Also the monthly training rows built from them.
import type { Event } from '../../core/types.ts';
import { addMonths, type Day, earliestDay, latestDay } from './dates.ts';
import { candidatesAt, existsAt, type Facts } from './facts.ts';
import { FEATURES, featureContext, featureVector } from './features.ts';
import { type Cascade, cascades, type HistoryRow, rowEvent } from './history.ts';
import type { TrainingSet } from './model.ts';
import { indexEvents, type Snapshot, snapshot, type TargetIndex } from './snapshot.ts';

export interface Study {
  /** The cascade id, e.g. `XKX-2008`; the Taiwan study is `CHN-1990`. */
  id: string;
  target: string;
  index: TargetIndex;
  start: Day;
  end: Day;
  /** The days each state made the move the study predicts (a recognition, or a switch to Beijing). */
  moves: Map<string, Day[]>;
  /** Who could move on a day, before removing those already recognizing. */
  pool(day: Day): string[];
}

/** Cascades with this many rows or fewer are too small to fit on or to score. */
export const MIN_ROWS = 5;

function movesOf(rows: HistoryRow[], action: HistoryRow['action']): Map<string, Day[]> {
  const moves = new Map<string, Day[]>();
  for (const r of rows) {
    if (r.action !== action) continue;
    moves.set(r.actor, [...(moves.get(r.actor) ?? []), r.day]);
  }
  return moves;
}

export function studyOf(cascade: Cascade, facts: Facts): Study {
  return {
    id: cascade.id,
    target: cascade.entity,
    index: indexEvents(cascade.rows.map(rowEvent), cascade.entity),
    start: cascade.start,
    end: cascade.end,
    moves: movesOf(cascade.rows, 'RECOGNIZE'),
    pool: (day) => candidatesAt(facts, cascade.entity, day),
  };
}

/**
 * Taiwan as "who switches to Beijing next". A move is a state's break with Taipei (its
 * WITHDRAW_RECOGNITION TWN row; for The Gambia and South Africa that precedes the PRC row). The
 * candidates at a day are Taipei's allies then, rebuilt backward from the 15 Jan 2024 list in
 * data/facts/taiwan-allies.json: a later break means the state was an ally before it, a later
 * recognition of Taipei means it was not. For the features, a break with Taipei counts as
 * recognizing CHN and a move to Taipei as withdrawing it, so "3 of its 5 neighbours recognize CHN"
 * reads "3 of its 5 neighbours have switched to Beijing" (the tables list only switchers).
 */
export function taiwanStudy(facts: Facts, all: readonly Cascade[] = cascades()): Study {
  const rows = all.filter((c) => c.entity === 'TWN').flatMap((c) => c.rows);
  const events: Event[] = rows.map((r) => {
    const e = rowEvent(r);
    const action = r.action === 'WITHDRAW_RECOGNITION' ? 'RECOGNIZE' : 'WITHDRAW_RECOGNITION';
    return { ...e, action, target: 'CHN', mentions: e.mentions.map((m) => ({ ...m, action, target: 'CHN' })) };
  });
  const moves = movesOf(rows, 'WITHDRAW_RECOGNITION');
  const byDayDesc = [...rows].sort((a, b) => (a.day > b.day ? -1 : a.day < b.day ? 1 : b.line - a.line));
  const { asOf, allies } = facts.taiwanAllies;
  const pool = (day: Day): string[] => {
    const set = new Set(allies);
    for (const r of byDayDesc) {
      if (r.day <= day) break;
      if (r.day > asOf) continue;
      if (r.action === 'WITHDRAW_RECOGNITION') set.add(r.actor);
      else set.delete(r.actor);
    }
    return [...set].filter((s) => existsAt(facts, s, day)).sort();
  };
  const breaks = rows.filter((r) => r.action === 'WITHDRAW_RECOGNITION').map((r) => r.day);
  return {
    id: 'CHN-1990',
    target: 'CHN',
    index: indexEvents(events, 'CHN'),
    start: earliestDay(breaks[0], ...breaks),
    end: latestDay(rows[0].day, ...rows.map((r) => r.day)),
    moves,
    pool,
  };
}

/**
 * The studies the model learns from and is scored on: every cascade with more than MIN_ROWS rows,
 * with the Taiwan table read as switches to Beijing (its CHN and TWN rows are one study).
 */
export function historyStudies(facts: Facts, all: readonly Cascade[] = cascades()): Study[] {
  const out: Study[] = [];
  for (const c of all) {
    if (c.entity === 'TWN' || c.entity === 'CHN' || c.rows.length <= MIN_ROWS) continue;
    out.push(studyOf(c, facts));
  }
  out.push(taiwanStudy(facts, all));
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The monthly cut-offs of a study: its start, then every month while before its end. */
export function cutoffs(study: Study): Day[] {
  const out: Day[] = [];
  for (let k = 0; ; k++) {
    const day = addMonths(study.start, k);
    if (day >= study.end) return out;
    out.push(day);
  }
}

/** Whether `state` moved in (from, to]. */
export function movedWithin(study: Study, state: string, from: Day, to: Day): boolean {
  return (study.moves.get(state) ?? []).some((d) => d > from && d <= to);
}

export function studySnapshot(study: Study, facts: Facts, day: Day): Snapshot {
  return snapshot(facts, study.index, day, study.pool(day));
}

/** The features of every candidate at one cut-off of a study. */
export interface Frame {
  day: Day;
  candidates: string[];
  x: number[][];
}

/** The study's cut-offs with their candidates' features (the slow part, done once per study). */
export function framesOf(study: Study, facts: Facts): Frame[] {
  return cutoffs(study).map((day) => {
    const ctx = featureContext(studySnapshot(study, facts, day));
    return { day, candidates: ctx.candidates, x: ctx.candidates.map((s) => featureVector(ctx, s)) };
  });
}

/** Training rows: one per candidate and month, labelled 1 when it moved that month. */
export interface TrainingRows {
  set: TrainingSet;
  /** The index (in the studies given) of the study each row came from. */
  study: Uint16Array;
}

export function trainingRows(studies: readonly Study[], frames: readonly Frame[][]): TrainingRows {
  const xs: number[] = [];
  const ys: number[] = [];
  const which: number[] = [];
  studies.forEach((study, si) => {
    for (const frame of frames[si]) {
      const next = addMonths(frame.day, 1);
      const until = earliestDay(next, study.end);
      frame.candidates.forEach((state, i) => {
        xs.push(...frame.x[i]);
        ys.push(movedWithin(study, state, frame.day, until) ? 1 : 0);
        which.push(si);
      });
    }
  });
  return {
    set: { x: Float64Array.from(xs), y: Uint8Array.from(ys), n: ys.length, p: FEATURES.length },
    study: Uint16Array.from(which),
  };
}

/** The rows whose study is not among `exclude`. */
export function withoutStudies(rows: TrainingRows, exclude: ReadonlySet<number>): TrainingSet {
  const { set, study } = rows;
  const keep: number[] = [];
  for (let i = 0; i < set.n; i++) if (!exclude.has(study[i])) keep.push(i);
  const x = new Float64Array(keep.length * set.p);
  const y = new Uint8Array(keep.length);
  keep.forEach((i, r) => {
    x.set(set.x.subarray(i * set.p, (i + 1) * set.p), r * set.p);
    y[r] = set.y[i];
  });
  return { x, y, n: keep.length, p: set.p };
}
