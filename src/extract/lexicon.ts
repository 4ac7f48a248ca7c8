import type { Action } from '../core/types.ts';
import { ACTIONS } from '../core/types.ts';
import { nounForms, verbForms } from '../nlp/inflect.ts';
import { tokenize } from '../nlp/tokens.ts';
import { loadJson } from '../nlp/wordlists.ts';

/** Ranks among those who acted, as a regex alternation: "the first", "the 20th", "the latest". */
export const RANK_WORDS = 'first|second|third|fourth|fifth|last|latest|\\d+(?:st|nd|rd|th)';

export type TargetSlot =
  | 'object'
  | 'with'
  | 'to'
  | 'from'
  | 'in'
  | 'on'
  | 'of'
  | 'against'
  | 'at'
  | 'for'
  | 'over'
  | 'about'
  | 'between'
  | 'by'
  | 'owner'
  | 'possessor'
  | 'modifier'
  | 'act'
  | 'topic'
  | 'subject'
  | 'subject-act'
  | 'permitter'
  | 'under-subject'
  | 'favour'
  | 'visited'
  | 'there';
export type ActorSlot = 'subject' | 'by' | 'possessor' | 'owner' | 'modifier' | 'to' | 'from' | 'speaker';

export interface Frame {
  id: string;
  action: Action;
  verbs?: string[];
  nouns?: string[];
  words?: string[];
  needs?: string[];
  /** A second word that must also follow in the window: "ordered Pakistan's envoy to leave" needs both. */
  needsToo?: string[];
  needsBefore?: string[];
  /** How many words before the trigger `needsBefore` looks at (4 if unset). */
  beforeWithin?: number;
  /** A second word that must also stand there: "reversed its decision to recognise" needs both. */
  needsBeforeToo?: string[];
  /** None of these may stand among the `beforeWithin` words before the trigger: "Pakistani forces engaged …" fight. */
  unlessBefore?: string[];
  unless?: string[];
  /** None of these may stand among the few words after the trigger ("recognise Somalia's territorial integrity"). */
  unlessNear?: string[];
  /** The trigger is part of a phrasal verb after these words ("held back from"). */
  notAfter?: string[];
  /** The trigger must be a main verb, not an auxiliary before another verb ("had shut its embassy"). */
  mainVerb?: boolean;
  window?: number;
  target: TargetSlot[];
  actor?: ActorSlot[];
  symmetric?: boolean;
  /** The act falls on a mission: when its owner ("Israel's embassy") is not the clause's subject, the subject acts on
   * the owner ("Chad closed Israel's embassy": Chad closes Israel's mission). */
  hostActs?: boolean;
  /** The word `needs` asks for may stand in the subject of an intransitive or passive verb: "Taiwan's embassy in
   * Nauru closed", "the Israeli embassy was shut in 1991". The mission's owner acts, at the place the subject names. */
  subjectHolds?: boolean;
  /** false: the trigger after a form of "be" is no passive ("the move was illegal" names its speaker elsewhere). */
  passive?: boolean;
  /** The word `needs` found still starts its own frame: "rejected Israel's recognition" is a condemnation of a
   * recognition that is told too. */
  keepNeeded?: boolean;
  /** Another frame the same words state too ("switched recognition from Taipei to Beijing"). A frame with no
   * trigger words (`"words": []`) is reached only this way. */
  also?: string;
  /** The act moves recognition between rivals (`actions/rivals.json`): a switch to one drops the other. */
  rivals?: boolean;
  /** The words state the act only when its target is one of those rivals ("dropped Taipei in favour of Beijing"). */
  onlyRivals?: boolean;
}

export interface Trigger {
  frame: Frame;
  pos: 'verb' | 'noun' | 'word';
  /** The inflected form is a past participle or past tense (for passive detection). */
  participle: boolean;
}

