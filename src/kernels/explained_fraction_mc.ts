import { mat, transpose, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import type { Rng } from '../tensor/rng.ts';
import { spherePoints } from './krr_sample_threshold.ts';
import { gegenbauerAll, harmonicDimension } from './spherical_harmonics.ts';
import { zonalGram } from './zonal_kernel.ts';

/** Options of {@link explainedFractionMonteCarlo}. */
export interface ExplainedFractionMcOptions {
  /** uniform quadrature points on S^{d−1} for the L² inner products @defaultValue 2000 */
  quadrature?: number;
  /** random harmonics drawn @defaultValue 32 */
  harmonics?: number;
}

/**
 * Monte Carlo counterpart of {@link meanExplainedFraction} that uses neither Funk–Hecke nor the
 * trace formula: draw f isotropic Gaussian in the degree-p harmonics H_p (f = Σ_j g_j Y_j for an
 * orthonormal basis Y built from 2·N(d,p) ridge functions P_p(⟨v_l,·⟩), whose L² Gram matrix is
 * P_p(⟨v_l,v_m⟩)/N(d,p) by the addition theorem), and compute the fraction of ‖f‖² that the best
 * L² predictor in span{K(·,x_1), …, K(·,x_n)} explains as a least-squares fit on uniform
 * quadrature points (the empirical L²; its upward bias is about n/quadrature). Returns each
 * harmonic's fraction, each in [0, 1].
 */
export function explainedFractionMonteCarlo(rng: Rng, d: number, mu: readonly number[], p: number, X: Mat, options: ExplainedFractionMcOptions = {}): number[] {
  const { quadrature = 2000, harmonics = 32 } = options;
  const la = linalg();
  const N = Number(harmonicDimension(d, p));
  const L = 2 * N;
  const V = spherePoints(rng.fork('ridges'), L, d);
  const Pp = (t: number): number => gegenbauerAll(d, p, Math.max(-1, Math.min(1, t)))[p]!;
  const VVt = la.matmul(V, transpose(V));
  const A = mat(L, L);
  for (let i = 0; i < L * L; i++) A.data[i] = Pp(VVt.data[i]!) / N;
  // orthonormal basis of H_p: Y = Φ·U·Λ^{-1/2} over the N non-zero eigenpairs of A (rank N)
  const { values, vectors } = la.symEig(A);
  const top = values[L - 1]!;
  const keep: number[] = [];
  for (let j = 0; j < L; j++) if (values[j]! > 1e-9 * top) keep.push(j);
  const Z = spherePoints(rng.fork('quadrature'), quadrature, d);
  const ZVt = la.matmul(Z, transpose(V));
  const Phi = mat(quadrature, L);
  for (let i = 0; i < quadrature * L; i++) Phi.data[i] = Pp(ZVt.data[i]!);
  const C = mat(L, keep.length);
  keep.forEach((j, c) => {
    const s = 1 / Math.sqrt(values[j]!);
    for (let l = 0; l < L; l++) C.data[l * keep.length + c] = vectors.data[l * L + j]! * s;
  });
  const Y = la.matmul(Phi, C); // quadrature × N: the basis at the quadrature points
  const B = zonalGram(d, mu, Z, X); // quadrature × n: K(z, x_i)
  const Bt = transpose(B);
  const G = la.matmul(Bt, B);
  const n = X.rows;
  let tr = 0;
  for (let i = 0; i < n; i++) tr += G.data[i * n + i]!;
  for (let i = 0; i < n; i++) G.data[i * n + i] = G.data[i * n + i]! + 1e-12 * (tr / n);
  const g = mat(keep.length, harmonics, rng.fork('coefficients').normals(keep.length * harmonics));
  const F = la.matmul(Y, g); // quadrature × harmonics: f at the quadrature points
  const b = la.matmul(Bt, F); // n × harmonics
  const a = la.solveSpd(G, b);
  const out: number[] = [];
  for (let h = 0; h < harmonics; h++) {
    let explained = 0;
    let norm = 0;
    for (let i = 0; i < n; i++) explained += a.data[i * harmonics + h]! * b.data[i * harmonics + h]!;
    for (let i = 0; i < quadrature; i++) norm += F.data[i * harmonics + h]! ** 2;
    out.push(Math.min(1, Math.max(0, explained / norm)));
  }
  return out;
}
