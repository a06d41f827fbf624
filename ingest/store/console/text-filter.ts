// The console's first, cheap filter over the query text, before Neo4j sees it. It is not the
// security boundary (plan-check.ts is); it refuses early what must never be planned at all: more
// than one statement, clauses that leave the database, and queries too large or too deeply nested
// to plan in bounded time. It reads the text the way Cypher's lexer does: string literals,
// backtick names and comments are scanned left to right in one pass (so `'//'` inside a string
// hides nothing), and every character Cypher treats as whitespace counts as whitespace.
import { ConsoleQueryError } from './errors.ts';

const MODULE = 'store/console/text-filter';

export const DEFAULT_TEXT_LIMITS = {
  /** Characters of query text. */
  maxChars: 20_000,
  /** Tokens (names, numbers, literals, operators): a bound on planning work. */
  maxTokens: 2_500,
  /** Depth of (), [] and {} nesting. */
  maxDepth: 48,
};
export type TextLimits = typeof DEFAULT_TEXT_LIMITS;

/** Patterns refused before planning, with what to tell the user. Matched on code only. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV reads files and URLs outside the database'],
  [/\bCALL\s+dbms\s*\./i, 'CALL dbms.* procedures administer the server'],
  [/(^|[^\p{L}\p{N}_$.`])USE\s+[`\w]/iu, 'USE switches databases'],
  [/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i, 'CALL … IN TRANSACTIONS runs its own write transactions'],
  [/\b(SHOW|TERMINATE)\s+(\w+\s+)?TRANSACTIONS?\b/i, 'transactions belong to their owners'],
  [/\b(CREATE|DROP|ALTER|GRANT|REVOKE|DENY|START|STOP|RENAME)\s+(USER|ROLE|DATABASE|ALIAS|SERVER|COMPOSITE)\b/i, 'administration commands are not allowed'],
];

// Cypher's whitespace: JavaScript's \s plus the information separators U+001C–U+001F and the other
// controls Neo4j's lexer skips; each becomes a plain space in the code view.
// eslint-disable-next-line no-control-regex -- these controls are whitespace to Cypher, the point of the class
const CYPHER_SPACE = /[\s\u0000-\u001f\u007f\u0085\u180e\u200b\ufeff]/;

export interface CodeView {
  /** The query with literals replaced by '' and comments by a space; names in backticks kept. */
  code: string;
  tokens: number;
  depth: number;
}

/** Scans the query once, as Cypher's lexer would, into code without literals or comments. */
export function codeView(query: string): CodeView {
  let code = '';
  let tokens = 0;
  let depth = 0;
  let maxDepth = 0;
  let inWord = false;
  const n = query.length;
  for (let i = 0; i < n;) {
    const c = query[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      if (j >= n) throw new ConsoleQueryError('invalid', `${MODULE}: a string that starts at character ${i + 1} never ends; close it with ${c}`);
      code += "''";
      tokens++;
      inWord = false;
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      for (;;) {
        if (j >= n) throw new ConsoleQueryError('invalid', `${MODULE}: a \`name\` that starts at character ${i + 1} never ends; close it with \``);
        if (query[j] === '`' && query[j + 1] === '`') j += 2;
        else if (query[j] === '`') break;
        else j++;
      }
      // Keep the name's letters (it may name a procedure), but nothing that could read as syntax.
      code += `\`${query.slice(i + 1, j).replace(/[^\p{L}\p{N}_.]/gu, '_')}\``;
      tokens++;
      inWord = false;
      i = j + 1;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
      code += ' ';
      inWord = false;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw new ConsoleQueryError('invalid', `${MODULE}: a /* comment that starts at character ${i + 1} never ends; close it with */`);
      code += ' ';
      inWord = false;
      i = end + 2;
    } else if (CYPHER_SPACE.test(c)) {
      code += ' ';
      inWord = false;
      i++;
    } else {
      const word = /[\p{L}\p{N}_$]/u.test(c);
      if (!word || !inWord) tokens++;
      inWord = word;
      if (c === '(' || c === '[' || c === '{') maxDepth = Math.max(maxDepth, ++depth);
      else if (c === ')' || c === ']' || c === '}') depth--;
      code += c;
      i++;
    }
  }
  return { code, tokens, depth: maxDepth };
}

/** Throws a ConsoleQueryError when the text alone shows the query must not be planned. */
export function checkQueryText(query: string, limits: TextLimits = DEFAULT_TEXT_LIMITS): void {
  if (query.length > limits.maxChars) {
    throw new ConsoleQueryError(
      'too-large',
      `${MODULE}: the query has ${query.length} characters, over the console's ${limits.maxChars}; shorten it or pass values as parameters`,
    );
  }
  const { code, tokens, depth } = codeView(query);
  if (code.trim() === '') throw new ConsoleQueryError('invalid', `${MODULE}: the query is empty; type a Cypher query such as MATCH (n) RETURN n LIMIT 25`);
  if (depth > limits.maxDepth) {
    throw new ConsoleQueryError('too-large', `${MODULE}: query too deeply nested (${depth} levels of brackets, the console plans at most ${limits.maxDepth})`);
  }
  if (tokens > limits.maxTokens) {
    throw new ConsoleQueryError(
      'too-large',
      `${MODULE}: the query has ${tokens} tokens, over the console's ${limits.maxTokens}; split it or pass lists as parameters`,
    );
  }
  if (/;\s*\S/.test(code)) {
    throw new ConsoleQueryError('refused', `${MODULE}: only one statement may run at a time; remove everything after the first ";"`);
  }
  for (const [pattern, why] of FORBIDDEN) {
    if (pattern.test(code)) throw new ConsoleQueryError('refused', `${MODULE}: refused: ${why}; the console runs read-only queries only`);
  }
}
