// A generated corpus of distinct short news items with real country names, for bulk tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/core/random.ts';

const COUNTRIES = [
  'France',
  'Germany',
  'Russia',
  'China',
  'India',
  'Pakistan',
  'Iran',
  'Turkey',
  'Brazil',
  'Japan',
  'Kazakhstan',
  'Uzbekistan',
  'Tajikistan',
  'Qatar',
  'Saudi Arabia',
  'the United Arab Emirates',
  'Egypt',
  'Spain',
  'Italy',
  'Norway',
  'Canada',
  'Mexico',
  'Argentina',
  'Indonesia',
  'Malaysia',
  'Kenya',
  'Nigeria',
  'Ethiopia',
  'South Africa',
  'Australia',
  'Poland',
  'Ukraine',
  'Serbia',
  'Kosovo',
  'Taiwan',
  'Somaliland',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CITIES = [
  'Geneva',
  'Vienna',
  'Doha',
  'Astana',
  'Beijing',
  'Moscow',
  'Ankara',
  'Oslo',
  'Cairo',
  'Jakarta',
  'Nairobi',
];
const EVENTS: ((a: string, b: string, date: string, city: string) => string)[] = [
  (a, b, d) => `On ${d}, ${a} recognized ${b}.`,
  (a, b, d) => `${a} and ${b} signed a trade agreement on ${d}.`,
  (a, b, d, c) => `The foreign minister of ${a} met a delegation from ${b} in ${c} on ${d}.`,
  (a, b) => `${a} condemned the decision taken by ${b}, calling it a violation of international law.`,
  (a, b, d) => `${a} said on ${d} that it would open an embassy in ${b} next year.`,
  (a, b, d) => `${a} imposed sanctions on senior officials of ${b} on ${d}.`,
  (a, b) => `${a} has not formally recognized ${b}, its spokesperson said.`,
  (a, b, d) => `${a} welcomed the appointment of an ambassador from ${b} on ${d}.`,
  (a, b, d, c) => `Envoys of ${a} and ${b} held talks in ${c} on ${d} on border security.`,
];
const FILLER = [
  'Analysts said the move reflected a wider shift in regional alliances.',
  'Officials declined to comment on the timing of the announcement.',
  'The ministry statement did not mention earlier disputes over trade routes.',
  'Observers expect further talks before the end of the year.',
  'The decision followed months of quiet negotiations between the capitals.',
  'Opposition lawmakers criticised the government for a lack of transparency.',
  'Markets reacted calmly to the news, according to local brokers.',
  'Diplomats described the meeting as frank and constructive.',
  'Human rights groups urged caution and called for guarantees.',
  'The agreement is expected to be ratified by parliament within weeks.',
];

const random = seededRandom;

export function corpusText(i: number): string {
  const rnd = random(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sentences = [`Dispatch ${i}: a report on the diplomatic week.`];
  for (let k = 0; k < 4; k++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    while (b === a) b = pick(COUNTRIES);
    const date = `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${1990 + Math.floor(rnd() * 36)}`;
    sentences.push(pick(EVENTS)(a, b, date, pick(CITIES)));
    if (rnd() < 0.4) sentences.push(pick(FILLER));
  }
  return `${sentences.join(' ')}\n`;
}

/** Writes `count` distinct articles into `dir` as `doc-00000.txt`, ... */
export function writeCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), corpusText(i));
}
