// The page's time slider steps (month ends), shared by the page and by the server that precomputes
// the ledgers the slider will ask for. Pure: no Node or DOM APIs (the page imports it).

/** Last day of a month, as YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

/**
 * Month ends from the month of `first` to the month of `last` (partial dates; a bare year starts
 * in January and ends in December), at most `max` steps: a long history is sampled evenly, and the
 * last month is always kept.
 */
export function monthSteps(first: string, last: string, max = 480): string[] {
  const [fy, fm = '01'] = first.split('-');
  const [ly, lm = '12'] = last.split('-');
  const start = Number(fy) * 12 + Number(fm) - 1;
  const end = Number(ly) * 12 + Number(lm) - 1;
  if (!(end >= start)) return [];
  const stride = Math.max(1, Math.ceil((end - start + 1) / max));
  const steps: string[] = [];
  for (let m = end; m >= start; m -= stride) steps.unshift(monthEnd(Math.floor(m / 12), (m % 12) + 1));
  return steps;
}

/** The slider's steps for a target: from its first event to its last one or today, whichever is later. */
export function sliderSteps(first: string | null, last: string | null, today: string): string[] {
  if (!first) return [];
  return monthSteps(first, last !== null && last > today ? last : today);
}

/** First day of a partial date's period: `2025` → `2025-01-01`, `2025-07` → `2025-07-01`. */
export function startDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day of a partial date's period: `2025` → `2025-12-31`, `2024-02` → `2024-02-29`. */
export function endDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return monthEnd(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return date;
}
