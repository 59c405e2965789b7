import { mat, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import { activation } from '../nets/activation.ts';
import { forwardBatch64, preactivations64, type TwoLayer64 } from '../nets/two_layer64.ts';
import { ntkGram64 } from './ntk.ts';

/**
 * The minimum-norm interpolant of the linearized model in the inner weights (a fixed): the
 * ΔW of least Frobenius norm with f(W₀,xⱼ) + ⟨∇_W f(W₀,xⱼ), ΔW⟩ = yⱼ for all j, i.e. kernel
 * regression with the inner-layer NTK (seed 001: "There exists W* … with each ‖wᵢ* − wᵢ⁽⁰⁾‖ ≤ 1/m
 * so W* has small training loss"):
 *   α = K_W⁻¹ (y − f(W₀)),  K_W = c² (XXᵀ) ⊙ (DDᵀ),  Δwᵢ = c aᵢ Σⱼ αⱼ σ'(⟨wᵢ⁽⁰⁾,xⱼ⟩) xⱼ.
 * Float64; K_W must be positive definite (distinct, non-parallel inputs).
 */
export function minNormInterpolant(net: TwoLayer64, X: Mat, y: ArrayLike<number>): { dW: Float64Array; alpha: Float64Array } {
  const n = X.rows, d = X.cols, { m, a, c } = net;
  const s = activation(net.activation);
  const f0 = forwardBatch64(net, X);
  const K = ntkGram64(net, X, { layers: 'inner' });
  const alpha = linalg().solveSpd(K, mat(n, 1, Array.from(f0, (v, j) => y[j]! - v))).data;
  const dW = new Float64Array(d * m);
  for (let j = 0; j < n; j++) {
    const xj = X.data.subarray(j * d, (j + 1) * d);
    const z = preactivations64(net, xj);
    for (let i = 0; i < m; i++) {
      const coef = c * a[i]! * alpha[j]! * s.first(z[i]!);
      if (coef === 0) continue;
      for (let k = 0; k < d; k++) dW[k * m + i]! += coef * xj[k]!;
    }
  }
  return { dW, alpha: Float64Array.from(alpha) };
}
