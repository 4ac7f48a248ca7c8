/** The store cannot be opened or used as asked: the message names the store and the reason. */
export class StoreError extends Error {
  override name = 'StoreError';
}
