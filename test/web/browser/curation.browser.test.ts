// The analyst's desk in the explorer (issue 17), in Debian's Chromium against the real server and
// Neo4j: a node's menu by right click hides a node and the audit list's 撤销 Undo brings it back;
// 合并到… merges two nodes through the search box; without a token the menu says how to enable
// editing; a refused operation (merge with itself) shows the server's message; after a watched
// entity gains a new connection (an article ingested through the store) the 警报 Alerts badge counts
// it and the alert opens its sentence in the article view. Invented articles.
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractUnresolved } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { httpServerFactory } from '../../../web/server/http-server.ts';
import { ARTIFACTS_DIR, launchBrowser } from '../../setup/browser.ts';
import { expectScreenshot } from '../../setup/screenshot.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TOKEN = 'curation-browser-token-0123';
const TOKEN_KEY = 'kg-console-token';
/** A curation is one write transaction (the first also loads the operations into the server): give it time. */
const LANDED = { timeout: 60_000 };

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-04-${day}T09:00:00+08:00` };
}
const MEETING = article('赵启航会见李明远', '赵启航在云栖市会见了李明远。赵启航表示，双方将加强合作。', '01');
const ARRIVAL = article('周岚岚抵达云栖市', '周岚岚当天抵达云栖市。周岚岚与李明远举行会谈。', '02');
/** Gives 赵启航 a connection it never had (周岚岚): the alert. */
const TALKS = article('赵启航与周岚岚会谈', '赵启航与周岚岚在云栖市举行会谈。双方表示将继续合作。', '05');

const ZHAO = 'person:赵启航';
const LI = 'person:李明远';
const ZHOU = 'person:周岚岚';

type Win = {
  __sigma: {
    getGraph(): { hasNode(id: string): boolean; nodes(): string[]; getNodeAttribute(id: string, name: string): unknown };
    getNodeDisplayData(id: string): { x: number; y: number };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
};

let store: Store;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

/** The built app over the test database, with API_TOKEN set. */
async function serveApp(): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp({ store, staticDir: join(ROOT, 'dist'), jobs: { apiToken: TOKEN } });
  return new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: httpServerFactory(app.fetch) }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => s.close(() => done())) }),
    );
  });
}

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  extractUnresolved({ id: 'warm-up', title: '预热', text: '李明远在云栖市。', authors: [] });
  await ingestDocuments(store, [[MEETING], [ARRIVAL]]);
  server = await serveApp();
  browser = await launchBrowser();
  // The extraction model loads for the fixtures: minutes on a loaded machine.
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

/** The explorer with `token` kept for the tab (none: no token typed yet), laid out. */
async function open(token: string | null, path = '/'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  if (token) await page.addInitScript(([key, value]) => sessionStorage.setItem(key!, value!), [TOKEN_KEY, token]);
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('#graph[data-ready="true"]', { timeout: 90_000 });
  return { page, errors };
}

const attribute = (page: Page, id: string, name: string) =>
  page.evaluate(([node, key]) => (window as unknown as Win).__sigma.getGraph().getNodeAttribute(node!, key!), [id, name]);
const onCanvas = (page: Page, id: string) => page.evaluate((node) => (window as unknown as Win).__sigma.getGraph().hasNode(node), id);

/** Right-clicks the node's disc and waits for its menu. */
async function rightClick(page: Page, id: string): Promise<void> {
  const p = await page.evaluate((node) => {
    const s = (window as unknown as Win).__sigma;
    return s.framedGraphToViewport(s.getNodeDisplayData(node));
  }, id);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.mouse.click(box.x + p.x, box.y + p.y, { button: 'right' });
  await page.waitForSelector('#node-menu:not([hidden])');
}

/** Opens 合并到… and picks `name` in the menu's search box. */
async function pickForMerge(page: Page, name: string): Promise<void> {
  await page.click('#node-menu [data-op="merge"]');
  await page.fill('#menu-merge-search', name);
  await page.waitForSelector('#node-menu .search-results li[data-id]');
  await page.press('#menu-merge-search', 'Enter');
  await page.waitForSelector('#node-menu [data-action="merge"]:not([disabled])');
}

// Each test opens the explorer, whose home view lays out for a fixed 300 iterations.
describe('curating in the explorer', { timeout: 180_000 }, () => {
  it('should hide a node from its right-click menu, and bring it back with undo in the audit list', async () => {
    const { page, errors } = await open(TOKEN);
    expect(await onCanvas(page, ZHAO)).toBe(true);
    await rightClick(page, ZHAO);
    expect(await page.locator('#node-menu .menu-name').textContent()).toBe('赵启航');
    expect(await page.locator('#node-menu .edit-token').count()).toBe(0);
    await page.fill('#menu-why', '测试隐藏');
    await page.click('#node-menu [data-op="hide"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').textContent(), LANDED).toBe('已完成 Done: 隐藏 Hide: person:赵启航');
    await expect.poll(() => onCanvas(page, ZHAO), LANDED).toBe(false);

    await page.click('[data-tab="audit"]');
    const record = page.locator('#panel-audit .audit-record').first();
    await expect.poll(() => record.locator('.audit-what').textContent()).toBe('隐藏 Hide: person:赵启航');
    expect(await record.locator('.audit-why').textContent()).toBe('理由 Why: 测试隐藏');
    expect(await record.locator('.audit-meta').textContent()).toContain('explorer');
    await record.locator('.undo').click();
    await expect.poll(() => onCanvas(page, ZHAO), LANDED).toBe(true);
    // Newest first: the undo, which cannot be undone, above the hide it undid, now struck through.
    await expect.poll(() => page.locator('#panel-audit .audit-record').count()).toBe(2);
    const [undo, hide] = [page.locator('#panel-audit .audit-record').nth(0), page.locator('#panel-audit .audit-record').nth(1)];
    expect(await undo.getAttribute('data-operation')).toBe('undo');
    expect(await undo.locator('.undo').isDisabled()).toBe(true);
    expect(await hide.getAttribute('class')).toContain('undone');
    expect(await hide.locator('.undo').isDisabled()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'curation-audit.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should say how to enable editing when there is no token, and show the server refusing a wrong one', async () => {
    const { page, errors } = await open(null);
    await rightClick(page, LI);
    const howTo = page.locator('#node-menu .edit-token');
    expect(await howTo.getAttribute('data-edit-token')).toBe('missing');
    expect(await howTo.textContent()).toContain('API_TOKEN=');
    expect(await howTo.textContent()).toContain('编辑需要 API 令牌 Editing needs the API token');
    await page.click('#node-menu [data-op="hide"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').getAttribute('data-code'), LANDED).toBe('401');
    expect(await page.locator('#node-menu .edit-token .error').textContent()).toContain('needs "Authorization: Bearer <API_TOKEN>"');
    await page.fill('#node-menu .edit-token-input', 'not-the-servers-token');
    await page.click('#node-menu [data-action="save-token"]');
    expect(await page.locator('#node-menu .edit-token').count()).toBe(0);
    await page.click('#node-menu [data-op="hide"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').getAttribute('data-code'), LANDED).toBe('403');
    expect(await page.locator('#node-menu .edit-token .error').textContent()).toContain("the token is not valid for curating; use the server's API_TOKEN");
    expect(await onCanvas(page, LI)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show the menu in Chinese and English (screenshot), and the server’s refusal of a merge with itself', async () => {
    const { page, errors } = await open(TOKEN);
    await rightClick(page, LI);
    await page.click('#node-menu [data-op="merge"]');
    await page.locator('#menu-merge-search').blur();
    await expectScreenshot(page, 'curation-node-menu', { element: page.locator('#node-menu') });
    await page.click('#node-menu [data-op="merge"]');
    await pickForMerge(page, '李明远');
    await page.click('#node-menu [data-action="merge"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').getAttribute('data-code'), LANDED).toBe('400');
    expect(await page.locator('#node-menu .menu-status').textContent()).toMatch(/^服务器拒绝 Refused: .*cannot be merged with itself/);
    expect(await onCanvas(page, LI)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should count a watched entity’s new connection on the 警报 Alerts badge, and open the alert’s sentence in its article', async () => {
    const { page, errors } = await open(TOKEN);
    const badge = page.locator('#alerts-badge');
    expect(await badge.isVisible()).toBe(false);
    await rightClick(page, ZHAO);
    await page.click('#node-menu [data-op="watch"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').textContent(), LANDED).toMatch(/^已关注 Watching 赵启航/);
    expect(await page.locator('#node-menu [data-op="unwatch"]').count()).toBe(1);
    await page.keyboard.press('Escape');

    await ingestDocuments(store, [[TALKS]]);
    // The user comes back to the tab: the badge is refreshed on focus (and every minute).
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => badge.textContent(), LANDED).toBe('1');
    expect(await badge.isVisible()).toBe(true);

    await page.click('[data-tab="alerts"]');
    const alert = page.locator('#panel-alerts .alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.getAttribute('class')).toContain('unread');
    expect(await alert.locator('.alert-head').textContent()).toMatch(/^新连接 New connection: (周岚岚 — 赵启航|赵启航 — 周岚岚)/);
    expect(await alert.locator('.sentence').textContent()).toBe('赵启航与周岚岚在云栖市举行会谈。');
    expect(await badge.isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'curation-alerts.png') });
    await alert.locator('.open-article').click();
    await page.waitForSelector('#article-view .article-text .focus');
    expect(await page.locator('#article-view .article-heading').textContent()).toBe(TALKS.title);
    expect(
      await page
        .locator('#article-view .article-text .focus')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe('赵启航与周岚岚在云栖市举行会谈。');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('should merge a node into the one picked in the menu’s search, leaving one node', async () => {
    const { page, errors } = await open(TOKEN);
    expect(await onCanvas(page, ZHOU)).toBe(true);
    await rightClick(page, ZHOU);
    await pickForMerge(page, '李明远');
    await page.click('#node-menu [data-action="merge"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').textContent(), LANDED).toBe('已完成 Done: 合并 Merge: 周岚岚 → 李明远');
    await expect.poll(() => onCanvas(page, ZHOU), LANDED).toBe(false);
    expect(await onCanvas(page, LI)).toBe(true);
    // The panel's 编辑 Edit opens the same menu; the kept entity has the other's name as an alias.
    await page.keyboard.press('Escape');
    await page.fill('#search', '李明远');
    await page.waitForSelector('#search-results li[data-id]');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#panel-details .facts').textContent()).toContain('周岚岚');
    await page.click('#panel-details [data-action="entity-menu"]');
    expect(await page.locator('#node-menu .menu-name').textContent()).toBe('李明远');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'curation-panel-menu.png') });
    await page.keyboard.press('Escape');
    // Undone in the audit list: the two are apart again.
    await page.click('[data-tab="audit"]');
    await page.locator('#panel-audit .audit-record[data-operation="merge"] .undo').click();
    await expect.poll(() => page.locator('#panel-audit .audit-status').textContent(), LANDED).toBe('已撤销 Undone: 合并 Merge: 周岚岚 → 李明远');
    await expect.poll(() => onCanvas(page, ZHOU), LANDED).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should rename, retype and split a node from its menu, the canvas and the panel showing the new name, type and entity', async () => {
    const { page, errors } = await open(TOKEN, `/?sel=${encodeURIComponent(ZHAO)}`);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('赵启航');
    await rightClick(page, ZHAO);
    await page.click('#node-menu [data-op="rename"]');
    await page.fill('#menu-rename', '赵启航先生');
    await page.click('#node-menu [data-action="rename"]');
    await expect.poll(() => page.locator('#node-menu .menu-status').textContent(), LANDED).toBe('已完成 Done: 改名 Rename: 赵启航 → 赵启航先生');
    await expect.poll(() => attribute(page, ZHAO, 'label'), LANDED).toBe('赵启航先生');
    await expect.poll(() => page.locator('#panel-details h2').textContent(), LANDED).toBe('赵启航先生');
    await page.click('#node-menu [data-op="retype"]');
    await page.click('#node-menu [data-form="retype"] [data-type="Organization"]');
    await expect.poll(() => attribute(page, ZHAO, 'entityType'), LANDED).toBe('Organization');
    expect(await page.locator('#node-menu .menu-status').textContent()).toBe('已完成 Done: 改类型 Retype: person:赵启航: 人物 Person → 机构 Organization');
    await expect.poll(() => page.locator('#panel-details .facts').textContent()).toContain('机构 Organization');
    // The old name stayed an alias: split it off, and its mentions make a new entity beside it.
    await page.click('#node-menu [data-op="split"]');
    await page.check('#node-menu [data-form="split"] input[value="赵启航"]');
    await page.click('#node-menu [data-action="split"]');
    await expect
      .poll(() => page.locator('#node-menu .menu-status').textContent(), LANDED)
      .toBe('已完成 Done: 拆分 Split: person:赵启航 − 赵启航 → organization:赵启航');
    await expect.poll(() => onCanvas(page, 'organization:赵启航'), LANDED).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
