/** An input that cannot be ingested: the message names the file and the reason. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/** A request the user can fix (bad flag, unknown target); the CLI prints it without a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