export interface Cues {
  negation: string[][];
  notNegation: string[][];
  refusal: string[][];
  speculation: string[][];
  /** Purposes ("in talks to", "efforts to"): speculative only when they govern the trigger directly. */
  purpose: string[][];
  /** Verbs of guessing that govern an object and an infinitive: "analysts expect Uzbekistan to recognise". */
  guessInfinitive: Set<string>;
  /** Orders that govern an object and an infinitive: "instructed her foreign minister to open relations". */
  orderInfinitive: Set<string>;
  /** Appeals to another party to act ("urged its partners to recognise"): they reach no tensed verb after "and". */
  appeals: Set<string>;
  intent: string[][];
  reporting: Set<string>;
  presupposition: Set<string>;
  /** Verbs that keep an act in place, as the trigger or right before its noun: "would maintain its embassy". */
  ongoing: Set<string>;
  /** Determiners that deny the object a frame needed: "has had no embassy in Kabul". */
  objectNegation: Set<string>;
  /** Phrases that deny the clause their "that" opens: "there is no sign that it plans to". */
  deniedComplement: string[][];
  /** Right before the act: it nearly happened, so did not ("nearly recognised", "came close to recognising"). */
  nearMiss: string[][];
  /** Right before the act: something short of it, or not yet ("de facto recognised", "on the verge of"). */
  informal: string[][];
  /** Verbs that deny a claim ("rejected", "dismissed") and the claim nouns they deny ("Belgrade's claims that …"). */
  claimDenials: Set<string>;
  /** Alternatives to the act that directly govern it: "instead of recognising", "rather than recognise". */
  alternative: string[][];
  claimNouns: Set<string>;
}

/** How a phrase turns the recognition just told: reversed either way, undone, or done again. */
export type Reversal = 'reverse' | 'undo' | 'redo';

