// A small disk of its own for one test's Neo4j, so the test can fill it for real: a tmpfs of
// `sizeMb` mounted in a private mount namespace (inside an unprivileged user namespace, so no root
// is needed and nothing shows in the machine's mounts). A sleeping process holds the namespace
// open; Neo4j runs in it through `nsenter` (startLocalNeo4j's `runUnder`), and this process reaches
// the disk through that process's root (/proc/<pid>/root). Closing kills the holder: the kernel
// frees the tmpfs with its last process.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** The data directory, as Neo4j sees it (inside the namespace). */
  dir: string;
  /** startLocalNeo4j's `runUnder`: enters the namespace where `dir` is the small disk. */
  runUnder: string[];
  /** Free space on the disk, in MiB. */
  freeMb(): number;
  /** Fills the disk with a file of zeros until `leaveMb` MiB are left (0: until it is full). */
  fill(leaveMb: number): void;
  /** Deletes that file. */
  unfill(): void;
  close(): void;
}

const MIB = 1024 * 1024;

export async function smallDisk(sizeMb: number): Promise<SmallDisk> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-small-disk-'));
  const holder = spawn(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      'mount -t tmpfs -o size="$1"m kg-small-disk "$0" && echo mounted && exec sleep infinity',
      dir,
      String(sizeMb),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await mounted(holder, dir);
  const outside = `/proc/${holder.pid}/root${dir}`;
  const filler = join(outside, 'filler');
  const freeMb = (): number => {
    const s = statfsSync(outside);
    return (s.bavail * s.bsize) / MIB;
  };
  return {
    dir,
    runUnder: ['nsenter', `--target=${holder.pid}`, '--user', '--mount', '--preserve-credentials'],
    freeMb,
    fill(leaveMb) {
      const chunk = Buffer.alloc(MIB);
      const fd = openSync(filler, 'a');
      try {
        for (let left = Math.floor(freeMb() - leaveMb); left > 0; left--) writeSync(fd, chunk);
        if (leaveMb === 0) writeToTheLastByte(fd);
      } finally {
        closeSync(fd);
      }
    },
    unfill() {
      rmSync(filler, { force: true });
    },
    close() {
      holder.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes until the disk says it is full (ENOSPC), in ever smaller pieces. */
function writeToTheLastByte(fd: number): void {
  for (let size = MIB; size >= 1;) {
    try {
      writeSync(fd, Buffer.alloc(size));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      size = Math.floor(size / 2);
    }
  }
}

function mounted(holder: ChildProcess, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (!output.includes('mounted')) return;
      holder.removeAllListeners('exit');
      resolve();
    };
    holder.stdout!.on('data', onData);
    holder.stderr!.on('data', onData);
    const fail = (why: string): void => {
      rmSync(dir, { recursive: true, force: true });
      reject(
        new Error(
          `test/setup/small-disk: could not mount a small disk for this test (${why}${output ? `: ${output.trim()}` : ''}). ` +
            "It needs util-linux's unshare and nsenter and unprivileged user namespaces (on Debian: sysctl kernel.unprivileged_userns_clone=1).",
        ),
      );
    };
    holder.once('error', (err) => fail(`could not run unshare: ${err.message}`));
    holder.once('exit', (code) => fail(`unshare exited with code ${code}`));
  });
}
