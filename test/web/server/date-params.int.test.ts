// Every date-like query parameter of the API, good and bad, against the real Neo4j: a date that
// exists narrows the answer; one that does not (month 13, day 32, 2023-02-29, a reversed window)
// is a 400 naming the parameter with an example, never a 500 and never a silently ignored filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { ApiGraph } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';
import { HOSTILE_ID, seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await createApp({ store }).request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const MUSK = encodeURIComponent('person:马斯克');
/** Each route with date parameters, as a path that takes `&from=…&to=…` after it. */
const ROUTES = [
  ['/api/home', '/api/home?limit=1000'],
  ['/api/neighbourhood', `/api/neighbourhood?ids=${MUSK}`],
  ['/api/timeline', '/api/timeline?limit=200'],
] as const;

const BAD_DATES = [
  '2024-13-45',
  '2024-00',
  '2024-13',
  '2024-05-00',
  '2024-05-32',
  '2023-02-29',
  '2024-04-31',
  '0000',
  '24-05-05',
  '2024-5-5',
  '2024/05/05',
  '2024-05-05T25:00:00Z',
  'yesterday',
  '2024-05-05;DROP',
];

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
});
afterAll(async () => {
  await store.close();
});

describe.each(ROUTES)('date parameters of %s', (_name, base) => {
  it.each(['2024', '2024-05', '2024-05-05', '2024-02-29', '2000-02-29'])('should accept %s as from and as to', async (date) => {
    for (const key of ['from', 'to']) {
      const { status, body } = await get(`${base}&${key}=${date}`);
      expect(status, JSON.stringify(body)).toBe(200);
    }
  });

  it.each(BAD_DATES)('should answer from=%s with 400 naming from and giving an example', async (date) => {
    const { status, body } = await get(`${base}&from=${encodeURIComponent(date)}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/\bfrom\b/);
    expect(body.error).toContain('2024-05-05');
  });

  it.each(BAD_DATES)('should answer to=%s with 400 naming to and giving an example', async (date) => {
    const { status, body } = await get(`${base}&to=${encodeURIComponent(date)}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/\bto\b/);
    expect(body.error).toContain('2024-05-05');
  });

  it.each([
    ['2024-06-01', '2024-05-31'],
    ['2024-06', '2024-05-31'],
    ['2025', '2024'],
  ])('should answer from=%s after to=%s with 400 saying from must not be after to', async (from, to) => {
    const { status, body } = await get(`${base}&from=${from}&to=${to}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/from "?\d[\d-]*"? is after to/);
  });

  it('should accept a window of one day, and one month that holds that day', async () => {
    expect((await get(`${base}&from=2024-05-05&to=2024-05-05`)).status).toBe(200);
    expect((await get(`${base}&from=2024-05&to=2024-05-05`)).status).toBe(200);
  });
});

describe('what a valid date window selects', () => {
  it('should leave the June article out of the home view ending with May, and keep it in one ending with 2024', async () => {
    const may = (await get('/api/home?limit=1000&to=2024-05')).body as unknown as ApiGraph;
    const year = (await get('/api/home?limit=1000&to=2024')).body as unknown as ApiGraph;
    expect(may.nodes.some((n) => n.id === HOSTILE_ID)).toBe(false);
    expect(may.nodes.some((n) => n.name === '马斯克')).toBe(true);
    expect(year.nodes.some((n) => n.id === HOSTILE_ID)).toBe(true);
  });

  it('should show the same timeline for to=2024 as for to=2024-12-31, and none for a window before the news', async () => {
    const all = (await get('/api/timeline')).body.events as unknown[];
    const byYear = (await get('/api/timeline?to=2024')).body.events as unknown[];
    const byDay = (await get('/api/timeline?to=2024-12-31')).body.events as unknown[];
    const before = (await get('/api/timeline?from=2020&to=2023-12-31')).body.events as { date: string }[];
    expect(byYear).toEqual(byDay);
    expect(byYear.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(byYear.length);
    expect(before.filter((e) => e.date >= '2024')).toEqual([]);
  });
});
