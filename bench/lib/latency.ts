// Latency of a query run many times: one warm-up call (plans it, warms the page cache), then `runs`
// timed calls; p50/p95/p99 in ms. Shared by the benchmarks that time the query library.

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;

export async function latency(runs: number, fn: (i: number) => Promise<unknown>): Promise<Percentiles> {
  await fn(0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}
