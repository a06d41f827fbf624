// The left sidebar: filters (type, edge types with their legend, minimum weight, isolated nodes;
// the time window is the time bar under the graph), size and colour switches, the legend, and the
// actions (undo expansion, the shortest-path tool with its two entity pickers, export, copy link).
import type { Filters } from '../core/filters/index.ts';
import { edgeTypeColor, edgeTypeLabel } from '../core/graph/relations.ts';
import { ENTITY_TYPES, TYPE_COLORS, TYPE_LABELS } from '../core/graph/types.ts';
import type { ViewState } from '../core/url/index.ts';
import { el } from './dom.ts';
import { PathTool, type PathEnd } from './path-tool.ts';

export interface SidebarActions {
  filtersChanged(change: Partial<Filters>): void;
  sizeBy(mode: ViewState['sizeBy']): void;
  colorBy(mode: ViewState['colorBy']): void;
  undo(): void;
  path(source: string, target: string): void;
  fail(err: Error): void;
  exportAs(format: 'png' | 'gexf' | 'json'): void;
  copyLink(): void;
  reset(): void;
}

export class Sidebar {
  private readonly undoButton: HTMLButtonElement;
  private readonly pathButton: HTMLButtonElement;
  private readonly pathTool: PathTool;
  private readonly legend = el('div', { class: 'legend', attrs: { id: 'legend' } });
  private readonly edgeLegend = el('div', { class: 'legend edge-legend', attrs: { id: 'edge-legend' } });
  private readonly edgeSection: HTMLElement;

  constructor(root: HTMLElement, view: ViewState, actions: SidebarActions) {
    const f = view.filters;
    const typeBoxes = ENTITY_TYPES.map((type) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-type': type } });
      box.checked = f.types.length === 0 || f.types.includes(type);
      return box;
    });
    const typesChanged = () => {
      const on = typeBoxes.filter((b) => b.checked).map((b) => b.dataset.type!);
      actions.filtersChanged({ types: on.length === ENTITY_TYPES.length ? [] : on });
    };
    typeBoxes.forEach((b) => b.addEventListener('change', typesChanged));
    const minWeight = el('input', { attrs: { type: 'number', id: 'min-weight', min: '1', step: '1', value: String(f.minWeight) } });
    minWeight.addEventListener('change', () => actions.filtersChanged({ minWeight: Math.max(1, Number.parseInt(minWeight.value, 10) || 1) }));
    const minConfidence = el('input', {
      attrs: {
        type: 'range',
        id: 'min-confidence',
        min: '0',
        max: '1',
        step: '0.05',
        value: String(f.minConfidence),
        'aria-label': '最低置信度 Minimum confidence',
      },
    });
    const confidenceValue = el('output', { text: f.minConfidence.toFixed(2), attrs: { for: 'min-confidence', id: 'min-confidence-value' } });
    minConfidence.addEventListener('input', () => {
      confidenceValue.textContent = Number(minConfidence.value).toFixed(2);
      actions.filtersChanged({ minConfidence: Number(minConfidence.value) });
    });
    const isolated = el('input', { attrs: { type: 'checkbox', id: 'hide-isolated' } });
    isolated.checked = f.hideIsolated;
    isolated.addEventListener('change', () => actions.filtersChanged({ hideIsolated: isolated.checked }));
    const sizeSelect = select(
      'size-by',
      [
        ['mentions', '提及次数 Mentions'],
        ['pagerank', 'PageRank'],
      ],
      view.sizeBy,
      (v) => actions.sizeBy(v as ViewState['sizeBy']),
    );
    const colorSelect = select(
      'color-by',
      [
        ['type', '类型 Type'],
        ['community', '社区 Community (Louvain)'],
      ],
      view.colorBy,
      (v) => actions.colorBy(v as ViewState['colorBy']),
    );
    this.undoButton = el('button', { text: '撤销展开 Undo expand', attrs: { id: 'undo', disabled: '' }, on: { click: () => actions.undo() } });
    this.pathTool = new PathTool(
      (source, target) => actions.path(source, target),
      (err) => actions.fail(err),
    );
    this.pathButton = el('button', {
      text: '最短路径 Shortest path…',
      attrs: { id: 'path', title: '选两个实体，找它们之间的最短路径 Pick two entities and find the shortest path between them' },
      on: { click: () => this.pathTool.toggle() },
    });

