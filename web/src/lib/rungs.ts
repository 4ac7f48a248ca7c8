// Colours and order of the ladder's rungs on the map and in the legend. Engagement runs in a
// green-blue scale (ColorBrewer GnBu), hostility in reds, "none" grey: readable by colour-blind
// viewers because lightness, not hue alone, grows with the level.

export interface RungStyle {
  id: string;
  label: string;
  level: number;
  fill: string;
  /** Text colour that stays readable on `fill` (WCAG AA). */
  ink: string;
}

export const RUNG_STYLES: readonly RungStyle[] = [
  { id: 'recognized', label: 'Recognized', level: 6, fill: '#0868ac', ink: '#ffffff' },
  { id: 'envoys', label: 'Envoys exchanged', level: 5, fill: '#2b8cbe', ink: '#000000' },
  { id: 'mission', label: 'Mission open', level: 4, fill: '#4eb3d3', ink: '#0b1f2e' },
  { id: 'delisted', label: 'Delisted', level: 3, fill: '#7bccc4', ink: '#0b1f2e' },
  { id: 'agreement', label: 'Agreement', level: 2, fill: '#a8ddb5', ink: '#0b1f2e' },
  { id: 'meetings', label: 'Meetings', level: 1, fill: '#ccebc5', ink: '#0b1f2e' },
  { id: 'none', label: 'No engagement', level: 0, fill: '#c4c9cf', ink: '#0b1f2e' },
  { id: 'withdrew_recognition', label: 'Withdrew recognition', level: -1, fill: '#fcae91', ink: '#2b0a05' },
  { id: 'closed_mission', label: 'Closed mission', level: -2, fill: '#fb6a4a', ink: '#2b0a05' },
  { id: 'sanctioned', label: 'Sanctioned', level: -3, fill: '#de2d26', ink: '#ffffff' },
  { id: 'designated', label: 'Designated', level: -4, fill: '#a50f15', ink: '#ffffff' },
];

/** Land with no record toward the target: lighter than "none", so a record always stands out. */
export const NO_RECORD_FILL = '#e6e9ed';
export const TARGET_FILL = '#f2c14e';

const BY_ID = new Map(RUNG_STYLES.map((r) => [r.id, r]));

export function rungStyle(id: string): RungStyle {
  return BY_ID.get(id) ?? { id, label: id, level: 0, fill: '#c4c9cf', ink: '#0b1f2e' };
}

/**
 * The territory that stands for a target on the map: the Taliban govern Afghanistan, the Sahrawi
 * Republic claims Western Sahara; other targets are their own shape.
 */
const TERRITORY: Readonly<Record<string, string>> = { TALIBAN: 'AFG', SADR: 'ESH' };

export function territoryOf(target: string): string {
  return TERRITORY[target] ?? target;
}

/** Entities whose recognition is in question: the forecast ranks who may recognize them next. */
export const CONTESTED = [
  'TALIBAN',
  'PSE',
  'XKX',
  'TWN',
  'SOMALILAND',
  'ICHKERIA',
  'ABKHAZIA',
  'SOUTH_OSSETIA',
  'NORTHERN_CYPRUS',
  'SADR',
];

export function isContested(target: string): boolean {
  return CONTESTED.includes(target);
}
