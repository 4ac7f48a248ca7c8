import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article, ArticleInput } from '../../src/core/types.ts';
import { cleanArticle, cleanText, contentHash } from '../../src/ingest/index.ts';
import { ENGLISH, FIXTURES } from './helpers.ts';

const SEEDS = join(FIXTURES, 'seeds');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(join(SEEDS, name), 'utf8');
};

/** 1-based numbers of the raw lines clean-up dropped. */
const droppedLines = (raw: string) =>
  cleanText(raw)
    .dropped.map((r, i) => (r ? i + 1 : 0))
    .filter(Boolean);

function assertSegmentsExact(raw: string, a: { text: string; segments: Article['segments'] }) {
  let covered = 0;
  let prevEnd = -1;
  for (const s of a.segments) {
    assert.equal(raw.slice(s.rawStart, s.rawStart + s.length), a.text.slice(s.textStart, s.textStart + s.length));
    assert.ok(s.textStart >= prevEnd, 'segments in order, not overlapping');
    prevEnd = s.textStart + s.length;
    covered += s.length;
  }
  // Everything in the text outside segments is the line breaks put between kept pieces.
  const outside = a.text.length - covered;
  assert.equal(a.text.replace(/[^\n]/g, '').length >= outside, true, 'only newlines lie outside segments');
}

const input = (raw: string, over: Partial<ArticleInput> = {}): ArticleInput => ({
  id: 'doc.txt',
  title: null,
  outlet: null,
  url: null,
  published: null,
  raw,
  source: 'doc.txt',
  format: 'txt',
  flags: [],
  ...over,
});

// ---- the five seed pages ------------------------------------------------------------

test('seed 000: every article paragraph kept; the image slug and "Related Posts" dropped', () => {
  const raw = seed('000_');
  assert.deepEqual(droppedLines(raw), [3, 71]);
  const { text } = cleanText(raw);
  assert.ok(text.startsWith('Russia Recognizes Taliban: China Applauds'));
  assert.ok(
    text.includes(
      'Russia has become the first country to officially recognize the Taliban-led government in Afghanistan',
    ),
  );
  assert.ok(
    text.includes(
      '“Russia is the first country that has officially recognized the Islamic Emirate,” said Zia Ahmad Takal',
    ),
  );
  assert.ok(text.endsWith('on their own terms, not those dictated by Washington or Brussels.'));
  assert.ok(!text.includes('taliban-fighters'));
  assert.ok(!text.includes('Related Posts'));
});

test('seed 004: article, summary and section headings kept; page furniture dropped', () => {
  const raw = seed('004_');
  // 1 Accessibility links, 3 Breaking News, 9 the caption's repeat, 64 "16x9 Image",
  // 66 + 68 the author's name and bio, 70-73 the XS/SM/MD/LG picker.
  assert.deepEqual(droppedLines(raw), [1, 3, 9, 64, 66, 68, 70, 71, 72, 73]);
  const { text } = cleanText(raw);
  for (const kept of [
    "Russia Boosts The Taliban's Quest For Legitimacy. Who Will Be Next?",
    'An official uses his smartphone next to the flag of the Islamic Emirate of Afghanistan',
    "• Russia became the first country to formally recognize the Taliban's rule in Afghanistan",
    "Will Russia's Validation Trigger A Domino Effect?",
    "What's In It For Russia?",
    '"It is a mistake to think this will have economic benefits for Afghans."',
  ]) {
    assert.ok(text.includes(kept), `kept: ${kept}`);
  }
  assert.equal(text.split('An official uses his smartphone').length - 1, 1, 'the caption once');
  for (const gone of [
    'Accessibility links',
    'Breaking News',
    '16x9 Image',
    'Kian Sharifi',
    'BBC Monitoring',
    '\nXS',
    '\nLG',
  ]) {
    assert.ok(!text.includes(gone), `dropped: ${gone}`);
  }
});

