import { describe, expect, it } from 'vitest';
import { l1MaxMargin } from '../../src/kernels/l1_max_margin.ts';
import { reluCircleMaxMargin } from '../../src/kernels/relu_circle_margin.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('l1MaxMargin', () => {
  it('identity dictionary: γ = 1/n with c = (1/n, …) (closed form)', () => {
    const n = 4;
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) M[i * n + i] = 1;
    const r = l1MaxMargin(M, n, n);
    expect(r.margin).toBeCloseTo(1 / n, 12);
    expect(r.upper).toBeCloseTo(1 / n, 12);
  });
  it('a 5 × 7 matrix game: matches scipy.optimize.linprog (HiGHS), 0.37472527472527456', () => {
    const M = Float64Array.of(
      0.3, -1.2, 0.5, 2.0, -0.7, 0.1, 0.9, 1.1, 0.4, -0.3, -0.8, 0.6, 1.5, -0.2, -0.5, 0.9, 1.3, 0.2, -1.1, 0.7, 0.4,
      0.8, -0.6, 0.2, 1.0, 0.9, -0.4, 1.2, 0.1, 1.4, -0.9, 0.3, 0.5, 0.6, -1.0,
    );
    const r = l1MaxMargin(M, 5, 7);
    expect(r.margin).toBeCloseTo(0.37472527472527456, 10);
    expect(r.upper - r.margin).toBeLessThan(1e-10);
    expect(r.c.reduce((s, v) => s + Math.abs(v), 0)).toBeLessThanOrEqual(1 + 1e-12);
  });
  it('not separable (a row of zeros): γ = 0', () => {
    const r = l1MaxMargin(Float64Array.of(1, 2, 0, 0), 2, 2);
    expect(r.margin).toBe(0);
  });
});

describe('reluCircleMaxMargin', () => {
  it('x = ±e₁ with labels ±1: γ_∞ = 1/2 (closed form: half the mass on e₁, half, negative, on −e₁)', () => {
    const r = reluCircleMaxMargin(Float64Array.of(1, 0, -1, 0), [1, -1]);
    expect(r.margin).toBeCloseTo(0.5, 9);
  });
  it('agrees with the LP over a 4096-direction grid, within the grid bound π/4096 (and from above)', () => {
    const rng = new Rng(11);
    for (let rep = 0; rep < 3; rep++) {
      const n = 10;
      const x = new Float64Array(2 * n), y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        x.set(rng.sphere(2), 2 * i);
        y[i] = Math.sin(3 * Math.atan2(x[2 * i + 1]!, x[2 * i]!)) > 0 ? 1 : -1;
      }
      const G = 4096;
      const M = new Float64Array(n * G);
      for (let i = 0; i < n; i++)
        for (let k = 0; k < G; k++) {
          const t = (2 * Math.PI * k) / G;
          M[i * G + k] = y[i]! * Math.max(0, Math.cos(t) * x[2 * i]! + Math.sin(t) * x[2 * i + 1]!);
        }
      const grid = l1MaxMargin(M, n, G);
      const r = reluCircleMaxMargin(x, y);
      expect(r.upper - r.margin).toBeLessThanOrEqual(1e-8 * r.upper);
      expect(r.margin).toBeGreaterThanOrEqual(grid.margin - 1e-9);
      expect(r.margin - grid.margin).toBeLessThanOrEqual(Math.PI / G);
    }
  });
});
