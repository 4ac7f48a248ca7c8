import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whoSaidWhat } from '../../src/analyze/index.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import type { Event, Quote } from '../../src/core/types.ts';
import { loadGold } from '../consolidate/helpers/gold.ts';
import { mention, sourcesOf } from '../consolidate/helpers/make.ts';

const gold = loadGold('seeds');
const events = consolidate(gold.mentions, gold.sources);
const byId = new Map(events.map((e) => [e.id, e] as const));
const act = (e: Event | undefined) => (e ? `${e.actor} ${e.action} ${e.target} ${e.date ?? 'undated'}` : 'none');

/** A quote found in a seed document's text, the way the extractor would report it. */
function quote(doc: string, text: string, speaker: string | null, entity: string | null): Quote {
  const start = gold.texts.get(doc)!.indexOf(text);
  assert.ok(start >= 0, `quote not found in ${doc}: ${text}`);
  return { doc, speaker, entity, text, start, end: start + text.length, date: null };
}

describe('who said what: seed documents', () => {
  const cases: { name: string; quote: Quote; first: string; reason: string }[] = [
    {
      name: 'Putin’s words inside the sentence of a Russian PRAISE are that praise',
      quote: quote('001_dc7b78a0421af4c7.txt', 'allies in the fight against terrorism', 'Vladimir Putin', 'RUS'),
      first: 'RUS PRAISE TALIBAN 2024-07',
      reason: 'speaker-act',
    },
    {
      name: 'Muttaqi’s "historic step" comments on the Taliban’s praise of Russia',
      quote: quote(
        '001_dc7b78a0421af4c7.txt',
        'a historic step towards strengthening relations between the two countries',
        'Amir Khan Muttaqi',
        'TALIBAN',
      ),
      first: 'TALIBAN PRAISE RUS undated',
      reason: 'speaker-act',
    },
    {
      name: 'Muttaqi’s video statement (002) is linked to the same praise',
      quote: quote(
        '002_d4a67e2a27eda46d.txt',
        'We value this courageous step taken by Russia',
        'Amir Khan Muttaqi',
        'TALIBAN',
      ),
      first: 'TALIBAN PRAISE RUS undated',
      reason: 'speaker-act',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [said] = whoSaidWhat([c.quote], events);
      assert.ok(said.links.length > 0);
      assert.equal(act(byId.get(said.links[0].eventId)), c.first);
      assert.equal(said.links[0].reason, c.reason);
    });
  }

  it('keeps a quote with nothing nearby, with no links', () => {
    const text = gold.texts.get('001_dc7b78a0421af4c7.txt')!;
    const q: Quote = {
      doc: '001_dc7b78a0421af4c7.txt',
      speaker: 'x',
      entity: null,
      text: 'x',
      start: 0,
      end: 1,
      date: null,
    };
    assert.ok(text.length > 0);
    const [said] = whoSaidWhat([q], events, { window: 0 });
    assert.deepEqual(said.links, []);
  });
});

describe('who said what: rules', () => {
  const S = sourcesOf(['a', '2025-07-04'], ['b', '2025-07-04']);
  const evs = consolidate(
    [
      mention('a', { actor: 'CHN', action: 'PRAISE', target: 'RUS', start: 100, end: 200 }),
      mention('a', { actor: 'RUS', action: 'RECOGNIZE', target: 'TALIBAN', start: 100, end: 200 }),
      mention('a', { actor: 'IRN', action: 'MEET', target: 'TALIBAN', start: 400, end: 450 }),
      mention('b', { actor: 'CHN', action: 'CONDEMN', target: 'USA', start: 100, end: 200 }),
    ],
    S,
  );
  const name = (id: string) => act(evs.find((e) => e.id === id)).split(' undated')[0];
  const q = (doc: string, start: number, end: number, entity: string | null): Quote => ({
    doc,
    speaker: 'someone',
    entity,
    text: 'words',
    start,
    end,
    date: null,
  });
  const table: { name: string; quote: Quote; links: string[] }[] = [
    {
      name: 'speaker’s own speech act in the sentence ranks first, other same-sentence events next, nearby ones dropped',
      quote: q('a', 120, 160, 'CHN'),
      links: ['CHN PRAISE RUS:speaker-act', 'RUS RECOGNIZE TALIBAN:same-sentence'],
    },
    {
      name: 'a speaker for no entity still links to the events of the sentence',
      quote: q('a', 120, 160, null),
      links: ['CHN PRAISE RUS:same-sentence', 'RUS RECOGNIZE TALIBAN:same-sentence'],
    },
    {
      name: 'outside any sentence: nearby events, the speaker’s own first',
      quote: q('a', 300, 350, 'IRN'),
      links: ['IRN MEET TALIBAN:speaker-nearby', 'CHN PRAISE RUS:nearby', 'RUS RECOGNIZE TALIBAN:nearby'],
    },
    { name: 'other documents never link', quote: q('c', 120, 160, 'CHN'), links: [] },
  ];
  for (const c of table) {
    it(c.name, () => {
      const [said] = whoSaidWhat([c.quote], evs);
      assert.deepEqual(
        said.links.map((l) => `${name(l.eventId)}:${l.reason}`),
        c.links,
      );
    });
  }
});
