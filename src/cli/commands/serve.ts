import { type Command, InvalidArgumentError } from 'commander';
import { type CliContext, type DbOptions, dbPath, withDbOption } from '../context.ts';

interface ServeCliOptions extends DbOptions {
  host: string;
  port: number;
  token?: string;
  examples?: boolean;
}

/**
 * `chancery serve`: the JSON API and the page, on loopback unless told otherwise. Runs until
 * interrupted (SIGINT or SIGTERM), then closes the server and the store.
 */
export function serveCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('serve')
    .description('serve the page and the JSON API (default http://127.0.0.1:8377/)')
    .option('--host <address>', 'address to listen on; other than loopback needs a token', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', parsePort, 8377)
    .option('--token <token>', 'require Authorization: Bearer <token> for writes (default: $CHANCERY_TOKEN)')
    .option('--examples', 'first ingest the bundled example corpus (what `npm start` does)');
  withDbOption(cmd).action(async (opts: ServeCliOptions) => {
    const { openStore } = await import('../../store/index.ts');
    const { checkExposure, startServer } = await import('../../server/index.ts');
    const token = opts.token || ctx.io.env.CHANCERY_TOKEN || null;
    // Refuse before touching the store: an exposed server without a token is a usage error.
    checkExposure(opts.host, token);
    const path = dbPath(opts, ctx);
    const store = openStore(path);
    try {
      if (opts.examples) {
        const { ingestExamples } = await import('./demo.ts');
        const { summaryLine } = await import('../ingest-run.ts');
        const tally = await ingestExamples(store, ctx.io);
        ctx.io.stdout.write(`Example corpus: ${summaryLine(tally)}\n`);
      }
      const server = await startServer({ store, host: opts.host, port: opts.port, token });
      const health = server.app.request('/api/health', { headers: { host: 'localhost' } });
      const { documents, events } = (await (await health).json()) as { documents: number; events: number };
      ctx.io.stdout.write(
        `Chancery is serving ${server.url} (store ${path}: ${documents} documents, ${events} events)\n` +
          `API: ${server.url}api/openapi.json${token ? '; writes need the token' : ''}. Stop with Ctrl+C.\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
    } finally {
      store.close();
    }
  });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('not a port number (0-65535).');
  return n;
}
