// Talking to the server: typed GETs with cancellation, and the ingest POST.
import { useEffect, useState } from 'react';
import type { ApiErrorBody, ApiIngestResult } from '../../src/server/api-types.ts';

export type * from '../../src/server/api-types.ts';

export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function read<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as ApiErrorBody | null)?.error;
    throw new RequestError(res.status, err?.code ?? 'http_error', err?.message ?? `request failed (${res.status})`);
  }
  return body as T;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return read<T>(await fetch(url, { signal, headers: { accept: 'application/json' } }));
}

/** A query string from the defined values only. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Fetches `url` (null: nothing) and refetches when it or `refresh` changes. The last data stays
 * while the next loads, so the map does not flash grey as the slider moves; a request the user has
 * moved past is cancelled.
 */
export function useApi<T>(url: string | null, refresh = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: url !== null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` is there to refetch after a write
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(url, controller.signal)
      .then((data) => {
        setState({ data, error: null, loading: false });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: (err as Error).message, loading: false }));
      });
    return () => controller.abort();
  }, [url, refresh]);
  return state;
}

export interface IngestRequest {
  text?: string;
  file?: File | null;
  title?: string;
  published?: string;
  token?: string;
}

export async function ingest(req: IngestRequest): Promise<ApiIngestResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  let body: BodyInit;
  if (req.file) {
    const form = new FormData();
    form.set('file', req.file);
    if (req.title) form.set('title', req.title);
    if (req.published) form.set('published', req.published);
    body = form;
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify({
      text: req.text ?? '',
      ...(req.title ? { title: req.title } : {}),
      ...(req.published ? { published: req.published } : {}),
    });
  }
  return read<ApiIngestResult>(await fetch('/api/ingest', { method: 'POST', headers, body }));
}