test('seed 002: the article kept, the Related Articles block and the app prompts dropped entirely', () => {
  const raw = seed('002_');
  const { text } = cleanText(raw);
  for (const kept of [
    'Russia recognises the Taliban: Which other countries may follow?',
    'Al Jazeera04-07-2025',
    'Russia has become the first country to accept the Taliban government in Afghanistan since the group took power in 2021',
    'What did Russia say?',
    '— Ministry of Foreign Affairs – Afghanistan (@MoFA_Afg) July 3, 2025',
    "In April 2025, Russia lifted the 'terrorist' designation from the Taliban.",
    "For the Taliban, international recognition has been a core aim for their outreach regionally and beyond.'",
  ]) {
    assert.ok(text.includes(kept), `kept: ${kept}`);
  }
  assert.equal(text.split('Which other countries may follow?').length - 1, 1, 'the repeated title once');
  for (const gone of [
    'logo',
    'Orange background',
    'Try Our AI Features',
    'No comments yet',
    'Related Articles',
    "Russia's Medvedev issues warning",
    'Russia is no longer bound by a moratorium',
    'foreign ‘mercenaries',
    'The trial has begun for 19 defendants',
    'time2 hours ago',
    'DOWNLOAD THE APP',
    'Download Daily8 app',
    'app-storeplay-store',
  ]) {
    assert.ok(!text.includes(gone), `dropped: ${gone}`);
  }
  assert.ok(text.endsWith("beyond.'"), 'the text ends with the article');
});

test('seed 001: nothing dropped: headings and every timeline row kept', () => {
  const raw = seed('001_');
  assert.deepEqual(droppedLines(raw), []);
  const { text } = cleanText(raw);
  for (const kept of [
    'Historical Estrangement',
    'Gradual Rapprochement',
    '15 August 2021 |',
    'Taliban takes Kabul; Russia keeps embassy open, signalling pragmatic engagement. |',
    'Russia becomes the first country to grant formal recognition to the Taliban regime. |',
    '[xix] Ibid',
  ]) {
    assert.ok(text.includes(kept), `kept: ${kept}`);
  }
});

test('seed 003: a clean article is left as it is', () => {
  const raw = seed('003_');
  assert.equal(cleanText(raw).text, raw.trim());
});

test('segments map every kept piece back to raw exactly, on all five seeds', () => {
  for (const name of readdirSync(SEEDS)) {
    const raw = readFileSync(join(SEEDS, name), 'utf8');
    const a = cleanArticle(input(raw, { id: name }));
    assert.ok(a.segments.length > 0, name);
    assertSegmentsExact(raw, a);
    assert.equal(a.language, 'eng', name);
  }
});

// ---- furniture by its features, on made-up pages --------------------------------------

const P1 =
  'The foreign ministry said on Thursday that the government had decided to recognise the new administration after months of talks.';
const P2 =
  'Officials said the ambassador would present his credentials in the capital next week, according to a statement.';
const P3 =
  'The decision was criticised by rights groups, who said recognition should depend on the treatment of women.';

