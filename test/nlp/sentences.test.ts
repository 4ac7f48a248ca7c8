import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/nlp/sentences.ts';

// A text in, its sentences out.
const CASES: { name: string; text: string; sentences: string[] }[] = [
  {
    name: 'abbreviations and dotted acronyms end no sentence',
    text: 'The U.S. State Dept. said on Jan. 5 that Gen. Smith met the Taliban. Russia then recognised them.',
    sentences: ['The U.S. State Dept. said on Jan. 5 that Gen. Smith met the Taliban.', 'Russia then recognised them.'],
  },
  {
    name: 'titles before names',
    text: 'George W. Bush met Pres. Karzai in Kabul. Amb. Zhirnov met Mr. Muttaqi. St. Lucia recognised Taiwan.',
    sentences: [
      'George W. Bush met Pres. Karzai in Kabul.',
      'Amb. Zhirnov met Mr. Muttaqi.',
      'St. Lucia recognised Taiwan.',
    ],
  },
  {
    name: 'a page reference in brackets',
    text: "Palestine's bid passed (see p. 4). Israel objected.",
    sentences: ["Palestine's bid passed (see p. 4).", 'Israel objected.'],
  },
  {
    name: 'decimals and scores',
    text: 'The vote was 143-9. Trade rose 3.5 per cent. China agreed.',
    sentences: ['The vote was 143-9.', 'Trade rose 3.5 per cent.', 'China agreed.'],
  },
  {
    name: 'questions, exclamations, an ellipsis',
    text: 'Is recognition next? Analysts think so! Kazakhstan may follow…',
    sentences: ['Is recognition next?', 'Analysts think so!', 'Kazakhstan may follow…'],
  },
  {
    name: 'quotations closed before the split',
    text: '"We will not recognise them," he said. "Never." China disagreed.',
    sentences: ['"We will not recognise them," he said.', '"Never."', 'China disagreed.'],
  },
  {
    name: 'a footnote mark stays with its sentence',
    text: 'Russia became the first country to recognise them.[iii] China followed.',
    sentences: ['Russia became the first country to recognise them.[iii]', 'China followed.'],
  },
  {
    name: 'a headline line without a period is a sentence of its own',
    text: 'Russia recognises the Taliban\nMoscow acted on Thursday. Beijing welcomed it.',
    sentences: ['Russia recognises the Taliban', 'Moscow acted on Thursday.', 'Beijing welcomed it.'],
  },
  {
    name: 'a hard-wrapped line runs on into its lowercase continuation',
    text: 'Russia became the first country to\nrecognise the Taliban on Thursday.',
    sentences: ['Russia became the first country to\nrecognise the Taliban on Thursday.'],
  },
  {
    name: 'bullets are lines of their own',
    text: '• Russia recognised the Taliban\n• China accepted an envoy',
    sentences: ['• Russia recognised the Taliban', '• China accepted an envoy'],
  },
  {
    name: 'a lowercase word after a period continues the sentence',
    text: 'The talks were held in Doha, i.e. in Qatar, on Monday.',
    sentences: ['The talks were held in Doha, i.e. in Qatar, on Monday.'],
  },
];

for (const c of CASES) {
  test(`splitSentences: ${c.name}`, () => {
    assert.deepEqual(
      splitSentences(c.text).map((s) => c.text.slice(s.start, s.end)),
      c.sentences,
    );
  });
}

test('splitSentences: spans cover the text in order, without overlap', () => {
  const text = 'One sentence here. Another one follows!\n\nA third, after a blank line? Yes.';
  const spans = splitSentences(text);
  for (let k = 1; k < spans.length; k++) assert.ok(spans[k].start >= spans[k - 1].end);
  assert.equal(spans.length, 4);
});
