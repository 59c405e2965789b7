import { describe, expect, it } from 'vitest';
import { normOnlyFlow } from '../../src/train/norm_only_flow.ts';
import { l1MaxMargin } from '../../src/kernels/l1_max_margin.ts';
import { Rng } from '../../src/tensor/rng.ts';

function problem(seed: number, n: number, m: number) {
  const rng = new Rng(seed);
  const Phi = Float64Array.from(rng.normals(n * m), Math.abs);
  const y = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : -1));
  const a0 = rng.fork('a').normals(m).map((v) => v / Math.sqrt(m));
  const s0 = Float64Array.from(rng.fork('s').normals(m), (v) => 1 + Math.abs(v));
  return { Phi, y, a0, s0 };
}
const lnLoss = (Phi: Float64Array, y: Float64Array, a: ArrayLike<number>, s: ArrayLike<number>) => {
  const n = y.length, m = a.length;
  let L = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) f += Phi[i * m + j]! * a[j]! * s[j]!;
    L += Math.log1p(Math.exp(-y[i]! * f));
  }
  return Math.log(L / n);
};

describe('normOnlyFlow', () => {
  it('one step is θ − lr·∇ln L (central differences of ln L, an independent computation)', () => {
    const { Phi, y, a0, s0 } = problem(3, 5, 4);
    const lr = 1e-3;
    const r = normOnlyFlow(Phi, y, a0, s0, { lr, steps: 1 });
    const h = 1e-6;
    for (let j = 0; j < 4; j++) {
      const ap = Float64Array.from(a0), am = Float64Array.from(a0);
      ap[j]! += h;
      am[j]! -= h;
      const ga = (lnLoss(Phi, y, ap, s0) - lnLoss(Phi, y, am, s0)) / (2 * h);
      expect(r.a[j]).toBeCloseTo(a0[j]! - lr * ga, 9);
      const sp = Float64Array.from(s0), sm = Float64Array.from(s0);
      sp[j]! += h;
      sm[j]! -= h;
      const gs = (lnLoss(Phi, y, a0, sp) - lnLoss(Phi, y, a0, sm)) / (2 * h);
      expect(r.s[j]).toBeCloseTo(s0[j]! - lr * gs, 9);
    }
  });
  it('conserves a_j² − s_j² along the flow (small steps), and its margins stay below the ℓ1 max margin while approaching it', () => {
    const n = 6, m = 8;
    const { Phi, y, a0, s0 } = problem(7, n, m);
    const M = Float64Array.from(Phi, (v, k) => v * y[Math.floor(k / m)]!);
    const lp = l1MaxMargin(M, n, m);
    const short = normOnlyFlow(Phi, y, a0, s0, { lr: 1e-3, steps: 2000 });
    for (let j = 0; j < m; j++) expect(short.a[j]! ** 2 - short.s[j]! ** 2).toBeCloseTo(a0[j]! ** 2 - s0[j]! ** 2, 3);
    const long = normOnlyFlow(Phi, y, a0, s0, { lr: (t) => (t < 2000 ? 0.05 : 0.005), steps: 10000 });
    for (const c of long.checkpoints) expect(c.normalizedMargin).toBeLessThanOrEqual(lp.margin + 1e-12);
    expect(long.pathNormalizedMargin).toBeLessThanOrEqual(lp.margin + 1e-12);
    expect(long.pathNormalizedMargin).toBeGreaterThan(0.95 * lp.margin);
  });
});
