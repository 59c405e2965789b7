import { describe, expect, it } from 'vitest';
import { explainedFractionMonteCarlo } from '../../src/kernels/explained_fraction_mc.ts';
import { spherePoints } from '../../src/kernels/krr_sample_threshold.ts';
import { harmonicDimension } from '../../src/kernels/spherical_harmonics.ts';
import { zonalGram } from '../../src/kernels/zonal_kernel.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('zonalGram', () => {
  it('on S² it is Σ_k w_k (2k+1) L_k(t) with the Legendre polynomials written out', () => {
    // N(3,k) = 2k+1; L_0 = 1, L_1 = t, L_2 = (3t²−1)/2, L_3 = (5t³−3t)/2 (Abramowitz & Stegun 22.3.8)
    const rng = new Rng(4);
    const X = spherePoints(rng, 5, 3);
    const Z = spherePoints(rng, 4, 3);
    const w = [0.7, -0.2, 1.3, 0.4];
    const G = zonalGram(3, w, X, Z);
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 4; j++) {
        const t = X.data[3 * i]! * Z.data[3 * j]! + X.data[3 * i + 1]! * Z.data[3 * j + 1]! + X.data[3 * i + 2]! * Z.data[3 * j + 2]!;
        const ref = w[0]! + 3 * w[1]! * t + 5 * w[2]! * (3 * t * t - 1) / 2 + 7 * w[3]! * (5 * t ** 3 - 3 * t) / 2;
        expect(G.data[i * 4 + j]).toBeCloseTo(ref, 12);
      }
  });
  it('Funk–Hecke by Monte Carlo: E_z K(x,z)·h(z) = w₂·h(x) for the degree-2 harmonic h(z) = z₁z₂ (d = 5)', () => {
    const rng = new Rng(9);
    const d = 5;
    const w = [0.3, 0.5, 0.8, 0.2];
    const x = mat(1, d, rng.sphere(d));
    const n = 200000;
    const Z = spherePoints(rng, n, d);
    const K = zonalGram(d, w, Z, x);
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const v = K.data[i]! * Z.data[i * d]! * Z.data[i * d + 1]!;
      s += v;
      s2 += v * v;
    }
    const mean = s / n;
    const se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(mean - w[2]! * x.data[0]! * x.data[1]!)).toBeLessThan(4 * se);
  });
});

describe('explainedFractionMonteCarlo', () => {
  it('a kernel carried by degree p alone: the span is n-dimensional inside H_p, so the mean fraction is n/N(d,p)', () => {
    const rng = new Rng(12);
    for (const [d, p, n] of [[4, 2, 3], [5, 1, 2], [3, 3, 4]] as const) {
      const mu = Array.from({ length: p + 1 }, (_, k) => (k === p ? 1 : 0));
      const fr = explainedFractionMonteCarlo(rng.fork(`${d}${p}`), d, mu, p, spherePoints(rng, n, d), { harmonics: 400, quadrature: 3000 });
      const m = fr.reduce((a, b) => a + b, 0) / fr.length;
      const sd = Math.sqrt(fr.reduce((a, b) => a + (b - m) ** 2, 0) / fr.length);
      // quadrature bias ≈ n/3000 on top of the 4-SE sampling band
      expect(Math.abs(m - n / Number(harmonicDimension(d, p)))).toBeLessThan(4 * sd / Math.sqrt(fr.length) + n / 3000);
    }
  });
  it('every fraction lies in [0, 1] and a kernel blind to degree p explains nothing', () => {
    const rng = new Rng(1);
    const fr = explainedFractionMonteCarlo(rng, 4, [1, 1, 0, 1], 2, spherePoints(rng, 5, 4), { harmonics: 50 });
    expect(fr.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Math.max(...fr)).toBeLessThan(0.02);
  });
});
