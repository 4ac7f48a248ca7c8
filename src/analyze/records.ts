// Plain JSON shapes of analysis results (events by id, not nested), for the CLI and the web.
import type { Event } from '../core/types.ts';
import type { LedgerRow, Standing } from './ledger.ts';
import { entityName } from './names.ts';

const ids = (events: readonly Event[]) => events.map((e) => e.id);

function standingRecord(s: Standing) {
  return { rung: s.rung, label: s.label, level: s.level, date: s.date, reported: s.reported, events: ids(s.events) };
}

export function ledgerRecord(row: LedgerRow) {
  return {
    actor: row.actor,
    name: entityName(row.actor),
    target: row.target,
    ...standingRecord(row),
    negative: row.negative.map(standingRecord),
    stance: row.stance,
    stanceEvents: ids(row.stanceEvents),
    notRecognized: row.notRecognized,
    intent: row.intent,
    latestMove: row.latestMove
      ? { id: row.latestMove.id, action: row.latestMove.action, mode: row.latestMove.mode, date: row.latestMove.date }
      : null,
    sources: row.sources,
    conflicts: row.conflicts,
  };
}
