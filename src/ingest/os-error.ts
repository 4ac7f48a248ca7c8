// Turns a Node fs error into the words a user needs ("permission denied"), without
// the code, syscall and path noise of err.message (the path is named by InputError).

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EBUSY: 'resource busy',
};

export function osReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  if (e?.code && WORDS[e.code]) return WORDS[e.code];
  const msg = e?.message ?? String(err);
  // "EXDEV: cross-device link not permitted, rename 'a' -> 'b'" → "cross-device link not permitted"
  const m = /^[A-Z0-9_]+: ([^,]+)/.exec(msg);
  return m ? m[1] : msg;
}
