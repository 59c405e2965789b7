import { describe, expect, it } from 'vitest';
import { kernelMaxMargin } from '../../src/kernels/kernel_max_margin.ts';
import { Rng } from '../../src/tensor/rng.ts';

const linearGram = (pts: number[][]) => {
  const n = pts.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = pts[i]!.reduce((s, v, k) => s + v * pts[j]![k]!, 0);
  return { rows: n, cols: n, data };
};

describe('kernelMaxMargin', () => {
  it('two orthonormal points with opposite labels: γ = ‖e₁ + e₂‖/2 = 1/√2 (hand-checked)', () => {
    const r = kernelMaxMargin(linearGram([[1, 0], [0, 1]]), [1, -1]);
    expect(r.margin).toBeCloseTo(Math.SQRT1_2, 8);
  });
  it('linear kernel in R²: matches a brute-force search over unit directions (10⁵ angles)', () => {
    const rng = new Rng(5);
    for (let rep = 0; rep < 5; rep++) {
      // separable through the origin: labels from a random direction, points kept off its line
      const u = rng.sphere(2);
      const pts: number[][] = [], y: number[] = [];
      while (pts.length < 9) {
        const p = Array.from(rng.normals(2));
        const s = p[0]! * u[0]! + p[1]! * u[1]!;
        if (Math.abs(s) < 0.3) continue;
        pts.push(p);
        y.push(Math.sign(s));
      }
      let best = -Infinity;
      const N = 100_000;
      for (let k = 0; k < N; k++) {
        const th = (2 * Math.PI * k) / N;
        const c = Math.cos(th), s = Math.sin(th);
        let mn = Infinity;
        for (let i = 0; i < pts.length; i++) mn = Math.min(mn, y[i]! * (c * pts[i]![0]! + s * pts[i]![1]!));
        best = Math.max(best, mn);
      }
      const r = kernelMaxMargin(linearGram(pts), y);
      // the angle grid is within 2π/N of the optimum: margin error ≤ max‖x‖·2π/N
      expect(Math.abs(r.margin - best)).toBeLessThan(1e-3);
      expect(r.upper - r.margin).toBeLessThan(1e-6 * r.upper);
    }
  });
  it('not separable through the origin: γ = 0 (a point and its negative with the same label)', () => {
    const r = kernelMaxMargin(linearGram([[1, 2], [-1, -2], [0.5, 0]]), [1, 1, -1]);
    expect(r.upper).toBeLessThan(1e-4);
  });
});
