// When to restart a crashed bundled Neo4j, and when to stop trying: bounded exponential backoff
// (1 s, 2 s, 4 s … capped), counted over consecutive failures. A JVM that stays up for a stable
// period clears the count, so a crash once a week restarts at once while a crash loop backs off and
// gives up. Pure: the caller passes the time, so the policy is tested without waiting.
import { KgError } from '../ingest/errors.ts';

export interface RestartPolicyOptions {
  /** Delay before the first restart after a failure, in ms. */
  initialDelayMs: number;
  /** Upper bound of the delay, in ms. */
  maxDelayMs: number;
  /** A JVM up at least this long counts as healthy again: the next failure starts from attempt 1. */
  stableAfterMs: number;
  /** Consecutive restart attempts before giving up. */
  maxAttempts: number;
}

export const DEFAULT_RESTART_POLICY_OPTIONS: RestartPolicyOptions = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 120_000,
  maxAttempts: 8,
};

export type RestartDecision = { action: 'restart'; attempt: number; delayMs: number } | { action: 'give-up'; attempts: number };

export interface RestartPolicy {
  /** The JVM reached READY at `now`. */
  started(now: number): void;
  /** The JVM exited, or a restart failed, at `now`: what to do next. */
  failed(now: number): RestartDecision;
}

export class RestartPolicyError extends KgError {
  override name = 'RestartPolicyError';
  readonly code = 'restart-policy' as const;
}

function validate(options: RestartPolicyOptions): void {
  for (const [key, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RestartPolicyError(`neo4j/restart-policy: ${key} must be a non-negative number, got ${String(value)}; check the supervisor options`);
    }
  }
  if (options.maxAttempts < 1)
    throw new RestartPolicyError('neo4j/restart-policy: maxAttempts must be at least 1; a supervisor that never restarts is no supervisor');
  if (options.maxDelayMs < options.initialDelayMs) {
    throw new RestartPolicyError('neo4j/restart-policy: maxDelayMs must not be below initialDelayMs; raise maxDelayMs');
  }
}

/** The delay before restart attempt `attempt` (1-based). */
export function backoffDelay(attempt: number, options: RestartPolicyOptions = DEFAULT_RESTART_POLICY_OPTIONS): number {
  return Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.max(0, attempt - 1));
}

export function createRestartPolicy(overrides: Partial<RestartPolicyOptions> = {}): RestartPolicy {
  const options = { ...DEFAULT_RESTART_POLICY_OPTIONS, ...overrides };
  validate(options);
  let attempts = 0;
  let upSince: number | undefined;
  return {
    started(now) {
      upSince = now;
    },
    failed(now) {
      if (upSince !== undefined && now - upSince >= options.stableAfterMs) attempts = 0;
      upSince = undefined;
      if (attempts >= options.maxAttempts) return { action: 'give-up', attempts };
      attempts += 1;
      return { action: 'restart', attempt: attempts, delayMs: backoffDelay(attempts, options) };
    },
  };
}
