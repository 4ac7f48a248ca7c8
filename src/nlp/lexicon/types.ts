// The gazetteer's shapes: entities, people, institutions, time rules and the surface-form index.
import type { PartialDate } from '../../core/types.ts';

export type EntityKind = 'state' | 'authority' | 'organization' | 'armed_group' | 'historic';
export const ENTITY_KINDS: readonly EntityKind[] = ['state', 'authority', 'organization', 'armed_group', 'historic'];

export type SurfaceForm = 'name' | 'adjective' | 'metonym' | 'capital' | 'person';

/** One actor: a state, a contested authority, an organization, an armed group or a historic state. */
export interface EntityEntry {
  readonly id: string;
  readonly kind: EntityKind;
  /** Display name. */
  readonly name: string;
  readonly officialName?: string;
  /** Names as written in the lexicon (with any leading "the"). */
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  /** Seats of power and cities that stand for the government ("the Kremlin", "Brussels"). */
  readonly metonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly region?: string;
  readonly subregion?: string;
  readonly borders?: readonly string[];
  /** UN member state. */
  readonly un?: boolean;
  /** UN observer state (PSE, VAT). */
  readonly unObserver?: boolean;
  readonly validFrom?: PartialDate;
  readonly validTo?: PartialDate;
  readonly notes?: string;
}

/** One tenure of a person who acts or speaks for an entity. */
export interface Person {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly entity: string;
  readonly role: string;
  /** Start of the tenure, or null when not known. */
  readonly from: PartialDate | null;
  /** End of the tenure, or null while in office (as of 2025). */
  readonly to: PartialDate | null;
  readonly note?: string;
}

/** A head noun or title that acts for the entity it is attached to ("the Russian foreign ministry"). */
export interface Institution {
  readonly phrase: string;
  readonly category: string;
  /** Whether the attached phrase can itself be an event's actor or target. */
  readonly actor: boolean;
  readonly note?: string;
}

/** A date-dependent reading: surfaces of `surface_entity` mean `resolves_to` within [from, to). */
export interface TimeRule {
  readonly id: string;
  readonly surface_entity: string;
  readonly resolves_to: string;
  /** Inclusive. */
  readonly from?: string;
  /** Exclusive. */
  readonly to?: string;
  /** Normalized surfaces the rule is limited to; absent: every non-person surface of the entity. */
  readonly surfaces?: readonly string[];
  /** Institution categories that make an adjective governmental ("Afghan" + "ministry"). */
  readonly institution_categories?: readonly string[];
  /** 'government': only when the surface acts as a government; 'always': any use. */
  readonly when: 'government' | 'always';
  readonly ambiguous?: boolean;
  readonly note: string;
}

/** What a normalized surface can refer to. */
export interface SurfaceHit {
  readonly id: string;
  readonly form: SurfaceForm;
  /** The surface may name something else (another entity, a place, a person): ask for more evidence. */
  readonly ambiguous?: boolean;
  readonly validFrom?: PartialDate;
  readonly validTo?: PartialDate;
  /**
   * Present when the surface only counts in these exact spellings (normalized, case kept):
   * short acronyms ("US" vs "us"), words that are also common nouns ("Turkey", "Chad") and
   * single-word person names. Check with `matchesCase`.
   */
  readonly cased?: readonly string[];
  /** For form 'person': the person's canonical name. */
  readonly person?: string;
  /** A plural demonym ("Palestinians", "Russians"): names the state's side only as "the Palestinians". */
  readonly plural?: boolean;
  /** The surface as written in the lexicon. */
  readonly surface: string;
}

export interface Gazetteer {
  readonly entities: ReadonlyMap<string, EntityEntry>;
  readonly people: readonly Person[];
  /** Institutions by normalized phrase. */
  readonly institutions: ReadonlyMap<string, Institution>;
  readonly timeRules: readonly TimeRule[];
  /**
   * Normalized surface (see normalizeSurface) → hits, best reading first. A blocker ("Latin America")
   * maps to an empty array: it wins the longest match and names nothing.
   */
  readonly surfaces: ReadonlyMap<string, readonly SurfaceHit[]>;
  readonly blockers: ReadonlySet<string>;
  /** Longest surface (blockers included), in space-separated words of its normalized form. */
  readonly maxSurfaceWords: number;
  /** Longest institution phrase, in words. */
  readonly maxInstitutionWords: number;
  readonly source: { readonly package: string; readonly version: string };
}
