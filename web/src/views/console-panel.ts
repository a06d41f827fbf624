// The Cypher console: CodeMirror 6 with Cypher highlighting and completion, Ctrl+Enter to run,
// parameters as JSON, history in localStorage, the analyst cookbook (cypher/analyst-*: questions
// with the parameters they run with) one click away. Results show as a table with typed columns
// (nodes as chips a click selects in the graph, numbers right-aligned), a page of 100 rows at a time,
// and as a graph added to the canvas or replacing it. The server refuses writes; its message is shown
// as is. On a server with CONSOLE=token a token field appears after the first 401; the token is kept
// for this browser tab only (core/api/token.ts, shared with the jobs' Run now).
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError, storedToken, storeToken, type CypherExample, type CypherResult } from '../core/api/index.ts';
import {
  cellKind,
  cellText,
  columnKinds,
  isNodeValue,
  KIND_LABELS,
  nodeChip,
  numberText,
  pageOf,
  parseParams,
  pushHistory,
  readHistory,
  type ColumnKind,
} from '../core/console/index.ts';
import { typeColor } from '../core/graph/types.ts';
import { el } from './dom.ts';
import './console-panel.css';

export const DEFAULT_QUERY = 'MATCH (p:Person)-[r:CO_MENTIONED]-(o:Organization) RETURN p, r, o LIMIT 25';

export class ConsolePanel {
  private editor: EditorApi | null = null;
  private readonly params = el('textarea', {
    class: 'params',
    attrs: { id: 'cypher-params', rows: '2', placeholder: '参数 Parameters (JSON), e.g. {"name": "马斯克"}', spellcheck: 'false' },
  });
  private readonly mode = el('select', { attrs: { id: 'cypher-mode' } }, [
    el('option', { text: '加入画布 Add to canvas', attrs: { value: 'add' } }),
    el('option', { text: '替换画布 Replace canvas', attrs: { value: 'replace' } }),
  ]);
  private readonly status = el('div', { class: 'console-status', attrs: { id: 'cypher-status', role: 'status' } });
  private readonly results = el('div', { class: 'console-results', attrs: { id: 'cypher-results' } });
  private readonly history = el('ul', { class: 'history' });
  private readonly examples = el('ul', { class: 'examples' });
  private readonly token = el('input', {
    attrs: { id: 'cypher-token', type: 'password', placeholder: '令牌 API token (CONSOLE=token)', autocomplete: 'off', hidden: '' },
  });

