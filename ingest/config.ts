// Configuration from the environment and an optional `.env` file (environment wins). Every value is
// validated up front so a typo gives one line naming the variable, not a stack trace later.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KgError } from './errors.ts';
import { cutText } from './truncate.ts';

export interface Config {
  /** Undefined means: start the bundled local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  port: number;
  /** Address the HTTP server binds; loopback unless told otherwise (e.g. 0.0.0.0 in a container). */
  host: string;
  dataDir: string;
  neo4jDataDir: string;
  /** Bearer token that POST /api/jobs/:name/run requires; unset disables triggering over HTTP. */
  apiToken?: string;
  /** The jobs file (`npm start` and `kg schedule` run its jobs when it exists). */
  jobsFile: string;
  /** The read-only Cypher console: open to every caller the server admits, behind API_TOKEN, or off. */
  console: ConsoleMode;
  /** Host names (or host:port) besides loopback that browsers may use to reach the server. */
  allowedHosts: string[];
  /** Bolt port asked of the bundled Neo4j; undefined: the remembered one, else 7687 (neo4j/bolt-port.ts). */
  neo4jPort?: number;
  /** `ner`: the NER model must load or nothing starts; `jieba-fallback`: run degraded without it. */
  extractor: ExtractorMode;
  /** NER model file; undefined: the committed one (ingest/extract/ner/model/ner-model.bin). */
  nerModel?: string;
}

export type ConsoleMode = 'on' | 'token' | 'off';
export type ExtractorMode = 'ner' | 'jieba-fallback';

export const CONFIG_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'PORT',
  'HOST',
  'DATA_DIR',
  'API_TOKEN',
  'JOBS_FILE',
  'CONSOLE',
  'ALLOWED_HOSTS',
  'NEO4J_PORT',
  'EXTRACTOR',
  'NER_MODEL',
] as const;

export const DEFAULT_CONFIG = {
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'neo4j',
  PORT: '8080',
  HOST: '127.0.0.1',
  DATA_DIR: 'data',
  JOBS_FILE: 'ingest.jobs.yml',
  CONSOLE: 'on',
  EXTRACTOR: 'ner',
} as const;

export class ConfigError extends KgError {
  override name = 'ConfigError';
  readonly code = 'config' as const;
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`config: ${variable} ${message}`);
  }
}

/** Parses `KEY=value` lines; `#` comments, blank lines, `export ` prefixes and quotes are allowed. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new ConfigError(`.env line ${i + 1}`, `is not KEY=value: "${cutText(line, 60)}"`);
    let value = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, '');
    out[match[1]!] = value;
  });
  return out;
}

function parsePort(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    throw new ConfigError(name, `must be a port number from 1 to 65535, got "${value}"`);
  }
  return Number(value);
}

function parseHost(value: string): string {
  if (!/^(localhost|\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)$/.test(value)) {
    throw new ConfigError('HOST', `must be an IP address or localhost, got "${value}"`);
  }
  return value;
}

function parseNeo4jUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('NEO4J_URI', `is not a URI, got "${value}"; expected e.g. bolt://127.0.0.1:7687 or neo4j+s://host`);
  }
  const schemes = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError('NEO4J_URI', `must use bolt:// or neo4j:// (with +s/+ssc), got "${url.protocol}//"`);
  }
  return value;
}

function parseApiToken(value: string | undefined): string | undefined {
  if (value !== undefined && value.length < 16) {
    throw new ConfigError('API_TOKEN', 'must be at least 16 characters (e.g. openssl rand -hex 24), or unset to disable triggering jobs over HTTP');
  }
  return value;
}

function parseConsole(value: string, apiToken: string | undefined): ConsoleMode {
  if (value !== 'on' && value !== 'token' && value !== 'off') {
    throw new ConfigError('CONSOLE', `must be on, token or off, got "${value}"`);
  }
  if (value === 'token' && apiToken === undefined) {
    throw new ConfigError('CONSOLE', 'is token, but API_TOKEN is not set; set API_TOKEN (at least 16 characters) or use CONSOLE=on or off');
  }
  return value;
}

function parseExtractor(value: string): ExtractorMode {
  if (value !== 'ner' && value !== 'jieba-fallback') {
    throw new ConfigError('EXTRACTOR', `must be ner or jieba-fallback (run degraded on jieba POS tags when the NER model cannot load), got "${value}"`);
  }
  return value;
}

function parseAllowedHosts(value: string | undefined): string[] {
  if (value === undefined) return [];
  const hosts = value
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    if (!/^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) {
      throw new ConfigError('ALLOWED_HOSTS', `must be a comma-separated list of host names or host:port, got "${host}"`);
    }
  }
  return hosts;
}

/** Reads the configuration. `env` defaults to process.env; `.env` is read from `cwd` when present. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const envFile = join(cwd, '.env');
  const fromFile = existsSync(envFile) ? parseDotEnv(readFileSync(envFile, 'utf8')) : {};
  const get = (name: (typeof CONFIG_VARIABLES)[number]): string | undefined => {
    const value = env[name] ?? fromFile[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const dataDir = resolve(cwd, get('DATA_DIR') ?? DEFAULT_CONFIG.DATA_DIR);
  const uri = get('NEO4J_URI');
  const database = get('NEO4J_DATABASE');
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `is not a valid database name, got "${database}" (letters, digits, dots, dashes; 3–63 chars)`);
  }
  const apiToken = parseApiToken(get('API_TOKEN'));
  const nerModel = get('NER_MODEL');
  const neo4jPort = get('NEO4J_PORT');
  return {
    neo4jUri: uri === undefined ? undefined : parseNeo4jUri(uri),
    neo4jUser: get('NEO4J_USER') ?? DEFAULT_CONFIG.NEO4J_USER,
    neo4jPassword: get('NEO4J_PASSWORD') ?? DEFAULT_CONFIG.NEO4J_PASSWORD,
    neo4jDatabase: database,
    port: parsePort('PORT', get('PORT') ?? DEFAULT_CONFIG.PORT),
    host: parseHost(get('HOST') ?? DEFAULT_CONFIG.HOST),
    dataDir,
    neo4jDataDir: join(dataDir, 'neo4j'),
    apiToken,
    console: parseConsole(get('CONSOLE') ?? DEFAULT_CONFIG.CONSOLE, apiToken),
    allowedHosts: parseAllowedHosts(get('ALLOWED_HOSTS')),
    neo4jPort: neo4jPort === undefined ? undefined : parsePort('NEO4J_PORT', neo4jPort),
    jobsFile: resolve(cwd, get('JOBS_FILE') ?? DEFAULT_CONFIG.JOBS_FILE),
    extractor: parseExtractor(get('EXTRACTOR') ?? DEFAULT_CONFIG.EXTRACTOR),
    nerModel: nerModel === undefined ? undefined : resolve(cwd, nerModel),
  };
}
