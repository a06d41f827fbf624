// Headless Chromium from Debian (never a downloaded browser), driven by playwright-core, and the
// real HTTP server on 127.0.0.1 serving the built app over the shared test database. useExplorer()
// is what a browser test file calls: the three of them started once for the file, closed after it,
// and pages opened on the explorer once it is ready.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { createApp, type AppOptions } from '../../web/server/app.ts';
import { httpServerFactory } from '../../web/server/http-server.ts';
import { openTestStore } from './store.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS_DIR = join(ROOT, 'test', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (inject('testProject') !== 'browser') {
    throw new Error('test/setup/browser: this file drives Chromium but is not in the browser project; name it *.browser.test.ts (vitest.config.ts)');
  }
  return launchChromium();
}

/** The same Chromium outside vitest (the benchmarks in bench/). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`test/setup/browser: no Chromium at ${CHROMIUM}; run: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built app (dist/, from `npm run build`) and the API on a free loopback port; `options` add to createApp's (jobs …). */
export async function startTestServer(store: Store, options: Omit<AppOptions, 'store' | 'staticDir'> = {}): Promise<TestServer> {
  const staticDir = join(ROOT, 'dist');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('test/setup/browser: dist/ is missing; run `npm run build` first (npm test does)');
  }
  const app = createApp({ ...options, store, staticDir });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: httpServerFactory(app.fetch) }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A page on the explorer, with what went wrong in it: uncaught errors and dialogs (each dismissed). */
export interface ExplorerPage {
  page: Page;
  errors: string[];
  dialogs: string[];
}

export interface OpenOptions {
  /** Default 1400×860. */
  viewport?: { width: number; height: number };
  /** What shows the page is ready (default: the graph laid out, `#graph[data-ready="true"]`). */
  ready?: string;
  /** Another server than the file's (a second app with other options, startTestServer). */
  server?: TestServer;
}

export interface Explorer {
  /** The shared test database, as `seed` left it. */
  readonly store: Store;
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new page at `path` (default `/`), once it is ready; closed after the test if the test did not close it. */
  open(path?: string, options?: OpenOptions): Promise<ExplorerPage>;
}

/** How long the explorer may take to be ready: it lays out its home view first, slow on a loaded machine. */
export const READY_TIMEOUT_MS = 60_000;

/**
 * The explorer for one browser test file: before its tests, the shared test database filled by
 * `seed` (which starts from resetDatabase, as every fixture does), the built app served over it and
 * Chromium launched; after them, all three closed. Call it at the top level of the file.
 */
export function useExplorer(seed: (store: Store) => Promise<unknown>): Explorer {
  let store: Store | undefined;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const pages = new Set<Page>();
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`test/setup/browser: the ${what} is not started yet; use useExplorer()'s result inside a test or hook, not at load time`);
    return value;
  };
  beforeAll(async () => {
    store = openTestStore();
    await seed(store);
    server = await startTestServer(store);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all([...pages].map((p) => p.close()));
    pages.clear();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });
  return {
    get store() {
      return started(store, 'test database');
    },
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async open(path = '/', options = {}) {
      const page = await started(browser, 'browser').newPage({ viewport: options.viewport ?? { width: 1400, height: 860 } });
      pages.add(page);
      page.on('close', () => pages.delete(page));
      const opened: ExplorerPage = { page, errors: [], dialogs: [] };
      page.on('pageerror', (err) => opened.errors.push(err.message));
      page.on('dialog', (dialog) => {
        opened.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${(options.server ?? started(server, 'server')).url}${path}`);
      await page.waitForSelector(options.ready ?? '#graph[data-ready="true"]', { timeout: READY_TIMEOUT_MS });
      return opened;
    },
  };
}

type AppWindow = { __app: { view: { selected: string[] } } };

/** The entities selected in the explorer now. */
export const selectedIds = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as AppWindow).__app.view.selected);

/** Replaces the console editor's text with `query` (as typed: the editor's own input path). */
export async function typeCypher(page: Page, query: string): Promise<void> {
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await expect.poll(() => page.locator('#cypher-editor .cm-content').textContent()).toBe(query);
}
