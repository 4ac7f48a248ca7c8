// The page's pure helpers: slider steps, date display, safe links, URL state, rung colours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LADDER } from '../../src/analyze/index.ts';
import { formatDate, isAfter, monthEnd, monthSteps, stepAtOrBefore } from '../../web/src/lib/dates.ts';
import { readHash, writeHash } from '../../web/src/lib/hash.ts';
import { safeHref } from '../../web/src/lib/links.ts';
import { RUNG_STYLES, rungStyle, territoryOf } from '../../web/src/lib/rungs.ts';

describe('slider steps', () => {
  it('runs month ends from the first to the last date', () => {
    assert.equal(monthEnd(2024, 2), '2024-02-29');
    assert.equal(monthEnd(2025, 2), '2025-02-28');
    assert.deepEqual(monthSteps('2024-11', '2025-02-10'), ['2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28']);
    assert.deepEqual(
      monthSteps('2024', '2024'),
      [...Array(12)].map((_, i) => monthEnd(2024, i + 1)),
    );
    assert.deepEqual(monthSteps('2025', '2024'), []);
  });

  it('samples a long history and keeps the last month', () => {
    const steps = monthSteps('1900', '2025-07', 100);
    assert.ok(steps.length <= 100);
    assert.equal(steps[steps.length - 1], '2025-07-31');
    assert.deepEqual(steps, [...steps].sort());
  });

  it('finds the step at or before a day', () => {
    const steps = ['2024-11-30', '2024-12-31', '2025-01-31'];
    assert.equal(stepAtOrBefore(steps, '2024-12-31'), 1);
    assert.equal(stepAtOrBefore(steps, '2025-01-15'), 1);
    assert.equal(stepAtOrBefore(steps, '2024-01-01'), -1);
  });
});

describe('dates', () => {
  it('formats partial dates for people', () => {
    assert.equal(formatDate('2025-07-03'), '3 Jul 2025');
    assert.equal(formatDate('2025-07'), 'Jul 2025');
    assert.equal(formatDate('2025'), '2025');
    assert.equal(formatDate(null), 'undated');
  });

  it('compares at the coarser precision', () => {
    assert.equal(isAfter('2025-07-03', '2024-12-31'), true);
    assert.equal(isAfter('2024', '2024-12-31'), false);
    assert.equal(isAfter('2025', '2024-12-31'), true);
    assert.equal(isAfter(null, '2024-12-31'), false);
    assert.equal(isAfter('2025-07-03', null), false);
  });
});

describe('links', () => {
  it('links only http and https URLs', () => {
    assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '/relative',
      '',
      null,
    ])
      assert.equal(safeHref(bad), null, String(bad));
  });
});

describe('URL state', () => {
  it('round-trips and drops malformed values', () => {
    const state = { target: 'TALIBAN', asOf: '2024-12-31', actor: 'RUS', event: null };
    assert.deepEqual(readHash(writeHash(state)), state);
    assert.deepEqual(readHash('#target=<img>&asOf=soon&actor=rus'), {
      target: null,
      asOf: null,
      actor: null,
      event: null,
    });
  });
});

describe('rung colours', () => {
  it('has a colour for every rung of the ladder, green-blue up and red down', () => {
    for (const r of DEFAULT_LADDER.rungs) {
      const style = rungStyle(r.id);
      assert.equal(style.level, r.level, r.id);
      assert.match(style.fill, /^#[0-9a-f]{6}$/);
    }
    assert.equal(RUNG_STYLES.length, DEFAULT_LADDER.rungs.length);
    assert.equal(territoryOf('TALIBAN'), 'AFG');
    assert.equal(territoryOf('PSE'), 'PSE');
  });

  it('keeps text on each rung colour readable (WCAG AA, 4.5:1)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const s of RUNG_STYLES) {
      const [hi, lo] = [lum(s.fill), lum(s.ink)].sort((a, b) => b - a);
      assert.ok((hi + 0.05) / (lo + 0.05) >= 4.5, `${s.id}: ${s.ink} on ${s.fill}`);
    }
  });
});
