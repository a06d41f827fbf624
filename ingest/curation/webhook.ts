// Alerts to ALERT_WEBHOOK_URL: each undelivered Alert POSTed as JSON, retried with exponential
// backoff, the outcome recorded on the Alert (delivered, attempts, last error), so a receiver that
// fails gets it again on the next delivery and one that answered gets it once. Delivery never runs
// inside an ingest: the writer only asks for it (requestDelivery), without waiting, and a webhook that
// hangs or answers 500 costs the ingest nothing. Clock, sleep and fetch are injectable for tests.
import type { Store } from '../store/client.ts';

export interface DeliveryOptions {
  url: string;
  /** Attempts per alert and delivery run; default 4. */
  attempts?: number;
  /** Wait before the second attempt, doubled each time; default 1000 ms. */
  backoffMs?: number;
  /** Time one POST may take; default 10 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  fetch?: typeof fetch;
}

export interface DeliveryResult {
  delivered: number;
  failed: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Delivers every undelivered alert (oldest first); returns how many were delivered and how many failed. */
export async function deliverAlerts(store: Store, opts: DeliveryOptions): Promise<DeliveryResult> {
  const { url, attempts = 4, backoffMs = 1000, timeoutMs = 10_000, sleep = defaultSleep, now = () => new Date(), fetch: post = fetch } = opts;
  const result: DeliveryResult = { delivered: 0, failed: 0 };
  const alerts = await store.read('alert-undelivered', { limit: 1000 });
  for (const alert of alerts) {
    let error: string | null = null;
    let tries = 0;
    for (; tries < attempts; tries++) {
      if (tries > 0) await sleep(backoffMs * 2 ** (tries - 1));
      try {
        const res = await post(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'news-kg/0.1 alerts' },
          body: JSON.stringify(alert),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) {
          error = null;
          break;
        }
        error = `HTTP ${res.status}`;
      } catch (err) {
        error = (err as Error).message;
      }
    }
    const delivered = error === null;
    await store.write('alert-delivery-record', { id: alert.id, delivered, attempts: Math.min(tries + 1, attempts), error, now: now().toISOString() });
    if (delivered) result.delivered++;
    else result.failed++;
  }
  return result;
}

const running = new WeakMap<Store, { again: boolean }>();

/**
 * Starts a delivery of the new alerts when ALERT_WEBHOOK_URL is set, and returns at once: the
 * writer calls it after a batch that recorded alerts. One delivery per store at a time (a request
 * meanwhile runs one more after it); any failure is recorded on the alerts or dropped, never thrown.
 */
export function requestDelivery(store: Store, url: string | undefined = process.env.ALERT_WEBHOOK_URL): void {
  if (!url) return;
  const state = running.get(store);
  if (state) {
    state.again = true;
    return;
  }
  const me = { again: false };
  running.set(store, me);
  void (async () => {
    try {
      do {
        me.again = false;
        await deliverAlerts(store, { url });
      } while (me.again);
    } catch {
      // The store closed or Neo4j went away: the alerts stay undelivered for the next delivery.
    } finally {
      running.delete(store);
    }
  })();
}
