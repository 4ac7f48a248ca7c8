// Non-diplomatic filler for the "realistic mix" benchmark corpus.
//
// Why: a general news feed is mostly sport, weather, business, courts and science; in it perhaps one
// sentence in twenty states a diplomatic event. How fast the extractor dismisses the other nineteen
// decides its real throughput, and a corpus made only of recognition stories never measures that.
// There is no general-news corpus in the repository we may redistribute, so the filler is generated
// from templates: deterministic from a seed, and varied (names, places, numbers) so that no cache or
// de-duplication can shortcut the work.
//
// The templates are not made easy to skip. Some name states and capitals (a cricket score, the weather
// in Kabul), and some use words that are diplomatic cues elsewhere ("signed a deal", "welcomed",
// "visited", "talks", "sanctions" in sport) with no state or organization acting, so a keyword or
// gazetteer prefilter is exercised honestly. None of them states an event of the contract: sport,
// markets, verdicts and weather are outside its actions, and clubs, companies and courts of towns are
// not its actors.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const dec = (rng: Rng, lo: number, hi: number, digits = 1) => (lo + rng() * (hi - lo)).toFixed(digits);

const FIRST = (
  'Amira James Sofia Tariq Elena Kwame Hiroshi Laura Mateo Priya Oliver Fatima Lucas Ingrid Samuel Mei ' +
  'Daniel Aisha Viktor Chloe Rahul Nadia Tom Grace'
).split(' ');
const LAST = (
  'Okafor Lindqvist Haddad Moreno Tanaka Brennan Kowalski Mensah Ferreira Sato Novak Ahmadi Dubois ' +
  'Kaur Walsh Petrov Rossi Osei Fischer Nguyen Clarke Silva'
).split(' ');
const CLUBS = (
  'Riverside United|Northgate Rovers|Harbour City|Eastfield Athletic|Kingsbridge Town|Valley Wanderers|' +
  'Port Albion|Redcliffe FC|Stonebridge Rangers|Lakeside Olympic'
).split('|');
const TEAMS = 'Pakistan|India|Australia|England|New Zealand|South Africa|Sri Lanka|Bangladesh'.split('|');
const CITIES = (
  'Lahore Kabul Manchester Lyon Osaka Nairobi Denver Porto Krakow Adelaide Tashkent Valencia Leeds ' +
  'Almaty Durban Hamburg'
).split(' ');
const COMPANIES = (
  'Norland Foods|Brightwave Energy|Castell Logistics|Meridian Pharma|Orbis Telecom|Halden Steel|' +
  'Quayside Retail|Verdant Motors|Pinecrest Bank|Solent Airlines'
).split('|');
const PRODUCTS = 'electric van|budget smartphone|frozen meal range|loyalty app|solar roof tile|cargo drone'.split('|');
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const CRIMES = 'fraud|burglary|arson|dangerous driving|money laundering|assault'.split('|');
const FIELDS = 'marine biology|astronomy|materials science|genetics|climate science|neuroscience'.split('|');
const FINDINGS = (
  'a new species of deep-sea shrimp|a faint galaxy behind a dust cloud|' +
  'a battery electrode that survives 8,000 cycles|a gene variant linked to longer sleep|' +
  'a faster-than-expected retreat of a glacier|a protein that helps neurons repair'
).split('|');

