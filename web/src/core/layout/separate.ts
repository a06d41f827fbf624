// No two discs on one spot: after ForceAtlas2, nodes are pushed apart (graphology-layout-noverlap)
// until no two are closer than the sum of their radii plus a margin. Radii are screen pixels
// (sigma draws node sizes in pixels) while positions are graph units, so the caller gives the
// pixels per graph unit its renderer shows at the home camera; zooming in only widens the gaps.
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../graph/build.ts';

export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
}

export interface SeparateOptions {
  /** Radius of a node in screen pixels. */
  radius: (node: string) => number;
  /** Screen pixels per graph unit at the home camera; asked again each round as the extent grows. */
  pixelsPerUnit: () => number;
  /** Gap kept between two discs, in pixels. */
  marginPx: number;
  maxRounds: number;
}

export const DEFAULT_SEPARATE_OPTIONS = { marginPx: 2, maxRounds: 8 };

/** Pairs of discs closer than the sum of their radii plus `margin` (a grid, so near-linear). */
export function overlappingPairs(discs: readonly Disc[], margin = 0): [string, string][] {
  if (discs.length < 2) return [];
  let maxR = 0;
  for (const d of discs) maxR = Math.max(maxR, d.r);
  const cell = Math.max(1e-9, 2 * maxR + margin);
  const grid = new Map<string, Disc[]>();
  const at = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  for (const d of discs) {
    const k = at(d.x, d.y);
    const list = grid.get(k);
    if (list) list.push(d);
    else grid.set(k, [d]);
  }
  const pairs: [string, string][] = [];
  for (const d of discs) {
    const cx = Math.floor(d.x / cell);
    const cy = Math.floor(d.y / cell);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const o of grid.get(`${cx + i},${cy + j}`) ?? []) {
          if (o.key <= d.key) continue;
          if (Math.hypot(o.x - d.x, o.y - d.y) < d.r + o.r + margin) pairs.push([d.key, o.key]);
        }
      }
    }
  }
  return pairs;
}

/** A direction that depends only on the two keys, for discs on the very same spot. */
function keyAngle(a: string, b: string): number {
  let h = 2166136261;
  for (const c of a + '\u0000' + b) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) / 4294967296) * 2 * Math.PI;
}

/**
 * Moves each overlapping pair apart along the line between them (half each, all of it when one is
 * pinned) until no pair is left. noverlap spreads a crowded graph quickly but its grid misses some
 * pairs on cell borders and it jitters twins at random; this pass is exact and deterministic.
 */
function resolvePairs(graph: ExplorerGraph, radius: (node: string) => number, k: number, marginPx: number, passes: number): number {
  for (let pass = 0; pass < passes; pass++) {
    const discs = graph.mapNodes((key, a) => ({ key, x: a.x * k, y: a.y * k, r: radius(key) }));
    const pairs = overlappingPairs(discs, marginPx);
    if (pairs.length === 0) return 0;
    const at = new Map(discs.map((d) => [d.key, d]));
    for (const [a, b] of pairs) {
      const p = at.get(a)!;
      const q = at.get(b)!;
      let dx = q.x - p.x;
      let dy = q.y - p.y;
      let dist = Math.hypot(dx, dy);
      if (dist < 1e-9) {
        const angle = keyAngle(a, b);
        dx = Math.cos(angle);
        dy = Math.sin(angle);
        dist = 1;
      }
      // A little past touching, so the pair does not come back on the next pass from rounding.
      const push = p.r + q.r + marginPx * 1.5 - Math.hypot(q.x - p.x, q.y - p.y);
      const pFixed = graph.getNodeAttribute(a, 'fixed') === true;
      const qFixed = graph.getNodeAttribute(b, 'fixed') === true;
      if (pFixed && qFixed) continue;
      const share = pFixed || qFixed ? 1 : 0.5;
      const ux = (dx / dist) * push * share;
      const uy = (dy / dist) * push * share;
      if (!pFixed) {
        p.x -= ux;
        p.y -= uy;
      }
      if (!qFixed) {
        q.x += ux;
        q.y += uy;
      }
    }
    for (const d of discs) graph.mergeNodeAttributes(d.key, { x: d.x / k, y: d.y / k });
  }
  return overlappingPairs(
    graph.mapNodes((key, a) => ({ key, x: a.x * k, y: a.y * k, r: radius(key) })),
    marginPx,
  ).length;
}

/** Pushes overlapping nodes apart; returns the overlapping pairs left (none unless maxRounds ran out). */
export function separateNodes(graph: ExplorerGraph, options: Pick<SeparateOptions, 'radius' | 'pixelsPerUnit'> & Partial<SeparateOptions>): number {
  const { radius, pixelsPerUnit, marginPx, maxRounds } = { ...DEFAULT_SEPARATE_OPTIONS, ...options };
  const unit = (): number => {
    const k = pixelsPerUnit();
    if (!(k > 0) || !Number.isFinite(k)) throw new Error(`core/layout/separate: pixelsPerUnit must be a positive number, got ${k}; is the renderer sized?`);
    return k;
  };
  let left = 0;
  for (let round = 0; round < maxRounds; round++) {
    const k = unit();
    const discs = graph.mapNodes((key, a) => ({ key, x: a.x * k, y: a.y * k, r: radius(key) }));
    left = overlappingPairs(discs, marginPx).length;
    if (left === 0) return 0;
    // Many overlaps: let noverlap spread the crowd first (twins nudged apart by the exact pass).
    if (round === 0 && left > graph.order / 4) {
      resolvePairs(graph, radius, k, marginPx, 1);
      noverlap.assign(graph, {
        maxIterations: 100,
        inputReducer: (key, a) => ({ x: a.x, y: a.y, size: (radius(key) + marginPx) / k }),
        // A pinned node stays put; the others move around it.
        outputReducer: (key, p) => (graph.getNodeAttribute(key, 'fixed') ? { x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') } : p),
        settings: { margin: 0, ratio: 1, speed: 3 },
      });
    }
    // The extent grows as nodes move, so a unit may shrink: measured again next round.
    left = resolvePairs(graph, radius, k, marginPx, 50);
  }
  return left === 0
    ? 0
    : overlappingPairs(
        graph.mapNodes((key, a) => ({ key, x: a.x * unit(), y: a.y * unit(), r: radius(key) })),
        marginPx,
      ).length;
}