const CASES: { name: string; raw: string; kept: string[]; gone: string[] }[] = [
  {
    name: 'head: skip link, menu run, cookie banner, share bar',
    raw: [
      'Skip to main content',
      'Home',
      'World',
      'Politics',
      'Business',
      'Culture',
      '',
      'We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.',
      'Accept all cookies',
      '',
      'Share Facebook Twitter Email',
      '',
      P1,
      '',
      P2,
    ].join('\n'),
    kept: [P1, P2],
    gone: ['Skip to main content', 'Politics', 'We use cookies', 'Accept all', 'Share Facebook'],
  },
  {
    name: 'head: a "Don\'t miss" list of teasers, each closed by "Read more", then the article with its headline',
    raw: [
      "Don't miss",
      '',
      'Floods cut road links in the north',
      '',
      'Read more',
      '',
      'Central bank holds rates steady',
      '',
      'Read more',
      '',
      'Envoy presents credentials in Ankara',
      '',
      'Latest update : 2011-03-02',
      '',
      P1,
      P2,
    ].join('\n'),
    kept: ['Envoy presents credentials in Ankara', 'Latest update : 2011-03-02', P1, P2],
    gone: ["Don't miss", 'Floods cut road links', 'Central bank holds rates', 'Read more'],
  },
  {
    name: 'tail: related block with whole teaser articles (repeated headlines, "2 hours ago")',
    raw: [
      P1,
      '',
      P2,
      '',
      'Related Articles',
      '',
      'Port strike enters second week',
      'Port strike enters second week',
      '',
      'Wire Service',
      '3 hours ago',
      '',
      'Port strike enters second week',
      '',
      'Dock workers extended their strike on Monday, saying talks with the port authority had failed again after the government refused to step in.',
    ].join('\n'),
    kept: [P1, P2],
    gone: ['Related Articles', 'Port strike', 'Wire Service', '3 hours ago', 'Dock workers'],
  },
  {
    name: 'middle: a related box of bare headlines is dropped and the article goes on',
    raw: [
      P1,
      '',
      'Related stories',
      'Taliban envoy arrives in Beijing',
      'Kazakhstan delists the Taliban',
      '',
      P2,
      '',
      P3,
    ].join('\n'),
    kept: [P1, P2, P3],
    gone: ['Related stories', 'Taliban envoy arrives in Beijing', 'Kazakhstan delists'],
  },
  {
    name: 'middle: a one-line "READ MORE:" teaser',
    raw: [P1, '', 'READ MORE: Taliban envoy arrives in Beijing', '', P2].join('\n'),
    kept: [P1, P2],
    gone: ['READ MORE'],
  },
  {
    name: 'tail: author bio, name line, comments and app prompt',
    raw: [
      P1,
      '',
      P2,
      '',
      'Jane Example',
      '',
      'Jane Example is a senior correspondent covering Central Asia for the paper. She was previously based in Almaty.',
      '',
      '3 Comments',
      '',
      'Get our app: download it today from the App Store or Google Play',
    ].join('\n'),
    kept: [P1, P2],
    gone: ['Jane Example', 'senior correspondent', '3 Comments', 'Get our app'],
  },
  {
    name: 'kept: headings, pipe-table rows, quotes and third-person mentions of apps and cookies',
    raw: [
      'What did Russia say?',
      P1,
      '|',
      '15 August 2021 |',
      'Taliban takes Kabul; Russia keeps embassy open, signalling pragmatic engagement. |',
      '|',
      '3 July 2025 |',
      'Historical Estrangement',
      'Aleksei Sakharov is a fellow with the Observer Research Foundation in Delhi, and he spoke to reporters.',
      P2,
      'The ministry ordered telecom firms to block the app, which officials said had been used to organise protests.',
      '"Download our app and you will see," the minister told a rally, to laughter.',
      '— Reuters',
    ].join('\n'),
    kept: [
      'What did Russia say?',
      '15 August 2021 |',
      'Taliban takes Kabul; Russia keeps embassy open',
      '3 July 2025 |',
      'Historical Estrangement',
      'Aleksei Sakharov is a fellow',
      'block the app',
      '"Download our app',
      '— Reuters',
    ],
    gone: [],
  },
  {
    name: 'tail: a closing timeline of short dated lines survives the furniture after it',
    raw: [
      P1,
      '',
      'Key dates',
      '2001: US-led forces topple the Taliban',
      'August 15, 2021: Taliban take Kabul',
      '',
      'Share this article',
      'Try our new features',
    ].join('\n'),
    kept: [P1, '2001: US-led forces topple the Taliban', 'August 15, 2021: Taliban take Kabul'],
    gone: ['Share this article', 'Try our new features'],
  },
  {
    name: 'size and font pickers, image stubs and a caption printed twice',
    raw: [
      'A A A',
      'protesters-in-kabul',
      'embassy_photo_2.jpg',
      'Diplomats arrive at the ministry in Kabul on Thursday.',
      'Diplomats arrive at the ministry in Kabul on Thursday.',
      '',
      P1,
      '',
      'XS',
      'SM',
      'MD',
      'LG',
    ].join('\n'),
    kept: [P1, 'Diplomats arrive at the ministry in Kabul on Thursday.'],
    gone: ['A A A', 'protesters-in-kabul', 'embassy_photo', 'XS', 'LG'],
  },
  {
    name: 'captions that say so: a label before them or a picture credit after them',
    raw: [
      P1,
      '',
      'Photo: The foreign minister meets the visiting delegation in Kabul in 2022. (Reuters)',
      '',
      'FILE PHOTO - The ambassador presents his credentials at the palace, March 3, 2024.',
      '',
      P2,
      '',
      'The new embassy building in the capital. Photograph: Wakil Kohsar/AFP via Getty Images',
      '',
      'Officials met the envoy at the airport. (AP Photo/Rahmat Gul)',
      '',
      P3,
      '',
      'The talks, officials said, were held at the ministry (Reuters has not verified the account).',
    ].join('\n'),
    kept: [P1, P2, P3, 'The talks, officials said, were held at the ministry'],
    gone: ['Photo: The foreign minister', 'FILE PHOTO', 'The new embassy building', 'Officials met the envoy'],
  },
];

