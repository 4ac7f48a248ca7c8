// What every command gets: the streams, the store option, and a place to leave its exit code.
import type { Command } from 'commander';
import { type OpenOptions, openStore, type Store } from '../store/index.ts';
import type { CliIo } from './io.ts';

export interface CliContext {
  io: CliIo;
  /** The exit code the command asks for; main returns it. */
  exitCode: number;
}

/** A command module: adds one command to the program. */
export type CommandModule = (program: Command, ctx: CliContext) => void;

export interface DbOptions {
  db?: string;
}

/** Adds `--db FILE` to a command. */
export function withDbOption(cmd: Command): Command {
  return cmd.option('--db <file>', 'the store: a SQLite file (default: $CHANCERY_DB, else ./chancery.db)');
}

/** The store path: `--db`, else $CHANCERY_DB, else ./chancery.db. */
export function dbPath(opts: DbOptions, ctx: CliContext): string {
  return opts.db || ctx.io.env.CHANCERY_DB || './chancery.db';
}

/**
 * Opens the store named by the options, runs `fn`, and closes the store whatever happens. Commands
 * that only read pass `mustExist`, so a mistyped path is an error rather than a new empty store.
 */
export async function withStore<T>(
  opts: DbOptions,
  ctx: CliContext,
  fn: (store: Store, path: string) => T,
  open: OpenOptions = {},
): Promise<Awaited<T>> {
  const path = dbPath(opts, ctx);
  const store = openStore(path, open);
  try {
    return await fn(store, path);
  } finally {
    store.close();
  }
}
