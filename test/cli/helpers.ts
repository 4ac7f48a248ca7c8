import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo, OutStream } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export const BIN = fileURLToPath(new URL('../../bin/chancery.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process. */
export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...process.env, CHANCERY_DB: '', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the real CLI in a child process: `child` to signal it, `done` for its result. */
export function startCli(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, CHANCERY_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

class Capture implements OutStream {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  once(): this {
    return this;
  }
}

/** Runs the CLI in this process with captured streams: quicker, for everything but exit behaviour. */
export async function runMain(
  args: string[],
  opts: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIo = { stdout, stderr, stdin: Readable.from([opts.input ?? '']), env: opts.env ?? {} };
  const status = await main(['node', 'chancery', ...args], io);
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** Lines of a text, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}
