// Whether Neo4j is up, as the web server knows it (up | down | restarting, why, since when), and the
// middleware that answers 503 at once while it is not, instead of letting every API call wait out the
// driver's retries and fail with a 500. The supervisor of the bundled Neo4j or the monitor of an
// external one writes the state (web/server/neo4j-availability.ts); the middleware only reads it.
import type { Context, MiddlewareHandler } from 'hono';
import { isStoreUnavailable } from '../../ingest/jobs/store-guard.ts';

export type Neo4jState = 'up' | 'down' | 'restarting';

export interface AvailabilityState {
  state: Neo4jState;
  reason: string;
  /** ISO time of the last change of state. */
  since: string;
  /** The supervisor's restart attempt, while restarting. */
  attempt?: number;
  /** What the caller should do; said in every 503. */
  advice: string;
}

export interface Availability {
  current(): AvailabilityState;
  /** Changes the state; the same state with the same reason and attempt is no change. */
  set(state: Neo4jState, reason: string, extra?: { attempt?: number; advice?: string }): void;
  onChange(listener: (state: AvailabilityState) => void): () => void;
}

const RETRY_ADVICE = 'try again in a few seconds';

export function createAvailability(now: () => number = Date.now): Availability {
  let current: AvailabilityState = { state: 'up', reason: 'started', since: new Date(now()).toISOString(), advice: '' };
  const listeners = new Set<(state: AvailabilityState) => void>();
  return {
    current: () => current,
    set(state, reason, extra = {}) {
      if (state === current.state && reason === current.reason && extra.attempt === current.attempt) return;
      const since = state === current.state ? current.since : new Date(now()).toISOString();
      current = { state, reason, since, attempt: extra.attempt, advice: extra.advice ?? (state === 'up' ? '' : RETRY_ADVICE) };
      for (const listener of [...listeners]) listener(current);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The one-line message every refused API call carries. */
export function unavailableMessage(s: AvailabilityState): string {
  const what = s.state === 'restarting' ? `Neo4j is restarting (attempt ${s.attempt ?? 1})` : `Neo4j is down (${s.reason})`;
  return `web/server: ${what}; ${s.advice || RETRY_ADVICE}`;
}

function refuse(c: Context, s: AvailabilityState, healthPath: string): Response {
  c.header('Retry-After', '5');
  c.header('Cache-Control', 'no-store');
  if (c.req.path === healthPath) {
    const { state, reason, since, attempt } = s;
    return c.json({ status: 'unavailable', neo4j: { reachable: false, state, reason, since, attempt } }, 503);
  }
  return c.json({ error: unavailableMessage(s) }, 503);
}

/** Resolves with the new state when Neo4j stops being up; `off` ends the wait. */
function whenNotUp(availability: Availability): { left: Promise<AvailabilityState>; off: () => void } {
  let off = (): void => {};
  const left = new Promise<AvailabilityState>((resolve) => {
    off = availability.onChange((s) => {
      if (s.state !== 'up') resolve(s);
    });
  });
  return { left, off };
}

/**
 * For `/api/*`: while Neo4j is not up, answers 503 without touching it (health with the state, every
 * other route with the message). A call already running when Neo4j goes away answers 503 at that
 * moment, instead of when the driver gives up on its retries.
 */
export function availabilityGuard(availability: Availability, healthPath = '/api/health'): MiddlewareHandler {
  return async (c, next) => {
    const before = availability.current();
    if (before.state !== 'up') return refuse(c, before, healthPath);
    const { left, off } = whenNotUp(availability);
    // The handler's own errors go to the app's error handler inside next(); it never rejects.
    const handled = next().then(() => undefined);
    const outcome = await Promise.race([handled, left]);
    off();
    if (outcome) {
      handled.catch((err: unknown) => console.error('web/server/availability: a request cut off by the outage failed afterwards', err));
      return refuse(c, outcome, healthPath);
    }
    if (c.error !== undefined && isStoreUnavailable(c.error)) {
      const after = availability.current();
      c.res = refuse(c, after.state === 'up' ? { ...after, state: 'down', reason: 'Neo4j stopped answering', advice: RETRY_ADVICE } : after, healthPath);
    }
    return undefined;
  };
}
