// API benchmark: a store of ≥ 100,000 synthetic events, the server in a child process on
// loopback, and autocannon against the ledger, timeline and events endpoints.
// Run: npm run bench:api [-- --events N --duration S --warmup S --connections C]
// Target: p99 < 50 ms and no errors on every endpoint.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import countries from 'i18n-iso-countries';
import type { Action, Article, Mention, Mode } from '../src/core/types.ts';
import { contentHash } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '110000' },
    duration: { type: 'string', default: '10' },
    // Seconds of the same requests, unmeasured, before each endpoint's run: the JIT and the sockets warm up.
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '100' },
    // Reuse (or keep) a generated store here instead of a temporary one.
    db: { type: 'string' },
  },
});
const EVENTS = Number(args.events);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const PER_DOC = 100;
const P99_TARGET_MS = 50;
const BIN = fileURLToPath(new URL('../bin/chancery.mjs', import.meta.url));

const TARGETS = ['TALIBAN', 'PSE', 'XKX', 'TWN', 'SOMALILAND'];
// Recurring acts: each distinct date is its own event (src/consolidate/policy.ts).
const RECURRING: Action[] = ['MEET', 'PRAISE', 'CONDEMN', 'AGREEMENT', 'SANCTION'];
const ACTORS = Object.keys(countries.getAlpha3Codes()).filter((c) => c !== 'AFG');
const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The i-th synthetic event as one mention; distinct (actor, action, target, date) for every i. */
function* syntheticMentions(total: number): Generator<Omit<Mention, 'doc' | 'start' | 'end'>> {
  const combos = ACTORS.length * TARGETS.length;
  // Every actor recognizes a third of the targets once, so the ledger has its top rung.
  let made = 0;
  for (let a = 0; a < ACTORS.length && made < total; a++) {
    for (let t = 0; t < TARGETS.length && made < total; t++) {
      if ((a + t) % 3 !== 0) continue;
      const date = isoDay(START + ((a * 37 + t * 101) % 9000) * DAY);
      yield mention(ACTORS[a], 'RECOGNIZE', TARGETS[t], 'asserted', date);
      made++;
    }
  }
  for (let i = 0; made < total; i++, made++) {
    const combo = i % combos;
    const round = Math.floor(i / combos);
    const actor = ACTORS[combo % ACTORS.length];
    const target = TARGETS[Math.floor(combo / ACTORS.length)];
    const action = RECURRING[round % RECURRING.length];
    const mode: Mode = round % 17 === 16 ? 'negated' : 'asserted';
    // Rounds of one action are a few days apart: every date is distinct within a combination.
    yield mention(actor, action, target, mode, isoDay(START + (round * 3 + (combo % 3)) * DAY));
  }
}

function mention(actor: string, action: Action, target: string, mode: Mode, date: string) {
  const evidence = `On ${date}, ${actor} ${mode === 'negated' ? 'did not ' : ''}${action.toLowerCase()} ${target} (synthetic).`;
  return { actor, action, target, mode, date, evidence, rule: 'bench.synthetic', dateSource: 'stated' as const };
}

