// Starts a real Neo4j 5.26 Community (the Maven project beside this file) in a child JVM with Bolt on
// 127.0.0.1, so tests and `npm start` work on a machine without Docker or an installed server.
// Builds the project once (and again only when pom.xml or the Java source changes).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../ingest/errors.ts';

const PROJECT_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = join(PROJECT_DIR, 'target');
const STAMP_FILE = join(TARGET_DIR, 'build.stamp');
const MAIN_CLASS = 'kg.neo4j.LocalNeo4j';

export interface LocalNeo4jOptions {
  /** Where the database lives; kept between runs. */
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /** How long to wait for READY, in ms. The first start after a build can be slow on 2 cores. */
  timeoutMs?: number;
  /** Echo Neo4j's own output to this process's stderr. */
  verbose?: boolean;
  /**
   * A command the JVM is started under, its own arguments first (`java …` follows them): the
   * disk-full test runs Neo4j through `nsenter` in a mount namespace whose data directory is a
   * small disk of its own (test/setup/small-disk.ts).
   */
  runUnder?: readonly string[];
}

export interface LocalNeo4jExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period) and resolves when it has exited. */
  stop(): Promise<void>;
  /**
   * Calls `listener` once if the JVM exits without `stop()` having been called (a crash, a kill, the
   * OOM killer); at once if it already has. A supervisor restarts it from there. Returns an unsubscribe.
   */
  onExit(listener: (exit: LocalNeo4jExit) => void): () => void;
}

export const DEFAULT_LOCAL_NEO4J_OPTIONS = {
  port: 0,
  heap: '1g',
  pageCache: '256m',
  timeoutMs: 180_000,
  verbose: false,
} as const;

export class Neo4jLaunchError extends KgError {
  override name = 'Neo4jLaunchError';
  readonly code = 'neo4j-launch' as const;
}

/** JVM flags Neo4j 5 needs on Java 17 (module access for Netty and its page cache). */
export function jvmArgs(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-XX:+UseG1GC',
  ];
}

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(PROJECT_DIR, 'pom.xml')));
  const srcDir = join(PROJECT_DIR, 'src/main/java/kg/neo4j');
  for (const f of readdirSync(srcDir).sort()) hash.update(readFileSync(join(srcDir, f)));
  return hash.digest('hex');
}

/** Builds the Maven project unless the last build used the same pom and sources. */
export function ensureBuilt(log: (line: string) => void = () => {}): void {
  const fingerprint = sourceFingerprint();
  const built = existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === fingerprint;
  if (built && existsSync(join(TARGET_DIR, 'lib'))) return;
  log('neo4j: building the local Neo4j launcher with Maven (the first time downloads Neo4j, ~150 MB)…');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.error) {
    throw new Neo4jLaunchError(
      `neo4j/launcher: could not run Maven (${result.error.message}); install Maven and Java 17+, or set NEO4J_URI to an existing Neo4j 5`,
    );
  }
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Neo4jLaunchError(`neo4j/launcher: Maven build failed (exit ${result.status}); its last lines:\n${tail}`);
  }
  writeFileSync(STAMP_FILE, fingerprint);
}

function logTail(dataDir: string): string {
  const file = join(dataDir, 'logs', 'debug.log');
  if (!existsSync(file)) return '(no Neo4j log yet)';
  return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => resolveWait(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveWait(true);
    });
  });
}

/** Starts Neo4j and resolves once it prints READY. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const opts = { ...DEFAULT_LOCAL_NEO4J_OPTIONS, ...options };
  const dataDir = resolve(opts.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new Neo4jLaunchError(`neo4j/launcher: cannot use ${dataDir} as the data directory (${(err as Error).message}); set DATA_DIR to a writable folder`, {
      cause: err,
    });
  }
  ensureBuilt((line) => process.stderr.write(`${line}\n`));

  const classpath = `${join(TARGET_DIR, 'classes')}:${join(TARGET_DIR, 'lib', '*')}`;
  const java = ['java', ...jvmArgs(opts.heap), '-cp', classpath, MAIN_CLASS, dataDir, String(opts.port), opts.pageCache];
  const [command, ...args] = [...(opts.runUnder ?? []), ...java];
  const child = spawn(
    command!,
    args,
    // stdin stays a pipe we hold open: when this process dies the pipe closes and the JVM exits.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Node must not wait for the JVM's pipes to keep the event loop alive.
  child.stdin?.on('error', () => {});

  let output = '';
  const uri = await new Promise<string>((resolveReady, rejectReady) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rejectReady(
        new Neo4jLaunchError(
          `neo4j/launcher: ${why}. Check Java 17+ is installed and ${dataDir} is writable.\n` +
            `Output:\n${output.slice(-3000)}\nNeo4j log tail:\n${logTail(dataDir)}`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`no READY line within ${opts.timeoutMs} ms`), opts.timeoutMs);
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      if (opts.verbose) process.stderr.write(text);
      const match = /READY (bolt:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveReady(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (err) => fail(`could not start ${command} (${err.message})`));
    child.once('exit', (code, signal) => fail(`the JVM exited before READY (code ${code}, signal ${signal})`));
  });
  child.removeAllListeners('exit');
  child.removeAllListeners('error');
  // Keep draining output so a chatty JVM never blocks on a full pipe.
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.on('data', (c: Buffer) => opts.verbose && process.stderr.write(c));
  child.stderr?.on('data', (c: Buffer) => opts.verbose && process.stderr.write(c));

  // Set before the JVM is signalled, so an exit that stop() caused is never reported as unexpected.
  let stopping: Promise<void> | undefined;
  const pid = child.pid ?? -1;
  let unexpectedExit: LocalNeo4jExit | undefined;
  const exitListeners = new Set<(exit: LocalNeo4jExit) => void>();
  const reportExit = (code: number | null, signal: NodeJS.Signals | null): void => {
    if (stopping) return;
    unexpectedExit = { pid, code, signal };
    for (const listener of [...exitListeners]) listener(unexpectedExit);
    exitListeners.clear();
  };
  if (child.exitCode !== null || child.signalCode !== null) reportExit(child.exitCode, child.signalCode);
  else child.once('exit', reportExit);
  const onExit = (listener: (exit: LocalNeo4jExit) => void): (() => void) => {
    if (unexpectedExit) {
      const exit = unexpectedExit;
      queueMicrotask(() => listener(exit));
      return () => {};
    }
    exitListeners.add(listener);
    return () => exitListeners.delete(listener);
  };
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    })();
    return stopping;
  };
  return { uri, pid, stop, onExit };
}
