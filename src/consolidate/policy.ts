// Which acts happen once (so different dates from different documents are a dispute about one
// act) and which recur (so different dates are different acts). Data, not code: edit here.
import type { Action } from '../core/types.ts';

export interface DatePolicy {
  /**
   * `one-off`: an actor does it to a target once; different dates are a date conflict.
   * `windowed`: it can recur, but two reports within `windowYears` of each other are taken to be
   * the same act misdated. `recurring`: each distinct date is its own event.
   */
  kind: 'one-off' | 'windowed' | 'recurring';
  windowYears?: number;
}

export const DATE_POLICY: Readonly<Record<Action, DatePolicy>> = {
  // Legal acts that change a standing status: done once (re-doing one needs an undoing in between,
  // and a document telling both gives two records, which keeps them apart).
  RECOGNIZE: { kind: 'one-off' },
  WITHDRAW_RECOGNITION: { kind: 'one-off' },
  DELIST: { kind: 'one-off' },
  DESIGNATE: { kind: 'one-off' },
  // Envoys are replaced and missions reopen, but rarely within two years.
  ACCEPT_ENVOY: { kind: 'windowed', windowYears: 2 },
  SEND_ENVOY: { kind: 'windowed', windowYears: 2 },
  OPEN_MISSION: { kind: 'windowed', windowYears: 2 },
  CLOSE_MISSION: { kind: 'windowed', windowYears: 2 },
  // An announced intention belongs to one decision; a year covers announce-then-act.
  INTEND_RECOGNIZE: { kind: 'windowed', windowYears: 1 },
  // Talks, deals, statements and sanctions recur: each date is its own event.
  REFUSE_RECOGNITION: { kind: 'recurring' },
  SANCTION: { kind: 'recurring' },
  AGREEMENT: { kind: 'recurring' },
  MEET: { kind: 'recurring' },
  PRAISE: { kind: 'recurring' },
  CONDEMN: { kind: 'recurring' },
};
