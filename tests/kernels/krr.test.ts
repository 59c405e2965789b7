import { describe, expect, it } from 'vitest';
import { dotProductGram, krrFit, krrPredict } from '../../src/kernels/krr.ts';
import { meanExplainedFraction } from '../../src/kernels/dimension_bound.ts';
import { spherePoints } from '../../src/kernels/krr_sample_threshold.ts';
import { reluNtkGram } from '../../src/kernels/krr_kernels.ts';
import { harmonicDimension } from '../../src/kernels/spherical_harmonics.ts';
import { zonalValue } from '../../src/kernels/zonal_kernel.ts';
import { mat, matmul } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('kernel ridge regression', () => {
  it('(K + λI)·alpha = y and the fit interpolates as λ → 0', () => {
    const rng = new Rng(3);
    const X = spherePoints(rng, 30, 4);
    const K = dotProductGram(Math.exp, X, X);
    const y = mat(30, 1, rng.normals(30));
    const fit = krrFit(K, y, { ridge: 0.5 });
    const r = matmul(K, fit.alpha);
    for (let i = 0; i < 30; i++) expect(r.data[i]! + 0.5 * fit.alpha.data[i]!).toBeCloseTo(y.data[i]!, 9);
    const interp = krrPredict(krrFit(K, y, { ridge: 1e-10 }), K);
    for (let i = 0; i < 30; i++) expect(interp.data[i]!).toBeCloseTo(y.data[i]!, 4);
  });
  it('ReLU NTK matches Monte Carlo over random features (bias 0)', () => {
    const rng = new Rng(11);
    const X = spherePoints(rng, 2, 3);
    const exact = reluNtkGram(X, X, { bias: 0 }).data[1]!;
    let s = 0;
    const m = 200000;
    for (let k = 0; k < m; k++) {
      const w = rng.normals(3);
      const a = w[0]! * X.data[0]! + w[1]! * X.data[1]! + w[2]! * X.data[2]!;
      const b = w[0]! * X.data[3]! + w[1]! * X.data[4]! + w[2]! * X.data[5]!;
      const dotx = X.data[0]! * X.data[3]! + X.data[1]! * X.data[4]! + X.data[2]! * X.data[5]!;
      s += Math.max(a, 0) * Math.max(b, 0) + (a > 0 && b > 0 ? dotx : 0);
    }
    expect(Math.abs(s / m - exact)).toBeLessThan(0.01);
  });
  it('dimension counting: a kernel carried by degree p alone explains exactly min(n, N)/N', () => {
    const rng = new Rng(5);
    const d = 5;
    const N = Number(harmonicDimension(d, 2));
    for (const n of [3, 8]) expect(meanExplainedFraction(d, [0, 0, 1], 2, spherePoints(rng, n, d))).toBeCloseTo(n / N, 8);
  });
  it('Funk–Hecke step of D3 vs Monte Carlo: E_z K(z,x)K(z,y) = Σ μ_k² N_k P_k(⟨x,y⟩)', () => {
    const rng = new Rng(21);
    const d = 4;
    const mu = [0.5, 0.3, 0.2, 0.1];
    const [x, y] = [rng.sphere(d), rng.sphere(d)];
    const ip = (a: Float64Array, b: Float64Array): number => a.reduce((s, v, i) => s + v * b[i]!, 0);
    let s = 0;
    const n = 100000;
    for (let i = 0; i < n; i++) {
      const z = rng.sphere(d);
      s += zonalValue(d, mu, ip(z, x)) * zonalValue(d, mu, ip(z, y));
    }
    const exact = zonalValue(d, mu.map((m) => m * m), ip(x, y));
    // K is bounded by Σ μ_k N_k ≈ 3.7, so the MC standard error is below 3.7²/√n ≈ 0.04; observed spread is far smaller
    expect(Math.abs(s / n - exact)).toBeLessThan(0.05);
  });
});
