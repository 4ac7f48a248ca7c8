import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/core/errors.ts';
import { FIXTURES, readAll, tempFiles } from './helpers.ts';

test('RSS 2.0: each item an article with link id, feed outlet, item date and full content', async () => {
  const path = join(FIXTURES, 'rss.xml');
  const { articles, errors } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.url, a.title, a.outlet, a.published, a.format, a.source]),
    [
      [
        'https://gulfwire.example/2024/08/uae-taliban-envoy',
        'https://gulfwire.example/2024/08/uae-taliban-envoy',
        'UAE accepts credentials of Taliban ambassador',
        'Gulf Wire',
        '2024-08-24', // the date as written (+0400), not moved to 23 August in UTC
        'feed',
        `${path}#1`,
      ],
      [
        'https://gulfwire.example/2024/08/oman-yemen-talks',
        'https://gulfwire.example/2024/08/oman-yemen-talks',
        'Oman hosts talks on Yemen truce',
        'Gulf Wire',
        '2024-08-22', // dc:date
        'feed',
        `${path}#2`,
      ],
    ],
  );
  // content:encoded, not the shorter description; HTML entities decoded; paragraphs kept apart; the item's title
  // leads, as its headline.
  assert.equal(
    articles[0].raw,
    'UAE accepts credentials of Taliban ambassador\n\n' +
      'The United Arab Emirates has accepted the credentials of an ambassador from Afghanistan’s Taliban government, officials said on Friday.\n\n' +
      'The Kabul foreign ministry said the new ambassador, Mawlawi Badruddin Haqqani, was received at a ceremony in Abu Dhabi.',
  );
  assert.equal(
    articles[1].raw,
    'Oman hosts talks on Yemen truce\n\nOman hosted envoys from Saudi Arabia and the Houthis in Muscat on Thursday for talks on extending the truce in Yemen.',
  );
  // The picture-only item has no text: reported by item, and the others still read.
  assert.deepEqual(
    errors.map((e) => e.message),
    [`${path}#3: feed item has no text`],
  );
});

test('Atom: alternate link, published (not updated) date, html and xhtml content', async () => {
  const path = join(FIXTURES, 'atom.xml');
  const { articles, errors } = await readAll([path]);
  assert.equal(errors.length, 0);
  assert.deepEqual(
    articles.map((a) => [a.id, a.title, a.outlet, a.published]),
    [
      [
        'https://balkanmonitor.example/2019/11/ghana-kosovo',
        'Ghana withdraws recognition of Kosovo',
        'Balkan Monitor',
        '2019-11-11',
      ],
      [
        'https://balkanmonitor.example/2019/11/togo-kosovo',
        'Togo reviews its position on Kosovo',
        'Balkan Monitor',
        '2019-11-05',
      ],
    ],
  );
  assert.equal(
    articles[0].raw,
    'Ghana withdraws recognition of Kosovo\n\nGhana became the 16th state to withdraw its recognition of Kosovo, the Serbian Foreign Ministry said on Monday.\n\nThe ministry said Ghana considered its 2012 decision over-hasty.',
  );
  assert.equal(
    articles[1].raw,
    'Togo reviews its position on Kosovo\n\nTogo said it was reviewing its recognition of Kosovo after talks in Belgrade.',
  );
});

test('feeds: .rss and .atom extensions; items without links get file#N ids', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>No Links</title>
    <item><title>One</title><description>Armenia and Azerbaijan agreed to resume border talks.</description></item>
  </channel></rss>`;
  const dir = tempFiles({ 'wire.rss': rss });
  const { articles } = await readAll([dir]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].id, 'wire.rss#1');
  assert.equal(articles[0].url, null);
  assert.deepEqual(articles[0].flags, ['no-date']);
});

test('feeds: malformed XML and a feed without items are errors naming the file', async () => {
  const dir = tempFiles({
    'a.xml': '<rss version="2.0"><channel><title>T</title><item><title>x</item></channel></rss>',
    'b.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
  });
  const { all } = await readAll([dir]);
  assert.ok(all.every((x) => x instanceof InputError));
  assert.deepEqual(
    all.map((e) => (e as InputError).reason),
    ['malformed XML: the XML document is not well-formed', 'feed has no items'],
  );
});
