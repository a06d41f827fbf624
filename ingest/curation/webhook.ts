// Alerts to ALERT_WEBHOOK_URL: each undelivered Alert POSTed as JSON, retried with exponential
// backoff, the outcome recorded on the Alert (delivered, attempts, last error, next attempt), so a
// receiver that fails gets it again later and one that answered gets it once. An alert that failed a
// whole run is due again a minute later, then two, four … up to an hour: a receiver down for an hour
// is asked a few times. Delivery never runs inside an ingest: the writer only asks for it
// (requestDelivery), without waiting, after every write, and a webhook that hangs or answers 500
// costs the ingest nothing; while alerts stay undelivered an unref'd timer asks again when the next
// is due, until stopAlertDelivery. Clock, sleep, timer and fetch are injectable for tests.
import type { Store } from '../store/client.ts';

export interface DeliveryOptions {
  url: string;
  /** Attempts per alert and delivery run; default 4. */
  attempts?: number;
  /** Wait before the second attempt, doubled each time; default 1000 ms. */
  backoffMs?: number;
  /** Time one POST may take; default 10 s. */
  timeoutMs?: number;
  /** After a delivery run failed for an alert, its next run is due this much later, doubled with each failed run; default 60 s. */
  retryBaseMs?: number;
  /** The longest wait between two delivery runs of one alert; default 1 hour. */
  retryMaxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  fetch?: typeof fetch;
}

export interface DeliveryResult {
  delivered: number;
  failed: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Delivers every undelivered alert that is due (oldest first); returns how many were delivered and
 * how many failed. An alert that failed every attempt is due again `retryBaseMs` later, then twice
 * that, up to `retryMaxMs`: a receiver down for an hour is asked a few times, not hammered.
 */
export async function deliverAlerts(store: Store, opts: DeliveryOptions): Promise<DeliveryResult> {
  const {
    url,
    attempts = 4,
    backoffMs = 1000,
    timeoutMs = 10_000,
    retryBaseMs = 60_000,
    retryMaxMs = 3_600_000,
    sleep = defaultSleep,
    now = () => new Date(),
    fetch: post = fetch,
  } = opts;
  const result: DeliveryResult = { delivered: 0, failed: 0 };
  const alerts = await store.read('alert-undelivered', { limit: 1000, now: now().toISOString() });
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
    await store.write('alert-delivery-record', {
      id: alert.id,
      delivered,
      attempts: Math.min(tries + 1, attempts),
      error,
      now: now().toISOString(),
      retryBaseMs,
      retryMaxMs,
    });
    if (delivered) result.delivered++;
    else result.failed++;
  }
  return result;
}

/** How requestDelivery runs: the delivery options but the URL, and the timer that wakes it for a retry. */
export interface DeliveryRequestOptions extends Omit<DeliveryOptions, 'url'> {
  /** Arms the retry timer (default: an unref'd setTimeout, so it never keeps a process alive). */
  setTimer?: (run: () => void, ms: number) => { clear(): void };
}

interface DeliveryState {
  running: Promise<void> | null;
  again: boolean;
  timer: { clear(): void } | null;
  stopped: boolean;
}

const states = new WeakMap<Store, DeliveryState>();

const defaultTimer = (run: () => void, ms: number) => {
  const t = setTimeout(run, ms).unref();
  return { clear: () => clearTimeout(t) };
};

/**
 * Starts a delivery of the due alerts when ALERT_WEBHOOK_URL is set, and returns at once: the writer
 * calls it after every write. One delivery per store at a time (a request meanwhile runs one more
 * after it); any failure is recorded on the alerts or dropped, never thrown. While an alert stays
 * undelivered, a timer (unref'd) wakes the delivery again when its next attempt is due, so an alert
 * is not stranded when no write follows; stopAlertDelivery ends it.
 */
export function requestDelivery(store: Store, url: string | undefined = process.env.ALERT_WEBHOOK_URL, opts: DeliveryRequestOptions = {}): void {
  if (!url) return;
  let state = states.get(store);
  if (!state) states.set(store, (state = { running: null, again: false, timer: null, stopped: false }));
  state.stopped = false;
  if (state.running) {
    state.again = true;
    return;
  }
  const me = state;
  const { setTimer = defaultTimer, now = () => new Date(), ...delivery } = opts;
  me.timer?.clear();
  me.timer = null;
  me.running = (async () => {
    try {
      do {
        me.again = false;
        await deliverAlerts(store, { ...delivery, now, url });
      } while (me.again && !me.stopped);
      const [next] = await store.read('alert-next-attempt');
      const at = next?.nextAttemptAt;
      if (typeof at === 'string' && !me.stopped) {
        const wait = Math.max(1000, Date.parse(at) - now().getTime());
        me.timer = setTimer(() => {
          me.timer = null;
          requestDelivery(store, url, opts);
        }, wait);
      }
    } catch {
      // The store closed or Neo4j went away: the alerts stay undelivered for the next delivery.
    } finally {
      me.running = null;
    }
  })();
}

/** The delivery under way for a store, if any (resolves at once otherwise); for tests and orderly shutdown. */
export function deliveryIdle(store: Store): Promise<void> {
  return states.get(store)?.running ?? Promise.resolve();
}

/** Stops the retry timer of a store's deliveries and waits for a delivery under way (call before closing the store). */
export async function stopAlertDelivery(store: Store): Promise<void> {
  const state = states.get(store);
  if (!state) return;
  state.stopped = true;
  state.timer?.clear();
  state.timer = null;
  await state.running;
}
