// The engagement ladder as data (lexicon/ladder.json, documented in lexicon/ladder.md).
import data from '../../lexicon/ladder.json' with { type: 'json' };
import { ACTIONS, type Action, MODES, type Mode } from '../core/types.ts';

export interface Rung {
  id: string;
  label: string;
  /** Positive rungs are engagement, 0 is none, negative rungs are hostility. */
  level: number;
  /** Asserted events of these actions put an actor on the rung. */
  actions: Action[];
  /** A later asserted event of one of these actions takes the actor off it. */
  cancelledBy: Action[];
}

export interface StanceDef {
  id: string;
  label: string;
  actions: Action[];
  cancelledBy: Action[];
}

export interface EventMatch {
  action: Action;
  mode: Mode;
}

export interface IntentDef extends EventMatch {
  value: string;
}

export interface Ladder {
  version: number;
  rungs: Rung[];
  stances: StanceDef[];
  notRecognized: EventMatch;
  intent: IntentDef[];
}

function fail(message: string): never {
  throw new Error(`invalid ladder: ${message}`);
}

function actions(value: unknown, where: string): Action[] {
  if (!Array.isArray(value)) fail(`${where} must be a list of actions`);
  for (const a of value) if (!ACTIONS.includes(a as Action)) fail(`${where}: unknown action ${String(a)}`);
  return value as Action[];
}

function match(value: unknown, where: string): EventMatch {
  const v = value as Partial<EventMatch> | null;
  if (!v || !ACTIONS.includes(v.action as Action)) fail(`${where}: unknown action`);
  if (!MODES.includes(v.mode as Mode)) fail(`${where}: unknown mode`);
  return { action: v.action as Action, mode: v.mode as Mode };
}

/** Validates a ladder read from JSON; rungs come back ordered from highest to lowest level. */
export function parseLadder(input: unknown): Ladder {
  const raw = input as Record<string, unknown> | null;
  if (!raw || !Array.isArray(raw.rungs)) fail('rungs missing');
  const ids = new Set<string>();
  const levels = new Set<number>();
  const rungs = (raw.rungs as Record<string, unknown>[]).map((r, i): Rung => {
    const where = `rungs[${i}]`;
    if (typeof r.id !== 'string' || ids.has(r.id)) fail(`${where}: missing or repeated id`);
    if (typeof r.level !== 'number' || levels.has(r.level)) fail(`${where}: missing or repeated level`);
    ids.add(r.id);
    levels.add(r.level);
    return {
      id: r.id,
      label: typeof r.label === 'string' ? r.label : r.id,
      level: r.level,
      actions: actions(r.actions, `${where}.actions`),
      cancelledBy: actions(r.cancelledBy ?? [], `${where}.cancelledBy`),
    };
  });
  if (!rungs.some((r) => r.level === 0)) fail('no rung at level 0 (the "none" rung)');
  const stances = ((raw.stances ?? []) as Record<string, unknown>[]).map(
    (s, i): StanceDef => ({
      id: String(s.id),
      label: typeof s.label === 'string' ? s.label : String(s.id),
      actions: actions(s.actions, `stances[${i}].actions`),
      cancelledBy: actions(s.cancelledBy ?? [], `stances[${i}].cancelledBy`),
    }),
  );
  const intent = ((raw.intent ?? []) as Record<string, unknown>[]).map(
    (d, i): IntentDef => ({ ...match(d, `intent[${i}]`), value: String(d.value) }),
  );
  return {
    version: typeof raw.version === 'number' ? raw.version : 1,
    rungs: rungs.sort((a, b) => b.level - a.level),
    stances,
    notRecognized: match(raw.notRecognized, 'notRecognized'),
    intent,
  };
}

export const DEFAULT_LADDER: Ladder = parseLadder(data);

/** The level-0 rung: where an actor with no current engagement or hostility stands. */
export function noneRung(ladder: Ladder): Rung {
  return ladder.rungs.find((r) => r.level === 0)!;
}
