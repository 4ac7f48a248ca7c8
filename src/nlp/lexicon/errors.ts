/** A lexicon file that cannot be loaded: the message names the file, the entry and the reason. */
export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${file}: ${entry}: ${reason}`);
  }
}
