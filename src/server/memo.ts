// A fast path in front of Hono for GET requests of views it has already served from the response
// cache. Translating a node request into a fetch Request and the Response back costs more CPU than
// the cached view itself; a repeated GET (the slider, a script paging through events) is answered
// here from the same CachedBody, through the same cachedReply, as the route would answer it.
//
// The memo is filled only from what the app itself produced: a route answering with jsonText notes
// its CachedBody on the node request, and after the app has answered 200 or 304 the body is kept
// under the request's exact path and query. It holds one store revision and is cleared when the
// revision changes. Only routes whose answer depends on nothing but the path, the query and the
// revision are memoized (not the forecast, whose default date is today). The Host guard is the
// app's own: a Host header is answered here only once the app has answered it (loopbackHostGuard).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedBody } from './body.ts';
import { cachedReply } from './context.ts';
import type { Records, RecordsSource } from './records.ts';

/** Paths whose cached views depend only on the query and the store revision. */
const MEMO_PATHS = new Set([
  '/api/ledger',
  '/api/timeline',
  '/api/events',
  '/api/targets',
  '/api/evidence',
  '/api/conflicts',
  '/api/documents',
]);

const NOTED = Symbol('chancery.cachedBody');

/** Longest path+query kept: longer ones go through the app every time. */
const MAX_KEY = 1024;
const MAX_ENTRIES = 8192;
/** Bytes of bodies the memo may hold beyond the response cache's own (which may evict them). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Host header values: loopback names and ports, nothing the URL parser could read otherwise. */
const PLAIN_HOST = /^[A-Za-z0-9.:[\]-]{1,262}$/;
const MAX_HOSTS = 64;

/** Called by jsonText: notes the body on the node request (env.incoming), when there is one. */
export function noteCachedBody(env: unknown, cached: CachedBody): void {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) (incoming as unknown as Record<symbol, CachedBody>)[NOTED] = cached;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

export class ResponseMemo {
  private records: Records | null = null;
  private readonly bodies = new Map<string, CachedBody>();
  private bytes = 0;
  /** Host header values the app has answered a memoized view for (so its Host guard let them pass). */
  private readonly hosts = new Set<string>();

  constructor(private readonly source: RecordsSource) {}

  get size(): number {
    return this.bodies.size;
  }

  /** Wraps the app's node listener: answers memoized views, passes everything else on. */
  listener(app: Listener): Listener {
    return (req, res) => {
      if (req.method === 'GET' && this.serve(req, res)) return;
      const before = this.source.peek();
      const done = app(req, res);
      const learn = () => this.learn(req, res, before);
      if (done instanceof Promise) done.then(learn, () => {});
      else learn();
    };
  }

  private key(req: IncomingMessage): string | null {
    const url = req.url ?? '';
    if (url.charCodeAt(0) !== 47 /* / */ || url.length > MAX_KEY) return null;
    const q = url.indexOf('?');
    return MEMO_PATHS.has(q < 0 ? url : url.slice(0, q)) ? url : null;
  }

  private serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.bodies.size === 0) return false;
    const host = req.headers.host;
    if (host === undefined || !this.hosts.has(host)) return false;
    const key = this.key(req);
    if (key === null) return false;
    // As the routes do: the current revision (checked against the store at most every 250 ms).
    const records = this.source.get();
    if (records !== this.records) {
      this.reset(records);
      return false;
    }
    const cached = this.bodies.get(key);
    if (cached === undefined) return false;
    const reply = cachedReply(cached, req.headers['if-none-match'], req.headers['accept-encoding']);
    // Headers set one by one and the body given to end(): node then adds Content-Length after them,
    // as it does for the app's answers (@hono/node-server), so the bytes on the wire are the same.
    res.statusCode = reply.status;
    for (const name in reply.headers) res.setHeader(name, reply.headers[name]);
    if (reply.body === null) res.end();
    else res.end(reply.body);
    return true;
  }

  private learn(req: IncomingMessage, res: ServerResponse, before: Records | null): void {
    const cached = (req as unknown as Record<symbol, CachedBody | undefined>)[NOTED];
    if (cached === undefined || req.method !== 'GET') return;
    if (res.statusCode !== 200 && res.statusCode !== 304) return;
    // The route used the revision current before and after it ran; a reload in between is not kept.
    const records = this.source.peek();
    if (records === null || records !== before) return;
    const host = req.headers.host;
    const key = this.key(req);
    if (host === undefined || key === null || !PLAIN_HOST.test(host)) return;
    if (records !== this.records) this.reset(records);
    if (!this.hosts.has(host)) {
      if (this.hosts.size >= MAX_HOSTS) return;
      this.hosts.add(host);
    }
    if (this.bodies.has(key)) return;
    if (this.bodies.size >= MAX_ENTRIES || this.bytes + cached.byteLength > MAX_BYTES) return;
    this.bodies.set(key, cached);
    this.bytes += cached.byteLength;
  }

  private reset(records: Records): void {
    this.records = records;
    this.bodies.clear();
    this.bytes = 0;
  }
}
