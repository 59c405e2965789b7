import { combine, mat, matmul, transpose, type Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';

/**
 * Matrix sensing with a factorized model M = U·Vᵀ (seed 003, "Our result"):
 * measurements y_k = ⟨A_k, X Yᵀ⟩, loss L(U, V) = ½ Σ_k (⟨A_k, U Vᵀ⟩ − y_k)², in float64.
 * The n measurement matrices are stored as the rows of one n × (d1·d2) matrix (row k is
 * vec(A_k), row-major), so A(M) is one product and A*(r) = Σ r_k A_k is another.
 */
export interface SensingProblem {
  A: Mat;
  y: Float64Array;
  d1: number;
  d2: number;
}

/** Gaussian operator with N(0, 1/n) entries, so that E A*A = I (restricted isometry scaling). */
export function gaussianOperator(rng: Rng, n: number, d1: number, d2: number): Mat {
  return mat(n, d1 * d2, rng.normals(n * d1 * d2, 1 / Math.sqrt(n)));
}

/** A(M) = (⟨A_k, M⟩)_k. */
export function measure(A: Mat, M: Mat): Float64Array {
  return matmul(A, mat(M.rows * M.cols, 1, M.data)).data;
}

/** A*(r) = Σ_k r_k A_k, a d1 × d2 matrix. */
export function adjoint(A: Mat, r: ArrayLike<number>, d1: number, d2: number): Mat {
  return mat(d1, d2, matmul(mat(1, A.rows, r), A).data);
}

export interface SensingGradient {
  loss: number;
  /** G = A*(A(UVᵀ) − y) = ∇g at M = UVᵀ */
  G: Mat;
  /** ∇_U L = G V */
  gradU: Mat;
  /** ∇_V L = Gᵀ U */
  gradV: Mat;
  residual: Float64Array;
}

/** Loss and closed-form gradients of L(U, V) = ½‖A(UVᵀ) − y‖². */
export function sensingGradient(p: SensingProblem, U: Mat, V: Mat): SensingGradient {
  const residual = measure(p.A, matmul(U, transpose(V)));
  let loss = 0;
  for (let k = 0; k < residual.length; k++) {
    residual[k] = residual[k]! - p.y[k]!;
    loss += 0.5 * residual[k]! ** 2;
  }
  const G = adjoint(p.A, residual, p.d1, p.d2);
  return { loss, G, gradU: matmul(G, V), gradV: matmul(transpose(G), U), residual };
}

/** One gradient-descent step (U, V) ← (U − μ∇_U L, V − μ∇_V L). */
export function sensingGdStep(p: SensingProblem, U: Mat, V: Mat, mu: number): { U: Mat; V: Mat; grad: SensingGradient } {
  const grad = sensingGradient(p, U, V);
  return { U: combine(1, U, -mu, grad.gradU), V: combine(1, V, -mu, grad.gradV), grad };
}

/** A planted rank-r problem: X Yᵀ with N(0,1) factors, y = A(XYᵀ). */
export function plantedProblem(rng: Rng, n: number, d1: number, d2: number, r: number): SensingProblem & { X: Mat; Y: Mat } {
  const A = gaussianOperator(rng.fork('A'), n, d1, d2);
  const X = mat(d1, r, rng.fork('X').normals(d1 * r));
  const Y = mat(d2, r, rng.fork('Y').normals(d2 * r));
  return { A, y: measure(A, matmul(X, transpose(Y))), d1, d2, X, Y };
}
