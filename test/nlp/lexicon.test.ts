import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  buildGazetteer,
  entityById,
  isState,
  LEXICON_DIR,
  LexiconError,
  loadGazetteer,
  lookupSurface,
  normalizeSurface,
  resolveAt,
  type SurfaceForm,
} from '../../src/nlp/lexicon/index.ts';

const g = loadGazetteer();

/** The best hit for a span, as `ID/form`. */
function best(span: string): string | undefined {
  const h = lookupSurface(span)[0];
  return h && `${h.id}/${h.form}`;
}

describe('surface lookups', () => {
  const table: [string, string, SurfaceForm][] = [
    ['the UAE', 'ARE', 'name'],
    ['UAE', 'ARE', 'name'],
    ['Emirati', 'ARE', 'adjective'],
    ['Britain', 'GBR', 'name'],
    ['the U.K.', 'GBR', 'name'],
    ['the Kremlin', 'RUS', 'metonym'],
    ['Moscow', 'RUS', 'metonym'],
    ['Downing Street', 'GBR', 'metonym'],
    ['the White House', 'USA', 'metonym'],
    ['the U.S.', 'USA', 'name'],
    ['US', 'USA', 'name'],
    ['American', 'USA', 'adjective'],
    ['Kabul', 'AFG', 'capital'],
    ['Islamic Emirate of Afghanistan', 'TALIBAN', 'name'],
    ['the Islamic Emirate of Afghanistan', 'TALIBAN', 'name'],
    ["Afghanistan's de facto authorities", 'TALIBAN', 'name'],
    ['the Taliban', 'TALIBAN', 'name'],
    ['ISIS-K', 'ISKP', 'name'],
    ['Islamic State Khorasan Province', 'ISKP', 'name'],
    ['Al\u2011Qaeda', 'AL_QAEDA', 'name'],
    ['al-Qaida', 'AL_QAEDA', 'name'],
    ['the Pakistani Taliban', 'TTP', 'name'],
    ['Hamas', 'HAMAS', 'name'],
    ['Soviet', 'SUN', 'adjective'],
    ['the Soviet Union', 'SUN', 'name'],
    ['Mao Ning', 'CHN', 'person'],
    ['Muttaqi', 'TALIBAN', 'person'],
    ['Amir Khan Muttaqi', 'TALIBAN', 'person'],
    ['Zhirnov', 'RUS', 'person'],
    ['S. Jaishankar', 'IND', 'person'],
    ['São Tomé and Príncipe', 'STP', 'name'],
    ['Sao Tome and Principe', 'STP', 'name'],
    ['Côte d\u2019Ivoire', 'CIV', 'name'],
    ['Kosovo', 'XKX', 'name'],
    ['Kosovar', 'XKX', 'adjective'],
    ['Taiwan', 'TWN', 'name'],
    ['Chinese Taipei', 'TWN', 'name'],
    ['Chinese', 'CHN', 'adjective'],
    ['Palestine', 'PSE', 'name'],
    ['the State of Palestine', 'PSE', 'name'],
    ['the Palestinian Authority', 'PSE', 'name'],
    ['the Holy See', 'VAT', 'name'],
    ['Turkey', 'TUR', 'name'],
    ['Türkiye', 'TUR', 'name'],
    ['Burma', 'MMR', 'name'],
    ['Swaziland', 'SWZ', 'name'],
    ['the DPRK', 'PRK', 'name'],
    ['Guinea-Bissau', 'GNB', 'name'],
    ['Papua New Guinea', 'PNG', 'name'],
    ['Guinea', 'GIN', 'name'],
    ['Brussels', 'EU', 'metonym'],
    ['the United Nations', 'UN', 'name'],
    ['the U.N.', 'UN', 'name'],
    ['UNAMA', 'UN', 'name'],
    ['the Shanghai Cooperation Organization', 'SCO', 'name'],
    ['Hargeisa', 'SOMALILAND', 'capital'],
    ['Sukhumi', 'ABKHAZIA', 'capital'],
    ['Tskhinvali', 'SOUTH_OSSETIA', 'capital'],
    ['TRNC', 'NORTHERN_CYPRUS', 'name'],
    ['the Sahrawi Arab Democratic Republic', 'SADR', 'name'],
    ['the Chechen Republic of Ichkeria', 'ICHKERIA', 'name'],
    ['Addis Ababa', 'ETH', 'metonym'],
    ['Washington', 'USA', 'metonym'],
  ];
  for (const [span, id, form] of table) {
    it(`${span} → ${id} (${form})`, () => assert.equal(best(span), `${id}/${form}`));
  }

  it('keeps "Soviet" away from RUS and dates the two states', () => {
    assert.ok(lookupSurface('Soviet').every((h) => h.id !== 'RUS'));
    assert.equal(entityById('SUN')?.validTo, '1991-12-26');
    assert.equal(entityById('RUS')?.validFrom, '1991-12-26');
  });

  it('matches short acronyms and common-noun names case-sensitively', () => {
    assert.deepEqual(lookupSurface('us'), []);
    assert.deepEqual(lookupSurface('turkey'), []);
    assert.equal(best('U.S.'), 'USA/name');
    assert.equal(best('Nato'), 'NATO/name');
    assert.equal(best('NATO'), 'NATO/name');
  });

  it('blocks phrases that contain a name but name nothing', () => {
    assert.deepEqual(g.surfaces.get(normalizeSurface('Latin America')), []);
    assert.ok(g.blockers.has('latin america'));
    assert.equal(best('America'), 'USA/name');
  });

  it('marks surfaces that name several entities as ambiguous, preferred reading first', () => {
    const congo = lookupSurface('Congo');
    assert.deepEqual(
      congo.map((h) => h.id),
      ['COD', 'COG'],
    );
    assert.ok(congo.every((h) => h.ambiguous));
    assert.equal(lookupSurface('Jerusalem')[0]?.ambiguous, true);
  });

  it('dates person hits by tenure', () => {
    const ghani = lookupSurface('Ashraf Ghani')[0];
    assert.equal(ghani?.validTo, '2021-08-15');
    assert.equal(ghani?.person, 'Ashraf Ghani');
    const baerbock = lookupSurface('Baerbock').map((h) => h.id);
    assert.deepEqual(baerbock, ['DEU', 'UN']);
  });

  it('records the longest surface for longest-match scanning', () => {
    let longest = 0;
    for (const k of g.surfaces.keys()) longest = Math.max(longest, k.split(' ').length);
    assert.equal(g.maxSurfaceWords, longest);
    assert.ok(g.maxSurfaceWords >= 5);
  });
});

