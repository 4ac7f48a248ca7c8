// Real Chromium for the page tests: Debian's package (installed by .ci/run), driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/web/', import.meta.url));

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y --no-install-recommends chromium\` (as .ci/run does), or set CHROMIUM_PATH`;
}

export function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export function artifact(name: string): string {
  return `${ARTIFACTS}${name}`;
}

/**
 * Clicks a country as a person would: at a point inside its shape that is not covered by another.
 * (The centre of Russia's bounding box lies over its neighbours, since it spans the antimeridian.)
 */
export async function clickCountry(page: Page, iso3: string): Promise<void> {
  const selector = `path[data-iso3="${iso3}"]`;
  await page.locator(selector).scrollIntoViewIfNeeded();
  const point = await page.evaluate((sel) => {
    const path = document.querySelector(sel) as SVGGeometryElement | null;
    const svg = path?.ownerSVGElement;
    const ctm = path?.getScreenCTM();
    if (!path || !svg || !ctm) return null;
    const box = path.getBBox();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const y of [fy, 1 - fy]) {
        for (let fx = 0.05; fx < 1; fx += 0.05) {
          const p = svg.createSVGPoint();
          p.x = box.x + box.width * fx;
          p.y = box.y + box.height * y;
          if (!path.isPointInFill(p)) continue;
          const s = p.matrixTransform(ctm);
          if (document.elementFromPoint(s.x, s.y) === path) return { x: s.x, y: s.y };
        }
      }
    }
    return null;
  }, selector);
  if (!point) throw new Error(`no clickable point inside ${iso3}`);
  await page.mouse.click(point.x, point.y);
}
