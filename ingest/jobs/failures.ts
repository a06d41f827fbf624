// Per-document failure records of a job (`(:IngestJob)-[:FAILED]->(:DocumentFailure)`): what failed,
// why, how often; which are due for another try (backoff) and which were given up on.
import { isHttpUrl } from '../parse/canonical-url.ts';
import type { DocumentRef } from '../sources/index.ts';
import type { Store } from '../store/client.ts';
import type { DocumentFailureInfo } from './counts.ts';

export interface FailureRecord {
  document: string;
  source: string;
  reason: string;
  message: string;
  attempts: number;
  status: 'retrying' | 'failed';
  nextAttemptAt: number;
  lastFailedAt: string;
}

const failureKey = (job: string, document: string): string => `${job}|${document}`;

export async function listFailures(store: Store, job: string, limit = 1000): Promise<FailureRecord[]> {
  const rows = await store.read('job-failure-list', { job, limit });
  return rows.map((r) => ({
    document: String(r.document),
    source: String(r.source ?? ''),
    reason: String(r.reason),
    message: String(r.message),
    attempts: Number(r.attempts),
    status: r.status === 'failed' ? 'failed' : 'retrying',
    nextAttemptAt: Number(r.nextAttemptAt),
    lastFailedAt: String(r.lastFailedAt),
  }));
}

export async function recordFailure(
  store: Store,
  job: string,
  runId: string,
  f: DocumentFailureInfo,
  policy: { maxAttempts: number; retryBackoffMs: number },
): Promise<void> {
  const now = Date.now();
  await store.write('job-failure-record', {
    key: failureKey(job, f.key),
    job,
    document: f.key,
    source: f.source,
    reason: f.reason,
    message: f.message,
    runId,
    now: new Date(now).toISOString(),
    nowMs: now,
    maxAttempts: policy.maxAttempts,
    backoffMs: policy.retryBackoffMs,
  });
}

export async function clearFailure(store: Store, job: string, document: string): Promise<void> {
  await store.write('job-failure-clear', { key: failureKey(job, document) });
}

/**
 * Splits a job's failures for this run: documents due for a retry become refs (pages and files
 * only; a source that failed is retried anyway because it is in the jobs file), and documents
 * still in backoff or given up are held back when their source lists them again.
 */
export function retryPlan(failures: FailureRecord[], sources: string[], now = Date.now()): { retry: DocumentRef[]; holdBack: Set<string> } {
  const retry: DocumentRef[] = [];
  const holdBack = new Set<string>();
  for (const f of failures) {
    if (sources.includes(f.document)) continue;
    if (f.status === 'failed' || f.nextAttemptAt > now) {
      holdBack.add(f.document);
      continue;
    }
    retry.push({ key: f.document, kind: isHttpUrl(f.document) ? 'page' : 'file', source: f.source });
  }
  return { retry, holdBack };
}
