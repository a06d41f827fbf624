// The explorer page: loads the home view, lays it out, and wires the search box, sidebar, canvas
// controllers and side panels to one app state (selection, filters, sizing, colouring, tab) that
// the URL mirrors, so a link reproduces the view. A node's menu (right click, or 编辑 Edit in its
// panel) curates it; each curation is redrawn where it changed (applyCuration).
import { api, type CurationRecordJson, type CypherResult, type EventSummary, type SearchHit } from '../core/api/index.ts';
import { applyCurationToGraph, curationEffect } from '../core/curation/index.ts';
import { placeResult, resultToGraph } from '../core/console/index.ts';
import { dateExtent, type Filters, type TimeWindow } from '../core/filters/index.ts';
import { addDays, bucketDays } from '../core/time/index.ts';
import {
  assignMetrics,
  edgeTypesPresent,
  edgesNotLoaded,
  graphStatus,
  mergeGraph,
  NOTHING_LEFT_OUT,
  typedNotLoaded,
  weakerNotLoaded,
  unmerge,
  type ExplorerGraph,
} from '../core/graph/index.ts';
import { ExpansionHistory } from '../core/history/index.ts';
import { runLayout, type LayoutReport } from '../core/layout/index.ts';
import { decodeView, encodeView, type Tab, type ViewState } from '../core/url/index.ts';
import type { ConsolePanel } from './console-panel.ts';
import type { FiltersController } from './controllers/filters.ts';
import type { FocusController } from './controllers/focus.ts';
import { AlertsPanel } from './alerts-panel.ts';
import { CurationPanel } from './curation-panel.ts';
import { mountCanvas } from './canvas.ts';
import { DetailsPanel } from './details-panel.ts';
import { byId } from './dom.ts';
import { exportView } from './export.ts';
import { setExplorerGraphState } from './graph-state.ts';
import { cameraFor, edgeAt, frameNeighbourhood, separateOnScreen, type ExplorerRenderer } from './graph-view.ts';
import { JobsPanel } from './jobs-panel.ts';
import { NeighbourPager } from './neighbour-pager.ts';
import { NodeMenu, type MenuEntity } from './node-menu.ts';
import { LayoutControls } from './layout-controls.ts';
import { SearchBox } from './search-box.ts';
import { Sidebar } from './sidebar.ts';
import { TimeFilter } from './time-filter.ts';
import { TimelinePanel } from './timeline-panel.ts';

export const HUB_CAP = 40;
/** A fixed number of FA2 iterations for the home view: the same picture on every load. */
const HOME_LAYOUT_ITERATIONS = 300;
/** Neighbours read around a curated entity to redraw its edges (only those on the canvas are kept). */
const CURATION_HUB_CAP = 1_000;

export class App {
  view: ViewState;
  readonly history = new ExpansionHistory();
  private graph!: ExplorerGraph;
  private renderer!: ExplorerRenderer;
  private focus!: FocusController;
  private filters!: FiltersController;
  private sidebar!: Sidebar;
  private time!: TimeFilter;
  private details!: DetailsPanel;
  private timeline!: TimelinePanel;
  private console: ConsolePanel | null = null;
  private jobs!: JobsPanel;
  private menu!: NodeMenu;
  private audit!: CurationPanel;
  private alerts!: AlertsPanel;
  private readonly pager = new NeighbourPager((id, hubCap) => void this.expand(id, false, hubCap).catch((err: Error) => this.fail(err)), HUB_CAP);
  private readonly status = byId('status');
  private layoutAbort: AbortController | null = null;
  /** How the last layout ended (tests check the home view ran its fixed iterations). */
  lastLayout: LayoutReport | null = null;
  private timeWindow: TimeWindow | null = null;
  private windowSeq = 0;
  /** What the server left out of the edges among the home view's entities (co-mentions and typed edges). */
  private edgesNotLoaded = NOTHING_LEFT_OUT;

  constructor() {
    this.view = decodeView(location.search);
  }

