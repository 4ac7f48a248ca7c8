// Generates lexicon/entities/states.generated.json from the world-countries package.
// Usage: npx tsx scripts/build-entities.ts
// The output is deterministic (no timestamps), so a rerun with the same package version is a no-op.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Country {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  translations: Record<string, { common: string; official: string }>;
  cca2: string;
  cca3: string;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  borders: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('world-countries/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
  name: string;
  version: string;
  licenses?: { type: string }[];
};
const countries = JSON.parse(readFileSync(join(dirname(pkgPath), 'countries.json'), 'utf8')) as Country[];

/** world-countries codes that differ from the contract's ids. */
const ID_MAP: Record<string, string> = { UNK: 'XKX' };
/** Non-members included anyway: observer states (VAT, PSE) and the contract's TWN and XKX. */
const EXTRA_IDS = new Set(['UNK', 'PSE', 'TWN', 'VAT']);
/** world-countries 5.1.0 flags the Vatican as a UN member; the Holy See is an observer state. */
const UN_OBSERVERS = new Set(['VAT', 'PSE']);
/** Latin-script alternates that are transliterations or historic, not names English news uses. */
const DROP_ALTS = new Set(['Abode of Peace', 'the Abode of Peace', 'Timor', 'Lao']);

const idOf = (cca3: string): string => ID_MAP[cca3] ?? cca3;
const selected = countries
  .filter((c) => c.unMember || EXTRA_IDS.has(c.cca3))
  .sort((a, b) => (idOf(a.cca3) < idOf(b.cca3) ? -1 : 1));
const selectedIds = new Set(selected.map((c) => idOf(c.cca3)));

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string): string[] =>
  fold(s)
    .split(/[\s\-,()]+/)
    .filter(Boolean);

/** Words of English names: every English common/official name, demonym and capital, plus function words. */
const englishWords = new Set<string>([
  'the',
  'of',
  'and',
  'republic',
  'kingdom',
  'state',
  'states',
  'united',
  'democratic',
  "people's",
  'federal',
  'islamic',
  'socialist',
  'union',
  'federation',
  'principality',
  'grand',
  'duchy',
  'commonwealth',
  'independent',
  'sovereign',
  'dr',
  'former',
]);
for (const c of countries) {
  for (const s of [c.name.common, c.name.official, ...c.capital, c.demonyms?.eng?.m ?? '']) {
    for (const w of words(s)) englishWords.add(w);
  }
}
const nativeNames = new Set<string>();
for (const c of countries) {
  for (const n of Object.values(c.name.native ?? {})) nativeNames.add(n.common).add(n.official);
  for (const n of Object.values(c.translations)) nativeNames.add(n.common).add(n.official);
}

/** Keeps the alternates English prose uses: no ISO codes, inverted forms, native or transliterated names. */
function isEnglishAlt(alt: string, c: Country): boolean {
  if (DROP_ALTS.has(alt)) return false;
  if (/^[A-Z]{2}$/.test(alt)) return false; // ISO alpha-2 and similar codes
  if (alt.includes(',') || alt.includes('(')) return false; // "Korea, Republic of", "Holy See (Vatican City State)"
  if (/[^\p{Script=Latin}\s'’\-.]/u.test(alt)) return false; // Cyrillic, Arabic, Han, IPA...
  if (/[\u0100-\u024F\u02B0-\u02FF\u1E00-\u1EFF]/u.test(alt)) return false; // romanization marks: ā ṣ ʻ ŏ
  if (/^[A-Z]{3,5}$/.test(alt)) return true; // acronyms: UAE, DPRK, DRC
  const english = alt === c.name.common || alt === c.name.official;
  if (!english && nativeNames.has(alt)) return false;
  return words(alt).every((w) => englishWords.has(w));
}

const splitDemonym = (d: string): string[] =>
  d
    .split(/,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
const uniq = (xs: string[]): string[] => [...new Set(xs)];
const stripParen = (s: string): string => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

const states = selected.map((c) => {
  const id = idOf(c.cca3);
  const adjectives = uniq(splitDemonym(c.demonyms?.eng?.m ?? '').concat(splitDemonym(c.demonyms?.eng?.f ?? '')));
  const adjectiveSet = new Set(adjectives);
  const seen = new Set<string>();
  const names = [c.name.common, stripParen(c.name.official), ...c.altSpellings]
    .filter((n, i) => i < 2 || (isEnglishAlt(n, c) && !adjectiveSet.has(n)))
    .filter((n) => !n.includes(','))
    .filter((n) => {
      const key = fold(n).replace(/^the /, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    id,
    kind: 'state',
    name: c.name.common,
    officialName: c.name.official,
    names,
    adjectives,
    capitals: c.capital,
    region: c.region,
    subregion: c.subregion,
    borders: c.borders.map(idOf).filter((b) => selectedIds.has(b)),
    un: c.unMember && !UN_OBSERVERS.has(id),
    unObserver: UN_OBSERVERS.has(id),
  };
});

const out = {
  $comment:
    'GENERATED by scripts/build-entities.ts from the world-countries package. Do not edit: put corrections in states.extra.json.',
  generated: {
    by: 'scripts/build-entities.ts',
    source: { package: pkg.name, version: pkg.version, license: pkg.licenses?.[0]?.type ?? null },
    selection:
      'UN member states plus PSE, VAT (observers), TWN and XKX (world-countries UNK). Borders keep only ids in this file; un is false for VAT, which world-countries 5.1.0 lists as a member.',
  },
  count: states.length,
  states,
};

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon', 'entities', 'states.generated.json');
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${states.length} states (${states.filter((s) => s.un).length} UN members) to ${target}`);
