import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateJaccard, NearDuplicateIndex, signature } from '../../src/ingest/index.ts';

const WIRE = `MOSCOW, July 3 (Wire) - Russia on Thursday became the first country to formally recognise the Taliban
government of Afghanistan, a move that Kabul hailed as a courageous step and that analysts said could prompt other states to
follow. The Russian foreign ministry said in a statement that official recognition would give impetus to productive bilateral
cooperation in energy, transport, agriculture and infrastructure, and that Moscow would continue to help Kabul fight terrorism
and drug trafficking. Afghan Foreign Minister Amir Khan Muttaqi met the Russian ambassador, Dmitry Zhirnov, in Kabul, where the
envoy conveyed the decision. "This courageous decision will be an example for others," Muttaqi said in a video posted on social
media. The Taliban seized power in August 2021 as United States-led forces withdrew after twenty years of war. No country had
formally recognised their administration until now, although China, the United Arab Emirates, Uzbekistan and Pakistan have
accepted Taliban ambassadors. Russia removed the Taliban from its list of banned terrorist organisations in April, having
designated the group as terrorist in 2003. Western governments have said recognition depends on the Taliban reversing curbs on
women's education and employment. A spokesman for the United Nations said the world body's position had not changed.`;

// The same story as another outlet ran it: new dateline, a word changed here and there, the last sentence cut.
const EDITED = WIRE.replace('MOSCOW, July 3 (Wire) -', 'KABUL (Daily Herald) —')
  .replace('hailed as a courageous step', 'praised as a brave step')
  .replace('twenty years', '20 years')
  .replace(" A spokesman for the United Nations said the world body's position had not changed.", '');

const OTHER = `ABU DHABI, Aug 24 (Wire) - The United Arab Emirates has accepted the credentials of an ambassador from Afghanistan's
Taliban government, officials said, becoming just the second country after China to do so. The Kabul foreign ministry announced
on social media that the new ambassador, Mawlawi Badruddin Haqqani, had been received in a ceremony in Abu Dhabi. Despite its
rivalry with the Taliban, the United States held back from criticising the move, saying it would not affect Washington's ties
with the Emirates. The UAE's growing links with Afghanistan include the management of its airports by an Emirati firm following
the withdrawal of foreign forces in 2021. The ambassador's acceptance will be seen as a victory by the Taliban authorities, who
remain largely isolated and unrecognised by the United Nations, partly for denying girls access to secondary education.`;

test('signatures are deterministic and insensitive to case, punctuation and line breaks', () => {
  const a = signature(WIRE);
  assert.equal(a.length, 128);
  assert.deepEqual(a, signature(WIRE));
  assert.deepEqual(a, signature(WIRE.toUpperCase().replace(/\n/g, ' ').replace(/,/g, '')));
  assert.equal(estimateJaccard(a, signature(WIRE)), 1);
  // Fixed seeds: the same values on every run and machine (stored signatures stay comparable).
  assert.deepEqual(
    Array.from(signature('the quick brown fox jumps over the lazy dog').slice(0, 3)),
    [368999387, 844783484, 77703523],
  );
  assert.notDeepEqual(signature('the quick brown fox jumps'), signature('the quick brown fox sleeps'));
});

test('estimateJaccard: a lightly edited wire story is ≥ 0.8, a different story near 0', () => {
  const j = estimateJaccard(signature(WIRE), signature(EDITED));
  assert.ok(j >= 0.8 && j < 1, `edited copy: ${j}`);
  const k = estimateJaccard(signature(WIRE), signature(OTHER));
  assert.ok(k < 0.1, `other story: ${k}`);
});

test('empty text matches nothing', () => {
  assert.equal(estimateJaccard(signature(''), signature('')), 0);
  const idx = new NearDuplicateIndex();
  idx.add('empty', signature('...'));
  assert.equal(idx.findCopy(signature('')), null);
  assert.equal(idx.size, 0);
});

test('NearDuplicateIndex: finds the wire story a lightly edited copy came from, and not a different story', () => {
  const idx = new NearDuplicateIndex();
  idx.add('wire.txt', signature(WIRE));
  idx.add('uae.txt', signature(OTHER));
  assert.equal(idx.findCopy(signature(EDITED)), 'wire.txt');
  assert.equal(idx.findCopy(signature(EDITED), 0.99), null, 'threshold respected');
  const fresh = OTHER.replace(/United Arab Emirates|UAE|Emirates/g, 'Qatar')
    .split('. ')
    .reverse()
    .join('. ');
  assert.equal(idx.findCopy(signature(fresh)), null, 'same topic, reordered and renamed: not a copy');
  assert.equal(idx.findCopy(signature('Kuwait reopened its embassy in Kabul on Monday after three years.')), null);
});

test('NearDuplicateIndex at 100k documents: no false copies among unrelated ones, and the near copy found', () => {
  // Random signatures stand in for 100k unrelated articles (hashing 100k texts would only time the hashing).
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const randomSig = () => {
    const s = new Uint32Array(128);
    for (let i = 0; i < 128; i++) s[i] = rand();
    return s;
  };
  const idx = new NearDuplicateIndex();
  const sigs: Uint32Array[] = [];
  for (let i = 0; i < 100_000; i++) {
    const s = randomSig();
    if (i % 1000 === 0) sigs.push(s);
    idx.add(`doc${i}`, s);
  }
  let found = 0;
  for (let q = 0; q < 1000; q++) if (idx.findCopy(randomSig()) !== null) found++;
  // A copy agreeing on 110 of 128 values (estimated Jaccard 0.86) is found.
  const near = Uint32Array.from(sigs[42]);
  for (let i = 0; i < 18; i++) near[i * 7] = rand();
  const copy = idx.findCopy(near);
  assert.equal(found, 0);
  assert.equal(copy, 'doc42000');
});