describe('normalizeSurface', () => {
  const cases: [string, string][] = [
    ['Al\u2011Qaeda', 'al-qaeda'],
    ['the U.S.', 'us'],
    ['The  Hague', 'hague'],
    ['Côte d\u2019Ivoire', "cote d'ivoire"],
    ['Jonas Gahr Støre', 'jonas gahr store'],
    ['São\u00a0Tomé', 'sao tome'],
    ['South Ossetia\u2013Alania', 'south ossetia-alania'],
  ];
  for (const [input, key] of cases)
    it(`${JSON.stringify(input)} → ${key}`, () => assert.equal(normalizeSurface(input), key));
  it('keeps case on request', () => assert.equal(normalizeSurface('the U.S.', { keepCase: true }), 'US'));
});

describe('entities', () => {
  it('has all 193 UN member states, plus the observers PSE and VAT', () => {
    const members = [...g.entities.values()].filter((e) => e.un);
    assert.equal(members.length, 193);
    assert.ok(members.every((e) => e.kind === 'state'));
    for (const id of ['RUS', 'CHN', 'AFG', 'SSD', 'MKD', 'SWZ', 'TLS']) assert.equal(entityById(id)?.un, true, id);
    for (const id of ['PSE', 'VAT']) {
      assert.equal(entityById(id)?.un, false, id);
      assert.equal(entityById(id)?.unObserver, true, id);
    }
  });

  it('has every contract entity', () => {
    const ids =
      'PSE XKX TWN VAT SUN TALIBAN AFG SOMALILAND ICHKERIA ABKHAZIA SOUTH_OSSETIA NORTHERN_CYPRUS SADR UN EU NATO SCO GCC OIC ARAB_LEAGUE AU ASEAN CSTO BRICS ISKP TTP AL_QAEDA HAMAS';
    for (const id of ids.split(' ')) assert.ok(entityById(id), id);
  });

  it('tells states from other kinds', () => {
    assert.equal(isState('TWN'), true);
    assert.equal(isState('XKX'), true);
    assert.equal(isState('TALIBAN'), false);
    assert.equal(isState('SUN'), false);
    assert.equal(isState('NOPE'), false);
    assert.equal(entityById('TALIBAN')?.kind, 'authority');
    assert.equal(entityById('EU')?.kind, 'organization');
    assert.equal(entityById('ISKP')?.kind, 'armed_group');
    assert.equal(entityById('SUN')?.kind, 'historic');
  });

  it('carries the generated data and its source', () => {
    assert.equal(g.source.package, 'world-countries');
    assert.match(g.source.version, /^\d+\.\d+\.\d+$/);
    const rus = entityById('RUS');
    assert.equal(rus?.region, 'Europe');
    assert.ok(rus?.borders?.includes('KAZ'));
    assert.ok(entityById('SRB')?.borders?.includes('XKX'));
    assert.ok(entityById('AFG')?.capitals.includes('Kabul'));
  });

  it('is immutable', () => {
    assert.throws(() => (g.surfaces as Map<string, unknown>).set('x', []), TypeError);
    assert.throws(() => (g.entities as Map<string, unknown>).delete('RUS'), TypeError);
    assert.ok(Object.isFrozen(entityById('RUS')));
    assert.ok(Object.isFrozen(g.surfaces.get('russia')));
    assert.equal(loadGazetteer(), g);
  });
});

