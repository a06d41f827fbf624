// What a process costs, read from Linux's /proc (null elsewhere): resident memory now and at its
// peak, and the size of a folder on disk. Shared by the benchmarks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A field of /proc/<pid>/status in MB (VmRSS: now, VmHWM: the peak), or null. */
export function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null; // not Linux, or the process is gone: the figure is left out
  }
}

/** Bytes of the files under `dir`, in MB. */
export function folderMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += statSync(p).size;
    }
  };
  walk(dir);
  return Math.round(bytes / 1024 / 1024);
}

/** Samples this process's RSS every `everyMs` until stopped; returns the peak in MB. */
export function peakRss(everyMs = 250): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024);
    },
  };
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; null where there is none. */
export function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return null; // not Linux, or the process is gone: the figure is left out
  }
}
