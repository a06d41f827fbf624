// The read-only Cypher console: runs a user's query against Neo4j so that it can neither change nor
// leave the database, nor starve the rest of the app. Layers, in order:
//   slots        at most `total` console queries at once, `perClient` per client; else "busy"
//   text-filter  one statement, no LOAD CSV / admin clauses, bounded size, tokens and nesting
//   plan-check   EXPLAIN (in the query's own timed READ transaction): query type "r" and every
//                plan operator and procedure on a read allowlist
//   run          the same transaction, Neo4j's transaction timeout, a wall-clock deadline that covers
//                planning too, at most rowCap rows and maxBytes of JSON, rolled back, never committed
// Each query has its own connection, through a capped tunnel when the URI is unencrypted, so the
// console never takes a connection from the app's pool and a cut connection ends exactly one query.
import neo4j, { type Driver, type ResultSummary, type Transaction } from 'neo4j-driver';
import { toPlain, type Plain } from '../plain.ts';
import { openCappedTunnel, type CappedTunnel } from './capped-tunnel.ts';
import { ConsoleQueryError } from './errors.ts';
import { GraphCollector, type GraphNodeJson, type GraphRelationshipJson } from './graph-collector.ts';
import { admitPlan } from './plan-check.ts';
import { ConsoleSlots } from './slots.ts';
import { checkQueryText, DEFAULT_TEXT_LIMITS } from './text-filter.ts';

const MODULE = 'store/console/readonly-console';

export interface ConsoleTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export const DEFAULT_CONSOLE_OPTIONS = {
  /** Neo4j's transaction timeout for one query, in ms. */
  timeoutMs: 5_000,
  /** Extra wall-clock time, beyond timeoutMs, before the connection is cut (planning included). */
  graceMs: 1_500,
  rowCap: 1_000,
  /** JSON bytes of rows and graph the console returns; Neo4j may send at most twice this. */
  maxBytes: 10 * 1024 * 1024,
  /** Console queries running at once, in all. */
  total: 4,
  /** Console queries running at once for one client. */
  perClient: 2,
  textLimits: DEFAULT_TEXT_LIMITS,
};
export type ConsoleOptions = typeof DEFAULT_CONSOLE_OPTIONS;

const LIMITS = {
  timeoutMs: [1, 60_000],
  rowCap: [1, 100_000],
  maxBytes: [1_024, 256 * 1024 * 1024],
  total: [1, 64],
  perClient: [1, 64],
  graceMs: [0, 60_000],
} as const;

export interface ConsoleRequest {
  query: string;
  params?: Record<string, unknown>;
  /** Who asks (the client's address), for the per-client limit. */
  client?: string;
  /** Per-query overrides, each bounded by the console's own setting. */
  timeoutMs?: number;
  rowCap?: number;
}

export interface ConsoleResult {
  columns: string[];
  rows: Record<string, Plain>[];
  graph: { nodes: GraphNodeJson[]; relationships: GraphRelationshipJson[] };
  truncated: boolean;
  /** Why and where the result was cut, in words a user reads ("cut at 1000 rows …"). */
  truncation?: string;
  elapsedMs: number;
}

function validate(options: Partial<ConsoleOptions>): ConsoleOptions {
  const merged = { ...DEFAULT_CONSOLE_OPTIONS, ...options };
  for (const [key, [min, max]] of Object.entries(LIMITS)) {
    const value = merged[key as keyof typeof LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConsoleQueryError('options', `${MODULE}: ${key} must be a whole number from ${min} to ${max}, got ${String(value)}`);
    }
  }
  if (merged.perClient > merged.total)
    throw new ConsoleQueryError('options', `${MODULE}: perClient (${merged.perClient}) must not exceed total (${merged.total})`);
  return merged;
}

/** Bolt URIs the tunnel can carry: unencrypted, so the bytes on the wire are Bolt's own. */
function tunnelTarget(uri: string): { host: string; port: number } | undefined {
  const url = new URL(uri);
  if (url.protocol !== 'bolt:' && url.protocol !== 'neo4j:') return undefined;
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 7687) };
}

