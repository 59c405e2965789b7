import { mat, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import { harmonicDimension } from './spherical_harmonics.ts';
import { zonalGram } from './zonal_kernel.ts';

/**
 * Average fraction of the variance of a random degree-p spherical harmonic f (isotropic
 * Gaussian in H_p) that the best L² predictor in `span{K(·, x_1), …, K(·, x_n)}` explains,
 * for the zonal kernel with spectrum μ (catalog D3, the dimension-counting bound behind
 * Ghorbani et al. 2020). By Funk–Hecke `⟨K(·,x_i), f⟩ = μ_p f(x_i)` and
 * `⟨K(·,x_i), K(·,x_j)⟩ = Σ_k μ_k² N(d,k) P_k(⟨x_i,x_j⟩) =: K₂(x_i,x_j)`, so the explained
 * fraction is `μ_p² f(X)ᵀ K₂⁻¹ f(X) / ‖f‖²`, and since `E f(X) f(X)ᵀ = N(d,p) P_p(XXᵀ) =: Z_p`
 * with `E‖f‖² = N(d,p)` (and the direction of f independent of its norm), its mean is
 * `μ_p² tr(K₂⁻¹ Z_p) / N(d,p)`. The bound says this is ≤ n / N(d,p).
 */
export function meanExplainedFraction(d: number, mu: readonly number[], p: number, X: Mat): number {
  const n = X.rows;
  const K2 = zonalGram(d, mu.map((m) => m * m), X, X);
  const onlyP = mu.map((_, k) => (k === p ? 1 : 0));
  const Zp = zonalGram(d, onlyP, X, X);
  // K₂ ≽ μ_p² Z_p is PSD but can be near-singular when n exceeds the kernel's effective rank:
  // a relative jitter keeps the Cholesky defined and only lowers the fraction.
  let tr = 0;
  for (let i = 0; i < n; i++) tr += K2.data[i * n + i]!;
  const A = mat(n, n, K2.data);
  for (let i = 0; i < n; i++) A.data[i * n + i] = A.data[i * n + i]! + 1e-12 * (tr / n);
  const S = linalg().solveSpd(A, Zp);
  let t = 0;
  for (let i = 0; i < n; i++) t += S.data[i * n + i]!;
  return ((mu[p]! ** 2) * t) / Number(harmonicDimension(d, p));
}
