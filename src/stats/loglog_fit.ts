import { linearRegression, rSquared } from 'simple-statistics';

export interface LineFit {
  slope: number;
  intercept: number;
  r2: number;
  n: number;
}

/**
 * Least-squares fit of log y = intercept + slope · log x: y ≈ e^intercept · x^slope.
 * @example logLogFit([1, 2, 4], [3, 12, 48]).slope // 2
 */
export function logLogFit(x: readonly number[], y: readonly number[]): LineFit {
  if (x.length !== y.length) throw new RangeError(`logLogFit: ${x.length} x values but ${y.length} y values`);
  if (x.length < 2) throw new RangeError('logLogFit: needs at least two points');
  const pts = x.map((xi, i) => {
    const yi = y[i]!;
    if (!(xi > 0 && yi > 0)) throw new RangeError(`logLogFit: point (${xi}, ${yi}) is not in the positive quadrant`);
    return [Math.log(xi), Math.log(yi)] as [number, number];
  });
  if (new Set(pts.map((p) => p[0])).size < 2) throw new RangeError('logLogFit: needs at least two distinct x values');
  const { m, b } = linearRegression(pts);
  const r2 = rSquared(pts, (t) => m * t + b);
  return { slope: m, intercept: b, r2: Number.isFinite(r2) ? r2 : 1, n: pts.length };
}

/**
 * Common slope of log y on log x with one intercept per group (a fixed-effects fit): the model
 * y ≈ C_g · x^slope, where each seed g has its own constant. Pooling seeds with one intercept
 * would count the spread of the constants as noise in the slope.
 */
export function groupedLogLogSlope(points: ReadonlyArray<{ x: number; y: number; group: number }>): { slope: number; intercepts: Map<number, number> } {
  const groups = new Map<number, { lx: number[]; ly: number[] }>();
  for (const p of points) {
    if (!(p.x > 0 && p.y > 0)) throw new RangeError(`groupedLogLogSlope: point (${p.x}, ${p.y}) is not in the positive quadrant`);
    const g = groups.get(p.group) ?? { lx: [], ly: [] };
    g.lx.push(Math.log(p.x));
    g.ly.push(Math.log(p.y));
    groups.set(p.group, g);
  }
  let sxy = 0;
  let sxx = 0;
  const means = new Map<number, [number, number]>();
  for (const [k, g] of groups) {
    const mx = g.lx.reduce((a, b) => a + b, 0) / g.lx.length;
    const my = g.ly.reduce((a, b) => a + b, 0) / g.ly.length;
    means.set(k, [mx, my]);
    g.lx.forEach((x, i) => {
      sxy += (x - mx) * (g.ly[i]! - my);
      sxx += (x - mx) ** 2;
    });
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  const intercepts = new Map([...means].map(([k, [mx, my]]) => [k, my - slope * mx]));
  return { slope, intercepts };
}