function buildStore(path: string): { documents: number; mentions: number } {
  const store = openStore(path);
  const started = Date.now();
  let documents = 0;
  let mentions = 0;
  let batch: Omit<Mention, 'doc' | 'start' | 'end'>[] = [];
  const flush = () => {
    const id = `bench-${String(documents).padStart(5, '0')}.txt`;
    const records: Mention[] = [];
    let text = '';
    for (const m of batch) {
      const start = text.length;
      text += `${m.evidence}\n`;
      records.push({ ...m, doc: id, start, end: start + m.evidence.length });
    }
    const article: Article = {
      id,
      title: `Synthetic document ${documents}`,
      outlet: `Outlet ${documents % 40}`,
      url: `https://example.org/bench/${documents}`,
      published: records[records.length - 1].date,
      raw: text,
      source: id,
      format: 'txt',
      flags: [],
      text,
      segments: [{ textStart: 0, rawStart: 0, length: text.length }],
      language: 'eng',
      contentHash: contentHash(text),
      copyOf: null,
    };
    // Documents are saved one transaction each, as the pipeline does.
    store.saveDocument(article, { mentions: records, quotes: [] }, new Uint32Array(128).fill(documents), 'bench');
    documents++;
    mentions += records.length;
    batch = [];
  };
  for (const m of syntheticMentions(EVENTS)) {
    batch.push(m);
    if (batch.length === PER_DOC) flush();
  }
  if (batch.length > 0) flush();
  store.close();
  console.log(`store: ${documents} documents, ${mentions} mentions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { documents, mentions };
}

async function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CHANCERY_TOKEN: '' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
  console.log(`server: ${url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (consolidation included)`);
  return { child, url };
}

interface Row {
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  ok: boolean;
}

/** Runs autocannon for DURATION seconds (after WARMUP seconds unmeasured), cycling each connection through `paths`. */
async function hammer(url: string, endpoint: string, paths: string[]): Promise<Row> {
  if (WARMUP > 0) await load(url, paths, WARMUP);
  const result = await load(url, paths, DURATION);
  const errors = result.errors + result.timeouts + result.non2xx;
  const row: Row = {
    endpoint,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    ok: result.latency.p99 < P99_TARGET_MS && errors === 0,
  };
  console.log(
    `${endpoint.padEnd(44)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms  errors ${errors}  ${row.ok ? 'ok' : 'MISSED'}`,
  );
  return row;
}

function load(url: string, paths: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // As a browser does: compressed responses when the server offers them.
    headers: { 'accept-encoding': 'gzip' },
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
      },
    ],
  });
}

function monthEnds(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (let m = 1; m <= 12; m++) out.push(isoDay(Date.UTC(y, m, 0)));
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-api-'));
  let server: { child: ChildProcess; url: string } | null = null;
  try {
    const db = args.db ?? join(dir, 'bench.db');
    if (!args.db || !existsSync(db)) buildStore(db);
    server = await startServer(db);
    const warmStart = Date.now();
    let health = { events: 0, warming: true };
    while (health.warming) {
      health = (await (await fetch(`${server.url}api/health`)).json()) as typeof health;
      if (health.warming) await new Promise((done) => setTimeout(done, 250));
    }
    console.log(
      `server: background precompute (ledgers at every slider step) done in ${((Date.now() - warmStart) / 1000).toFixed(1)} s`,
    );
    console.log(`events: ${health.events} (target ≥ 100,000)`);
    const total = (await (await fetch(`${server.url}api/events?limit=1`)).json()) as { total: number };
    const timelineTotal = (await (await fetch(`${server.url}api/timeline?target=TALIBAN&limit=1`)).json()) as {
      total: number;
    };
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION} s per endpoint measured after ${WARMUP} s of the same requests unmeasured; ` +
        'paths vary (slider dates, pages)\n',
    );
    const rows = [
      await hammer(
        server.url,
        'ledger ?target=…&asOf=<month end>',
        // The slider replaying 2000-2025 for the two main targets, and every target's latest ledger.
        [
          ...['TALIBAN', 'PSE'].flatMap((t) => monthEnds(2000, 2025).map((d) => `/api/ledger?target=${t}&asOf=${d}`)),
          ...TARGETS.map((t) => `/api/ledger?target=${t}`),
        ],
      ),
      await hammer(
        server.url,
        'timeline ?target=TALIBAN&limit=100&offset=…',
        Array.from(
          { length: Math.ceil(timelineTotal.total / 100) },
          (_, i) => `/api/timeline?target=TALIBAN&limit=100&offset=${i * 100}`,
        ),
      ),
      await hammer(
        server.url,
        'events ?limit=100&offset=…',
        Array.from({ length: Math.ceil(total.total / 100) }, (_, i) => `/api/events?limit=100&offset=${i * 100}`),
      ),
    ];
    const met = rows.every((r) => r.ok) && health.events >= 100_000;
    console.log(`\ntarget: p99 < ${P99_TARGET_MS} ms, 0 errors, ≥ 100,000 events: ${met ? 'met' : 'NOT met'}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    server?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
