// Watchlists and alerts (issue 17): exactly one Alert per new connection of a watched entity (and
// for a watched pair's first co-mention), recorded by the ingest's own transaction; none when the
// same article is ingested again, even as a full re-ingest. The webhook: a loopback receiver that
// fails twice first gets each alert once; one that answers 500 or hangs is recorded as failing and
// never fails or holds up an ingest. Sleep is injected (no timing assertions). Invented texts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWatch, listWatches, removeWatches } from '../../../ingest/curation/watch.ts';
import { deliverAlerts, deliveryIdle, requestDelivery, stopAlertDelivery } from '../../../ingest/curation/webhook.ts';
import { extractUnresolved } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Row, Store } from '../../../ingest/store/client.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
beforeAll(() => {
  store = openTestStore();
  extractUnresolved({ id: 'warm-up', title: '预热', text: '李明远在云栖市。', authors: [] });
});
afterAll(async () => {
  await store.close();
});

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-04-${day}T09:00:00+08:00` };
}
const MEETING = article('赵启航会见李明远', '赵启航在云栖市会见了李明远。赵启航表示，双方将加强合作。', '01');
const ARRIVAL = article('周岚岚抵达云栖市', '周岚岚当天抵达云栖市。周岚岚与赵启航举行会谈。', '02');
const TALKS = article('李明远与周岚岚会谈', '李明远与周岚岚在云栖市举行会谈。双方表示将继续合作。', '03');

const alerts = async (since?: string) => store.read('alert-list', { since: since ?? null, limit: 100 });
const pairsOf = (rows: Row[]) => rows.map((a) => [...(a.entities as string[]), a.watch]).sort();

async function staleAll(): Promise<void> {
  const session = store.driver.session();
  try {
    await session.run("MATCH (a:Article) SET a.contentHash = 'stale'");
  } finally {
    await session.close();
  }
}

/** A loopback receiver answering with `statuses` in turn (200 after they run out), or what a function says; `hang` never answers. */
async function receiver(statuses: number[] | (() => number), hang = false) {
  const bodies: { status: number; body: Record<string, unknown> }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => {
      if (hang) return;
      const status = typeof statuses === 'function' ? statuses() : (statuses.shift() ?? 200);
      bodies.push({ status, body: JSON.parse(data) as Record<string, unknown> });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, bodies, close };
}

describe('alerts on new connections of watched entities', { timeout: 300_000 }, () => {
  it('should record exactly one alert per new connection, with article and sentence, and none on re-ingest', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING]]);
    await addWatch(store, 'person:赵启航', null, 'analyst-1');
    expect((await listWatches(store)).map((w) => [w.key, w.name])).toEqual([['person:赵启航', '赵启航']]);
    // 赵启航 meets 周岚岚 for the first time; 周岚岚 and 云栖 is no watched connection.
    await ingestDocuments(store, [[ARRIVAL]]);
    const first = await alerts();
    expect(pairsOf(first)).toEqual([['person:周岚岚', 'person:赵启航', 'person:赵启航']]);
    expect(first[0]).toMatchObject({
      relation: 'CO_MENTIONED',
      articleId: ARRIVAL.id,
      title: '周岚岚抵达云栖市',
      sentence: '周岚岚与赵启航举行会谈。',
      names: ['周岚岚', '赵启航'],
    });

    expect(await ingestDocuments(store, [[ARRIVAL], [MEETING]])).toEqual(['unchanged', 'unchanged']);
    await staleAll();
    expect(await ingestDocuments(store, [[MEETING], [ARRIVAL]])).toEqual(['updated', 'updated']);
    expect(await alerts()).toHaveLength(1);
  });

  it('should alert on the first co-mention of a watched pair only, and list alerts since a time', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING], [ARRIVAL]]);
    await addWatch(store, 'person:周岚岚', 'person:李明远', 'analyst-1');
    const before = new Date().toISOString();
    await ingestDocuments(store, [[TALKS]]);
    const rows = await alerts();
    expect(pairsOf(rows)).toEqual([['person:周岚岚', 'person:李明远', 'person:周岚岚|person:李明远']]);
    expect(await alerts(before)).toHaveLength(1);
    expect(await alerts(new Date(Date.now() + 60_000).toISOString())).toHaveLength(0);
    expect(await removeWatches(store, 'person:李明远')).toBe(1);
    await expect(removeWatches(store, 'person:李明远')).rejects.toThrow(/is not watched/);
  });
});

describe('the alert webhook', { timeout: 300_000 }, () => {
  const setUp = async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING]]);
    await addWatch(store, 'person:李明远', null, 'analyst-1');
    await ingestDocuments(store, [[TALKS]]);
    expect(await alerts()).toHaveLength(1);
  };

  it('should give the receiver each alert once when it fails twice first, backing off between tries', async () => {
    await setUp();
    const hook = await receiver([500, 503]);
    const waits: number[] = [];
    try {
      const result = await deliverAlerts(store, { url: hook.url, backoffMs: 1000, sleep: async (ms) => void waits.push(ms) });
      expect(result).toEqual({ delivered: 1, failed: 0 });
      expect(hook.bodies.map((b) => b.status)).toEqual([500, 503, 200]);
      expect(hook.bodies.filter((b) => b.status === 200).map((b) => b.body.entities)).toEqual([['person:周岚岚', 'person:李明远']]);
      expect(waits).toEqual([1000, 2000]);
      // Delivered: a second delivery sends nothing.
      expect(await deliverAlerts(store, { url: hook.url, sleep: async () => {} })).toEqual({ delivered: 0, failed: 0 });
      expect((await alerts())[0]).toMatchObject({ delivered: true, attempts: 3 });
    } finally {
      await hook.close();
    }
  });

  it('should record a receiver that answers 500 every time, and deliver on a later run', async () => {
    await setUp();
    const broken = await receiver([500, 500, 500, 500]);
    try {
      expect(await deliverAlerts(store, { url: broken.url, sleep: async () => {} })).toEqual({ delivered: 0, failed: 1 });
      expect((await alerts())[0]).toMatchObject({ delivered: false, attempts: 4, deliveryError: 'HTTP 500' });
      // Due again a minute later (not before), when the receiver answers.
      expect(await deliverAlerts(store, { url: broken.url, sleep: async () => {} })).toEqual({ delivered: 0, failed: 0 });
      const later = { url: broken.url, sleep: async () => {}, now: () => new Date(Date.now() + 61_000) };
      expect(await deliverAlerts(store, later)).toEqual({ delivered: 1, failed: 0 });
    } finally {
      await broken.close();
    }
  });

  it('should neither fail nor wait for an ingest when the webhook hangs; the hang is recorded', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING]]);
    await addWatch(store, 'person:李明远', null, 'analyst-1');
    const hung = await receiver([], true);
    const saved = process.env.ALERT_WEBHOOK_URL;
    process.env.ALERT_WEBHOOK_URL = hung.url;
    try {
      // The writer asks for a delivery and returns: the ingest completes while the receiver hangs.
      expect(await ingestDocuments(store, [[TALKS]])).toEqual(['new']);
      expect(await alerts()).toHaveLength(1);
      const result = await deliverAlerts(store, { url: hung.url, attempts: 2, timeoutMs: 200, sleep: async () => {} });
      expect(result).toEqual({ delivered: 0, failed: 1 });
      expect(String((await alerts())[0]!.deliveryError)).toMatch(/abort|timeout/i);
    } finally {
      if (saved === undefined) delete process.env.ALERT_WEBHOOK_URL;
      else process.env.ALERT_WEBHOOK_URL = saved;
      await hung.close();
      await stopAlertDelivery(store);
    }
  });

  it('should ask a receiver that answers 500 for an hour a few times, backing off, record each failure, and deliver once after', async () => {
    await setUp();
    let clock = Date.now();
    const recovers = clock + 3_600_000;
    const hook = await receiver(() => (clock < recovers ? 500 : 200));
    const opts = { url: hook.url, now: () => new Date(clock), sleep: async (ms: number) => void (clock += ms) };
    try {
      const runs: number[] = [];
      for (;;) {
        runs.push(clock);
        const result = await deliverAlerts(store, opts);
        if (result.delivered === 1) break;
        expect(result).toEqual({ delivered: 0, failed: 1 });
        expect((await alerts())[0]).toMatchObject({ delivered: false, deliveryError: 'HTTP 500', attempts: 4 * runs.length });
        // Not due yet: a delivery now asks nothing.
        const asked = hook.bodies.length;
        clock += 30_000;
        expect(await deliverAlerts(store, opts)).toEqual({ delivered: 0, failed: 0 });
        expect(hook.bodies).toHaveLength(asked);
        const [next] = await store.read('alert-next-attempt');
        clock = Date.parse(String(next!.nextAttemptAt));
      }
      // A minute after the first failed run, then 2, 4, 8, 16, 32 minutes: seven runs in all, not one a second.
      expect(runs).toHaveLength(7);
      const waits = runs.slice(1).map((t, i) => Math.round((t - runs[i]!) / 60_000));
      expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
      expect(hook.bodies.filter((b) => b.status === 200)).toHaveLength(1);
      expect(hook.bodies.filter((b) => b.status === 500)).toHaveLength(24);
      expect((await alerts())[0]).toMatchObject({ delivered: true, attempts: 25 });
      const [none] = await store.read('alert-next-attempt');
      expect(none!.nextAttemptAt).toBeNull();
    } finally {
      await hook.close();
    }
  });

  it('should retry a failed delivery when it is due, with no write in between, and stop when asked', async () => {
    await setUp();
    let clock = Date.now();
    const hook = await receiver([500]);
    const timers: { run: () => void; ms: number }[] = [];
    const opts = {
      attempts: 1,
      now: () => new Date(clock),
      sleep: async () => {},
      setTimer: (run: () => void, ms: number) => {
        timers.push({ run, ms });
        return { clear: () => {} };
      },
    };
    try {
      requestDelivery(store, hook.url, opts);
      await deliveryIdle(store);
      expect(hook.bodies.map((b) => b.status)).toEqual([500]);
      // The retry is armed for when the alert is due again: a minute on.
      expect(timers.map((t) => t.ms)).toEqual([60_000]);
      clock += 60_000;
      timers[0]!.run();
      await deliveryIdle(store);
      expect(hook.bodies.map((b) => b.status)).toEqual([500, 200]);
      expect((await alerts())[0]).toMatchObject({ delivered: true, attempts: 2 });
      // Nothing left to deliver: no timer armed again.
      expect(timers).toHaveLength(1);
      await stopAlertDelivery(store);
    } finally {
      await hook.close();
    }
  });

  it('should disarm a store’s retry timer when the store closes, so no delivery runs against a closed driver', async () => {
    await setUp();
    const hook = await receiver([500]);
    const other = openTestStore();
    let cleared = 0;
    const opts = {
      attempts: 1,
      sleep: async () => {},
      setTimer: () => ({ clear: () => void cleared++ }),
    };
    try {
      requestDelivery(other, hook.url, opts);
      await deliveryIdle(other);
      expect(hook.bodies.map((b) => b.status)).toEqual([500]);
      expect(cleared).toBe(0);
      await other.close();
      expect(cleared).toBe(1);
    } finally {
      await hook.close();
    }
  });

  it('should never fail an ingest while the webhook answers 500; the failure is recorded on the alert and a retry armed', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING]]);
    await addWatch(store, 'person:李明远', null, 'analyst-1');
    const broken = await receiver(() => 500);
    const saved = process.env.ALERT_WEBHOOK_URL;
    process.env.ALERT_WEBHOOK_URL = broken.url;
    try {
      expect(await ingestDocuments(store, [[TALKS]])).toEqual(['new']);
      expect(await alerts()).toHaveLength(1);
      // The writer's delivery runs on its own (its real backoff: seconds), after the ingest returned.
      await deliveryIdle(store);
      expect((await alerts())[0]).toMatchObject({ delivered: false, deliveryError: 'HTTP 500', attempts: 4 });
      const [next] = await store.read('alert-next-attempt');
      expect(Date.parse(String(next!.nextAttemptAt))).toBeGreaterThan(Date.parse(String((await alerts())[0]!.at)));
    } finally {
      await stopAlertDelivery(store);
      if (saved === undefined) delete process.env.ALERT_WEBHOOK_URL;
      else process.env.ALERT_WEBHOOK_URL = saved;
      await broken.close();
    }
  });
});