  async start(): Promise<void> {
    const data = await api.home({ limit: this.view.limit });
    this.edgesNotLoaded = edgesNotLoaded(data);
    const container = byId('graph');
    const canvas = mountCanvas(data, container);
    ({ graph: this.graph, renderer: this.renderer, focus: this.focus, filters: this.filters } = canvas);
    setExplorerGraphState(this.renderer, { sizeBy: this.view.sizeBy, colorBy: this.view.colorBy });
    this.details = new DetailsPanel(byId('panel-details'), {
      select: (id) => void this.selectById(id),
      edit: (entity, button) => this.openMenu(entity, button),
    });
    this.menu = new NodeMenu(container.parentElement ?? container, {
      applied: (record) => this.applyCuration(record),
      watchesChanged: () => void (byId('panel-audit').hidden ? undefined : this.audit.load()),
    });
    this.audit = new CurationPanel(byId('panel-audit'), {
      applied: (record) => this.applyCuration(record),
      select: (id) => void this.selectById(id).catch((err: Error) => this.fail(err)),
    });
    this.alerts = new AlertsPanel(byId('panel-alerts'), byId('alerts-badge'), {
      select: (id) => void this.selectById(id).catch((err: Error) => this.fail(err)),
      openArticle: (id, sentence) => void this.details.articles.open(id, sentence ?? undefined).catch((err: Error) => this.fail(err)),
    });
    void this.alerts.refresh();
    this.timeline = new TimelinePanel(byId('panel-timeline'), (ev) => this.selectEvent(ev));
    this.jobs = new JobsPanel(byId('panel-jobs'));
    this.status.after(this.pager.root);
    this.time = new TimeFilter(byId('timebar'), (from, to) => this.setFilters({ from, to }));
    this.sidebar = new Sidebar(byId('sidebar'), this.view, {
      filtersChanged: (change) => void this.setFilters(change),
      sizeBy: (mode) => this.setView({ sizeBy: mode }, () => setExplorerGraphState(this.renderer, { sizeBy: mode })),
      colorBy: (mode) =>
        this.setView({ colorBy: mode }, () => {
          setExplorerGraphState(this.renderer, { colorBy: mode });
          this.showLegend();
        }),
      undo: () => this.undo(),
      path: (source, target) => void this.shortestPath(source, target).catch((err: Error) => this.fail(err)),
      fail: (err) => this.fail(err),
      exportAs: (format) => exportView(format, this.renderer, this.graph, (id) => !this.filters.isHidden(id)),
      copyLink: () => void navigator.clipboard?.writeText(location.href),
      reset: () => {
        location.search = '';
      },
    });
    new SearchBox(
      byId<HTMLInputElement>('search'),
      byId('search-results'),
      (hit) => void this.choose(hit).catch((err: Error) => this.fail(err)),
      (err) => this.fail(err),
    );
    const controls = new LayoutControls(container.parentElement ?? container, {
      run: () => void this.layout(120_000, Number.POSITIVE_INFINITY, (running) => controls.setRunning(running)),
      stop: () => this.layoutAbort?.abort(),
      unpin: () =>
        this.graph.forEachNode((id, a) => {
          if (a.fixed) this.graph.setNodeAttribute(id, 'fixed', false);
        }),
    });
    this.showEdgeTypes();
    this.bindCanvas();
    this.bindTabs();
    (window as unknown as { __sigma?: ExplorerRenderer; __app?: App }).__sigma = this.renderer;
    (window as unknown as { __app?: App }).__app = this;
    await this.refreshTime();
    // PageRank and Louvain once the first frame is up (the histogram fetch yields to the renderer).
    assignMetrics(this.graph);
    this.showLegend();
    await this.loadWindow();
    this.applyFilters();
    await this.layout(8_000, HOME_LAYOUT_ITERATIONS);
    container.dataset.ready = 'true';
    if (this.view.selected.length) this.select(this.view.selected);
    this.setTab(this.view.tab);
  }