const name = (rng: Rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;

type Template = (rng: Rng) => string;

const SPORT: Template[] = [
  (r) =>
    `${pick(r, CLUBS)} beat ${pick(r, CLUBS)} ${int(r, 1, 5)}-${int(r, 0, 3)} on ${pick(r, DAYS)}, with ${name(r)} scoring twice.`,
  (r) =>
    `${pick(r, TEAMS)} won the second Test by ${int(r, 2, 9)} wickets in ${pick(r, CITIES)}, chasing ${int(r, 180, 340)} on the final day.`,
  (r) =>
    `The club signed a ${int(r, 2, 5)}-year deal with striker ${name(r)}, who scored ${int(r, 8, 30)} goals last season.`,
  (r) => `Coach ${name(r)} welcomed the return of ${name(r)} after a ${int(r, 3, 12)}-week hamstring injury.`,
  (r) => `${name(r)} finished the marathon in 2 hours ${int(r, 3, 15)} minutes, a course record in ${pick(r, CITIES)}.`,
  (r) =>
    `The league imposed sanctions on ${pick(r, CLUBS)} for breaching spending rules and deducted ${int(r, 3, 12)} points.`,
  (r) =>
    `Talks between the players' union and the league over the ${int(r, 2026, 2030)} calendar will resume on ${pick(r, DAYS)}.`,
];

const WEATHER: Template[] = [
  (r) =>
    `Temperatures in ${pick(r, CITIES)} reached ${int(r, 31, 46)} degrees Celsius on ${pick(r, DAYS)}, the highest this year.`,
  (r) => `Forecasters expect ${int(r, 20, 120)} millimetres of rain across the region by ${pick(r, DAYS)} evening.`,
  (r) =>
    `A yellow warning for wind gusts of up to ${int(r, 60, 110)} km/h remains in place until ${int(r, 1, 11)} p.m.`,
  (r) =>
    `Snow closed ${int(r, 2, 14)} mountain roads near ${pick(r, CITIES)}, and ${int(r, 40, 900)} homes lost power overnight.`,
  (r) => `The weekend should be dry and mild, with highs of ${int(r, 14, 24)} degrees and light winds.`,
];

const BUSINESS: Template[] = [
  (r) =>
    `Shares of ${pick(r, COMPANIES)} rose ${dec(r, 0.5, 9.5)}% after quarterly profit beat forecasts at ${int(r, 110, 980)} million dollars.`,
  (r) =>
    `${pick(r, COMPANIES)} signed a ${int(r, 40, 900)} million dollar contract with ${pick(r, COMPANIES)} to supply parts until ${int(r, 2027, 2032)}.`,
  (r) =>
    `${pick(r, COMPANIES)} will cut ${int(r, 120, 2400)} jobs and close its plant in ${pick(r, CITIES)}, chief executive ${name(r)} said.`,
  (r) =>
    `The company launched a ${pick(r, PRODUCTS)} priced at ${int(r, 99, 4999)} dollars, aiming at first-time buyers.`,
  (r) =>
    `Annual inflation eased to ${dec(r, 1.2, 6.8)}% in ${pick(r, ['March', 'June', 'September', 'November'])}, the statistics office said.`,
  (r) =>
    `Analysts at ${pick(r, COMPANIES)} visited ${int(r, 3, 20)} suppliers and expect margins to recover next year.`,
];

const COURTS: Template[] = [
  (r) =>
    `A court in ${pick(r, CITIES)} sentenced ${name(r)}, ${int(r, 19, 71)}, to ${int(r, 2, 14)} years in prison for ${pick(r, CRIMES)}.`,
  (r) => `The jury was told that ${name(r)} had denied any part in the ${pick(r, CRIMES)} when first questioned.`,
  (r) =>
    `Judge ${name(r)} condemned the defendant's conduct as reckless and ordered ${int(r, 5, 90)} thousand dollars in compensation.`,
  (r) =>
    `The appeal will be heard on ${pick(r, DAYS)}, ${int(r, 2, 28)} ${pick(r, ['January', 'April', 'July', 'October'])}, the court said.`,
  (r) => `Prosecutors dropped the ${pick(r, CRIMES)} charge against ${name(r)} after a key witness withdrew.`,
];

const SCIENCE: Template[] = [
  (r) => `Researchers in ${pick(r, FIELDS)} at the University of ${pick(r, CITIES)} reported ${pick(r, FINDINGS)}.`,
  (r) => `The study of ${int(r, 120, 45000)} participants, led by ${name(r)}, was published on ${pick(r, DAYS)}.`,
  (r) => `The team measured a ${dec(r, 2, 40)}% improvement over the previous method and plans a larger trial.`,
  (r) => `${name(r)} said the results "need to be replicated before anyone draws firm conclusions".`,
  (r) => `The telescope will observe the target for ${int(r, 12, 200)} hours during the ${int(r, 2026, 2029)} season.`,
];

const TOPICS: readonly Template[][] = [SPORT, WEATHER, BUSINESS, COURTS, SCIENCE];

/** A paragraph of two to five sentences on one topic. */
export function fillerParagraph(rng: Rng): string {
  const topic = pick(rng, TOPICS);
  const n = int(rng, 2, 5);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(pick(rng, topic)(rng));
  return sentences.join(' ');
}