  constructor(
    root: HTMLElement,
    private readonly showGraph: (result: CypherResult, mode: 'add' | 'replace') => void,
    private readonly select: (id: string) => void = () => {},
  ) {
    const editorHost = el('div', { class: 'editor', attrs: { id: 'cypher-editor' } });
    root.replaceChildren(
      editorHost,
      this.params,
      el('div', { class: 'row' }, [
        el('button', { text: '运行 Run (Ctrl+Enter)', attrs: { id: 'cypher-run' }, on: { click: () => void this.run() } }),
        this.mode,
        this.token,
      ]),
      this.status,
      this.results,
      el('details', { attrs: { open: '', id: 'cypher-cookbook' } }, [el('summary', { text: '分析示例 Cookbook: questions analysts ask' }), this.examples]),
      el('details', { attrs: { id: 'cypher-history' } }, [el('summary', { text: '历史 History' }), this.history]),
    );
    // The package's typings say EditorApi, but 1.0.3 returns it wrapped as { editor }.
    const created = createCypherEditor(editorHost, {
      value: DEFAULT_QUERY,
      lineNumbers: true,
      lineWrapping: true,
      autocomplete: true,
      lint: false,
      theme: 'light',
    }) as unknown as { editor: EditorApi };
    this.editor = created.editor;
    editorHost.addEventListener(
      'keydown',
      (event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void this.run();
        }
      },
      true,
    );
    this.renderHistory(readHistory(localStorage));
    void this.loadExamples();
  }

  /** An example's query, with the parameters it runs with (its // Parameters: line) or none. */
  private setExample(ex: CypherExample): void {
    this.setQuery(ex.query);
    this.params.value = ex.params ? JSON.stringify(ex.params) : '';
  }

  setQuery(query: string): void {
    this.editor?.setValue(query);
  }

  /** The editor's document, read when the query runs (the editor owns the text). */
  get query(): string {
    return this.editor?.codemirror.state.doc.toString() ?? '';
  }

  async run(): Promise<void> {
    const query = this.query.trim();
    if (!query) return;
    this.status.className = 'console-status';
    this.status.textContent = '运行中… Running…';
    try {
      const token = this.token.value || storedToken(sessionStorage);
      const result = await api.cypher(query, parseParams(this.params.value), token);
      if (token) storeToken(sessionStorage, token);
      this.renderHistory(pushHistory(localStorage, query));
      this.status.textContent = `${result.rows.length} 行 rows${result.truncated ? ` (已截断 truncated: ${result.truncation ?? 'cut'})` : ''} · ${result.graph.nodes.length} 节点 nodes · ${result.graph.relationships.length} 关系 relationships · ${Math.round(result.elapsedMs)} ms`;
      this.renderTable(result, 0);
      if (result.graph.nodes.length) this.showGraph(result, this.mode.value as 'add' | 'replace');
    } catch (err) {
      this.status.className = 'console-status error';
      this.status.textContent = (err as Error).message;
      this.results.replaceChildren();
      if (err instanceof ApiError && (err.status === 401 || (err.status === 403 && /token/.test(err.message)))) {
        storeToken(sessionStorage, undefined);
        this.token.hidden = false;
        this.token.focus();
      }
    }
  }

  /** One page of the result as a table whose header says each column's kind. */
  private renderTable(result: CypherResult, page: number): void {
    const kinds = columnKinds(result);
    const shown = pageOf(result.rows, page);
    const last = shown.first + shown.rows.length;
    const pager = el('div', { class: 'pager result-pager' }, [
      el('button', { text: '上一页 Prev', attrs: shown.page > 0 ? {} : { disabled: '' }, on: { click: () => this.renderTable(result, shown.page - 1) } }),
      el('span', { text: result.rows.length ? ` ${shown.first + 1}–${last} / ${result.rows.length} ` : ' 0 ' }),
      el('button', {
        text: '下一页 Next',
        attrs: shown.page < shown.pages - 1 ? {} : { disabled: '' },
        on: { click: () => this.renderTable(result, shown.page + 1) },
      }),
    ]);
    this.results.replaceChildren(
      pager,
      el('table', { class: 'result-table' }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            result.columns.map((c) =>
              el('th', { attrs: { 'data-kind': kinds[c]! } }, [el('span', { text: c }), el('small', { class: 'kind', text: KIND_LABELS[kinds[c]!] })]),
            ),
          ),
        ]),
        el(
          'tbody',
          {},
          shown.rows.map((row) =>
            el(
              'tr',
              {},
              result.columns.map((c) => this.cell(row[c], kinds[c]!)),
            ),
          ),
        ),
      ]),
    );
  }

  private cell(value: unknown, column: ColumnKind): HTMLElement {
    const kind = cellKind(value);
    const td = el('td', { class: `cell-${kind}${column === 'number' ? ' num' : ''}` });
    const nodes = kind === 'node' ? [value] : kind === 'list' && (value as unknown[]).every(isNodeValue) ? (value as unknown[]) : null;
    if (nodes && nodes.length) {
      for (const n of nodes) td.append(this.chip(n));
      return td;
    }
    if (kind === 'relationship') {
      const rel = value as { type: string; properties: Record<string, unknown> };
      const numbers = Object.entries(rel.properties).filter(([, v]) => typeof v === 'number');
      td.append(
        el('span', { class: 'chip rel', text: `:${rel.type}`, attrs: { title: cellText(value) } }),
        ...(numbers.length ? [el('small', { class: 'hint', text: ` ${numbers.map(([k, v]) => `${k} ${numberText(v as number)}`).join(' · ')}` })] : []),
      );
      return td;
    }
    td.textContent =
      kind === 'null'
        ? '—'
        : kind === 'number'
          ? numberText(value as number)
          : kind === 'list' && (value as unknown[]).every((v) => typeof v === 'string')
            ? (value as string[]).join('、')
            : cellText(value);
    if (kind === 'number') td.title = cellText(value);
    if (kind === 'null') td.classList.add('hint');
    return td;
  }

  private chip(value: unknown): HTMLElement {
    if (!isNodeValue(value)) return el('span', { text: cellText(value) });
    const c = nodeChip(value);
    const attrs: Record<string, string> = { style: `border-color:${typeColor(c.type)}`, title: cellText(value) };
    if (c.entityId) attrs['data-entity'] = c.entityId;
    return c.entityId
      ? el('button', { class: 'chip', text: c.label, attrs, on: { click: () => this.select(c.entityId!) } })
      : el('span', { class: 'chip', text: c.label, attrs });
  }

  private renderHistory(queries: string[]): void {
    this.history.replaceChildren(...queries.map((q) => el('li', {}, [el('button', { class: 'link', text: q, on: { click: () => this.setQuery(q) } })])));
  }

  private async loadExamples(): Promise<void> {
    try {
      const { examples } = await api.examples(storedToken(sessionStorage));
      this.examples.replaceChildren(
        ...examples.map((ex) =>
          el('li', {}, [
            el('button', {
              class: 'link',
              text: ex.title ?? ex.name,
              attrs: { title: ex.query, 'data-example': ex.name },
              on: { click: () => this.setExample(ex) },
            }),
          ]),
        ),
      );
    } catch (err) {
      this.examples.replaceChildren(el('li', { class: 'error', text: (err as Error).message }));
    }
  }

  kill(): void {
    this.editor?.destroy();
    this.editor = null;
  }
}
