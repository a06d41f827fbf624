// Keeps the bundled Neo4j running: when its JVM exits unexpectedly the supervisor restarts it on the
// same Bolt port (so every driver and the advertised bolt-uri stay valid), waiting as the restart
// policy says, logs each exit and attempt, and gives up with one clear line after too many
// consecutive failures. Callers follow it through events (the web server turns them into its
// availability state). Timers come from an injected clock so tests never wait on the wall clock.
import { SYSTEM_CLOCK, type Clock } from './clock.ts';
import type { LocalNeo4j, LocalNeo4jExit } from './launcher.ts';
import { createRestartPolicy, DEFAULT_RESTART_POLICY_OPTIONS, type RestartPolicyOptions } from './restart-policy.ts';

export type SupervisorEvent =
  | { kind: 'exited'; at: number; exit: LocalNeo4jExit }
  | { kind: 'restart-scheduled'; at: number; attempt: number; delayMs: number }
  | { kind: 'restarting'; at: number; attempt: number }
  | { kind: 'restarted'; at: number; attempt: number; uri: string; pid: number }
  | { kind: 'restart-failed'; at: number; attempt: number; error: Error }
  | { kind: 'gave-up'; at: number; attempts: number; message: string };

export interface SupervisorOptions {
  /** Starts the JVM again, on the same port as the first one. */
  launch: () => Promise<LocalNeo4j>;
  policy: Partial<RestartPolicyOptions>;
  clock: Clock;
  log: (line: string) => void;
  /** Named in the give-up message, so the operator knows where Neo4j's own log is. */
  dataDir?: string;
}

export const DEFAULT_SUPERVISOR_OPTIONS: Omit<SupervisorOptions, 'launch'> = {
  policy: DEFAULT_RESTART_POLICY_OPTIONS,
  clock: SYSTEM_CLOCK,
  log: (line) => process.stderr.write(`${line}\n`),
};

export interface Supervisor {
  readonly uri: string;
  /** The running JVM; undefined while it is down or restarting. */
  current(): LocalNeo4j | undefined;
  /** Subscribes to exits and restarts; returns an unsubscribe. */
  onEvent(listener: (event: SupervisorEvent) => void): () => void;
  /** Stops supervising and stops the JVM; a pending restart is cancelled. */
  stop(): Promise<void>;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
const firstLine = (err: Error): string => err.message.split('\n')[0] ?? err.message;

export function superviseNeo4j(first: LocalNeo4j, options: Partial<SupervisorOptions> & Pick<SupervisorOptions, 'launch'>): Supervisor {
  const { launch, policy: policyOptions, clock, log, dataDir } = { ...DEFAULT_SUPERVISOR_OPTIONS, ...options };
  const maxAttempts = policyOptions.maxAttempts ?? DEFAULT_RESTART_POLICY_OPTIONS.maxAttempts;
  const policy = createRestartPolicy(policyOptions);
  const listeners = new Set<(event: SupervisorEvent) => void>();
  let current: LocalNeo4j | undefined = first;
  let stopped = false;
  let timer: unknown;
  let restarting: Promise<void> | undefined;
  let downSince = 0;
  let lastError: Error | undefined;

  const emit = (event: SupervisorEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (err) {
        // A broken listener must not stop the restarts; it is reported, not swallowed.
        log(`neo4j/supervisor: a listener of '${event.kind}' threw (${(err as Error).message}); fix that listener`);
      }
    }
  };

  const decide = (): void => {
    const decision = policy.failed(clock.now());
    if (decision.action === 'give-up') {
      const where = dataDir ? ` (Neo4j's log: ${dataDir}/logs/debug.log)` : '';
      const message =
        `neo4j/supervisor: gave up after ${decision.attempts} consecutive restart attempts` +
        (lastError ? `; the last one failed: ${firstLine(lastError)}` : '') +
        `. Neo4j stays down; find the cause${where} and restart the process`;
      log(message);
      emit({ kind: 'gave-up', at: clock.now(), attempts: decision.attempts, message });
      return;
    }
    emit({ kind: 'restart-scheduled', at: clock.now(), attempt: decision.attempt, delayMs: decision.delayMs });
    log(`neo4j/supervisor: restart attempt ${decision.attempt} of ${maxAttempts} in ${seconds(decision.delayMs)}`);
    timer = clock.setTimeout(() => {
      timer = undefined;
      restarting = restart(decision.attempt);
    }, decision.delayMs);
  };

  const restart = async (attempt: number): Promise<void> => {
    if (stopped) return;
    emit({ kind: 'restarting', at: clock.now(), attempt });
    log(`neo4j/supervisor: restart attempt ${attempt} of ${maxAttempts}: starting Neo4j on ${first.uri}…`);
    let next: LocalNeo4j;
    try {
      next = await launch();
      if (next.uri !== first.uri) {
        await next.stop();
        throw new Error(`neo4j/supervisor: the restarted Neo4j listens on ${next.uri}, not ${first.uri}; launch must reuse the port`);
      }
    } catch (err) {
      if (stopped) return;
      lastError = err as Error;
      log(`neo4j/supervisor: restart attempt ${attempt} failed: ${firstLine(lastError)}`);
      emit({ kind: 'restart-failed', at: clock.now(), attempt, error: lastError });
      decide();
      return;
    }
    if (stopped) {
      await next.stop();
      return;
    }
    current = next;
    policy.started(clock.now());
    log(
      `neo4j/supervisor: restart attempt ${attempt} succeeded: Neo4j is back at ${next.uri} (pid ${next.pid}) after ${seconds(clock.now() - downSince)} down`,
    );
    emit({ kind: 'restarted', at: clock.now(), attempt, uri: next.uri, pid: next.pid });
    watch(next);
  };

  const watch = (neo4j: LocalNeo4j): void => {
    neo4j.onExit((exit) => {
      if (stopped || current !== neo4j) return;
      current = undefined;
      downSince = clock.now();
      const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
      log(`neo4j/supervisor: the bundled Neo4j (pid ${exit.pid}) exited unexpectedly (${how})`);
      emit({ kind: 'exited', at: downSince, exit });
      decide();
    });
  };

  policy.started(clock.now());
  watch(first);
  return {
    uri: first.uri,
    current: () => current,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      await restarting;
      await current?.stop();
      current = undefined;
    },
  };
}
