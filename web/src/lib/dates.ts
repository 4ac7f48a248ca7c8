// Month steps for the time slider (shared with the server, which precomputes their ledgers), and
// partial-date helpers for display.
export { monthEnd, monthSteps, sliderSteps } from '../../../src/server/slider.ts';

/** The step index whose date is the last one on or before `day`, or -1 when all are after it. */
export function stepAtOrBefore(steps: readonly string[], day: string): number {
  let found = -1;
  for (let i = 0; i < steps.length; i++) if (steps[i] <= day) found = i;
  return found;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Jul 2025", "Jul 2025", "2025" or "undated". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Whether an event dated `date` (or first reported then) happened after `asOf` (coarser precision wins). */
export function isAfter(date: string | null, asOf: string | null): boolean {
  if (!date || !asOf) return false;
  const parts = Math.min(date.split('-').length, asOf.split('-').length);
  const cut = (s: string) => s.split('-').slice(0, parts).join('-');
  return cut(date) > cut(asOf);
}
