// The supervisor's control flow with stand-in JVM handles and a manual clock: which restarts happen,
// when, what is logged, and when it gives up. A real JVM killed under the real server is in
// test/web/server/supervision.int.test.ts.
import { describe, expect, it } from 'vitest';
import type { LocalNeo4j, LocalNeo4jExit } from '../../neo4j/launcher.ts';
import { superviseNeo4j, type SupervisorEvent } from '../../neo4j/supervisor.ts';
import { manualClock } from '../setup/manual-clock.ts';

const URI = 'bolt://127.0.0.1:7687';

/** A handle shaped like the launcher's, whose JVM "exits" when the test says so. */
function standIn(pid: number, uri = URI): LocalNeo4j & { crash(signal: NodeJS.Signals): void; stopped: boolean } {
  const listeners = new Set<(exit: LocalNeo4jExit) => void>();
  const handle = {
    uri,
    pid,
    stopped: false,
    async stop() {
      handle.stopped = true;
    },
    onExit(listener: (exit: LocalNeo4jExit) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    crash(signal: NodeJS.Signals) {
      for (const l of listeners) l({ pid, code: null, signal });
    },
  };
  return handle;
}

function setUp(launch: () => Promise<LocalNeo4j>, policy = {}) {
  const clock = manualClock();
  const logs: string[] = [];
  const events: SupervisorEvent[] = [];
  const first = standIn(100);
  const supervisor = superviseNeo4j(first, { launch, clock, policy, log: (l) => logs.push(l) });
  supervisor.onEvent((e) => events.push(e));
  return { clock, logs, events, first, supervisor };
}

describe('supervisor of the bundled Neo4j', () => {
  it('should restart a JVM that exits unexpectedly after 1 s, on the same URI, logging the exit and the attempt', async () => {
    const launched: ReturnType<typeof standIn>[] = [];
    const { clock, logs, events, first, supervisor } = setUp(async () => {
      launched.push(standIn(200 + launched.length));
      return launched.at(-1)!;
    });
    first.crash('SIGKILL');
    expect(supervisor.current()).toBeUndefined();
    expect(events.map((e) => e.kind)).toEqual(['exited', 'restart-scheduled']);
    await clock.advance(999);
    expect(launched).toHaveLength(0);
    await clock.advance(1);
    expect(launched).toHaveLength(1);
    expect(supervisor.current()?.pid).toBe(200);
    expect(events.map((e) => e.kind)).toEqual(['exited', 'restart-scheduled', 'restarting', 'restarted']);
    expect(logs[0]).toBe('neo4j/supervisor: the bundled Neo4j (pid 100) exited unexpectedly (signal SIGKILL)');
    expect(logs).toContain('neo4j/supervisor: restart attempt 1 of 8 in 1.0 s');
    expect(logs.at(-1)).toMatch(/^neo4j\/supervisor: restart attempt 1 succeeded: Neo4j is back at bolt:\/\/127\.0\.0\.1:7687 \(pid 200\)/);
    await supervisor.stop();
    expect(launched[0]!.stopped).toBe(true);
  });

  it('should back off 1, 2, 4 s across failed restarts and give up after the last attempt with a clear message', async () => {
    let calls = 0;
    const { clock, logs, events, first } = setUp(
      async () => {
        calls++;
        throw new Error('neo4j/launcher: the JVM exited before READY (code 1, signal null)');
      },
      { maxAttempts: 3 },
    );
    first.crash('SIGKILL');
    await clock.advance(60_000);
    expect(calls).toBe(3);
    const delays = events.flatMap((e) => (e.kind === 'restart-scheduled' ? [e.delayMs] : []));
    expect(delays).toEqual([1_000, 2_000, 4_000]);
    expect(events.at(-1)).toMatchObject({ kind: 'gave-up', attempts: 3 });
    expect(logs.at(-1)).toBe(
      'neo4j/supervisor: gave up after 3 consecutive restart attempts; the last one failed: neo4j/launcher: the JVM exited before READY (code 1, signal null). ' +
        'Neo4j stays down; find the cause and restart the process',
    );
    expect(logs.flatMap((l) => /^neo4j\/supervisor: restart attempt (\d) failed: /.exec(l)?.[1] ?? [])).toEqual(['1', '2', '3']);
    expect(clock.pending()).toEqual([]);
  });

  it('should cancel a pending restart when stopped, and never launch again', async () => {
    let calls = 0;
    const { clock, first, supervisor } = setUp(async () => {
      calls++;
      return standIn(300);
    });
    first.crash('SIGKILL');
    await supervisor.stop();
    await clock.advance(60_000);
    expect(calls).toBe(0);
  });

  it('should not treat the exit of a JVM it stopped itself as a crash', async () => {
    let calls = 0;
    const { clock, events, first, supervisor } = setUp(async () => {
      calls++;
      return standIn(400);
    });
    await supervisor.stop();
    first.crash('SIGTERM');
    await clock.advance(60_000);
    expect(first.stopped).toBe(true);
    expect(calls).toBe(0);
    expect(events).toEqual([]);
  });

  it('should refuse a restarted JVM that came up on another port, and keep trying', async () => {
    const { clock, events, first } = setUp(async () => standIn(500, 'bolt://127.0.0.1:7688'), { maxAttempts: 1 });
    first.crash('SIGKILL');
    await clock.advance(10_000);
    const failed = events.find((e) => e.kind === 'restart-failed');
    expect(failed && failed.kind === 'restart-failed' && failed.error.message).toMatch(
      /^neo4j\/supervisor: the restarted Neo4j listens on bolt:\/\/127\.0\.0\.1:7688, not bolt:\/\/127\.0\.0\.1:7687/,
    );
    expect(events.at(-1)?.kind).toBe('gave-up');
  });
});