describe('institutions', () => {
  it('flags which attached phrases can act', () => {
    assert.equal(g.institutions.get('foreign ministry')?.actor, true);
    assert.equal(g.institutions.get('ministry of foreign affairs')?.category, 'ministry');
    assert.equal(g.institutions.get(normalizeSurface('Chargé d\u2019Affaires'))?.category, 'office');
    assert.equal(g.institutions.get('embassy')?.actor, true);
    assert.equal(g.institutions.get('state media')?.actor, false);
    assert.equal(g.institutions.get('troops')?.actor, false);
  });
});

describe('time rules', () => {
  const kabul = lookupSurface('Kabul')[0]!;
  const afghan = lookupSurface('Afghan')[0]!;
  const ministry = g.institutions.get('foreign ministry');
  const people = g.institutions.get('people');

  it('turns Afghanistan and Kabul into TALIBAN from 2021-08-15', () => {
    assert.equal(resolveAt(g.timeRules, kabul, 'kabul', '2021-09-01').id, 'TALIBAN');
    assert.equal(resolveAt(g.timeRules, kabul, 'kabul', '2025').id, 'TALIBAN');
    assert.equal(resolveAt(g.timeRules, kabul, 'kabul', '2020-05-01').id, 'AFG');
    const straddle = resolveAt(g.timeRules, kabul, 'kabul', '2021-08');
    assert.deepEqual([straddle.id, straddle.ambiguous], ['AFG', true]);
    const afghanistan = lookupSurface('Afghanistan')[0]!;
    assert.equal(resolveAt(g.timeRules, afghanistan, 'afghanistan', '2025-07-03').id, 'TALIBAN');
  });

  it('applies to "Afghan" only with a government institution', () => {
    assert.equal(resolveAt(g.timeRules, afghan, 'afghan', '2024-01-01', { institution: ministry }).id, 'TALIBAN');
    assert.equal(resolveAt(g.timeRules, afghan, 'afghan', '2024-01-01', { institution: people }).id, 'AFG');
    assert.equal(resolveAt(g.timeRules, afghan, 'afghan', '2024-01-01').id, 'AFG');
  });

  it('leaves the republic’s own names and envoys at AFG', () => {
    const former = lookupSurface('the former Afghan government')[0]!;
    assert.equal(resolveAt(g.timeRules, former, 'former afghan government', '2024-01-01').id, 'AFG');
    const faiq = lookupSurface('Naseer Ahmad Faiq')[0]!;
    assert.equal(resolveAt(g.timeRules, faiq, 'naseer ahmad faiq', '2024-01-01').id, 'AFG');
  });

  it('flags Afghanistan under the first Taliban regime as ambiguous', () => {
    const r = resolveAt(g.timeRules, kabul, 'kabul', '1998-08-20');
    assert.deepEqual([r.id, r.ambiguous], ['AFG', true]);
  });

  it('reads Moscow before 1991-12-26 as the Soviet Union', () => {
    const moscow = lookupSurface('Moscow')[0]!;
    assert.equal(resolveAt(g.timeRules, moscow, 'moscow', '1979-12-27').id, 'SUN');
    assert.equal(resolveAt(g.timeRules, moscow, 'moscow', '2025-07-03').id, 'RUS');
  });
});

