import { createHash } from 'node:crypto';
import type { Action, Mode, PartialDate } from '../core/types.ts';

/** A stable event id: the same act with the same displayed date gets the same id on every run. */
export function eventId(actor: string, action: Action, target: string, mode: Mode, date: PartialDate | null): string {
  const key = [actor, action, target, mode, date ?? 'undated'].join('|');
  return `ev_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