export interface FunctionWords {
  prepositions: Set<string>;
  subjectPrepositions: Set<string>;
  determiners: Set<string>;
  boundaries: Set<string>;
  subordinators: Set<string>;
  /** What two parties hold of each other: "Pakistan and the Taliban upgraded their missions" (to each other). */
  exchangedNouns: Set<string>;
  /** Open a sentence's participial adjunct as a subordinator does: "Having recognised the Taliban, Moscow …". */
  openingParticiples: Set<string>;
  /** Before a verb's preposition told again: "switched to Beijing in 2002 and back to Taipei in 2005". */
  repeatAdverbs: Set<string>;
  /** "-ing" words that head a phrase, not a participle clause of their own: ", including Russia", ", according to". */
  prepositionalParticiples: Set<string>;
  /** Words that make "followed a more cautious path" or "its own path" a path of its own, not another's example. */
  divergentModifiers: Set<string>;
  /** Verbs whose object does the infinitive where the subject lets it: "Vilnius allowed Taiwan to open an office". */
  permitVerbs: Set<string>;
  /** Words that alone complete a gapped second subject: "and Spain neither", "and India too". */
  gapLikewise: Set<string>;
  /** Verbs of a journey: "allowed him to travel to Moscow" lets him go, and tells no trip made. */
  journeyVerbs: Set<string>;
  /** Nouns whose infinitive is only allowed, by someone else: "granted Muttaqi an exemption to visit India". */
  permitNouns: Set<string>;
  /** Nouns whose own "from", "of" or "by" names who exerts them: "withdrew its recognition under pressure from
   * Tbilisi" withdraws nothing from Tbilisi. */
  pressureNouns: Set<string>;
  /** Open a clause that, with a subject and a past-tense verb of its own, states a fact whatever the main clause's
   * modals ("said it would, because Israel had refused"); "after" and "before" do so only measured from a time
   * ("would open an embassy, a day after Israel became the first to recognise"): in reported speech a bare "until" or
   * "after Israel recognised" may be a future told in the past. */
  factualSubordinators: Set<string>;
  anchoredSubordinators: Set<string>;
  durations: Set<string>;
  /** With a present-tense verb ("until Germany recognises Kosovo", "unless Israel recognises"), open a condition:
   * the act is not told as done, nor planned, nor refused, whatever the main clause says. */
  conditionalSubordinators: Set<string>;
  /** Verbs whose object is no subject of the infinitive after it: "summoned the envoy to protest" (the summoner
   * protests), unlike "urged Serbia to recognise". */
  purposeVerbs: Set<string>;
  /** Verbs whose object does what a gerund after "for", "of" or "by" says: "thanked Ghana for withdrawing", "accused
   * Spain of rewarding terror by recognising" (every inflected form). */
  objectControlVerbs: Set<string>;
  /** Verbs whose object is the one addressed, before what is told: "told Taiwan that …" (every inflected form). */
  addressVerbs: Set<string>;
  /** Verbs of wanting an act done to oneself: "has sought recognition since 1991" (every inflected form). */
  seekVerbs: Set<string>;
  /** Verbs of getting an act done to oneself: "won recognition from Israel" (every inflected form). */
  obtainVerbs: Set<string>;
  /** Verbs of giving an act to another: "the first country to accord formal recognition to …" (every inflected form). */
  grantVerbs: Set<string>;
  /** Nouns of thanks: "gratitude to China for accepting …" (China accepted). */
  gratitudeNouns: Set<string>;
  /** Verbs of asking whose object is the subject of the infinitive after it ("called on the world to recognise"). */
  requestVerbs: Set<string>;
  /** Open a phrase that states a fact of its own: "has never recognised it, despite allowing its diplomats …". */
  concessions: string[][];
  /** Before a gerund, make its act a topic, not a fact: "spoke about recognising the Taliban". */
  topicPrepositions: Set<string>;
  /** Verbs whose object right after them is a topic, not a fact: "discussed recognising the Taliban" (every form). */
  topicVerbs: Set<string>;
  /** Before a gerund, make its act one warned against, not a fact: "warned Kenya against recognising Somaliland". */
  warningPrepositions: Set<string>;
  /** Prepositions that open the object of a list or sanction act: "the designation of …", "sanctions on …". */
  objectPrepositions: Set<string>;
  /** Determiners that name no party in particular: "sanctions on a country", "sanctioned any country". */
  indefinites: Set<string>;
  /** Auxiliaries that give a verb after "and" a tense of its own: "does not recognise … and will open …". */
  tensedAuxiliaries: Set<string>;
  /** Acts known by their owner for the rest of a story: "Morocco's autonomy plan" … "backed the plan". */
  ownedActNouns: Set<string>;
  /** What a party issues: "issued a joint statement rejecting the move" is the issuer's act. */
  statementNouns: Set<string>;
  issueVerbs: Set<string>;
  /** Phrases that tell an act by its verb, with the noun that names it later: "declared independence", "declaration". */
  toldActs: { noun: string; phrase: string[] }[];
  /** Act nouns whose "of" names who acted, not an object: "the decision of Spain" (Spain decided). */
  agentOfNouns: Set<string>;
  /** Nouns after "by" that say how, not who: "spoke by phone", "signed by decree". */
  mannerNouns: Set<string>;
  /** Verbs of telling: not telling whether an act will happen leaves it open ("did not say whether …"). */
  /** Verbs that take a clause, not an object: "hoped Ethiopia would …". */
  clauseVerbs: Set<string>;
  /** Verbs that report an act named after them, not perform it: "Belgrade claims another withdrawal of recognition". */
  observerVerbs: Set<string>;
  tellVerbs: Set<string>;
  /** An act noun's own predicate, which places it in time: "Russia's recognition came on Thursday". */
  occurrenceVerbs: Set<string>;
  /** Verbs that react to an act (with the PRAISE and CONDEMN triggers): "welcomed the decision to recognise …" is
   * someone else's decision (every inflected form). */
  reactionVerbs: Set<string>;
  /** Link an act noun to the gerund that tells its content: "the announcement on cutting ties". */
  actComplementPrepositions: Set<string>;
  /** Set apart those a negated whole leaves out: "no country except Russia has recognised them" (Russia has). */
  exceptions: string[][];
  relativizers: Set<string>;
  listIntroducers: string[][];
  appositiveListOpeners: string[][];
  genericGroups: Set<string>;
  beForms: Set<string>;
  pronounsIt: Set<string>;
  pronounsPerson: Set<string>;
  possessivePronouns: Set<string>;
  groupAnaphors: string[][];
  /** After "the two" or "both", the pair of parties just named: "the two sides", "both ministers". */
  pairNouns: Set<string>;
  /** Descriptions of a contested authority ("the breakaway region"): the one the story named last, as subject too. */
  authorityAnaphors: string[][];
  actNouns: Set<string>;
  detachedModifiers: Set<string>;
  verbs: Set<string>;
  nonStateHeads: Set<string>;
}

