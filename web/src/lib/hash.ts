// The view's state in the URL hash (#target=TALIBAN&asOf=2024-12-31&actor=RUS), so a view can be
// bookmarked or sent to a colleague.
export interface ViewState {
  target: string | null;
  asOf: string | null;
  actor: string | null;
  event: string | null;
}

export function readHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const id = (v: string | null) => (v && /^[A-Z][A-Z0-9_]{1,39}$/.test(v) ? v : null);
  const asOf = p.get('asOf');
  const event = p.get('event');
  return {
    target: id(p.get('target')),
    asOf: asOf && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf) ? asOf : null,
    actor: id(p.get('actor')),
    event: event && /^[\w-]{1,80}$/.test(event) ? event : null,
  };
}

export function writeHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.target) p.set('target', s.target);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.actor) p.set('actor', s.actor);
  if (s.event) p.set('event', s.event);
  const out = p.toString();
  return out ? `#${out}` : '';
}
