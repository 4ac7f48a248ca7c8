import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractLexicon } from '../../src/extract/lexicon.ts';
import { isCandidate } from '../../src/extract/prefilter.ts';
import { normalize } from '../../src/nlp/tokens.ts';

// The cheap test every sentence gets: a trigger whose frame can hold, and something that can be a party.
const CASES: Array<[string, boolean]> = [
  ['Russia recognised the Taliban on Thursday.', true],
  // a party whose name starts with a capital outside ASCII
  ['Élysée recognised Kosovo.', true],
  // a pronoun can be a party
  ['It recognised the new government.', true],
  // a trigger that needs its companion ("cut" needs "ties")
  ['Kenya cut ties with Taiwan.', true],
  ['Kenya cut interest rates by half a point.', false],
  // a pro-verb phrase
  ['Uzbekistan followed suit.', true],
  // no trigger
  ['Russia beat Brazil 3-1 in the final.', false],
  // a trigger, but no party
  ['Riverside United recognised the value of patience.', false],
];

for (const [sentence, expected] of CASES) {
  test(`prefilter: ${sentence}`, () => {
    assert.equal(isCandidate(sentence), expected);
  });
}

// Tokens are matched by their folded lowercase form ("démarche" is read as "demarche"): a trigger written otherwise
// can never match, and a word outside the pre-filter's letters sends every sentence through its slow regex scan.
test('every trigger word is written as the tokenizer folds it', () => {
  const unread = [...extractLexicon().triggers.keys()].filter((w) => normalize(w) !== w);
  assert.deepEqual(unread, []);
});