for (const c of CASES) {
  test(`clean-up: ${c.name}`, () => {
    const a = cleanArticle(input(c.raw));
    for (const k of c.kept) assert.ok(a.text.includes(k), `kept: ${k}`);
    for (const g of c.gone) assert.ok(!a.text.includes(g), `dropped: ${g}`);
    assertSegmentsExact(c.raw, a);
  });
}

test('a caption printed twice keeps one copy', () => {
  const cap = 'Diplomats arrive at the ministry in Kabul on Thursday.';
  const { text } = cleanText(`${cap}\n${cap}\n\n${P1}`);
  assert.equal(text, `${cap}\n\n${P1}`);
});

// ---- segments and the text's layout ---------------------------------------------------

test('text: lines trimmed, blank runs folded to one blank line, CRLF to LF; segments exact', () => {
  const raw =
    '\uFEFF  Title line here\r\n\r\n\r\n   \r\n  First paragraph.  \r\nSecond line.\r\n\r\nlogo\r\n\r\nLast paragraph.\n\n\n';
  const a = cleanArticle(input(raw));
  assert.equal(a.text, 'Title line here\n\nFirst paragraph.\nSecond line.\n\nLast paragraph.');
  assertSegmentsExact(raw, a);
  assert.equal(a.segments.length, 4); // CRLF breaks are not in the text, so no two lines join
});

test('segments: untouched stretches stay one piece; a dropped line splits them', () => {
  const raw = `${P1}\n\n${P2}\n\nRead more\n\n${P3}`;
  const a = cleanArticle(input(raw));
  assert.equal(a.text, `${P1}\n\n${P2}\n\n${P3}`);
  assert.deepEqual(a.segments, [
    { textStart: 0, rawStart: 0, length: P1.length + 2 + P2.length },
    { textStart: P1.length + 2 + P2.length + 2, rawStart: raw.indexOf(P3), length: P3.length },
  ]);
});

test('cleanArticle: hash ignores whitespace layout; language, flags, copyOf', () => {
  const a = cleanArticle(input(`${ENGLISH}\n\n${P1}`));
  const b = cleanArticle(
    input(`  ${ENGLISH.replace(/ /g, '  ')}\r\n\r\n${P1}\n`, { published: '2025-07-04', flags: ['no-date'] }),
  );
  assert.equal(a.contentHash, b.contentHash);
  assert.match(a.contentHash, /^[0-9a-f]{64}$/);
  assert.notEqual(a.contentHash, cleanArticle(input(P2)).contentHash);
  assert.equal(a.contentHash, contentHash(`${ENGLISH} ${P1}`));
  assert.equal(a.language, 'eng');
  assert.equal(a.copyOf, null);
  assert.deepEqual(a.flags, ['no-date']);
  assert.deepEqual(b.flags, [], '"no-date" follows published');
});
