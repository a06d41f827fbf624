// Runs user Cypher from the browser's console, read-only, in four layers: a text check refuses what
// must never run (LOAD CSV, CALL dbms.*, USE, CALL … IN TRANSACTIONS, several statements); EXPLAIN
// must report a read-only query (summary.queryType 'r'); the query then runs in a READ transaction
// with a timeout, streaming at most rowCap rows. Results come back as one JSON shape the explorer can
// draw both as a table and as a graph (nodes, relationships and paths found anywhere in the rows).
import neo4j, { type Session } from 'neo4j-driver';
import type { Store } from './client.ts';
import { toPlain, type Plain } from './plain.ts';

const MODULE = 'store/readonly-runner';

export type ReadOnlyRefusal = 'refused' | 'timeout' | 'invalid' | 'options';

export class ReadOnlyQueryError extends Error {
  override name = 'ReadOnlyQueryError';
  constructor(
    readonly kind: ReadOnlyRefusal,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ReadOnlyOptions {
  query: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
  rowCap?: number;
}

export interface GraphNodeJson {
  id: string;
  labels: string[];
  properties: Record<string, Plain>;
}

export interface GraphRelationshipJson {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Plain>;
}

export interface ReadOnlyResult {
  columns: string[];
  rows: Record<string, Plain>[];
  graph: { nodes: GraphNodeJson[]; relationships: GraphRelationshipJson[] };
  truncated: boolean;
  elapsedMs: number;
}

export const DEFAULT_READONLY_OPTIONS = { timeoutMs: 5_000, rowCap: 1_000 };
const MAX_TIMEOUT_MS = 60_000;
const MAX_ROW_CAP = 100_000;

/** Patterns refused before the database sees the query, with what to tell the user. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV reads files and URLs outside the database'],
  [/\bCALL\s+dbms\s*\./i, 'CALL dbms.* procedures administer the server'],
  [/(^|[\s;}])USE\s+[`\w]/i, 'USE switches databases'],
  [/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i, 'CALL … IN TRANSACTIONS runs its own write transactions'],
  [/\bCALL\s+(apoc|gds)\s*\.\s*(load|import|export|periodic|cypher|trigger|systemdb|util\.sleep)/i, 'this procedure reaches outside the database or runs other Cypher'],
  [/\b(CREATE|DROP|ALTER|GRANT|REVOKE|DENY|START|STOP)\s+(USER|ROLE|DATABASE|ALIAS|SERVER|COMPOSITE)\b/i, 'administration commands are not allowed'],
];

/** Drops string literals and comments so a keyword inside a name or a remark is not refused. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

export function checkQueryText(query: string): void {
  const code = codeOnly(query);
  if (code.trim() === '') throw new ReadOnlyQueryError('invalid', `${MODULE}: the query is empty; type a Cypher query such as MATCH (n) RETURN n LIMIT 25`);
  if (/;\s*\S/.test(code)) {
    throw new ReadOnlyQueryError('refused', `${MODULE}: only one statement may run at a time; remove everything after the first ";"`);
  }
  for (const [pattern, why] of FORBIDDEN) {
    if (pattern.test(code)) throw new ReadOnlyQueryError('refused', `${MODULE}: refused: ${why}; the console runs read-only queries only`);
  }
}

function validate(options: ReadOnlyOptions): { timeoutMs: number; rowCap: number } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READONLY_OPTIONS.timeoutMs;
  const rowCap = options.rowCap ?? DEFAULT_READONLY_OPTIONS.rowCap;
  if (typeof options.query !== 'string') throw new ReadOnlyQueryError('options', `${MODULE}: query must be a string`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new ReadOnlyQueryError('options', `${MODULE}: timeoutMs must be a whole number from 1 to ${MAX_TIMEOUT_MS}, got ${String(timeoutMs)}`);
  }
  if (!Number.isInteger(rowCap) || rowCap < 1 || rowCap > MAX_ROW_CAP) {
    throw new ReadOnlyQueryError('options', `${MODULE}: rowCap must be a whole number from 1 to ${MAX_ROW_CAP}, got ${String(rowCap)}`);
  }
  return { timeoutMs, rowCap };
}

async function explainQueryType(session: Session, query: string, params: Record<string, unknown>): Promise<string> {
  try {
    const result = await session.run(`EXPLAIN ${query}`, params);
    return result.summary.queryType;
  } catch (err) {
    throw new ReadOnlyQueryError('invalid', `${MODULE}: Neo4j cannot plan this query: ${(err as Error).message}; fix the Cypher and run it again`, {
      cause: err,
    });
  }
}

class GraphCollector {
  readonly nodes = new Map<string, GraphNodeJson>();
  readonly relationships = new Map<string, GraphRelationshipJson>();

  visit(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (value instanceof neo4j.types.Node) {
      this.nodes.set(value.elementId, { id: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) as Record<string, Plain> });
    } else if (value instanceof neo4j.types.Relationship) {
      this.relationships.set(value.elementId, {
        id: value.elementId,
        type: value.type,
        start: value.startNodeElementId,
        end: value.endNodeElementId,
        properties: toPlain(value.properties) as Record<string, Plain>,
      });
    } else if (value instanceof neo4j.types.Path) {
      this.visit(value.start);
      for (const s of value.segments) {
        this.visit(s.relationship);
        this.visit(s.end);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) this.visit(v);
    } else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value)) this.visit(v);
    }
  }
}

export async function runReadOnly(store: Store, options: ReadOnlyOptions): Promise<ReadOnlyResult> {
  const { timeoutMs, rowCap } = validate(options);
  const query = options.query.trim().replace(/;\s*$/, '');
  const params = options.params ?? {};
  checkQueryText(query);
  const started = Date.now();
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(rowCap + 1, 1000) });
  try {
    const queryType = await explainQueryType(session, query, params);
    if (queryType !== 'r') {
      const what = queryType === 'w' || queryType === 'rw' ? 'it writes to the database' : 'it changes the schema or runs an administrative command';
      throw new ReadOnlyQueryError('refused', `${MODULE}: refused: ${what} (EXPLAIN reports query type "${queryType}"); the console runs read-only queries only`);
    }
    const tx = session.beginTransaction({ timeout: timeoutMs });
    const graph = new GraphCollector();
    const rows: Record<string, Plain>[] = [];
    let columns: string[] = [];
    let truncated = false;
    try {
      const result = tx.run(query, params);
      columns = ((await result.keys()) as string[]).map(String);
      for await (const record of result) {
        if (rows.length === rowCap) {
          truncated = true;
          break;
        }
        const row: Record<string, Plain> = {};
        for (const key of columns) {
          const value = record.get(key);
          graph.visit(value);
          row[key] = toPlain(value);
        }
        rows.push(row);
      }
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (/TransactionTimedOut|Terminated|TransactionTimedOutClientConfiguration/i.test(code) || /timed out|terminated/i.test((err as Error).message)) {
        throw new ReadOnlyQueryError('timeout', `${MODULE}: the query ran longer than ${timeoutMs} ms and was stopped; add a LIMIT or narrow the MATCH`, {
          cause: err,
        });
      }
      throw new ReadOnlyQueryError('invalid', `${MODULE}: the query failed: ${(err as Error).message}; fix the Cypher and run it again`, { cause: err });
    } finally {
      // Never commit: the transaction was read-only, and rolling back also stops a capped stream.
      await tx.rollback().catch(() => {});
    }
    return {
      columns,
      rows,
      graph: { nodes: [...graph.nodes.values()], relationships: [...graph.relationships.values()] },
      truncated,
      elapsedMs: Date.now() - started,
    };
  } finally {
    await session.close();
  }
}
