import type { Mat } from './dense.ts';

// The float64 linear-algebra types, apart from linalg.ts (which chooses an implementation) so
// that the implementations (linalg_ml.ts, linalg_native.ts) import them without an import cycle.

export interface Svd {
  /** m×k left singular vectors (k = min(m, n)). */
  U: Mat;
  /** k singular values, descending. */
  s: Float64Array;
  /** n×k right singular vectors. */
  V: Mat;
}

export interface SymEig {
  /** eigenvalues, ascending */
  values: Float64Array;
  /** n×n, column j is the eigenvector of values[j] */
  vectors: Mat;
}

/**
 * The one float64 linear-algebra interface every decomposing claim uses. Implementations:
 * ml-matrix (pure JS, always present; src/tensor/linalg_ml.ts) and LAPACK through the native
 * addon when it is built (src/tensor/linalg_native.ts). Both reject the same bad input (NaN or
 * Inf entries, wrong shapes, a non-symmetric or non-positive-definite matrix where one is
 * needed) with a one-line LinalgError naming the operation.
 */
export interface Linalg {
  /** 'lapack' or 'ml-matrix': recorded in the run metadata. */
  readonly name: string;
  /** what the implementation runs on, for the run metadata (the LAPACK path: OpenBLAS version and kernel set) */
  readonly detail?: string;
  /** Thin SVD A = U·diag(s)·Vᵀ. */
  svd(a: Mat): Svd;
  /** A = Q·diag(λ)·Qᵀ for symmetric A (symmetric up to √eps·max|a|; the symmetric part is decomposed). */
  symEig(a: Mat): SymEig;
  /** Lower-triangular L with A = L·Lᵀ; LinalgError if A is not symmetric positive definite. */
  cholesky(a: Mat): Mat;
  /** Solve A·X = B for symmetric positive definite A. */
  solveSpd(a: Mat, b: Mat): Mat;
  /** Moore–Penrose pseudo-inverse V·Σ⁺·Uᵀ, singular values ≤ eps·max(m, n)·σ₁ treated as zero. */
  pinv(a: Mat): Mat;
  matmul(a: Mat, b: Mat): Mat;
}