const FRAME_FILES = ['recognize', 'envoys-missions', 'lists-sanctions', 'agreement', 'meet', 'praise', 'condemn'];

function checkFrames(value: unknown, file: string): Frame[] {
  if (!Array.isArray(value)) throw new Error(`lexicon ${file}: expected an array of frames`);
  for (const f of value as Frame[]) {
    if (!f.id || !ACTIONS.includes(f.action))
      throw new Error(`lexicon ${file}: frame ${f.id ?? '?'} has no valid action`);
    if (!f.verbs && !f.nouns && !f.words) throw new Error(`lexicon ${file}: frame ${f.id} has no trigger`);
    if (!Array.isArray(f.target) || f.target.length === 0)
      throw new Error(`lexicon ${file}: frame ${f.id} has no target slot`);
  }
  return value as Frame[];
}

export interface ExtractLexicon {
  frames: Frame[];
  /** Trigger word (lowercase form) → the frames it can start, most specific first. */
  triggers: Map<string, Trigger[]>;
  /** Trigger words with a verb reading, and those with a noun reading (`pos` "noun"). */
  verbTriggers: Set<string>;
  nounTriggers: Set<string>;
  cues: Cues;
  fw: FunctionWords;
  /** Pro-verbs ("follow suit", "do so") that stand for the act last reported. */
  proverbs: string[][];
  /** The pro-verbs that copy the act just told, later: "copied the move" (also in `proverbs`). */
  copies: Set<string[]>;
  /** A noun for the act just told, then a passive of copying: "a step later followed by the UAE". */
  copiedBy: { verbs: Set<string>; nouns: Set<string> };
  /** The first words of the pro-verbs: most words start none. */
  proverbStarts: Set<string>;
  /** Phrases for the recognition just told, reversed ("reversed its decision"), undone ("revoked it") or done again
   * ("restored it"). */
  reversals: Record<Reversal, string[][]>;
  /** Place adjectives ("pacific", "west african") → the regions and subregions of the states they fit. */
  regionWords: Map<string, string[]>;
  /** Phrases that set a sentence's context date before a turning point ("before the Taliban took power"). */
  eraAnchors: Array<{ pattern: RegExp; before: string }>;
  /** Each party whose recognition excludes another's, with that other (`actions/rivals.json`: CHN ↔ TWN). */
  rivals: Map<string, string>;
  /** Parties whose recognition is at stake (`actions/claimants.json`): what "recognised it" may point back to. */
  claimants: Set<string>;
  /** Any exception phrase's longest word ("except", "apart", "exception"): a sentence without one sets no one apart. */
  exceptionCue: RegExp;
}

let loaded: ExtractLexicon | null = null;