describe('validation', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** A copy of the lexicon with one file edited. */
  function broken(rel: string, edit: (json: Record<string, unknown>) => void): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'lexicon');
    dirs.push(dir);
    cpSync(LEXICON_DIR, dir, { recursive: true });
    const path = join(dir, rel);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    edit(json);
    writeFileSync(path, JSON.stringify(json));
    return dir;
  }

  function fails(dir: string, file: RegExp, entry: RegExp): void {
    assert.throws(
      () => buildGazetteer(dir),
      (e: unknown) =>
        e instanceof LexiconError && file.test(e.file) && entry.test(e.entry) && e.message.startsWith(e.file),
    );
  }

  it('rejects a duplicate id, naming the file and the entry', () => {
    const dir = broken('entities/non-states.json', (j) => {
      const list = j.entities as Record<string, unknown>[];
      list.push({ ...list.find((e) => e.id === 'HAMAS') });
    });
    fails(dir, /non-states\.json$/, /HAMAS/);
  });

  it('rejects a person acting for an unknown entity', () => {
    const dir = broken('people/office-holders.json', (j) => {
      (j.people as Record<string, unknown>[])[0]!.entity = 'ATLANTIS';
    });
    fails(dir, /office-holders\.json$/, /Vladimir Putin/);
  });

  it('rejects extras for an unknown id', () => {
    const dir = broken('entities/states.extra.json', (j) => {
      (j.entries as Record<string, unknown>).ATLANTIS = { names: ['Atlantis'] };
    });
    fails(dir, /states\.extra\.json$/, /ATLANTIS/);
  });

  it('rejects a malformed surface and a bad date', () => {
    fails(
      broken('entities/non-states.json', (j) => {
        (j.entities as Record<string, unknown>[])[0]!.names = ['ok', 42];
      }),
      /non-states\.json$/,
      /TALIBAN/,
    );
    fails(
      broken('entities/time-rules.json', (j) => {
        (j.rules as Record<string, unknown>[])[0]!.from = '15 August 2021';
      }),
      /time-rules\.json$/,
      /afg-taliban-since-2021/,
    );
  });

  it('rejects a time rule on a surface the entity does not have', () => {
    const dir = broken('entities/time-rules.json', (j) => {
      (j.rules as Record<string, unknown>[])[0]!.surfaces = ['Kandahar'];
    });
    fails(dir, /time-rules\.json$/, /afg-taliban-since-2021/);
  });

  it('rejects invalid JSON', () => {
    const dir = broken('entities/institutions.json', () => {});
    writeFileSync(join(dir, 'entities/institutions.json'), '{ nope');
    fails(dir, /institutions\.json$/, /file/);
  });
});
