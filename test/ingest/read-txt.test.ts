import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessPublished } from '../../src/ingest/read-txt.ts';

const BODY =
  'Kazakhstan has removed the Taliban from its list of banned organisations, the foreign ministry said on Friday, as trade grows.';

// A page's head in, the publication date it writes out (null when it writes none to the day).
const CASES: { name: string; head: string[]; expect: string | null }[] = [
  { name: 'a "Published" line', head: ['Headline here', '', 'Published 29 December 2023'], expect: '2023-12-29' },
  { name: 'a "Published" line with a time', head: ['Published: Jan 15, 2024 10:12 GMT'], expect: '2024-01-15' },
  { name: 'a date alone on its line', head: ['Headline here', 'Friday, 4 July 2025'], expect: '2025-07-04' },
  { name: 'a byline with a date after a bar', head: ['By Aigerim Sadykova | 29 December 2023'], expect: '2023-12-29' },
  {
    name: '"Published" wins over "Updated"',
    head: ['Updated 5 July 2025', 'Published 3 July 2025'],
    expect: '2025-07-03',
  },
  { name: '"Updated" alone serves', head: ['Last updated: 2025-07-05'], expect: '2025-07-05' },
  { name: 'a month is not a day', head: ['Published March 2024'], expect: null },
  { name: 'no date in the head', head: ['Headline here', 'By A Reporter'], expect: null },
];

for (const c of CASES) {
  test(`guessPublished: ${c.name}`, () => {
    assert.equal(guessPublished([...c.head, '', BODY].join('\n')), c.expect);
  });
}

test('guessPublished: a date inside the story is no publication date', () => {
  assert.equal(guessPublished([BODY, '', '3 July 2025', '', BODY].join('\n')), null);
});
