// The command line: the only place, with the server, that touches the process and exit codes.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../core/errors.ts';
import { StoreError } from '../store/index.ts';
import { backtestCommand } from './commands/backtest.ts';
import { conflictsCommand } from './commands/conflicts.ts';
import { demoCommand } from './commands/demo.ts';
import { docsCommand } from './commands/docs.ts';
import { evalCommand } from './commands/eval.ts';
import { eventsCommand } from './commands/events.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { forecastCommand } from './commands/forecast.ts';
import { ingestCommand } from './commands/ingest.ts';
import { ledgerCommand } from './commands/ledger.ts';
import { serveCommand } from './commands/serve.ts';
import { timelineCommand } from './commands/timeline.ts';
import type { CliContext, CommandModule } from './context.ts';
import { type CliIo, processIo } from './io.ts';

/**
 * Every command, in the order `chancery --help` lists them. A command module declares its options on
 * top and imports the heavy parts (readers, extractor, formats) inside its action, so that each
 * command starts without loading the others' libraries.
 */
const COMMANDS: readonly CommandModule[] = [
  ingestCommand,
  docsCommand,
  exportCommand,
  eventsCommand,
  ledgerCommand,
  timelineCommand,
  conflictsCommand,
  forecastCommand,
  backtestCommand,
  extractCommand,
  evalCommand,
  demoCommand,
  serveCommand,
];

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('chancery')
    .description('A sourced record of diplomatic recognition and engagement, extracted from news articles.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const register of COMMANDS) register(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'node' });
    return ctx.exitCode;
  } catch (err) {
    // Commander has printed its own message (or the help) already.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.stderr.write(`chancery: ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputError || err instanceof StoreError) {
      io.stderr.write(`chancery: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`chancery: internal error: ${(err as Error)?.stack ?? err}\n`);
    return 1;
  }
}