  private bindCanvas(): void {
    const r = this.renderer;
    r.on('clickNode', ({ node, event }) => {
      const add = event.original.shiftKey && this.view.selected.length > 0;
      this.select(add ? [...this.view.selected.filter((s) => s !== node), node].slice(-2) : [node]);
    });
    r.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      void this.expand(node).catch((err: Error) => this.fail(err));
    });
    r.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      const a = this.graph.getNodeAttributes(node);
      this.menu.open({ id: node, name: a.label, type: a.entityType, aliases: a.aliases }, { x: event.x, y: event.y });
    });
    r.on('clickStage', ({ event }) => {
      const edge = edgeAt(r, event);
      if (!edge) return this.select([]);
      const [s, t] = this.graph.extremities(edge);
      const node = (id: string) => ({ id, name: this.graph.getNodeAttribute(id, 'label'), aliases: this.graph.getNodeAttribute(id, 'aliases') });
      this.setTab('details');
      this.focus.update({ selected: [], highlighted: [s, t], pathNodes: [], pathEdges: [edge] });
      const a = this.graph.getEdgeAttributes(edge);
      void this.details.showEdge(node(s), node(t), a.coMentioned ? a.weight : 0, a.relations).catch((err: Error) => this.fail(err));
    });
  }

  private bindTabs(): void {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
      button.addEventListener('click', () => this.setTab(button.dataset.tab as Tab));
    }
  }

  setTab(tab: Tab): void {
    this.setView({ tab });
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) button.classList.toggle('active', button.dataset.tab === tab);
    for (const section of document.querySelectorAll<HTMLElement>('[data-panel]')) section.hidden = section.dataset.panel !== tab;
    if (tab === 'timeline') void this.timeline.load(this.view.filters).catch((err: Error) => this.fail(err));
    if (tab === 'jobs') void this.jobs.load();
    if (tab === 'audit') void this.audit.load();
    if (tab === 'alerts') void this.alerts.load();
    else this.alerts.leave();
    if (tab === 'console' && !this.console) void this.openConsole().catch((err: Error) => this.fail(err));
  }

  /** CodeMirror and the Cypher grammar are most of the bundle: loaded when the console opens. */
  private async openConsole(): Promise<void> {
    const { ConsolePanel } = await import('./console-panel.ts');
    this.console ??= new ConsolePanel(
      byId('panel-console'),
      (result, mode) => void this.showCypherGraph(result, mode),
      (id) => void this.selectById(id).catch((err: Error) => this.fail(err)),
    );
  }

  private setView(change: Partial<ViewState>, effect?: () => void): void {
    this.view = { ...this.view, ...change };
    history.replaceState(null, '', `${location.pathname}${encodeView(this.view) ? `?${encodeView(this.view)}` : ''}`);
    effect?.();
  }

  select(ids: string[]): void {
    const present = ids.filter((id) => this.graph.hasNode(id));
    this.setView({ selected: present });
    this.focus.update({ selected: present, pathNodes: [], pathEdges: [], highlighted: [] });
    this.sidebar.setSelection(present.map((id) => ({ id, name: this.graph.getNodeAttribute(id, 'label') })));
    const last = present[present.length - 1];
    if (!last) return this.details.empty();
    void frameNeighbourhood(this.renderer, last);
    this.setTab('details');
    void this.details.showEntity(last).catch((err: Error) => this.fail(err));
  }

  /** The node's menu under a button (the details panel's 编辑 Edit), in the stage's pixels. */
  private openMenu(entity: MenuEntity, button: HTMLElement): void {
    const stage = byId('graph').parentElement ?? byId('graph');
    const s = stage.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    this.menu.open(entity, { x: b.right - s.left, y: b.bottom - s.top });
  }

  /**
   * A curation landed (the menu, or an undo in the audit list): what it removed leaves the canvas,
   * what it changed is read again; the selection follows a merge to the entity kept.
   */
  private async applyCuration(record: CurationRecordJson): Promise<void> {
    try {
      const effect = curationEffect(record);
      const data = effect.show.length ? await api.neighbourhood({ ids: effect.show, depth: 1, hubCap: CURATION_HUB_CAP }) : null;
      const change = applyCurationToGraph(this.graph, effect, data);
      await this.afterGraphChange(change.added.length ? 300 : 0);
      const before = this.view.selected;
      const next = [...new Set(before.map((id) => (effect.drop.includes(id) ? effect.show[0] : id)))].filter(
        (id): id is string => id !== undefined && this.graph.hasNode(id),
      );
      this.setView({ selected: next });
      this.focus.update({ selected: next });
      this.sidebar.setSelection(next.map((id) => ({ id, name: this.graph.getNodeAttribute(id, 'label') })));
      const last = next[next.length - 1];
      if (!last) {
        if (before.length) this.details.empty();
      } else if (last !== before[before.length - 1] || effect.show.includes(last)) void this.details.showEntity(last).catch((err: Error) => this.fail(err));
      if (!byId('panel-audit').hidden) await this.audit.load();
    } catch (err) {
      this.fail(err as Error);
    }
  }

  async selectById(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) await this.expand(id, true);
    this.select([id]);
  }

  async choose(hit: SearchHit): Promise<void> {
    await this.selectById(hit.id);
  }

  selectEvent(event: EventSummary): void {
    const ids = (event.participants ?? []).map((p) => p.id).filter((id) => this.graph.hasNode(id));
    this.focus.update({ selected: [], highlighted: ids, pathNodes: [], pathEdges: [] });
    this.details.showEvent(event);
  }

  /** Adds a node's neighbours (hub-capped); with `include`, also fetches the node itself. */
  async expand(id: string, include = false, hubCap = HUB_CAP): Promise<void> {
    const data = await api.neighbourhood({ ids: [id], depth: 1, hubCap });
    const added = mergeGraph(this.graph, data, this.graph.hasNode(id) ? id : undefined);
    this.history.push({ anchor: id, added });
    this.sidebar.setUndo(this.history.size);
    const more = (data.truncated ?? []).filter((t) => t.hidden > 0);
    if (!include || added.nodes.length) await this.afterGraphChange(added.nodes.length > 0 ? 600 : 0);
    const hidden = more.reduce((sum, t) => sum + t.hidden, 0);
    this.pager.update(id, this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id, hubCap, hidden);
    this.say(
      `展开 Expanded: +${added.nodes.length} 个实体 entities, +${added.edges.length} 条边 edges${hidden ? ` · 还有 ${hidden} 个未显示 ${hidden} more not shown (hub cap ${hubCap})` : ''}${weakerNotLoaded(data.maxWeightNotShown)}${typedNotLoaded(data.typedEdgesNotShown)}`,
    );
  }

  undo(): void {
    const step = this.history.pop();
    if (!step) return;
    unmerge(this.graph, step.added);
    this.sidebar.setUndo(this.history.size);
    this.showEdgeTypes();
    this.focus.update({});
    this.applyFilters();
  }

  async shortestPath(source?: string, target?: string): Promise<void> {
    const [a, b] = source && target ? [source, target] : this.view.selected;
    if (!a || !b) return;
    const data = await api.path(a, b);
    if (!data.found) return this.say('没有路径 No path between them');
    const added = mergeGraph(this.graph, data, a);
    this.history.push({ anchor: a, added });
    const edges = data.edges.map((e) => this.graph.edge(e.source, e.target)).filter((e): e is string => Boolean(e));
    this.focus.update({ pathNodes: data.nodes.map((n) => n.id), pathEdges: edges });
    this.say(`路径 Path: ${data.nodes.map((n) => n.name).join(' → ')}`);
    if (added.nodes.length) await this.afterGraphChange(400);
  }

  private async showCypherGraph(result: CypherResult, mode: 'add' | 'replace'): Promise<void> {
    const data = resultToGraph(result);
    if (mode === 'replace') {
      this.graph.clear();
      this.history.clear();
      this.sidebar.setUndo(0);
    }
    const ids = data.nodes.map((n) => n.id);
    const fresh = new Set(ids.filter((id) => !this.graph.hasNode(id)));
    mergeGraph(this.graph, data);
    // A small result is drawn as a ring (core/console/layout), a larger one by ForceAtlas2; then the
    // camera frames the result (whatever zoom the canvas had, or a small result has giant nodes).
    const placed = placeResult(this.graph, ids, fresh);
    await this.afterGraphChange(placed ? 0 : mode === 'replace' ? 1_000 : 500);
    if (placed) separateOnScreen(this.renderer);
    this.renderer.refresh();
    const camera = cameraFor(this.renderer, ids);
    if (camera) await this.renderer.getCamera().animate(camera, { duration: 300 });
  }

  private async afterGraphChange(layoutMs: number): Promise<void> {
    assignMetrics(this.graph);
    this.showEdgeTypes();
    this.applyFilters();
    this.focus.update({});
    if (layoutMs > 0) await this.layout(layoutMs);
  }

  /** Resolves once a new time window's graph is shown (the time bar's play waits for it). */
  private setFilters(change: Partial<Filters>): Promise<void> {
    const before = this.view.filters;
    this.setView({ filters: { ...before, ...change } });
    let loaded = Promise.resolve();
    if ('from' in change || 'to' in change) {
      if (change.from !== before.from || change.to !== before.to)
        loaded = this.loadWindow()
          .then(() => this.applyFilters())
          .catch((err: Error) => this.fail(err));
    }
    this.applyFilters();
    if (!byId('panel-timeline').hidden) void this.timeline.load(this.view.filters).catch((err: Error) => this.fail(err));
    return loaded;
  }

  /** Asks the server what lies in the time window (article dates live there); null when open. */
  private async loadWindow(): Promise<void> {
    const { from, to } = this.view.filters;
    const seq = ++this.windowSeq;
    if (!from && !to) {
      this.timeWindow = null;
      return;
    }
    // The window's entities only: every edge drawn carries its own days (computeVisibility).
    const data = await api.home({ from, to, limit: 20_000, minWeight: 1, edgeLimit: 0 });
    if (seq !== this.windowSeq) return;
    this.timeWindow = { nodes: new Set(data.nodes.map((n) => n.id)) };
  }

  private applyFilters(): void {
    const { visibleNodes, visibleEdges } = this.filters.apply(this.view.filters, this.timeWindow);
    this.focus.update({});
    this.say(graphStatus(visibleNodes, visibleEdges, this.edgesNotLoaded));
  }

  private async refreshTime(): Promise<void> {
    // The server picks day, week, month or year buckets from the span; the bar spans their days.
    const { bucket, buckets } = await api.histogram('auto');
    const days = buckets.map((b) => bucketDays(b.date, bucket));
    const extent = dateExtent(this.graph, [...days.map((d) => d.start), ...days.map((d) => addDays(d.start, d.days - 1))]);
    if (extent) this.time.setDomain(extent.min, extent.max, buckets, bucket, this.view.filters);
  }

  /** ForceAtlas2 for a budget or a number of iterations, then no two discs overlapping. */
  private async layout(budgetMs: number, maxIterations = Number.POSITIVE_INFINITY, running?: (on: boolean) => void): Promise<void> {
    this.layoutAbort?.abort();
    const abort = new AbortController();
    this.layoutAbort = abort;
    running?.(true);
    const report = await runLayout(this.graph, { budgetMs, maxIterations, signal: abort.signal });
    this.lastLayout = report;
    running?.(false);
    // Stopped by the user's button (not replaced by a newer run): still leave no overlaps.
    if (report.stoppedBy !== 'signal' || this.layoutAbort === abort) separateOnScreen(this.renderer);
  }

  /** The edge legend lists the types the graph holds now, with the ones switched off. */
  private showEdgeTypes(): void {
    this.sidebar.showEdgeTypes(edgeTypesPresent(this.graph), this.view.filters.hiddenEdgeTypes ?? []);
  }

  private showLegend(): void {
    const communities = new Set(this.graph.mapNodes((_id, a) => a.community)).size;
    this.sidebar.showLegend(this.view.colorBy, communities);
  }

  private say(text: string): void {
    this.status.classList.remove('error');
    this.status.textContent = text;
  }

  fail(err: Error): void {
    this.status.classList.add('error');
    this.status.textContent = `出错 Error: ${err.message}`;
  }

  kill(): void {
    this.layoutAbort?.abort();
    this.time.kill();
    this.alerts.kill();
    this.menu.close();
    this.focus.kill();
    this.console?.kill();
    this.renderer.kill();
  }
}
