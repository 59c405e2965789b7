import { describe, expect, it } from 'vitest';
import { kernelGdIncrement, stackRows } from '../../src/kernels/kernel_gd.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

/**
 * Reference: a linear model f(x) = f₀(x) + ⟨φ(x), θ − θ₀⟩ with explicit features Φ (rows φ(xⱼ)),
 * trained step by step in parameter space, θ ← θ − η Φᵀ(f − y); its test outputs must equal the
 * closed form K_* K⁻¹(I − (I − ηK)^T) r₀ with K = ΦΦᵀ, K_* = Φ_*Φᵀ (Lee et al. 2019).
 */
function parameterSpaceGd(Phi: number[][], PhiStar: number[][], r0: number[], lr: number, steps: number): number[] {
  const p = Phi[0]!.length;
  const theta = new Array<number>(p).fill(0);
  for (let t = 0; t < steps; t++) {
    const res = Phi.map((row, j) => row.reduce((s, v, k) => s + v * theta[k]!, 0) - r0[j]!);
    for (let k = 0; k < p; k++) theta[k]! -= lr * Phi.reduce((s, row, j) => s + row[k]! * res[j]!, 0);
  }
  return PhiStar.map((row) => row.reduce((s, v, k) => s + v * theta[k]!, 0));
}

function gram(A: number[][], B: number[][]) {
  return mat(A.length, B.length, A.flatMap((a) => B.map((b) => a.reduce((s, v, k) => s + v * b[k]!, 0))));
}

describe('kernelGdIncrement', () => {
  const rng = new Rng(7);
  const n = 5, nStar = 4;
  for (const p of [3, 12]) // p < n: singular K (zero eigenvalues); p > n: positive definite
    it(`equals explicit parameter-space GD on ${p} random features`, () => {
      const Phi = Array.from({ length: n }, () => Array.from(rng.normals(p)));
      const PhiStar = Array.from({ length: nStar }, () => Array.from(rng.normals(p)));
      const r0 = Array.from(rng.normals(n));
      const K = gram(Phi, Phi);
      let lmax = 0;
      for (let i = 0; i < n; i++) lmax = Math.max(lmax, K.data[i * n + i]!); // trace-free bound is enough below
      for (const [lr, steps] of [[0.3 / (n * lmax), 1], [0.3 / (n * lmax), 40], [1.5 / (n * lmax), 300]] as const) {
        const ref = parameterSpaceGd(Phi, PhiStar, r0, lr, steps);
        const got = kernelGdIncrement(K, gram(PhiStar, Phi), r0, lr, steps);
        for (let i = 0; i < nStar; i++) expect(got[i]!).toBeCloseTo(ref[i]!, 9);
      }
    });
  it('steps = Infinity is the interpolating kernel regression: training outputs reproduce r₀', () => {
    const Phi = Array.from({ length: n }, () => Array.from(rng.normals(9)));
    const r0 = Array.from(rng.normals(n));
    const K = gram(Phi, Phi);
    const got = kernelGdIncrement(K, K, r0, 0, Infinity);
    for (let j = 0; j < n; j++) expect(got[j]!).toBeCloseTo(r0[j]!, 9);
  });
  it('a step beyond 1/λ (1 − ηλ < 0) still matches the iteration', () => {
    const Phi = [[1, 0], [0, 2]];
    const K = gram(Phi, Phi); // eigenvalues 1 and 4; η = 0.4: ηλ = 1.6 for the second
    const got = kernelGdIncrement(K, K, [1, 1], 0.4, 7);
    const ref = parameterSpaceGd(Phi, Phi, [1, 1], 0.4, 7);
    expect(got[0]!).toBeCloseTo(ref[0]!, 12);
    expect(got[1]!).toBeCloseTo(ref[1]!, 12);
  });
  it('stackRows puts B under A', () => {
    const s = stackRows(mat(1, 2, [1, 2]), mat(2, 2, [3, 4, 5, 6]));
    expect([s.rows, s.cols, ...s.data]).toEqual([3, 2, 1, 2, 3, 4, 5, 6]);
  });
});
