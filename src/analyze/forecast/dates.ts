// Days and months for the forecast. A partial date stands for the last day of its period: an act
// dated `2010` is known for certain only once 2010 is over, so a cut-off never sees it early.
import type { PartialDate } from '../../core/types.ts';

/** An ISO calendar day, `YYYY-MM-DD`; plain string comparison orders days. */
export type Day = string;

const DAYS_PER_MONTH = 365.2425 / 12;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of the period a partial date names, or null when it is not a date. */
export function endOfPeriod(date: PartialDate | null | undefined): Day | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return date;
  const month = m[2] ? Number(m[2]) : 12;
  return `${m[1]}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** The first day of the period a partial date names. */
export function startOfPeriod(date: PartialDate): Day | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** `day` moved by `months` calendar months, the day of month clamped to the month's length. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

function epochDays(day: Day): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Months (fractional, average month length) from `from` to `to`; negative when `to` is earlier. */
export function monthsBetween(from: Day, to: Day): number {
  return (epochDays(to) - epochDays(from)) / DAYS_PER_MONTH;
}

/** Today as a Day (UTC). */
export function today(): Day {
  return new Date().toISOString().slice(0, 10);
}

/** The earliest of some days (ISO days order as strings). */
export function earliestDay(first: Day, ...rest: Day[]): Day {
  return [first, ...rest].sort()[0];
}

/** The latest of some days. */
export function latestDay(first: Day, ...rest: Day[]): Day {
  return [first, ...rest].sort()[rest.length];
}
