// Run counts and the error summary recorded on every IngestRun; counts are per document
// (a file, a page or a feed item), so they match what an operator sees in the sources.
import { cutText } from '../truncate.ts';

/** Longest error summary stored on a run; a longer one says how much it left out. */
export const ERROR_SUMMARY_MAX = 2000;

export interface RunCounts {
  seen: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface DocumentFailureInfo {
  key: string;
  source: string;
  reason: string;
  message: string;
}

export const emptyCounts = (): RunCounts => ({ seen: 0, new: 0, updated: 0, unchanged: 0, failed: 0 });

/** "2 http-status, 1 timeout; first: <message>", or undefined when nothing failed. */
export function summarizeFailures(failures: DocumentFailureInfo[], fatal?: string): string | undefined {
  if (failures.length === 0 && !fatal) return undefined;
  const byReason = new Map<string, number>();
  for (const f of failures) byReason.set(f.reason, (byReason.get(f.reason) ?? 0) + 1);
  const parts = [...byReason].map(([reason, n]) => `${n} ${reason}`).join(', ');
  const first = failures[0] ? `first: ${failures[0].key}: ${failures[0].message}` : '';
  return cutText([fatal, parts, first].filter(Boolean).join('; '), ERROR_SUMMARY_MAX);
}
