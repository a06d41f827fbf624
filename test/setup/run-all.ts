// `npm test`: every check and every test project, in two streams at once so both cores stay busy.
// Most of the run is the files that share one Neo4j and must go one at a time; the other stream does
// what needs no shared database (type check, lint, format check, the unit project, the files that
// start a JVM of their own), and its vitest process never starts a Neo4j. Each line a step prints
// is prefixed with the step's name; the run fails when any step fails, after all have finished.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Step {
  name: string;
  command: string[];
  /** Steps that must have passed first; when one fails, this step does not run and fails. */
  after?: string[];
}

const npm = (script: string): string[] => ['npm', 'run', '--silent', script];
// Both vitest processes start Neo4j JVMs from neo4j/target; built once here, before either, so two
// Maven builds never write that folder at once on a fresh clone.
const NEO4J_BUILD = "import { ensureBuilt } from './neo4j/launcher.ts'; ensureBuilt((line) => console.log(line));";

/** Steps in one stream run one after another; streams run side by side. */
const STREAMS: Step[][] = [
  [
    { name: 'build', command: npm('build') },
    { name: 'neo4j-build', command: ['node', '--import', 'tsx', '--input-type=module', '-e', NEO4J_BUILD] },
    { name: 'shared-neo4j', command: ['npx', 'vitest', 'run', '--project', 'integration', '--project', 'browser'], after: ['build', 'neo4j-build'] },
  ],
  [
    { name: 'typecheck', command: npm('typecheck') },
    { name: 'lint', command: npm('lint') },
    { name: 'format', command: npm('format:check') },
    { name: 'unit+jvm', command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'jvm'], after: ['neo4j-build'] },
  ],
];

type Outcome = { ok: boolean; detail: string; seconds: number };
const outcomes = new Map<string, Promise<Outcome>>();
const children = new Set<ChildProcess>();
const width = Math.max(...STREAMS.flat().map((s) => s.name.length));

function prefixLines(name: string, write: (line: string) => void): (chunk: Buffer) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) write(`${name.padEnd(width)} │ ${line}\n`);
  };
}

async function run(step: Step, waitFor: Promise<Outcome>[]): Promise<Outcome> {
  const before = await Promise.all(waitFor);
  const failed = (step.after ?? []).filter((_, i) => !before[i]!.ok);
  if (failed.length > 0) return { ok: false, detail: `not run: ${failed.join(', ')} failed`, seconds: 0 };
  const started = performance.now();
  const [cmd, ...args] = step.command;
  const child = spawn(cmd!, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    detached: true,
  });
  children.add(child);
  child.stdout!.on(
    'data',
    prefixLines(step.name, (l) => process.stdout.write(l)),
  );
  child.stderr!.on(
    'data',
    prefixLines(step.name, (l) => process.stderr.write(l)),
  );
  return new Promise((resolve) => {
    child.once('error', (err) => {
      children.delete(child);
      resolve({ ok: false, detail: `could not start ${cmd}: ${err.message}`, seconds: 0 });
    });
    child.once('close', (code, signal) => {
      children.delete(child);
      const seconds = (performance.now() - started) / 1000;
      resolve({ ok: code === 0, detail: code === 0 ? 'passed' : signal ? `killed by ${signal}` : `exit ${code}`, seconds });
    });
  });
}

for (const stream of STREAMS) {
  let previous: Promise<unknown> = Promise.resolve();
  for (const step of stream) {
    const inStream = previous;
    const outcome = inStream.then(() =>
      run(
        step,
        (step.after ?? []).map((name) => outcomes.get(name)!),
      ),
    );
    outcomes.set(step.name, outcome);
    previous = outcome;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Each step is its own process group (detached), so its children (vitest workers, JVMs) go too.
    for (const child of children) if (child.pid) process.kill(-child.pid, signal);
    process.exit(130);
  });
}

const results = await Promise.all(STREAMS.flat().map(async (s) => ({ name: s.name, ...(await outcomes.get(s.name)!) })));
console.log('\nnpm test:');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(width)}  ${r.detail}${r.seconds ? ` (${r.seconds.toFixed(0)} s)` : ''}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
