// Headless Chromium from Debian (never a downloaded browser), driven by playwright-core, and the
// real HTTP server on 127.0.0.1 serving the built app over the shared test database.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { Store } from '../../ingest/store/client.ts';
import { createApp } from '../../web/server/app.ts';
import { httpServerFactory } from '../../web/server/http-server.ts';

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

/** Serves the built app (dist/, from `npm run build`) and the API on a free loopback port. */
export async function startTestServer(store: Store): Promise<TestServer> {
  const staticDir = join(ROOT, 'dist');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('test/setup/browser: dist/ is missing; run `npm run build` first (npm test does)');
  }
  const app = createApp({ store, staticDir });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: httpServerFactory(app.fetch) }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
