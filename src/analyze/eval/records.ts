// Contract records (shared/contract/EVENTS.md) as the scorer reads them, and the gold file reader.
import { InputError } from '../../core/errors.ts';

/**
 * One record of the contract. Codes are plain strings so that a gold file with a code this build
 * does not know is still scored (the record simply never matches). System records may carry the
 * rule that found them; other added fields are ignored.
 */
export interface ContractRecord {
  doc: string;
  actor: string;
  action: string;
  target: string;
  date: string | null;
  mode: string;
  evidence: string;
  rule?: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The number of parts a date gives: 3 for a day, 2 for a month, 1 for a year, 0 for null. */
export function datePrecision(date: string | null): number {
  return date === null ? 0 : date.split('-').length;
}

/**
 * Whether a system date agrees with a gold date at the gold's precision: gold `2025-07` accepts
 * `2025-07` and `2025-07-03`; gold null accepts anything; a coarser system date (`2025`) or a
 * missing one never matches a dated gold record.
 */
export function dateAgrees(gold: string | null, system: string | null): boolean {
  if (gold === null) return true;
  if (system === null) return false;
  const g = gold.split('-');
  const s = system.split('-');
  if (s.length < g.length) return false;
  return g.every((part, i) => part === s[i]);
}

/**
 * Reads JSONL contract records (a gold file or an export). Blank lines are skipped; a line that is
 * not a record is an InputError naming the file and line.
 */
export function parseRecords(text: string, file: string): ContractRecord[] {
  const records: ContractRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(file, `line ${i + 1}: not JSON`);
    }
    const problem = recordProblem(value);
    if (problem) throw new InputError(file, `line ${i + 1}: ${problem}`);
    const r = value as ContractRecord;
    records.push({
      doc: r.doc,
      actor: r.actor,
      action: r.action,
      target: r.target,
      date: r.date ?? null,
      mode: r.mode,
      evidence: r.evidence ?? '',
      ...(typeof r.rule === 'string' ? { rule: r.rule } : {}),
    });
  }
  return records;
}

function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  for (const field of ['doc', 'actor', 'action', 'target', 'mode'] as const) {
    if (typeof r[field] !== 'string' || r[field] === '') return `'${field}' must be a non-empty string`;
  }
  if (r.date !== null && r.date !== undefined && (typeof r.date !== 'string' || !DATE.test(r.date))) {
    return `'date' must be YYYY-MM-DD, YYYY-MM, YYYY or null (got ${JSON.stringify(r.date)})`;
  }
  if (r.evidence !== undefined && typeof r.evidence !== 'string') return `'evidence' must be a string`;
  return null;
}
