// Screenshot baselines for the browser tests: each page state is compared with a committed PNG in
// test/web/browser/baselines/ within a pixel tolerance (pixelmatch), so a change that moves or
// restyles the UI fails with a diff image instead of going unseen. UPDATE_SCREENSHOTS=1 writes the
// baselines instead (review them, then commit). The actual image is always kept in test/artifacts/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ARTIFACTS_DIR } from './browser.ts';
import { REPO_ROOT } from './shared-data.ts';

export const BASELINES_DIR = join(REPO_ROOT, 'test', 'web', 'browser', 'baselines');

export interface ScreenshotOptions {
  /** Parts drawn differently from run to run (the graph canvas: FA2 runs on a time budget), painted over. */
  mask?: Locator[];
  /** Share of pixels that may differ (default 0.005: anti-aliasing, not a moved or restyled element). */
  maxDiffRatio?: number;
  /** Per-pixel colour distance pixelmatch ignores, 0 to 1 (default 0.1). */
  threshold?: number;
  /** Only this element (a panel over the graph, which a mask of the canvas would paint over). */
  element?: Locator;
}

export const DEFAULT_SCREENSHOT_OPTIONS = { maxDiffRatio: 0.005, threshold: 0.1 };

const rel = (path: string): string => relative(REPO_ROOT, path);

/** Compares the page as it is now with baselines/<name>.png; throws a message saying what differs and how to accept it. */
export async function expectScreenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<void> {
  const { maxDiffRatio, threshold } = { ...DEFAULT_SCREENSHOT_OPTIONS, ...options };
  // Web fonts and layout settled: compare a state, not a moment.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const shot = { animations: 'disabled', caret: 'hide', scale: 'css', mask: options.mask, maskColor: '#808080' } as const;
  const buffer = options.element ? await options.element.screenshot(shot) : await page.screenshot(shot);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const actualPath = join(ARTIFACTS_DIR, `${name}.png`);
  writeFileSync(actualPath, buffer);
  const baselinePath = join(BASELINES_DIR, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(BASELINES_DIR, { recursive: true });
    writeFileSync(baselinePath, buffer);
    return;
  }
  const update = 'if the change is intended, run UPDATE_SCREENSHOTS=1 npm run test:browser and commit the new baseline';
  if (!existsSync(baselinePath)) {
    throw new Error(`test/setup/screenshot: no baseline ${rel(baselinePath)} for "${name}" (this run's image: ${rel(actualPath)}); ${update}`);
  }
  const actual = PNG.sync.read(buffer);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(
      `test/setup/screenshot: "${name}" is ${actual.width}×${actual.height}, its baseline ${expected.width}×${expected.height} ` +
        `(${rel(actualPath)} against ${rel(baselinePath)}); ${update}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold });
  const ratio = differing / (actual.width * actual.height);
  if (ratio > maxDiffRatio) {
    const diffPath = join(ARTIFACTS_DIR, `${name}.diff.png`);
    writeFileSync(diffPath, PNG.sync.write(diff));
    throw new Error(
      `test/setup/screenshot: "${name}" differs from its baseline in ${differing} pixels (${(ratio * 100).toFixed(2)}%, ` +
        `tolerance ${(maxDiffRatio * 100).toFixed(2)}%); see ${rel(diffPath)} (red: differing pixels), ${rel(actualPath)} and ${rel(baselinePath)}; ${update}`,
    );
  }
}

/** The sigma canvas: its layout runs for a time budget, so node positions differ between runs and machines. */
export const graphCanvas = (page: Page): Locator[] => [page.locator('#graph')];
