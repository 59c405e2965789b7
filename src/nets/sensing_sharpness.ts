import { mat, type Mat } from '../tensor/dense.ts';
import { spectralNorm } from '../tensor/linalg.ts';
import { measure, type SensingOperator } from './factorized_sensing.ts';

/**
 * The Gauss–Newton sharpness of the factorized sensing loss L(U,V) = ½‖A(UVᵀ) − y‖² at (U, V):
 * λ_max(JᵀJ) = ‖J‖²_op for the Jacobian J(ΔU, ΔV) = A(ΔU Vᵀ + U ΔVᵀ) of the residual. At a
 * zero-residual point (a global minimum, y = A(UVᵀ)) the Hessian is exactly JᵀJ, so this is
 * λ_max(∇²L) there, and gradient descent with a constant step μ can converge to that minimum
 * only if μ ≤ 2/λ_max (the edge of stability). J is built column by column (one column per
 * entry of U and V), so keep d·r small.
 *
 * @example
 * // y = A(U Vᵀ): the sharpness of the minimum at (U, V)
 * const lam = sensingSharpness(op, U, V); // μ < 2/lam is stable there
 */
export function sensingSharpness(op: SensingOperator, U: Mat, V: Mat): number {
  const { d1, d2 } = op;
  const r = U.cols;
  if (U.rows !== d1 || V.rows !== d2 || V.cols !== r) throw new RangeError(`sensingSharpness: U is ${U.rows}×${U.cols}, V ${V.rows}×${V.cols}, operator ${d1}×${d2}`);
  const N = (d1 + d2) * r;
  const J = mat(op.n, N);
  const M = mat(d1, d2);
  for (let k = 0; k < N; k++) {
    M.data.fill(0);
    if (k < d1 * r) {
      // ΔU = E_{ij}: ΔU Vᵀ has row i equal to row j of V
      const i = Math.floor(k / r), j = k % r;
      for (let b = 0; b < d2; b++) M.data[i * d2 + b] = V.data[b * r + j]!;
    } else {
      // ΔV = E_{ij}: U ΔVᵀ has column i equal to column j of U
      const i = Math.floor((k - d1 * r) / r), j = (k - d1 * r) % r;
      for (let a = 0; a < d1; a++) M.data[a * d2 + i] = U.data[a * r + j]!;
    }
    const col = measure(op, M);
    for (let s = 0; s < op.n; s++) J.data[s * N + k] = col[s]!;
  }
  return spectralNorm(J) ** 2;
}
