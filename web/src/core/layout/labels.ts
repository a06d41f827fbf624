// Which labels to draw: a greedy pass in priority order (hovered, selected, path and highlights,
// neighbours of the selection, then the largest nodes) that keeps a label only when its box
// overlaps no label box and no labelled disc already kept, up to a density cap. Pure: boxes in
// viewport pixels in, keys out; views/controllers/labels.ts feeds it from sigma.

export interface LabelCandidate {
  key: string;
  /** Node centre and radius in viewport pixels. */
  x: number;
  y: number;
  r: number;
  /** The label's box in viewport pixels (drawn to the right of the disc). */
  box: Box;
  /** Kept whatever the density cap (hovered, selected …); still never overlapping. */
  forced: boolean;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PickOptions {
  width: number;
  height: number;
  /** At most one label per this many square pixels of viewport (forced labels not counted). */
  pixelsPerLabel: number;
}

export const DEFAULT_PICK_OPTIONS = { pixelsPerLabel: 9_000 };

export const boxesOverlap = (a: Box, b: Box): boolean => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

const discBox = (c: { x: number; y: number; r: number }): Box => ({ minX: c.x - c.r, minY: c.y - c.r, maxX: c.x + c.r, maxY: c.y + c.r });

/** Box of a label drawn right of a disc: `margin` px from its edge, text `width` × `height`, `pad` around. */
export function rightLabelBox(x: number, y: number, r: number, width: number, height: number, margin: number, pad: number): Box {
  return { minX: x + r + margin - pad, maxX: x + r + margin + width + pad, minY: y - height / 2 - pad, maxY: y + height / 2 + pad };
}

/** Candidates in priority order; returns the keys whose labels to draw. */
export function pickLabels(candidates: Iterable<LabelCandidate>, options: Pick<PickOptions, 'width' | 'height'> & Partial<PickOptions>): string[] {
  const { width, height, pixelsPerLabel } = { ...DEFAULT_PICK_OPTIONS, ...options };
  const cap = Math.max(1, Math.floor((width * height) / pixelsPerLabel));
  const cell = 64;
  const grid = new Map<number, Box[]>();
  const cols = Math.ceil(width / cell) + 4;
  const cellsOf = (b: Box): number[] => {
    const out: number[] = [];
    const x0 = Math.max(-2, Math.floor(b.minX / cell));
    const x1 = Math.min(cols - 3, Math.floor(b.maxX / cell));
    const y0 = Math.max(-2, Math.floor(b.minY / cell));
    const y1 = Math.floor(b.maxY / cell);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push((y + 2) * cols + (x + 2));
    return out;
  };
  const free = (b: Box) => cellsOf(b).every((c) => !(grid.get(c) ?? []).some((o) => boxesOverlap(o, b)));
  const put = (b: Box) => {
    for (const c of cellsOf(b)) {
      const list = grid.get(c);
      if (list) list.push(b);
      else grid.set(c, [b]);
    }
  };
  const kept: string[] = [];
  let counted = 0;
  // On a dense graph most candidates collide: give up after a few per slot, so a pass over 10k
  // nodes costs about as much as one over a few hundred.
  let tried = 0;
  const maxTried = cap * 6;
  for (const c of candidates) {
    // Forced candidates come first, so once the cap is reached nothing else can be kept.
    if (!c.forced && (counted >= cap || tried >= maxTried)) break;
    if (!c.forced) tried++;
    // A label cut by the canvas edge is not readable: only whole boxes.
    if (c.box.minX < 0 || c.box.maxX > width || c.box.minY < 0 || c.box.maxY > height) continue;
    const disc = discBox(c);
    if (!free(c.box) || !free(disc)) continue;
    put(c.box);
    put(disc);
    kept.push(c.key);
    if (!c.forced) counted++;
  }
  return kept;
}
