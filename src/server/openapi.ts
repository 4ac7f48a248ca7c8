// The OpenAPI 3.0 description of the API, served at /api/openapi.json. Hand-written: a test checks
// that it validates and that every route of the app is in it.
import { ACTIONS, MODES } from '../core/types.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): Schema => (description ? { type: 'string', description } : { type: 'string' });
const nullable = (s: Schema): Schema => ({ ...s, nullable: true });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const date = nullable(str('YYYY, YYYY-MM or YYYY-MM-DD'));

function obj(properties: Record<string, Schema>, optional: string[] = []): Schema {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  // OpenAPI 3.0 forbids an empty `required` list.
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

const page = (item: string): Schema => obj({ total: int, offset: int, limit: int, items: arr(ref(item)) });

function param(name: string, description: string, schema: Schema = str(), required = false) {
  return { name, in: 'query', required, description, schema };
}

const p = {
  target: (required = false) =>
    param('target', 'entity id of the target, e.g. TALIBAN, PSE, XKX, TWN', str(), required),
  actor: (required = false) => param('actor', 'entity id of the actor, e.g. RUS', str(), required),
  entity: param('entity', 'events with this entity on either side'),
  asOf: param('asOf', 'ignore events after this date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  mode: param('mode', 'only this mode', { type: 'string', enum: [...MODES] }),
  limit: (max: number, def: number) =>
    param('limit', `page size (1-${max})`, { type: 'integer', minimum: 1, maximum: max, default: def }),
  offset: param('offset', 'items to skip', { type: 'integer', minimum: 0, default: 0 }),
};

function json(schema: Schema, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
};

function get(summary: string, parameters: unknown[], schema: Schema, extra: Record<string, unknown> = {}) {
  return { get: { summary, parameters, responses: { '200': json(schema), ...errors, ...extra } } };
}

const schemas: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str(), message: str(), details: {} }, ['details']) }),
  Health: obj({
    ok: bool,
    version: str(),
    revision: str(),
    documents: int,
    mentions: int,
    events: int,
    writeToken: bool,
    warming: bool,
  }),
  Source: obj({ doc: str(), outlet: nullable(str()), url: nullable(str()), published: date, title: nullable(str()) }),
  Mention: obj({ doc: str(), date, evidence: str(), start: int, end: int, rule: str() }),
  Conflict: obj({
    kind: { type: 'string', enum: ['date', 'assertion'] },
    sides: arr(obj({ value: nullable(str()), docs: arr(str()) })),
    chosen: nullable(str()),
    rule: str(),
  }),
  Event: obj({
    id: str(),
    actor: str(),
    actorName: str(),
    action: { type: 'string', enum: [...ACTIONS] },
    target: str(),
    targetName: str(),
    mode: { type: 'string', enum: [...MODES] },
    date,
    firstReported: date,
    confidence: num,
    summary: str(),
    sources: arr(ref('Source')),
    conflicts: arr(ref('Conflict')),
    mentions: arr(ref('Mention')),
  }),
  EventBrief: obj({
    id: str(),
    actor: str(),
    action: str(),
    target: str(),
    mode: str(),
    date,
    firstReported: date,
    summary: str(),
    sources: int,
    conflicts: int,
  }),
  EventPage: page('Event'),
  EventBriefPage: page('EventBrief'),
  Standing: obj({ rung: str(), label: str(), level: int, date, reported: date }),
  LedgerRow: obj(
    {
      actor: str(),
      name: str(),
      target: str(),
      rung: str(),
      label: str(),
      level: int,
      date,
      reported: date,
      mapRung: str('the rung that colours the map'),
      negative: arr(ref('Standing')),
      rungEvents: arr(str('ids of the events that put the actor on its rung (in /api/evidence only)')),
      stance: str(),
      notRecognized: bool,
      intent: nullable(str()),
      latestMove: nullable(obj({ id: str(), action: str(), mode: str(), date, summary: str() })),
      eventCount: int,
      sourceCount: int,
      conflicts: int,
    },
    ['rungEvents'],
  ),
  Ledger: obj({ target: str(), targetName: str(), asOf: date, rows: arr(ref('LedgerRow')) }),
  Target: obj({ id: str(), name: str(), events: int, actors: int, first: date, last: date }),
  Ladder: obj({
    rungs: arr(obj({ id: str(), label: str(), level: int })),
    stances: arr(obj({ id: str(), label: str() })),
  }),
  DocumentSummary: obj({
    id: str(),
    title: nullable(str()),
    outlet: nullable(str()),
    url: nullable(str()),
    published: date,
    language: nullable(str()),
    copyOf: nullable(str()),
    flags: arr(str()),
    extractorVersion: str(),
  }),
  Record: obj({
    doc: str(),
    date,
    evidence: str(),
    start: int,
    end: int,
    rule: str(),
    actor: str(),
    action: str(),
    target: str(),
    mode: str(),
    summary: str(),
  }),
  QuoteRecord: obj({
    doc: str(),
    speaker: nullable(str()),
    entity: nullable(str()),
    text: str(),
    date,
    start: int,
    end: int,
  }),
  Document: {
    allOf: [
      ref('DocumentSummary'),
      obj({ text: str(), ingestedAt: str(), records: arr(ref('Record')), quotes: arr(ref('QuoteRecord')) }),
    ],
  },
  Quote: {
    allOf: [
      ref('QuoteRecord'),
      obj({
        entityName: nullable(str()),
        source: nullable(ref('Source')),
        links: arr(obj({ eventId: str(), reason: str(), distance: int, summary: str() })),
      }),
    ],
  },
  EventWithQuotes: { allOf: [ref('Event'), obj({ quotes: arr(ref('Quote')) })] },
  ConflictItem: obj({ event: ref('EventBrief'), conflict: ref('Conflict') }),
  Evidence: obj({
    target: str(),
    targetName: str(),
    actor: str(),
    name: str(),
    asOf: date,
    row: nullable(ref('LedgerRow')),
    events: arr(ref('Event')),
    quotes: arr(ref('Quote')),
  }),
  IngestResult: obj({
    documents: arr(
      obj({
        doc: str(),
        status: { type: 'string', enum: ['stored', 'duplicate', 'copy', 'updated'] },
        duplicateOf: nullable(str()),
        copyOf: nullable(str()),
        flags: arr(str()),
        language: nullable(str()),
        document: nullable(ref('Document')),
      }),
    ),
    failed: arr(obj({ file: str(), reason: str() })),
  }),
  IngestText: obj(
    {
      text: str('the article: plain text, HTML, JSON or a feed (the format is sniffed)'),
      id: str('document id (a file name); default: pasted-<hash of the text>'),
      title: str(),
      outlet: str(),
      url: { type: 'string', format: 'uri' },
      published: str('publication date, for relative dates in the text'),
    },
    ['id', 'title', 'outlet', 'url', 'published'],
  ),
  IngestForm: obj(
    {
      file: { type: 'string', format: 'binary', description: 'a .txt, .html, .json, .jsonl or feed file' },
      text: str('or a pasted text'),
      id: str(),
      title: str(),
      outlet: str(),
      url: str(),
      published: str(),
    },
    ['file', 'text', 'id', 'title', 'outlet', 'url', 'published'],
  ),
  Forecast: obj({
    target: str(),
    asOf: str(),
    horizon: int,
    total: int,
    recognizers: arr(obj({ state: str(), name: str(), date: nullable(str()) })),
    rows: arr(
      obj({
        rank: int,
        state: str(),
        name: str(),
        probability: num,
        reasons: arr(obj({ feature: str(), text: str(), contribution: num, common: bool, events: arr(str()) })),
      }),
    ),
  }),
};

