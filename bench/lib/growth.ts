// How a figure grows with the corpus: a least-squares line through log(figure) against log(size),
// i.e. figure ∝ size^b. `per10x` is 10^b (×1 flat, ×10 linear); `at(n)` extrapolates along the
// line from the largest size measured. Two sizes give the exact line; more, the best one.

export interface Growth {
  per10x: number;
  at(n: number): number;
}

export function fitGrowth(points: readonly { size: number; value: number }[]): Growth | null {
  const ok = points.filter((p) => p.size > 0 && p.value > 0);
  if (ok.length < 2) return null;
  const xs = ok.map((p) => Math.log10(p.size));
  const ys = ok.map((p) => Math.log10(p.value));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const b = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const last = ok[ok.length - 1]!;
  return { per10x: Math.round(10 ** b * 100) / 100, at: (n) => last.value * (n / last.size) ** b };
}
