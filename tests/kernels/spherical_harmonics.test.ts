import { describe, expect, it } from 'vitest';
import { binomial, gegenbauerAll, harmonicDimension, sphericalPolyDimension } from '../../src/kernels/spherical_harmonics.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('spherical harmonics', () => {
  it('N(3,p) = 2p+1 and N(2,p) = 2 (p ≥ 1): the classical counts', () => {
    for (let p = 0; p < 12; p++) expect(harmonicDimension(3, p)).toBe(BigInt(2 * p + 1));
    for (let p = 1; p < 12; p++) expect(harmonicDimension(2, p)).toBe(2n);
  });
  it('N(d,p) = (2p+d−2)/p · C(p+d−3, p−1) (Atkinson & Han, Spherical Harmonics, (2.10))', () => {
    for (const d of [3, 5, 10, 40]) for (let p = 1; p < 10; p++)
      expect(harmonicDimension(d, p) * BigInt(p)).toBe(BigInt(2 * p + d - 2) * binomial(p + d - 3, p - 1));
  });
  it('Σ_{k≤p} N(d,k) = C(d+p−1,p) + C(d+p−2,p−1), exactly even for large d', () => {
    expect(sphericalPolyDimension(1000, 7)).toBe(binomial(1006, 7) + binomial(1005, 6));
  });
  it('Gegenbauer P_k(1) = 1 and d = 3 gives Legendre P₂ = (3t²−1)/2', () => {
    expect(gegenbauerAll(7, 6, 1).every((v) => Math.abs(v - 1) < 1e-12)).toBe(true);
    expect(gegenbauerAll(3, 2, 0.3)[2]).toBeCloseTo((3 * 0.09 - 1) / 2, 14);
  });
  it('addition theorem vs Monte Carlo: E_x P_k(⟨x,u⟩) P_l(⟨x,u⟩) = δ_kl / N(d,k)', () => {
    const rng = new Rng(7);
    const d = 5;
    const u = rng.sphere(d);
    const n = 40000;
    const acc = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const x = rng.sphere(d);
      const t = x.reduce((s, v, c) => s + v * u[c]!, 0);
      const P = gegenbauerAll(d, 3, t);
      acc[0] = acc[0]! + P[2]! * P[2]!;
      acc[1] = acc[1]! + P[2]! * P[3]!;
      acc[2] = acc[2]! + P[3]! * P[3]!;
    }
    const mc = acc.map((a) => a / n);
    // MC standard error ≈ 0.5/√n·(scale): 4e-3 is > 4 standard errors here
    expect(Math.abs(mc[0]! - 1 / Number(harmonicDimension(d, 2)))).toBeLessThan(4e-3);
    expect(Math.abs(mc[1]!)).toBeLessThan(4e-3);
    expect(Math.abs(mc[2]! - 1 / Number(harmonicDimension(d, 3)))).toBeLessThan(4e-3);
  });
});
