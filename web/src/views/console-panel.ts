// The Cypher console: CodeMirror 6 with Cypher highlighting and completion, Ctrl+Enter to run,
// parameters as JSON, history in localStorage, example queries one click away. Results show as a
// table (every cell as text) and as a graph added to the canvas or replacing it. The server refuses
// writes; its message is shown as is. On a server with CONSOLE=token a token field appears after the
// first 401 and the token is kept for this browser tab only (sessionStorage).
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError, type CypherExample, type CypherResult } from '../core/api/index.ts';
import { cellText, parseParams, pushHistory, readHistory } from '../core/console/index.ts';
import { el } from './dom.ts';

const TOKEN_KEY = 'kg-console-token';

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
      el('details', {}, [el('summary', { text: '示例 Examples (cypher/)' }), this.examples]),
      el('details', {}, [el('summary', { text: '历史 History' }), this.history]),
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
      const token = this.token.value || sessionStorage.getItem(TOKEN_KEY) || undefined;
      const result = await api.cypher(query, parseParams(this.params.value), token);
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      this.renderHistory(pushHistory(localStorage, query));
      this.status.textContent = `${result.rows.length} 行 rows${result.truncated ? ` (已截断 truncated: ${result.truncation ?? 'cut'})` : ''} · ${result.graph.nodes.length} 节点 nodes · ${result.graph.relationships.length} 关系 relationships · ${Math.round(result.elapsedMs)} ms`;
      this.renderTable(result);
      if (result.graph.nodes.length) this.showGraph(result, this.mode.value as 'add' | 'replace');
    } catch (err) {
      this.status.className = 'console-status error';
      this.status.textContent = (err as Error).message;
      this.results.replaceChildren();
      if (err instanceof ApiError && (err.status === 401 || (err.status === 403 && /token/.test(err.message)))) {
        sessionStorage.removeItem(TOKEN_KEY);
        this.token.hidden = false;
        this.token.focus();
      }
    }
  }

  private renderTable(result: CypherResult): void {
    this.results.replaceChildren(
      el('table', { class: 'result-table' }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            result.columns.map((c) => el('th', { text: c })),
          ),
        ]),
        el(
          'tbody',
          {},
          result.rows.map((row) =>
            el(
              'tr',
              {},
              result.columns.map((c) => el('td', { text: cellText(row[c]) })),
            ),
          ),
        ),
      ]),
    );
  }

  private renderHistory(queries: string[]): void {
    this.history.replaceChildren(...queries.map((q) => el('li', {}, [el('button', { class: 'link', text: q, on: { click: () => this.setQuery(q) } })])));
  }

  private async loadExamples(): Promise<void> {
    try {
      const { examples } = await api.examples(sessionStorage.getItem(TOKEN_KEY) ?? undefined);
      this.examples.replaceChildren(
        ...examples.map((ex) =>
          el('li', {}, [el('button', { class: 'link', text: ex.name, attrs: { title: ex.query }, on: { click: () => this.setExample(ex) } })]),
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
