import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/core/errors.ts';
import { FIXTURES, readAll, tempFiles } from './helpers.ts';

test('JSONL export: good lines yield, bad lines are reported by line, and reading goes on', async () => {
  const path = join(FIXTURES, 'export.jsonl');
  const { all } = await readAll([path]);
  assert.deepEqual(
    all.map((x) => (x instanceof InputError ? `ERROR ${x.message}` : x.id)),
    [
      'bahamas-palestine',
      'https://isles.example/ireland-palestine',
      'https://adriatic.example/slovenia',
      `ERROR ${path}:4: invalid JSON`,
      `ERROR ${path}:5: no text or html field`,
      'export.jsonl#7',
    ],
  );
});

test('JSONL export: field names and their aliases', async () => {
  const path = join(FIXTURES, 'export.jsonl');
  const { articles } = await readAll([path]);
  const [bahamas, ireland, slovenia, norway] = articles;
  assert.deepEqual(
    [bahamas.title, bahamas.outlet, bahamas.url, bahamas.published, bahamas.format, bahamas.source],
    [
      'Bahamas recognises Palestine',
      'Carib News',
      'https://caribnews.example/bahamas-palestine',
      '2024-05-07',
      'jsonl',
      `${path}#1`,
    ],
  );
  assert.deepEqual([ireland.outlet, ireland.published], ['Isles Daily', '2024-05-28']);
  // The html field goes through the HTML reader; the record's own fields win over the page's.
  assert.deepEqual(
    [slovenia.title, slovenia.outlet, slovenia.url, slovenia.published],
    ['Slovenia recognises Palestinian state', 'Adriatic Times', 'https://adriatic.example/slovenia', '2024-05-30'],
  );
  assert.equal(
    slovenia.raw,
    'Slovenia recognises Palestinian state\n\nThe Slovenian government approved a decision to recognise an independent Palestinian state, Prime Minister Robert Golob said.',
  );
  assert.equal(norway.published, null);
  assert.ok(norway.flags.includes('no-date'));
});

test('JSON: an array of records or a single record', async () => {
  const dir = tempFiles({
    'list.json': JSON.stringify([
      { id: 'x1', text: 'Qatar hosted the talks.' },
      { title: 'no body' },
      { text: 'Oman hosted the next round.', source: { name: 'Gulf Wire' } },
    ]),
    'one.json': JSON.stringify({ url: 'https://one.example/a', text: 'Kuwait reopened its embassy.' }),
  });
  const { all } = await readAll([dir]);
  assert.deepEqual(
    all.map((x) => (x instanceof InputError ? `ERROR ${x.message}` : `${x.id} ${x.format} ${x.outlet}`)),
    [
      'x1 json null',
      `ERROR ${join(dir, 'list.json')}#2: no text or html field`,
      'list.json#3 json Gulf Wire',
      'https://one.example/a json null',
    ],
  );
});
