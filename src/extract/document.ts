import type { Action, PartialDate } from '../core/types.ts';
import { parseRef } from '../nlp/dates.ts';
import { normalizeSurface } from '../nlp/lexicon/index.ts';
import type { Token } from '../nlp/tokens.ts';

/** What a document teaches its later sentences: who its people speak for, who "it" and "the group" are. */
export class DocState {
  readonly people = new Map<string, string>();
  /** First words of the names learned, so the entity scan can rule out other words at once. */
  readonly firstNames = new Set<string>();
  /** Every prefix of the names learned, so the entity scan stops a span that can grow into none of them. */
  readonly namePrefixes = new Set<string>();
  /** The full names learned, whose first words and prefixes are in the sets above. */
  private readonly learned = new Set<string>();
  /** Entity of the latest clause subject, for "it" and "they". */
  lastSubject: string | null = null;
  /** Entity of the latest person named, for "he" and "she". */
  lastPerson: string | null = null;
  /** The latest non-state actor named (the Taliban, Hamas), for "the group". */
  lastGroup: string | null = null;
  /** The states named last, oldest first: what "the Pacific nation" may mean. */
  recentStates: string[] = [];
  /** Owners of the plans and proposals the story named ("Morocco's autonomy plan"), by noun. */
  readonly ownedActs = new Map<string, string>();
  /** Every entity named so far: a name others share ("Dar") counts only for an entity the story names. */
  readonly named = new Set<string>();
  /** The latest recognition (or withdrawal) told: what "follow suit" and "follow its lead" stand for. */
  lastRecognition: {
    action: 'RECOGNIZE' | 'WITHDRAW_RECOGNITION';
    target: string | null;
    date?: PartialDate | null;
  } | null = null;
  /** A listing, sanction or delisting the sentence just before told (and no act "did so" stands for first): what
   * "Kyrgyzstan did the same" repeats after "Kazakhstan removed the Taliban from its list". */
  previousListing: {
    action: Action;
    target: string;
    date?: PartialDate | null;
    sentence: number;
  } | null = null;
  /** The date of each act told so far, by actor and action ("RUS RECOGNIZE"): what "days after Russia's
   * recognition" counts from. */
  readonly actsTold = new Map<string, PartialDate>();
  /** The two parties of the latest act told, for "the two sides". */
  lastPair: [string, string] | null = null;
  /** Targets of the latest recognition told, for "these countries" and "the two territories". */
  lastTargets: string[] = [];
  /** Who a statement's "we" is: the parties its heading names ("Joint statement by the foreign ministers of
   * Australia, Canada and the United Kingdom"). */
  authors: string[] = [];
  /** Date set by a timeline table's date cell for the rows that follow it. */
  tableDate: PartialDate | null = null;

  constructor(
    readonly id: string,
    readonly published: PartialDate | null,
  ) {}

  /** The latest state named, for "the country". */
  get lastState(): string | null {
    return this.recentStates.at(-1) ?? null;
  }

  get hasDate(): boolean {
    return parseRef(this.published) !== null;
  }

  /** "China's foreign ministry spokesperson Mao Ning": Mao Ning, and Ning alone, speak for CHN here. */
  learnPerson(name: Token[], entity: string): void {
    if (name.length === 0) return;
    const full = normalizeSurface(name.map((t) => t.norm).join(' '));
    if (!this.people.has(full)) this.people.set(full, entity);
    // A name met again ("Vladimir Putin" in every paragraph) has its first word and prefixes already.
    if (!this.learned.has(full)) {
      this.learned.add(full);
      this.firstNames.add(full.split(' ')[0]);
      this.addPrefixes(full);
    }
    const last = normalizeSurface(name[name.length - 1].norm);
    if (name.length > 1 && last.length > 2 && !this.people.has(last)) {
      this.people.set(last, entity);
      this.addPrefixes(last);
    }
  }

  private addPrefixes(key: string): void {
    for (let n = 1; n <= key.length; n++) this.namePrefixes.add(key.slice(0, n));
  }
}