export function extractLexicon(): ExtractLexicon {
  if (loaded) return loaded;
  const frames = FRAME_FILES.flatMap((f) => loadJson(`actions/${f}.json`, checkFrames));
  const triggers = new Map<string, Trigger[]>();
  const add = (form: string, t: Trigger) => {
    const list = triggers.get(form) ?? [];
    list.push(t);
    triggers.set(form, list);
  };
  for (const frame of frames) {
    for (const v of frame.verbs ?? []) {
      const forms = verbForms(v);
      forms.forEach((form, i) => {
        add(form, { frame, pos: 'verb', participle: i >= 2 && !form.endsWith('ing') });
      });
    }
    for (const n of frame.nouns ?? [])
      for (const form of nounForms(n)) add(form, { frame, pos: 'noun', participle: false });
    for (const w of frame.words ?? []) add(w, { frame, pos: 'word', participle: frame.passive !== false });
  }
  for (const list of triggers.values()) list.sort((a, b) => specificity(b.frame) - specificity(a.frame));
  const formsOf = (pos: Trigger['pos']) =>
    new Set([...triggers].filter(([, list]) => list.some((t) => t.pos === pos)).map(([form]) => form));
  const rawCopies = loadJson<{ phrases: string[]; passiveVerbs: string[]; passiveNouns: string[] }>(
    'actions/copies.json',
  );
  const copies = rawCopies.phrases.map((p) => p.split(' '));
  const proverbs = [...loadJson<string[]>('actions/proverbs.json').map((p) => p.split(' ')), ...copies];
  const rawReversals = loadJson<Record<Reversal, string[]>>('actions/reversals.json');
  const rawCues = loadJson<Record<string, string[]>>('modes/cues.json');
  const phrases = (k: string) => (rawCues[k] ?? []).map((p) => p.toLowerCase().split(/\s+/));
  const rawFw = loadJson<Record<string, string[]>>('nlp/function-words.json');
  const set = (k: string) => new Set(rawFw[k] ?? []);
  loaded = {
    frames,
    triggers,
    verbTriggers: formsOf('verb'),
    nounTriggers: formsOf('noun'),
    cues: {
      negation: phrases('negation'),
      notNegation: phrases('notNegation'),
      refusal: phrases('refusal'),
      speculation: phrases('speculation'),
      purpose: phrases('purpose'),
      guessInfinitive: new Set(rawCues.guessInfinitive ?? []),
      orderInfinitive: new Set(rawCues.orderInfinitive ?? []),
      appeals: new Set(rawCues.appeals ?? []),
      intent: phrases('intent'),
      reporting: new Set(rawCues.reporting),
      presupposition: new Set(rawCues.presupposition),
      ongoing: new Set(rawCues.ongoing ?? []),
      objectNegation: new Set(rawCues.objectNegation ?? []),
      deniedComplement: phrases('deniedComplement'),
      nearMiss: phrases('nearMiss'),
      informal: phrases('informal'),
      claimDenials: new Set(rawCues.claimDenials ?? []),
      alternative: phrases('alternative'),
      claimNouns: new Set(rawCues.claimNouns ?? []),
    },
    fw: {
      prepositions: set('prepositions'),
      subjectPrepositions: set('subjectPrepositions'),
      determiners: set('determiners'),
      boundaries: set('boundaries'),
      subordinators: set('subordinators'),
      openingParticiples: set('openingParticiples'),
      repeatAdverbs: set('repeatAdverbs'),
      prepositionalParticiples: set('prepositionalParticiples'),
      exchangedNouns: set('exchangedNouns'),
      permitNouns: set('permitNouns'),
      divergentModifiers: set('divergentModifiers'),
      permitVerbs: new Set((rawFw.permitVerbs ?? []).flatMap((l) => verbForms(l))),
      gapLikewise: set('gapLikewise'),
      journeyVerbs: new Set((rawFw.journeyVerbs ?? []).flatMap((l) => verbForms(l))),
      pressureNouns: set('pressureNouns'),
      factualSubordinators: set('factualSubordinators'),
      anchoredSubordinators: set('anchoredSubordinators'),
      durations: set('durations'),
      conditionalSubordinators: set('conditionalSubordinators'),
      purposeVerbs: set('purposeVerbs'),
      objectControlVerbs: new Set((rawFw.objectControlVerbs ?? []).flatMap((l) => verbForms(l))),
      gratitudeNouns: set('gratitudeNouns'),
      seekVerbs: new Set((rawFw.seekVerbs ?? []).flatMap((l) => verbForms(l))),
      obtainVerbs: new Set((rawFw.obtainVerbs ?? []).flatMap((l) => verbForms(l))),
      grantVerbs: new Set((rawFw.grantVerbs ?? []).flatMap((l) => verbForms(l))),
      addressVerbs: new Set((rawFw.addressVerbs ?? []).flatMap((l) => verbForms(l))),
      requestVerbs: new Set((rawFw.requestVerbs ?? []).flatMap((l) => verbForms(l))),
      concessions: (rawFw.concessions ?? []).map((p) => p.split(' ')),
      exceptions: (rawFw.exceptions ?? []).map((p) => p.split(' ')),
      ownedActNouns: set('ownedActNouns'),
      statementNouns: set('statementNouns'),
      issueVerbs: set('issueVerbs'),
      toldActs: Object.entries((rawFw as unknown as { toldActs?: Record<string, string[]> }).toldActs ?? {}).flatMap(
        ([noun, phrases]) => phrases.map((p) => ({ noun, phrase: p.split(' ') })),
      ),
      agentOfNouns: set('agentOfNouns'),
      mannerNouns: set('mannerNouns'),
      topicPrepositions: set('topicPrepositions'),
      topicVerbs: new Set((rawFw.topicVerbs ?? []).flatMap((l) => verbForms(l))),
      warningPrepositions: set('warningPrepositions'),
      objectPrepositions: set('objectPrepositions'),
      indefinites: set('indefinites'),
      tensedAuxiliaries: set('tensedAuxiliaries'),
      tellVerbs: new Set((rawFw.tellVerbs ?? []).flatMap((l) => verbForms(l))),
      occurrenceVerbs: new Set((rawFw.occurrenceVerbs ?? []).flatMap((l) => verbForms(l))),
      clauseVerbs: new Set((rawFw.clauseVerbs ?? []).flatMap((l) => verbForms(l))),
      observerVerbs: new Set((rawFw.observerVerbs ?? []).flatMap((l) => verbForms(l))),
      reactionVerbs: new Set(
        [
          ...(rawFw.reactionVerbs ?? []),
          ...frames.filter((f) => f.action === 'PRAISE' || f.action === 'CONDEMN').flatMap((f) => f.verbs ?? []),
        ].flatMap((l) => verbForms(l)),
      ),
      actComplementPrepositions: set('actComplementPrepositions'),
      relativizers: set('relativizers'),
      listIntroducers: (rawFw.listIntroducers ?? []).map((p) => p.split(' ')),
      appositiveListOpeners: (rawFw.appositiveListOpeners ?? []).map((p) => p.split(' ')),
      genericGroups: set('genericGroups'),
      beForms: set('beForms'),
      pronounsIt: set('pronounsIt'),
      pronounsPerson: set('pronounsPerson'),
      possessivePronouns: set('possessivePronouns'),
      groupAnaphors: (rawFw.groupAnaphors ?? []).map((p) => p.split(' ')),
      pairNouns: set('pairNouns'),
      authorityAnaphors: (rawFw.authorityAnaphors ?? []).map((p) => tokenize(p).map((t) => t.norm)),
      actNouns: set('actNouns'),
      detachedModifiers: set('detachedModifiers'),
      verbs: set('verbs'),
      nonStateHeads: set('nonStateHeads'),
    },
    proverbs,
    copies: new Set(copies),
    copiedBy: { verbs: new Set(rawCopies.passiveVerbs), nouns: new Set(rawCopies.passiveNouns) },
    proverbStarts: new Set(proverbs.map((p) => p[0])),
    reversals: {
      reverse: rawReversals.reverse.map((p) => p.split(' ')),
      undo: rawReversals.undo.map((p) => p.split(' ')),
      redo: rawReversals.redo.map((p) => p.split(' ')),
    },
    regionWords: new Map(
      Object.entries(loadJson<Record<string, string[] | string>>('entities/region-words.json')).filter(
        (e): e is [string, string[]] => Array.isArray(e[1]),
      ),
    ),
    eraAnchors: loadJson<{ anchors: Array<{ pattern: string; before: string }> }>(
      'entities/era-anchors.json',
    ).anchors.map((a) => ({ pattern: new RegExp(a.pattern, 'i'), before: a.before })),
    rivals: new Map(
      loadJson<{ pairs: [string, string][] }>('actions/rivals.json').pairs.flatMap(([a, b]) => [
        [a, b],
        [b, a],
      ]),
    ),
    claimants: new Set(loadJson<{ claimants: string[] }>('actions/claimants.json').claimants),
    exceptionCue: wordsCue(
      (rawFw.exceptions ?? []).map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))),
    ),
  };
  return loaded;
}

function wordsCue(words: string[]): RegExp {
  return new RegExp(`\\b(?:${[...new Set(words)].join('|')})\\b`, 'i');
}

function specificity(f: Frame): number {
  return (f.needs ? 2 : 0) + (f.needsBefore ? 1 : 0) + (f.unless ? 0.5 : 0);
}
