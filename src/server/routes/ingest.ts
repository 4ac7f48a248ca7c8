// POST /api/ingest: a pasted article (JSON `{text, ...}` or a form's `text` field) or an uploaded
// file (form field `file`), run through the ingest pipeline; answers with the stored documents.
import { basename } from 'node:path';
import { bodyLimit } from 'hono/body-limit';
import type { ApiIngestResult } from '../api-types.ts';
import type { RouteModule } from '../context.ts';
import { ApiError } from '../errors.ts';
import { writeGuard } from '../guards.ts';
import { type IngestSource, ingestSource } from '../ingest.ts';
import { docId, emptyQuery, type IngestMeta, ingestMeta, ingestTextBody } from '../schemas.ts';
import { jsonBody, parseWith, query } from '../validate.ts';

/** A multipart body carries boundaries and headers besides the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

async function fromForm(req: Request): Promise<{ source: IngestSource; meta: IngestMeta }> {
  const form = await req.formData().catch(() => {
    throw new ApiError(400, 'invalid_form', 'the multipart body could not be read');
  });
  const fields: Record<string, string> = {};
  const files: [string, File][] = [];
  form.forEach((value, name) => {
    if (typeof value !== 'string') files.push([name, value]);
    else if (name !== 'text' && value.trim() !== '') fields[name] = value;
  });
  const stray = files.find(([name]) => name !== 'file');
  if (stray) throw new ApiError(400, 'invalid_request', `form: unexpected file field ${stray[0]}`);
  if (files.length > 1) throw new ApiError(400, 'invalid_request', 'form: one file at a time');
  const file = files[0]?.[1] ?? null;
  const meta = parseWith(ingestMeta, fields, 'form');
  const text = form.get('text');
  if (file && typeof text === 'string' && text.trim() !== '')
    throw new ApiError(400, 'invalid_request', 'form: send either a file or a text, not both');
  if (file) {
    const name = parseWith(docId, basename(file.name || 'upload.txt'), 'file name');
    return { source: { kind: 'file', name, bytes: new Uint8Array(await file.arrayBuffer()) }, meta };
  }
  if (typeof text === 'string' && text.trim() !== '') return { source: { kind: 'text', text }, meta };
  throw new ApiError(400, 'invalid_request', 'form: a file (field "file") or a text (field "text") is required');
}

export const ingestRoutes: RouteModule = (app, deps) => {
  app.post(
    '/api/ingest',
    writeGuard(deps.token),
    bodyLimit({
      maxSize: deps.maxBodyBytes + MULTIPART_OVERHEAD,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the body is over the limit of ${deps.maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      query(c, emptyQuery);
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      let input: { source: IngestSource; meta: IngestMeta };
      if (type === 'application/json') {
        const { text, ...meta } = parseWith(ingestTextBody, jsonBody(await c.req.text()), 'body');
        input = { source: { kind: 'text', text }, meta };
      } else if (type === 'multipart/form-data') {
        input = await fromForm(c.req.raw);
      } else {
        throw new ApiError(415, 'unsupported_media_type', 'send application/json or multipart/form-data');
      }
      const size = input.source.kind === 'text' ? Buffer.byteLength(input.source.text) : input.source.bytes.length;
      if (size > deps.maxBodyBytes)
        throw new ApiError(413, 'payload_too_large', `the article is over the limit of ${deps.maxBodyBytes} bytes`);
      const result: ApiIngestResult = await ingestSource(deps.store, input.source, input.meta, deps.maxBodyBytes);
      if (result.documents.some((d) => d.status !== 'duplicate')) deps.records.invalidate();
      if (result.documents.length === 0) {
        const reason = result.failed.map((f) => f.reason).join('; ') || 'nothing to read';
        throw new ApiError(422, 'unreadable_input', `no document could be read: ${reason}`, result.failed);
      }
      return c.json(result);
    },
  );
};
