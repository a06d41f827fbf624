// The degraded-mode policy (ingest/extract/extractor.ts): an NER model that does not load stops
// `kg extract`, `kg ingest`, jobs and `npm start` with one line saying how to restore it, unless
// EXTRACTOR=jieba-fallback opts in; then every summary says the run is degraded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../ingest/config.ts';
import { EXIT, exitCodeOf } from '../../../ingest/exit-codes.ts';
import { runExtractCommand, type ExtractIo } from '../../../ingest/extract/extract-command.ts';
import { DEGRADED_NOTE, loadExtractor, ModelUnavailableError } from '../../../ingest/extract/extractor.ts';
import { jiebaSpanSource } from '../../../ingest/extract/span-source.ts';
import { KgError } from '../../../ingest/errors.ts';
import { SEED_PATH } from './seed-fixture.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'extractor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MISSING = join(dir, 'no-such-model.bin');
/** tsx's loader by path: the children run in a temp dir, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

function io(): ExtractIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: () => Promise.resolve(''),
    out: () => out,
    err: () => err,
  };
}

/** Runs an entry point as a user would, with the given environment (cwd: a temp dir, so no .env applies). */
function run(entry: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', TSX, join(ROOT, entry), ...args], {
    cwd: dir,
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('loading the extractor', () => {
  it('should refuse a model file that does not exist with one line that says how to restore it', () => {
    let error: unknown;
    try {
      loadExtractor({ mode: 'ner', modelPath: MISSING });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('model-unavailable');
    expect(exitCodeOf(error)).toBe(EXIT.usage);
    const message = (error as Error).message;
    expect(message).toMatch(/^ingest\/extract\/extractor: the NER model .*no-such-model\.bin does not load/);
    expect(message).toContain('fix NER_MODEL');
    expect(message).toContain('EXTRACTOR=jieba-fallback');
    expect(message).not.toContain('\n');
  });

  it('should run degraded on jieba POS tags only when EXTRACTOR=jieba-fallback opts in, and say why', () => {
    const { spanSource, status } = loadExtractor({ mode: 'jieba-fallback', modelPath: MISSING });
    expect(spanSource).toBe(jiebaSpanSource);
    expect(status).toMatchObject({ name: 'jieba-pos', degraded: true });
    expect(status.model).toContain('no-such-model.bin');
    expect(status.reason).toContain('cannot read the NER model');
  });

  it('should use the committed model, not degraded, when it loads even with the fallback allowed', () => {
    expect(loadExtractor({ mode: 'jieba-fallback' }).status).toEqual({ name: 'ner-tagger', model: 'ingest/extract/ner/model/ner-model.bin', degraded: false });
  });

  it('should name EXTRACTOR in the error for a value it does not know', () => {
    expect(() => loadConfig({ EXTRACTOR: 'jieba' }, dir)).toThrow(ConfigError);
    expect(() => loadConfig({ EXTRACTOR: 'jieba' }, dir)).toThrow(/^config: EXTRACTOR must be ner or jieba-fallback/);
    expect(loadConfig({}, dir).extractor).toBe('ner');
  });
});

describe('the CLI summary of a degraded run', () => {
  it('should end kg extract with a summary line that says it is degraded', async () => {
    const t = io();
    expect(await runExtractCommand([SEED_PATH], { format: 'jsonl' }, t, loadExtractor({ mode: 'jieba-fallback', modelPath: MISSING }))).toBe(0);
    const lines = t.err().trim().split('\n');
    expect(lines[0]).toMatch(/^kg extract: running degraded \(EXTRACTOR=jieba-fallback\): /);
    expect(lines.at(-1)).toBe(`kg extract: 11 articles from 1 input · ${DEGRADED_NOTE}`);
  });

  it('should not mention degradation when the model runs', async () => {
    const t = io();
    await runExtractCommand([SEED_PATH], { format: 'jsonl' }, t, loadExtractor({ mode: 'ner' }));
    expect(t.err()).toBe('kg extract: 11 articles from 1 input\n');
  });
});

describe('start-up with a model that does not load', () => {
  it('should stop kg extract with exit 2 and one line, printing no results', () => {
    const r = run('ingest/cli.ts', ['extract', SEED_PATH], { NER_MODEL: MISSING });
    expect(r.status).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ingest\/extract\/extractor: the NER model .* does not load/);
  });

  it('should run kg extract degraded with EXTRACTOR=jieba-fallback and say so in its summary', () => {
    const r = run('ingest/cli.ts', ['extract', SEED_PATH], { NER_MODEL: MISSING, EXTRACTOR: 'jieba-fallback' });
    expect(r.status).toBe(EXIT.ok);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`kg extract: 11 articles from 1 input · ${DEGRADED_NOTE}`);
  });

  it('should stop kg ingest with exit 2 before it reaches for Neo4j', () => {
    const r = run('ingest/cli.ts', ['ingest', SEED_PATH, '--no-progress'], { NER_MODEL: MISSING });
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^ingest\/extract\/extractor: the NER model .* does not load .*EXTRACTOR=jieba-fallback/m);
    expect(r.stderr).not.toMatch(/Neo4j is not reachable/);
  });

  it('should stop npm start (with a jobs file) with exit 2 and one fatal log line before Neo4j starts', () => {
    const r = run('web/server/start.ts', [], { NER_MODEL: MISSING, JOBS_FILE: join(ROOT, 'ingest.jobs.example.yml') });
    expect(r.status).toBe(EXIT.usage);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: string; msg: string; code?: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'fatal', code: 'model-unavailable' });
    expect(lines[0]!.msg).toMatch(/^ingest\/extract\/extractor: the NER model .* does not load/);
  });
});
