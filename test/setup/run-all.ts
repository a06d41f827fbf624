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
  [{ name: 'build', command: npm('build') }],
  [
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

/** Writes a child's output line by line, each line prefixed with the step's name; `end` writes an unfinished last line. */
function prefixLines(name: string, write: (line: string) => void): { data: (chunk: Buffer) => void; end: () => void } {
  let rest = '';
  return {
    data: (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) write(`${name.padEnd(width)} │ ${line}\n`);
    },
    end: () => {
      if (rest) write(`${name.padEnd(width)} │ ${rest}\n`);
      rest = '';
    },
  };
}

async function run(step: Step, waitFor: Promise<Outcome>[]): Promise<Outcome> {
  const before = await Promise.all(waitFor);
  const failed = (step.after ?? []).filter((_, i) => !before[i]!.ok);
  if (failed.length > 0) {
    console.log(`${step.name.padEnd(width)} │ ✗ not run: ${failed.join(', ')} failed`);
    return { ok: false, detail: `not run: ${failed.join(', ')} failed`, seconds: 0 };
  }
  const started = performance.now();
  const [cmd, ...args] = step.command;
  const child = spawn(cmd!, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    detached: true,
  });
  children.add(child);
  const outLines = prefixLines(step.name, (l) => process.stdout.write(l));
  const errLines = prefixLines(step.name, (l) => process.stderr.write(l));
  child.stdout!.on('data', outLines.data);
  child.stderr!.on('data', errLines.data);
  return new Promise((resolve) => {
    // A command that cannot start emits 'error' and then 'close'; the first one settles the step.
    let settled = false;
    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      children.delete(child);
      console.log(`${step.name.padEnd(width)} │ ✗ could not start ${cmd}: ${err.message}`);
      resolve({ ok: false, detail: `could not start ${cmd}: ${err.message}`, seconds: 0 });
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      children.delete(child);
      outLines.end();
      errLines.end();
      const seconds = (performance.now() - started) / 1000;
      const outcome = { ok: code === 0, detail: code === 0 ? 'passed' : signal ? `killed by ${signal}` : `exit ${code}`, seconds };
      console.log(`${step.name.padEnd(width)} │ ${outcome.ok ? '✓' : '✗'} ${outcome.detail} (${seconds.toFixed(0)} s)`);
      resolve(outcome);
    });
  });
}

for (const stream of STREAMS) {
  let previous: Promise<unknown> = Promise.resolve();
  for (const step of stream) {
    const inStream = previous;
    const waitFor = (step.after ?? []).map((name) => {
      const outcome = outcomes.get(name);
      if (!outcome) throw new Error(`test/setup/run-all: step ${step.name} waits for ${name}, which no earlier stream runs`);
      return outcome;
    });
    const outcome = inStream.then(() => run(step, waitFor));
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
