// Expands a path into the files to read: a file is itself; a folder is every file under
// it, recursively, in sorted order (so runs are reproducible), skipping dotfiles and
// dot-folders (.git, .DS_Store) and a folder's own documentation (README, LICENSE), which describe the
// articles rather than being articles. Symlinked folders are followed once. A file named on the command
// line is always read.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { osReason } from './os-error.ts';

const FOLDER_DOCS = /^(?:readme|license|licence|changelog)(?:\.[a-z]+)?$/i;

export interface FoundFile {
  path: string;
  size: number;
}

export async function* walk(path: string, seen: Set<string> = new Set()): AsyncGenerator<FoundFile | InputError> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    yield new InputError(path, osReason(e));
    return;
  }
  if (!st.isDirectory()) {
    if (st.isFile()) yield { path, size: st.size };
    else yield new InputError(path, 'not a regular file');
    return;
  }
  let real: string;
  let names: string[];
  try {
    real = await realpath(path);
    names = await readdir(path);
  } catch (e) {
    yield new InputError(path, osReason(e));
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  // Code-unit order, not locale order: the same on every machine.
  for (const name of names.filter((n) => !n.startsWith('.') && !FOLDER_DOCS.test(n)).sort())
    yield* walk(join(path, name), seen);
}
