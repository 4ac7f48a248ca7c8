// Turning query strings and bodies into typed values, with 400s that say what was wrong.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, zodMessage } from './errors.ts';
import { Lru } from './lru.ts';

export function parseWith<S extends z.ZodTypeAny>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, 'invalid_request', `${where}: ${zodMessage(result.error)}`);
  return result.data;
}

/** Distinct query strings remembered per schema: the slider's months for several targets. */
const QUERY_MEMO = 4096;

/**
 * Parsed queries by schema and raw query string. Validating costs more than the rest of serving a
 * cached view, and the page and scripts repeat the same few queries; a parse depends only on the
 * query string, so its result is kept (frozen: requests share it). Failures are not kept.
 */
const parsed = new WeakMap<z.ZodTypeAny, Lru<string, unknown>>();

/** The request's query parameters (a repeated one is an error: each takes one value). */
export function query<S extends z.ZodTypeAny>(c: Context, schema: S): z.output<S> {
  const url = c.req.url;
  const at = url.indexOf('?');
  const search = at < 0 ? '' : url.slice(at);
  let memo = parsed.get(schema);
  const hit = memo?.get(search);
  if (hit !== undefined) return hit as z.output<S>;
  const all = c.req.queries();
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw new ApiError(400, 'invalid_request', `query: ${name} is given more than once`);
  }
  const value = Object.freeze(parseWith(schema, c.req.query(), 'query'));
  if (!memo) {
    memo = new Lru(QUERY_MEMO);
    parsed.set(schema, memo);
  }
  memo.set(search, value);
  return value;
}

/** A JSON body already read as text, so the size limit applies before parsing. */
export function jsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'the body is not valid JSON');
  }
}
