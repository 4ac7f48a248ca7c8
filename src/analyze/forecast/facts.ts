// Country facts the forecast reads: states, land borders, blocs, alliances and stated opponents
// (data/facts/*.json, sources in data/facts/README.md). Everything is asked "as of a day".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PartialDate } from '../../core/types.ts';
import { type Day, endOfPeriod, startOfPeriod } from './dates.ts';

export const FACTS_DIR = fileURLToPath(new URL('../../../data/facts/', import.meta.url));

export interface StateFact {
  id: string;
  name: string;
  status: 'member' | 'observer';
  region: string;
  subregion: string;
  /** The day from which the state can act; null when it existed throughout the history tables. */
  since: Day | null;
}

/** A spell of membership or alliance: from the end of `from`'s period to the start of `to`'s. */
interface Spell {
  from: Day | null;
  to: Day | null;
}

export interface Bloc {
  id: string;
  name: string;
  founded: Day;
  source: string;
  timeAware: boolean;
  members: (Spell & { state: string })[];
}

export interface Alliance extends Spell {
  state: string;
  ally: string;
  why: string;
  source: string;
}

export interface Opponent extends Spell {
  state: string;
  why: string;
  source: string;
}

export interface TargetFacts {
  /** The same country under a rival government or claim (AFG for TALIBAN): never a candidate. */
  sameCountry: string | null;
  opponents: Opponent[];
}

export interface Facts {
  dir: string;
  states: Map<string, StateFact>;
  borders: Map<string, string[]>;
  blocs: Bloc[];
  allies: Alliance[];
  targets: Map<string, TargetFacts>;
  taiwanAllies: { asOf: Day; allies: string[]; source: string };
}

interface RawSpell {
  from?: PartialDate;
  to?: PartialDate;
}

function spell(raw: RawSpell): Spell {
  return { from: raw.from ? endOfPeriod(raw.from) : null, to: raw.to ? startOfPeriod(raw.to) : null };
}

function active(s: Spell, day: Day): boolean {
  return (s.from === null || s.from <= day) && (s.to === null || day < s.to);
}

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T;
}

const cache = new Map<string, Facts>();

/** Loads (once per folder) the fact files. */
export function loadFacts(dir: string = FACTS_DIR): Facts {
  const cached = cache.get(dir);
  if (cached) return cached;
  const rawStates = readJson<{ states: Omit<StateFact, 'since'>[] }>(dir, 'states.json').states;
  const since = readJson<{ since: Record<string, { date: string }> }>(dir, 'independence.json').since;
  const states = new Map(rawStates.map((s) => [s.id, { ...s, since: endOfPeriod(since[s.id]?.date) }]));
  const borders = new Map(Object.entries(readJson<{ borders: Record<string, string[]> }>(dir, 'borders.json').borders));
  const rawBlocs = readJson<{
    blocs: Record<string, Omit<Bloc, 'id' | 'members'> & { members: (RawSpell & { state: string })[] }>;
  }>(dir, 'blocs.json').blocs;
  const blocs = Object.entries(rawBlocs).map(([id, b]) => ({
    ...b,
    id,
    founded: endOfPeriod(b.founded)!,
    members: b.members.map((m) => ({ state: m.state, ...spell(m) })),
  }));
  const rawAlign = readJson<{
    allies: (RawSpell & Omit<Alliance, 'from' | 'to'>)[];
    targets: Record<string, { sameCountry?: string; opponents: (RawSpell & Omit<Opponent, 'from' | 'to'>)[] }>;
  }>(dir, 'alignments.json');
  const allies = rawAlign.allies.map((a) => ({ ...a, ...spell(a) }));
  const targets = new Map(
    Object.entries(rawAlign.targets).map(([id, t]) => [
      id,
      { sameCountry: t.sameCountry ?? null, opponents: t.opponents.map((o) => ({ ...o, ...spell(o) })) },
    ]),
  );
  const taiwanAllies = readJson<Facts['taiwanAllies']>(dir, 'taiwan-allies.json');
  const facts: Facts = { dir, states, borders, blocs, allies, targets, taiwanAllies };
  cache.set(dir, facts);
  return facts;
}

/** Whether the state exists (can recognize) on `day`. */
export function existsAt(facts: Facts, state: string, day: Day): boolean {
  const s = facts.states.get(state);
  return s !== undefined && (s.since === null || s.since <= day);
}

/** The states that can recognize `target` on `day`: UN members and observers, less the target itself. */
export function candidatesAt(facts: Facts, target: string, day: Day): string[] {
  const same = facts.targets.get(target)?.sameCountry;
  return [...facts.states.keys()].filter((s) => s !== target && s !== same && existsAt(facts, s, day));
}

/** The members of a bloc on `day` that exist as states then. */
export function membersAt(facts: Facts, bloc: Bloc, day: Day): string[] {
  if (bloc.founded > day) return [];
  const out = new Set<string>();
  for (const m of bloc.members) if (active(m, day) && existsAt(facts, m.state, day)) out.add(m.state);
  return [...out];
}

/** The alliances of `state` in force on `day` (`ally` is the patron or close ally). */
export function alliesOf(facts: Facts, state: string, day: Day): Alliance[] {
  return facts.allies.filter((a) => a.state === state && active(a, day));
}

/** The states on record as opposing recognition of `target` on `day`. */
export function opponentsOf(facts: Facts, target: string, day: Day): Opponent[] {
  return (facts.targets.get(target)?.opponents ?? []).filter((o) => active(o, day));
}

export function nameOf(facts: Facts, id: string): string {
  return facts.states.get(id)?.name ?? id;
}
