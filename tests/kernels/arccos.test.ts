import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { fromRows } from '../../src/tensor/dense.ts';
import { arccos, ntkInfinite, ntkInfiniteGram } from '../../src/kernels/arccos.ts';
import { initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { ntkGram64 } from '../../src/kernels/ntk.ts';

// Golden values: properties/golden/ntk-infinite-width.json (vendored from shared/golden), computed outside the project (closed form
// in float64, confirmed by Monte Carlo at m = 1e5, mean of 5 draws).
const golden = JSON.parse(readFileSync(new URL('../../properties/golden/ntk-infinite-width.json', import.meta.url), 'utf8')) as {
  pairs: Record<string, { x: number[]; y: number[]; theta: number; K_inf: number; a_part: number; w_part: number }>;
  rms_error_vs_m_pair_P3: Record<string, number>;
};

describe('arc-cosine kernels and the infinite-width NTK', () => {
  for (const [name, p] of Object.entries(golden.pairs))
    it(`matches golden/ntk-infinite-width.json at ${name}`, () => {
      expect(arccos(p.x, p.y).theta).toBeCloseTo(p.theta, 12);
      expect(ntkInfinite(p.x, p.y)).toBeCloseTo(p.K_inf, 12);
      expect(ntkInfinite(p.x, p.y, { layers: 'outer' })).toBeCloseTo(p.a_part, 12);
      expect(ntkInfinite(p.x, p.y, { layers: 'inner' })).toBeCloseTo(p.w_part, 12);
    });

  it('has the hand-checkable values k0(x,x) = 1, k1(x,x) = ‖x‖², k1 = 1/π and k0 = 1/2 at a right angle', () => {
    const x = [3, 4];
    expect(arccos(x, x).k0).toBeCloseTo(1, 12);
    expect(arccos(x, x).k1).toBeCloseTo(25, 12);
    expect(arccos([1, 0], [0, 2]).k1).toBeCloseTo(2 / Math.PI, 12);
    expect(arccos([1, 0], [0, 2]).k0).toBeCloseTo(0.5, 12);
    expect(ntkInfinite(x, x, { initScale: 0.5 })).toBeCloseTo(0.25 * 25, 12);
  });

  it('is the mean of the empirical NTK (unbiased at every width): Monte Carlo within 5 standard errors', () => {
    const rng = new Rng(2024);
    const X = fromRows([[1, 2, -1], [-2, 0.5, 3], [1, 0, 0], [0.3, -0.7, 0.2]]);
    const Kinf = ntkInfiniteGram(X);
    const m = 4000, reps = 30;
    const sum = new Float64Array(16), sq = new Float64Array(16);
    for (let r = 0; r < reps; r++) {
      const K = ntkGram64(initTwoLayer64(rng, { d: 3, m, parameterization: 'ntk' }), X);
      for (let i = 0; i < 16; i++) {
        sum[i]! += K.data[i]!;
        sq[i]! += K.data[i]! ** 2;
      }
    }
    for (let i = 0; i < 16; i++) {
      const mean = sum[i]! / reps;
      const sd = Math.sqrt(Math.max(sq[i]! / reps - mean * mean, 0) * (reps / (reps - 1)));
      expect(Math.abs(mean - Kinf.data[i]!)).toBeLessThan((5 * sd) / Math.sqrt(reps));
    }
  });

  it('gives the golden RMS error rate m^{-1/2} at pair P3 (Monte Carlo, float64)', () => {
    const p = golden.pairs.P3_generic!;
    const X = fromRows([p.x, p.y]);
    const rng = new Rng(99);
    for (const m of [64, 1024]) {
      let s = 0;
      const reps = 200;
      for (let r = 0; r < reps; r++) s += (ntkGram64(initTwoLayer64(rng, { d: 3, m, parameterization: 'ntk' }), X).data[1]! - p.K_inf) ** 2;
      const rms = Math.sqrt(s / reps);
      const ref = golden.rms_error_vs_m_pair_P3[String(m)]!;
      // an RMS over 200 draws has relative standard error ≈ √(κ/4·200) ≲ 15% here
      expect(Math.abs(rms / ref - 1)).toBeLessThan(0.3);
    }
  });
});