const errorResponse = (description: string) => json(ref('Error'), description);

export function openApiDocument(version: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Chancery API',
      version,
      description:
        'A sourced record of diplomatic events (recognition, envoys, meetings, sanctions) extracted from news. ' +
        'Every error is `{error: {code, message}}`. Writes need `Authorization: Bearer <token>` when the server has a token.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': get('Store revision and counts', [], ref('Health')),
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': json({ type: 'object' }) } } },
      '/api/targets': get('Targets present in the store, most-covered first', [], arr(ref('Target'))),
      '/api/ladder': get('The engagement ladder: rungs and stances', [], ref('Ladder')),
      '/api/documents': get('Stored documents', [], arr(ref('DocumentSummary'))),
      '/api/documents/{id}': {
        get: {
          summary: 'One document with its text, records and quotes',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str() }],
          responses: { '200': json(ref('Document')), ...errors, '404': errorResponse('No such document') },
        },
      },
      '/api/events': get(
        'Merged events with mentions, sources and conflicts (paginated)',
        [
          p.target(),
          p.actor(),
          p.entity,
          param('action', 'only this action', { type: 'string', enum: [...ACTIONS] }),
          p.mode,
          p.limit(1000, 100),
          p.offset,
        ],
        ref('EventPage'),
      ),
      '/api/events/{id}': {
        get: {
          summary: 'One event with its mentions, sources, conflicts and linked quotes',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str() }],
          responses: { '200': json(ref('EventWithQuotes')), ...errors, '404': errorResponse('No such event') },
        },
      },
      '/api/ledger': get(
        'Where every actor stands toward a target, as of a date',
        [p.target(true), p.asOf],
        ref('Ledger'),
      ),
      '/api/evidence': get(
        "One actor's events toward a target (and back), its ledger row and the quotes about them",
        [p.target(true), p.actor(true), p.asOf],
        ref('Evidence'),
      ),
      '/api/timeline': get(
        'Events in date order (briefs; paginated)',
        [
          p.target(),
          p.actor(),
          p.entity,
          param('from', 'events on or after this date'),
          param('to', 'events on or before this date'),
          p.mode,
          p.limit(5000, 500),
          p.offset,
        ],
        ref('EventBriefPage'),
      ),
      '/api/conflicts': get(
        "Where sources disagree on an event's date or on whether it happened",
        [p.target(), param('kind', 'date or assertion', { type: 'string', enum: ['date', 'assertion'] })],
        arr(ref('ConflictItem')),
      ),
      '/api/quotes': get(
        'Who said what: quotes linked to the events they comment on',
        [param('doc', 'only this document'), param('entity', 'only quotes by people speaking for it'), p.target()],
        arr(ref('Quote')),
      ),
      '/api/forecast': get(
        'Who may recognize a target next, ranked, with reasons',
        [
          p.target(true),
          param('asOf', 'forecast from this day (YYYY-MM-DD; default today)'),
          param('horizon', 'months ahead', { type: 'integer', minimum: 1, maximum: 120, default: 12 }),
          param('top', 'rows returned', { type: 'integer', minimum: 1, maximum: 500, default: 20 }),
          param('history', 'add the reference cascades of data/history', {
            type: 'string',
            enum: ['true', 'false', '1', '0'],
            default: 'true',
          }),
        ],
        ref('Forecast'),
      ),
      '/api/ingest': {
        post: {
          summary: 'Ingest a pasted article or an uploaded file through the pipeline; returns what was found',
          security: [{ bearer: [] }, {}],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('IngestText') },
              'multipart/form-data': { schema: ref('IngestForm') },
            },
          },
          responses: {
            '200': json(ref('IngestResult')),
            ...errors,
            '401': errorResponse('A token is needed'),
            '403': errorResponse('Cross-site request'),
            '413': errorResponse('Body over the size limit'),
            '415': errorResponse('Not JSON nor multipart'),
            '422': errorResponse('No document could be read'),
          },
        },
      },
    },
    components: {
      schemas,
      responses: { BadRequest: errorResponse('Invalid request') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
