import { mat, transpose, type Mat } from './dense.ts';
import type { Svd } from './linalg_types.ts';
import { assertFiniteResult, assertUsable } from './linalg_guard.ts';

/**
 * Moore–Penrose pseudo-inverse from a thin SVD: A⁺ = V·Σ⁺·Uᵀ, where Σ⁺ inverts the singular
 * values above the cutoff σᵢ > eps · max(m, n) · σ₁ and zeroes the rest (the rank tolerance of
 * LAPACK's rcond rule, numpy.linalg.matrix_rank and ml-matrix's pseudoInverse). Both
 * implementations share it so they cut at the same rank.
 */
export function pinvFromSvd(a: Mat, { U, s, V }: Svd, matmul: (x: Mat, y: Mat) => Mat): Mat {
  const k = s.length;
  const cutoff = Number.EPSILON * Math.max(a.rows, a.cols) * (s[0] ?? 0);
  // W = V·Σ⁺ (n×k): scale the columns of V.
  const w = mat(V.rows, k);
  for (let j = 0; j < k; j++) {
    const inv = s[j]! > cutoff ? 1 / s[j]! : 0;
    if (inv === 0) continue;
    for (let i = 0; i < V.rows; i++) w.data[i * k + j] = V.data[i * k + j]! * inv;
  }
  return matmul(w, transpose(U));
}

/**
 * The guarded pseudo-inverse both implementations expose: the input checks, their own thin SVD
 * and product, then the shared cutoff rule and the finite-result check.
 */
export function guardedPinv(a: Mat, svd: (a: Mat) => Svd, matmul: (x: Mat, y: Mat) => Mat): Mat {
  assertUsable('pinv', a);
  const p = pinvFromSvd(a, svd(a), matmul);
  assertFiniteResult('pinv', p.data);
  return p;
}
