// Request validation. Query objects are strict, so a misspelt parameter is an error rather than
// silently ignored (a typo in `asOf` would otherwise show today's ledger as if it were history's).
import { z } from 'zod';
import { ACTIONS, MODES } from '../core/types.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real period. */
function realDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d === undefined || m === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS_IN_MONTH[m - 1]);
}

export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(realDate, 'not a real date');

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine(realDate, 'not a real date');

/** Entity ids: ISO alpha-3 codes and the contract's upper-case names (TALIBAN, ARAB_LEAGUE). */
export const entity = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'an entity id such as TALIBAN, RUS or PSE');

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The event list's page when none is asked for (the background precompute makes these pages). */
export const EVENTS_PAGE = 100;

export const eventsQuery = z
  .object({
    target: entity.optional(),
    actor: entity.optional(),
    entity: entity.optional(),
    action: z.enum(ACTIONS).optional(),
    mode: z.enum(MODES).optional(),
    limit: limit(1000, EVENTS_PAGE),
    offset,
  })
  .strict();

export const ledgerQuery = z.object({ target: entity, asOf: partialDate.optional() }).strict();

export const timelineQuery = z
  .object({
    target: entity.optional(),
    actor: entity.optional(),
    entity: entity.optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    mode: z.enum(MODES).optional(),
    limit: limit(5000, 500),
    offset,
  })
  .strict();

export const conflictsQuery = z
  .object({ target: entity.optional(), kind: z.enum(['date', 'assertion']).optional() })
  .strict();

export const quotesQuery = z
  .object({ doc: z.string().min(1).max(500).optional(), entity: entity.optional(), target: entity.optional() })
  .strict();

export const evidenceQuery = z.object({ target: entity, actor: entity, asOf: partialDate.optional() }).strict();

export const forecastQuery = z
  .object({
    target: entity,
    asOf: day.optional(),
    horizon: z.coerce.number().int().min(1).max(120).default(12),
    top: limit(500, 20),
    history: flag.default('true'),
  })
  .strict();

export const emptyQuery = z.object({}).strict();

/** A document id as the CLI makes them: a file name, never a path. */
export const docId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\0]+$/, 'a file name, without slashes')
  .refine((s) => s !== '.' && s !== '..', 'a file name');

const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Fields an upload or a pasted article may carry besides its text. */
export const ingestMeta = z
  .object({
    id: docId.optional(),
    title: optionalText(500),
    outlet: optionalText(200),
    // Only web links: the page makes the URL a link, and a `javascript:` one would run there.
    url: z
      .string()
      .trim()
      .max(2000)
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'an http or https URL')
      .optional(),
    published: partialDate.optional(),
  })
  .strict();

export const ingestTextBody = ingestMeta.extend({ text: z.string().min(1, 'text is empty') }).strict();
export type IngestMeta = z.infer<typeof ingestMeta>;
