import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/core/errors.ts';
import { readInputs } from '../../src/ingest/index.ts';

const ARTICLE = 'Spain recognised the State of Palestine on Tuesday, the government said in Madrid.\n';

async function ids(paths: string[], skip: string[] = []): Promise<string[]> {
  const out: string[] = [];
  for await (const r of readInputs(paths, { maxBytes: 1_000_000, skip }))
    out.push(r instanceof InputError ? `error:${r.file}` : r.id);
  return out;
}

test('a folder walk passes over its README and the manifest it is given, but reads them when named', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-folder-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'README.md'), '# Where these articles come from\n');
  writeFileSync(join(dir, 'manifest.jsonl'), '{"doc": "a.txt", "published": "2024-05-28"}\n');
  assert.deepEqual(await ids([dir], [join(dir, 'manifest.jsonl')]), ['a.txt']);
  const named = await ids([join(dir, 'README.md')]);
  assert.equal(named.length, 1, 'a file named on the command line is read (and refused for its type)');
  assert.match(named[0], /^error:/);
});
