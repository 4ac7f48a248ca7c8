import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withHeadline } from '../../src/ingest/record.ts';

// A title is metadata; as a headline it leads the text the extractor reads, once, without the site's name.
const CASES: Array<[string | null, string, string]> = [
  [
    'Nauru switches recognition to China',
    'Nauru said on Monday …',
    'Nauru switches recognition to China\n\nNauru said on Monday …',
  ],
  // the body already opens with it (a page whose article keeps its h1)
  [
    'Nauru switches recognition to China',
    'Nauru switches recognition to China\n\nNauru said …',
    'Nauru switches recognition to China\n\nNauru said …',
  ],
  // …or has it after a byline, in other spacing or case
  [
    'Nauru Switches  Recognition',
    'By staff\n\nNAURU SWITCHES RECOGNITION\n\nNauru said …',
    'By staff\n\nNAURU SWITCHES RECOGNITION\n\nNauru said …',
  ],
  // a site's name after the headline is dropped
  ['Timeline: Taiwan’s allies | World News', 'Body.', 'Timeline: Taiwan’s allies\n\nBody.'],
  ['Kosovo and Israel sign accord - Balkan Monitor', 'Body.', 'Kosovo and Israel sign accord\n\nBody.'],
  // a hyphen inside a word is no separator
  ['Pak-Afghan talks resume', 'Body.', 'Pak-Afghan talks resume\n\nBody.'],
  [null, 'Body.', 'Body.'],
  ['   ', 'Body.', 'Body.'],
];

for (const [title, raw, expected] of CASES) {
  test(`headline: ${JSON.stringify(title)} + ${JSON.stringify(raw.slice(0, 30))}`, () => {
    assert.equal(withHeadline(title, raw), expected);
  });
}
