// The CLI's window on the process, so commands can run in tests with captured streams.

export interface OutStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Writes the pieces in order, waiting whenever the stream asks to. */
export async function writeAll(out: OutStream, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < 1 << 16) continue;
    if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', resolve));
    batch = '';
  }
  if (batch) out.write(batch);
}