/** Depth of nested lists and maps in the parameters, stopping once past `limit`. */
function nestingDepth(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth + 1;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, nestingDepth(v, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export class ReadOnlyConsole {
  readonly options: ConsoleOptions;
  private readonly slots: ConsoleSlots;

  constructor(
    private readonly target: ConsoleTarget,
    options: Partial<ConsoleOptions> = {},
  ) {
    this.options = validate(options);
    this.slots = new ConsoleSlots(this.options.total, this.options.perClient);
  }

  /** Console queries running now. */
  get running(): number {
    return this.slots.inUse;
  }

  async run(request: ConsoleRequest): Promise<ConsoleResult> {
    if (typeof request.query !== 'string') throw new ConsoleQueryError('options', `${MODULE}: query must be a string`);
    const timeoutMs = Math.min(request.timeoutMs ?? this.options.timeoutMs, this.options.timeoutMs);
    const rowCap = Math.min(request.rowCap ?? this.options.rowCap, this.options.rowCap);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new ConsoleQueryError('options', `${MODULE}: timeoutMs must be a whole number of at least 1`);
    if (!Number.isInteger(rowCap) || rowCap < 1) throw new ConsoleQueryError('options', `${MODULE}: rowCap must be a whole number of at least 1`);
    const release = this.slots.acquire(request.client ?? 'local');
    try {
      const query = request.query.trim().replace(/;\s*$/, '');
      checkQueryText(query, this.options.textLimits);
      // Neo4j's Bolt decoder recurses per level; thousands of levels close the connection.
      if (nestingDepth(request.params ?? {}, this.options.textLimits.maxDepth) > this.options.textLimits.maxDepth) {
        throw new ConsoleQueryError(
          'too-large',
          `${MODULE}: parameters too deeply nested (over ${this.options.textLimits.maxDepth} levels of lists and maps); flatten them`,
        );
      }
      return await this.runChecked(query, request.params ?? {}, timeoutMs, rowCap);
    } finally {
      release();
    }
  }

  /** Whether the console would run `query` (text filter and plan check), without running it. */
  async admits(query: string): Promise<boolean> {
    try {
      checkQueryText(query, this.options.textLimits);
      await this.withAdmittedTransaction(query, {}, this.options.timeoutMs, 1, async () => {});
      return true;
    } catch (err) {
      if (err instanceof ConsoleQueryError) return false;
      throw err;
    }
  }

  private async explain(tx: Transaction, query: string, params: Record<string, unknown>): Promise<ResultSummary> {
    try {
      return (await tx.run(`EXPLAIN ${query}`, params)).summary;
    } catch (err) {
      throw this.translate(err, `${MODULE}: Neo4j cannot plan this query`);
    }
  }

  /** Opens this query's own driver (through a tunnel when possible), runs `work`, and closes both. */
  private async withConnection<T>(timeoutMs: number, work: (driver: Driver, tunnel: CappedTunnel | undefined) => Promise<T>): Promise<T> {
    const direct = tunnelTarget(this.target.uri);
    const tunnel = direct ? await openCappedTunnel(direct, this.options.maxBytes * 2) : undefined;
    const uri = tunnel ? `bolt://127.0.0.1:${tunnel.port}` : this.target.uri.replace(/^neo4j(\+s|\+ssc)?:/, 'bolt$1:');
    const driver = neo4j.driver(uri, neo4j.auth.basic(this.target.user, this.target.password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: timeoutMs + this.options.graceMs,
      connectionTimeout: Math.min(5_000, timeoutMs + this.options.graceMs),
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: false,
      userAgent: 'news-kg-console/0.1',
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        tunnel?.cut('deadline');
        if (!tunnel) void driver.close();
        reject(
          new ConsoleQueryError(
            'timeout',
            `${MODULE}: timed out after ${(timeoutMs / 1000).toFixed(1)} s (planning included) and was stopped; add a LIMIT, narrow the MATCH or simplify the expression`,
          ),
        );
      }, timeoutMs + this.options.graceMs);
    });
    const running = work(driver, tunnel);
    try {
      return await Promise.race([running, deadline]);
    } finally {
      clearTimeout(timer);
      running.catch(() => {});
      await driver.close().catch(() => {});
      await tunnel?.close();
    }
  }

  /**
   * This query's own connection, a READ session and a transaction with Neo4j's timeout, in which
   * EXPLAIN must pass the plan check before `work` runs; rolled back, never committed.
   */
  private withAdmittedTransaction<T>(
    query: string,
    params: Record<string, unknown>,
    timeoutMs: number,
    fetchSize: number,
    work: (tx: Transaction, tunnel: CappedTunnel | undefined) => Promise<T>,
  ): Promise<T> {
    return this.withConnection(timeoutMs, async (driver, tunnel) => {
      const session = driver.session({ database: this.target.database, defaultAccessMode: neo4j.session.READ, fetchSize });
      try {
        const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'news-kg console' } });
        try {
          admitPlan(await this.explain(tx, query, params));
          return await work(tx, tunnel);
        } finally {
          // Never commit: the transaction reads only, and rolling back also stops a capped stream.
          await tx.rollback().catch(() => {});
        }
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  private runChecked(query: string, params: Record<string, unknown>, timeoutMs: number, rowCap: number): Promise<ConsoleResult> {
    const started = Date.now();
    return this.withAdmittedTransaction(query, params, timeoutMs, Math.min(rowCap + 1, 200), async (tx, tunnel) => {
      const graph = new GraphCollector();
      const rows: Record<string, Plain>[] = [];
      let columns: string[] = [];
      let truncation: string | undefined;
      let bytes = 0;
      try {
        const result = tx.run(query, params);
        columns = ((await result.keys()) as string[]).map(String);
        for await (const record of result) {
          if (rows.length === rowCap) {
            truncation = `cut at ${rowCap} rows; add a LIMIT or an ORDER BY to choose which`;
            break;
          }
          const row: Record<string, Plain> = {};
          let size = 0;
          for (const key of columns) {
            const value = record.get(key);
            size += graph.visit(value);
            row[key] = toPlain(value);
          }
          size += JSON.stringify(row).length;
          if (bytes + size > this.options.maxBytes) {
            truncation = `cut at ${rows.length} rows: the result is over ${mb(this.options.maxBytes)}; return fewer or smaller values`;
            break;
          }
          bytes += size;
          rows.push(row);
        }
      } catch (err) {
        if (tunnel?.cutReason !== 'bytes') throw err instanceof ConsoleQueryError ? err : this.translate(err, `${MODULE}: the query failed`, timeoutMs);
        if (rows.length === 0) {
          throw new ConsoleQueryError(
            'too-large',
            `${MODULE}: result over ${mb(this.options.maxBytes)}: even the first row is larger than the console returns; return fewer or smaller values`,
            { cause: err },
          );
        }
        truncation = `cut at ${rows.length} rows: the result is over ${mb(this.options.maxBytes)}; return fewer or smaller values`;
      }
      return {
        columns,
        rows,
        graph: { nodes: [...graph.nodes.values()], relationships: [...graph.relationships.values()] },
        truncated: truncation !== undefined,
        ...(truncation ? { truncation } : {}),
        elapsedMs: Date.now() - started,
      };
    });
  }

  private translate(err: unknown, what: string, timeoutMs = this.options.timeoutMs): ConsoleQueryError {
    if (err instanceof ConsoleQueryError) return err;
    const code = String((err as { code?: unknown }).code ?? '');
    const message = (err as Error).message ?? String(err);
    if (/TransactionTimedOut|Transaction\.Terminated|TransactionTerminated/i.test(code) || /has been terminated|timed out/i.test(message)) {
      return new ConsoleQueryError(
        'timeout',
        `${MODULE}: timed out after ${(timeoutMs / 1000).toFixed(1)} s and was stopped; add a LIMIT, narrow the MATCH or simplify the expression`,
        { cause: err },
      );
    }
    if (/MemoryPoolOutOfMemoryError|OutOfMemory/i.test(code)) {
      return new ConsoleQueryError('too-large', `${MODULE}: the query needs more memory than one transaction may use; aggregate less or add a LIMIT`, {
        cause: err,
      });
    }
    if (/StackOverflow/i.test(code + message)) {
      return new ConsoleQueryError('too-large', `${MODULE}: query too deeply nested for Neo4j to plan; flatten it`, { cause: err });
    }
    if (/^Neo\.ClientError\./.test(code)) {
      return new ConsoleQueryError('invalid', `${what}: ${message}; fix the Cypher and run it again`, { cause: err });
    }
    return new ConsoleQueryError('unavailable', `${what}: Neo4j did not answer (${message}); check that Neo4j is running and try again`, { cause: err });
  }
}