    this.edgeSection = section('关系 Relations', [this.edgeLegend]);
    this.edgeSection.hidden = true;
    this.onEdgeTypes = (hidden) => actions.filtersChanged({ hiddenEdgeTypes: hidden });
    root.replaceChildren(
      section(
        '类型 Types',
        typeBoxes.map((box, i) =>
          el('label', { class: 'check' }, [
            box,
            el('span', { class: 'swatch', attrs: { style: `background:${TYPE_COLORS[ENTITY_TYPES[i]!]}` } }),
            TYPE_LABELS[ENTITY_TYPES[i]!],
          ]),
        ),
      ),
      this.edgeSection,
      section('最小权重 Min weight', [minWeight]),
      section('最低置信度 Min confidence', [
        el(
          'label',
          {
            class: 'confidence',
            attrs: {
              title: '隐藏机器把握较低的实体和关系；旧数据没有置信度，始终显示 Hide what the extractor is less sure of; data without a confidence always shows',
            },
          },
          [minConfidence, confidenceValue],
        ),
      ]),
      section('显示 Display', [
        el('label', { class: 'check' }, [isolated, '隐藏孤立节点 Hide isolated']),
        el('label', {}, ['大小 Size ', sizeSelect]),
        el('label', {}, ['颜色 Colour ', colorSelect]),
        this.legend,
      ]),
      section('操作 Actions', [
        this.undoButton,
        this.pathButton,
        this.pathTool.root,
        el('div', { class: 'row' }, [
          el('button', { text: 'PNG', attrs: { id: 'export-png' }, on: { click: () => actions.exportAs('png') } }),
          el('button', { text: 'GEXF', attrs: { id: 'export-gexf' }, on: { click: () => actions.exportAs('gexf') } }),
          el('button', { text: 'JSON', attrs: { id: 'export-json' }, on: { click: () => actions.exportAs('json') } }),
        ]),
        el('button', { text: '复制链接 Copy link', on: { click: () => actions.copyLink() } }),
        el('button', { text: '重置 Reset view', on: { click: () => actions.reset() } }),
      ]),
    );
    this.showLegend(view.colorBy, 0);
  }

  private readonly onEdgeTypes: (hidden: string[]) => void;

  /**
   * The edge legend, which is also the filter by edge type: one checkbox per type the graph holds
   * (会见 MEETS, 共现 CO_MENTIONED …) in its colour; unchecking one hides those edges. Shown only
   * when the graph holds a typed edge (a co-mention-only graph needs no key).
   */
  showEdgeTypes(present: readonly string[], hidden: readonly string[]): void {
    const types = [...present, ...hidden.filter((t) => !present.includes(t))];
    this.edgeSection.hidden = !types.some((t) => t !== 'CO_MENTIONED');
    const boxes = types.map((type) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-edge-type': type } });
      box.checked = !hidden.includes(type);
      return box;
    });
    const changed = () => this.onEdgeTypes(boxes.filter((b) => !b.checked).map((b) => b.dataset.edgeType!));
    boxes.forEach((b) => b.addEventListener('change', changed));
    this.edgeLegend.replaceChildren(
      ...types.map((type, i) =>
        el('label', { class: 'check' }, [
          boxes[i]!,
          el('span', { class: 'swatch line', attrs: { style: `background:${edgeTypeColor(type)}` } }),
          edgeTypeLabel(type),
        ]),
      ),
    );
  }

  setUndo(steps: number): void {
    this.undoButton.disabled = steps === 0;
    this.undoButton.textContent = steps ? `撤销展开 Undo expand (${steps})` : '撤销展开 Undo expand';
  }

  /** The graph's selection, which fills the path tool's pickers. */
  setSelection(selected: readonly PathEnd[]): void {
    this.pathTool.setSelection(selected);
  }

  showLegend(colorBy: ViewState['colorBy'], communities: number): void {
    this.legend.replaceChildren(
      ...(colorBy === 'type'
        ? ENTITY_TYPES.map((t) => el('div', {}, [el('span', { class: 'swatch', attrs: { style: `background:${TYPE_COLORS[t]}` } }), TYPE_LABELS[t]]))
        : [el('div', { class: 'hint', text: `${communities} 个社区 communities (Louvain, seed 42)` })]),
    );
  }
}

function section(title: string, children: (Node | string)[]): HTMLElement {
  return el('section', { class: 'side-section' }, [el('h3', { text: title }), ...children]);
}

function select(id: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLSelectElement {
  const s = el(
    'select',
    { attrs: { id } },
    options.map(([v, label]) => el('option', { text: label, attrs: { value: v } })),
  );
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}
