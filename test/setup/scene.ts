// What the explorer's canvas shows, in viewport pixels, read from sigma itself: each visible disc
// and each drawn label's box (sigma's own label measure, the box it draws), so browser tests check
// what a reader sees — no label over another, no disc over another, everything inside the view.
import type { Page } from 'playwright-core';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Scene {
  width: number;
  height: number;
  order: number;
  labels: { key: string; box: Box }[];
  discs: { key: string; x: number; y: number; r: number }[];
}

/** What is on screen now: each drawn label's box and each visible disc, in viewport pixels. */
export async function scene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    type D = { x: number; y: number; size: number; visibility: string };
    const r = (window as unknown as { __sigma: Record<string, never> }).__sigma as unknown as {
      getGraph(): { order: number; nodes(): string[] };
      getDimensions(): { width: number; height: number };
      getNodeDisplayData(k: string): D | undefined;
      getNodeState(k: string): { isHidden: boolean };
      getNodeDisplayedLabels(): Set<string>;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      labelRenderer: { nodeLabelBox(d: D, radius: number): Box | null };
    };
    const { width, height } = r.getDimensions();
    const disc = (key: string) => {
      const d = r.getNodeDisplayData(key)!;
      const p = r.framedGraphToViewport(d);
      return { key, x: p.x, y: p.y, r: r.scaleSize(d.size), d };
    };
    const labels = [...r.getNodeDisplayedLabels()].map((key) => {
      const c = disc(key);
      const b = r.labelRenderer.nodeLabelBox(c.d, c.r)!;
      return { key, box: { minX: c.x + b.minX, maxX: c.x + b.maxX, minY: c.y + b.minY, maxY: c.y + b.maxY } };
    });
    const discs = r
      .getGraph()
      .nodes()
      .filter((k) => !r.getNodeState(k).isHidden)
      .map((k) => {
        const { key, x, y, r: radius } = disc(k);
        return { key, x, y, r: radius };
      });
    return { width, height, order: r.getGraph().order, labels, discs };
  });
}

const overlap = (a: Box, b: Box) => a.minX < b.maxX - 0.5 && b.minX < a.maxX - 0.5 && a.minY < b.maxY - 0.5 && b.minY < a.maxY - 0.5;

/** Pairs of drawn labels whose boxes overlap, as "a × b". */
export function overlappingLabels(s: Scene): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.labels.length; i++)
    for (let j = i + 1; j < s.labels.length; j++) if (overlap(s.labels[i]!.box, s.labels[j]!.box)) out.push(`${s.labels[i]!.key} × ${s.labels[j]!.key}`);
  return out;
}

/** Pairs of visible discs closer than the sum of their radii, as "a × b". */
export function touchingDiscs(s: Scene): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.discs.length; i++) {
    for (let j = i + 1; j < s.discs.length; j++) {
      const a = s.discs[i]!;
      const b = s.discs[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) out.push(`${a.key} × ${b.key}`);
    }
  }
  return out;
}

/** Discs (among `keys`, default all) and labels not wholly inside the viewport. */
export function outsideView(s: Scene, keys?: readonly string[]): string[] {
  const wanted = (key: string) => !keys || keys.includes(key);
  const discs = s.discs.filter((d) => wanted(d.key) && (d.x - d.r < 0 || d.x + d.r > s.width || d.y - d.r < 0 || d.y + d.r > s.height));
  const labels = s.labels.filter((l) => wanted(l.key) && (l.box.minX < 0 || l.box.maxX > s.width || l.box.minY < 0 || l.box.maxY > s.height));
  return [...discs.map((d) => `disc ${d.key}`), ...labels.map((l) => `label ${l.key}`)];
}

/** How long the label picker waits for the camera to rest (web/src/views/controllers/labels.ts CAMERA_REST_MS), with room. */
const LABELS_REST_MS = 250;

/**
 * Waits for a still picture: the camera done animating and the drawn labels unchanged for longer
 * than the label picker waits after the camera moves (it picks once the camera rests).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    (restMs) => {
      const w = window as unknown as {
        __sigma: { getCamera(): { isAnimating(): boolean }; getNodeDisplayedLabels(): Set<string> };
        __settle?: { labels: string; since: number };
      };
      const now = performance.now();
      const labels = [...w.__sigma.getNodeDisplayedLabels()].sort().join('\n');
      if (w.__sigma.getCamera().isAnimating() || w.__settle?.labels !== labels) {
        w.__settle = { labels, since: now };
        return false;
      }
      return now - w.__settle.since >= restMs;
    },
    LABELS_REST_MS,
    { polling: 'raf' },
  );
  await page.evaluate(() => {
    delete (window as unknown as { __settle?: unknown }).__settle;
  });
}
