// Watches an external Neo4j (NEO4J_URI) for the web server: pings `server-version` about once a
// second with a short timeout and flips the availability state down and up again. Nothing is
// restarted here; the driver opens fresh connections by itself once the server answers again.
import { serverInfo, type Store } from '../../ingest/store/client.ts';
import { SYSTEM_CLOCK, type Clock } from '../../neo4j/clock.ts';
import type { Availability } from './availability.ts';

export interface Neo4jMonitorOptions {
  /** Pause between the end of one ping and the start of the next, in ms. */
  intervalMs: number;
  /** A ping that takes longer counts as down, in ms. */
  timeoutMs: number;
  clock: Clock;
  log: (line: string) => void;
}

export const DEFAULT_NEO4J_MONITOR_OPTIONS: Neo4jMonitorOptions = {
  intervalMs: 1_000,
  timeoutMs: 1_500,
  clock: SYSTEM_CLOCK,
  log: (line) => process.stderr.write(`${line}\n`),
};

export interface Neo4jMonitor {
  /** One ping now; resolves once the state is updated. */
  check(): Promise<void>;
  stop(): void;
}

const firstLine = (err: Error): string => err.message.split('\n')[0] ?? err.message;

export function monitorNeo4j(store: Store, availability: Availability, overrides: Partial<Neo4jMonitorOptions> = {}): Neo4jMonitor {
  const { intervalMs, timeoutMs, clock, log } = { ...DEFAULT_NEO4J_MONITOR_OPTIONS, ...overrides };
  let timer: unknown;
  let stopped = false;

  const ping = (): Promise<void> =>
    new Promise((resolvePing, rejectPing) => {
      const timeout = clock.setTimeout(() => rejectPing(new Error(`no answer to server-version within ${timeoutMs} ms`)), timeoutMs);
      serverInfo(store).then(
        () => {
          clock.clearTimeout(timeout);
          resolvePing();
        },
        (err: unknown) => {
          clock.clearTimeout(timeout);
          rejectPing(err);
        },
      );
    });

  const check = async (): Promise<void> => {
    const was = availability.current().state;
    try {
      await ping();
      availability.set('up', 'answers server-version');
      if (was !== 'up') log('web/server/neo4j-monitor: Neo4j answers again');
    } catch (err) {
      // serverInfo wraps the driver's error; its own message is the informative part.
      const cause = (err as Error).cause instanceof Error ? ((err as Error).cause as Error) : (err as Error);
      const reason = `not reachable: ${firstLine(cause)}`;
      availability.set('down', reason);
      if (was === 'up') log(`web/server/neo4j-monitor: Neo4j is ${reason}; the API answers 503 until it is back`);
    }
  };

  const loop = (): void => {
    timer = clock.setTimeout(() => {
      void check().then(() => {
        if (!stopped) loop();
      });
    }, intervalMs);
  };
  loop();
  return {
    check,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}
