// Pure: distance from a point to a segment, and the nearest of many segments. The explorer picks a
// clicked edge this way on click instead of sigma's edge events, which would add an edge picking
// pass to every frame of a 50k-edge graph.
export interface Point {
  x: number;
  y: number;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function nearestSegment<K>(p: Point, segments: Iterable<{ key: K; a: Point; b: Point }>, maxDistance: number): K | null {
  let best: K | null = null;
  let bestDistance = maxDistance;
  for (const s of segments) {
    const d = distanceToSegment(p, s.a, s.b);
    if (d <= bestDistance) {
      best = s.key;
      bestDistance = d;
    }
  }
  return best;
}
