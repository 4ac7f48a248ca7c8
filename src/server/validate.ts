// Turning query strings and bodies into typed values, with 400s that say what was wrong.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, zodMessage } from './errors.ts';

export function parseWith<S extends z.ZodTypeAny>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, 'invalid_request', `${where}: ${zodMessage(result.error)}`);
  return result.data;
}

/** The request's query parameters (a repeated one is an error: each takes one value). */
export function query<S extends z.ZodTypeAny>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw new ApiError(400, 'invalid_request', `query: ${name} is given more than once`);
  }
  return parseWith(schema, c.req.query(), 'query');
}

/** A JSON body already read as text, so the size limit applies before parsing. */
export function jsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'the body is not valid JSON');
  }
}
