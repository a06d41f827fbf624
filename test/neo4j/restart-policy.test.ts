import { describe, expect, it } from 'vitest';
import { backoffDelay, createRestartPolicy, DEFAULT_RESTART_POLICY_OPTIONS, RestartPolicyError } from '../../neo4j/restart-policy.ts';

describe('restart policy of the bundled Neo4j', () => {
  it('should wait 1, 2, 4, 8, 16 s and then 30 s at most between consecutive restart attempts', () => {
    const policy = createRestartPolicy({ maxAttempts: 8 });
    policy.started(0);
    const delays = Array.from({ length: 8 }, (_, i) => policy.failed(1_000 * i));
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30, 30].map((s, i) => ({ action: 'restart', attempt: i + 1, delayMs: s * 1000 })));
  });

  it('should give up after the bounded number of consecutive failures', () => {
    const policy = createRestartPolicy({ maxAttempts: 3 });
    policy.started(0);
    expect([1, 2, 3].map((t) => policy.failed(t).action)).toEqual(['restart', 'restart', 'restart']);
    expect(policy.failed(4)).toEqual({ action: 'give-up', attempts: 3 });
  });

  it('should keep counting when a restarted JVM dies before it has been up for the stable period', () => {
    const policy = createRestartPolicy({ stableAfterMs: 60_000 });
    policy.started(0);
    expect(policy.failed(100_000)).toMatchObject({ attempt: 1 });
    policy.started(101_000);
    expect(policy.failed(110_000)).toMatchObject({ attempt: 2, delayMs: 2_000 });
  });

  it('should start again from attempt 1 once a restarted JVM has stayed up for the stable period', () => {
    const policy = createRestartPolicy({ stableAfterMs: 60_000 });
    policy.started(0);
    policy.failed(1_000);
    policy.failed(2_000);
    policy.started(5_000);
    expect(policy.failed(65_000)).toEqual({ action: 'restart', attempt: 1, delayMs: 1_000 });
  });

  it('should cap the delay even for attempt numbers far past the cap', () => {
    expect(backoffDelay(60)).toBe(DEFAULT_RESTART_POLICY_OPTIONS.maxDelayMs);
  });

  it('should refuse options that could never restart', () => {
    expect(() => createRestartPolicy({ maxAttempts: 0 })).toThrow(RestartPolicyError);
    expect(() => createRestartPolicy({ initialDelayMs: 5_000, maxDelayMs: 1_000 })).toThrow(/neo4j\/restart-policy: maxDelayMs/);
  });
});
