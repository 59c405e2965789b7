import { mat, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';

/**
 * Predictions at test points of the linearized model trained by full-batch GD (Lee et al. 2019,
 * "Wide neural networks of any depth evolve as linear models under gradient descent", eq. 9):
 * with K = K(X, X) (n×n, symmetric PSD), K_* = K(X_*, X) (n_*×n) and the initial residual
 * r₀ = y − f₀(X), GD with step η on ½‖f − y‖² moves the outputs by
 *   f_T(X_*) − f₀(X_*) = K_* K⁻¹ (I − (I − ηK)^T) r₀,
 * computed on the eigenbasis K = QΛQᵀ as K_* Q diag((1 − (1 − ηλ)^T)/λ) Qᵀ r₀ (for λ → 0 the
 * factor tends to ηT, so a singular K is fine). `steps = Infinity` gives the interpolating
 * kernel regression K_* K⁻¹ r₀ (needs K positive definite). Float64. Returns the n_* increments
 * (add f₀(X_*) for the predictions).
 * @example kernelGdIncrement(K, Kstar, r0, 1 / lambdaMax, 200)
 */
export function kernelGdIncrement(K: Mat, Kstar: Mat, r0: ArrayLike<number>, lr: number, steps: number): Float64Array {
  const n = K.rows;
  if (K.cols !== n || Kstar.cols !== n || r0.length !== n) throw new RangeError(`kernelGdIncrement: K is ${K.rows}×${K.cols}, K_* has ${Kstar.cols} columns, r₀ has ${r0.length} entries`);
  const { values, vectors: Q } = linalg().symEig(K);
  // c = diag(g(λ)) Qᵀ r₀ with g(λ) = (1 − (1 − ηλ)^T)/λ
  const c = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let qr = 0;
    for (let p = 0; p < n; p++) qr += Q.data[p * n + j]! * r0[p]!;
    const lam = values[j]!;
    // (1 − ηλ)^T through expm1/log1p while 1 − ηλ > 0: no cancellation at small ηλ
    const g = steps === Infinity ? 1 / lam : lam === 0 ? lr * steps : lr * lam < 1 ? -Math.expm1(steps * Math.log1p(-lr * lam)) / lam : (1 - (1 - lr * lam) ** steps) / lam;
    c[j] = g * qr;
  }
  const alpha = new Float64Array(n);
  for (let p = 0; p < n; p++) for (let j = 0; j < n; j++) alpha[p]! += Q.data[p * n + j]! * c[j]!;
  const out = new Float64Array(Kstar.rows);
  for (let i = 0; i < Kstar.rows; i++) {
    let s = 0;
    for (let p = 0; p < n; p++) s += Kstar.data[i * n + p]! * alpha[p]!;
    out[i] = s;
  }
  return out;
}

/** The rows of `A` then the rows of `B` (same number of columns), for a joint Gram of train and test inputs. */
export function stackRows(A: Mat, B: Mat): Mat {
  if (A.cols !== B.cols) throw new RangeError(`stackRows: ${A.cols} and ${B.cols} columns`);
  const out = mat(A.rows + B.rows, A.cols);
  out.data.set(A.data, 0);
  out.data.set(B.data, A.data.length);
  return out;
}
