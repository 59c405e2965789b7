import { mat, transpose, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';

/** A fitted kernel ridge regressor: predictions are `K(x, X) · alpha`. */
export interface KrrFit {
  alpha: Mat;
  /** the ridge actually added to the diagonal */
  ridge: number;
}

/**
 * Kernel ridge regression in float64: `alpha = (K + λ·I)⁻¹ Y` by Cholesky
 * (`linalg().solveSpd`), predictor `f̂(x) = Σ_i alpha_i K(x, x_i)` (Schölkopf & Smola,
 * Learning with Kernels, §4). Y may have several columns (vector-valued targets).
 */
export function krrFit(K: Mat, Y: Mat, { ridge = 1e-8 }: { ridge?: number } = {}): KrrFit {
  const n = K.rows;
  const A = mat(n, n, K.data);
  for (let i = 0; i < n; i++) A.data[i * n + i] = A.data[i * n + i]! + ridge;
  return { alpha: linalg().solveSpd(A, Y), ridge };
}

/** Predictions `K_test · alpha` for the cross Gram matrix K_test (n_test × n). */
export function krrPredict(fit: KrrFit, Ktest: Mat): Mat {
  return linalg().matmul(Ktest, fit.alpha);
}

/** Mean squared error between two same-shape matrices, averaged over all entries. */
export function meanSquaredError(pred: Mat, target: Mat): number {
  let s = 0;
  for (let i = 0; i < pred.data.length; i++) s += (pred.data[i]! - target.data[i]!) ** 2;
  return s / pred.data.length;
}

/** Gram matrix of a dot-product kernel κ(⟨x, z⟩) between the rows of X and Z (the inner products by one BLAS product). */
export function dotProductGram(kappa: (t: number) => number, X: Mat, Z: Mat): Mat {
  const out = linalg().matmul(X, transpose(Z));
  for (let i = 0; i < out.data.length; i++) out.data[i] = kappa(out.data[i]!);
  return out;
}
