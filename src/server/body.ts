// A cached response body, kept as the bytes most clients are sent: gzip, made once at the best
// level since it is sent many times. A ledger of 250 rows is 130 kB of JSON and 9 kB gzipped, so
// keeping only the gzip lets the cache hold every slider step of every main target, and a smaller
// response is less to write and for the client to read.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Bodies smaller than this are kept and sent as they are: gzip saves nothing worth its header. */
export const GZIP_FROM = 1024;

export class CachedBody {
  /** The body gzipped, or null when it is sent as it is (small bodies). */
  readonly gzip: Buffer | null;
  /** A weak validator from the content: equal for both encodings, which carry the same JSON. */
  readonly etag: string;
  private readonly plain: Buffer | null;

  constructor(json: Buffer) {
    this.etag = `W/"${createHash('sha1').update(json).digest('base64url')}"`;
    if (json.byteLength < GZIP_FROM) {
      this.plain = json;
      this.gzip = null;
    } else {
      this.plain = null;
      this.gzip = gzipSync(json, { level: 9 });
    }
  }

  /** The JSON itself; inflated per call for the few clients that do not accept gzip (curl, scripts). */
  get body(): Buffer {
    return this.plain ?? gunzipSync(this.gzip as Buffer);
  }

  /** Bytes held, which is what the response cache is bounded by. */
  get byteLength(): number {
    return (this.plain ?? (this.gzip as Buffer)).byteLength;
  }
}
