import { mat, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import { forwardBatch64, preactivations64, type TwoLayer64 } from '../nets/two_layer64.ts';

/**
 * The sign-weighted witness of seed 001's "simple observation" (There exists W* with each
 * ‖wᵢ* − wᵢ⁽⁰⁾‖₂ ≤ O(1/m) so W* has small training loss), for a two-layer ReLU net
 * f = c Σᵢ aᵢ ReLU(⟨wᵢ,x⟩) with a fixed:
 *   Δwᵢ = sign(aᵢ)/m · Σⱼ βⱼ 1{⟨wᵢ⁽⁰⁾,xⱼ⟩ ≥ 0} xⱼ,
 * with β solving the linearized interpolation f(W₀,xₖ) + ⟨∇_W f(W₀,xₖ), ΔW⟩ = yₖ, i.e. G β = y − f(W₀)
 * for G_kj = (c/m) Σᵢ |aᵢ| 1{⟨wᵢ,xₖ⟩≥0} 1{⟨wᵢ,xⱼ⟩≥0} ⟨xₖ,xⱼ⟩, which tends to E|a|·⟨xₖ,xⱼ⟩(π−θ)/(2π)
 * (a positive definite limit for non-parallel inputs) as m grows. So β stays bounded and every
 * neuron moves by at most ‖β‖₁·max‖xⱼ‖/m: unlike the minimum-norm interpolant, whose neurons move in
 * proportion to |aᵢ| (max over m neurons ≈ √(2 log m)), the witness spreads the movement evenly.
 * Float64; G must be positive definite (distinct, non-parallel inputs, m large enough).
 * @example
 * const { dW, beta } = signWeightedWitness(net, X, y); // W* = W₀ + dW, layout of net.W (d×m)
 */
export function signWeightedWitness(net: TwoLayer64, X: Mat, y: ArrayLike<number>): { dW: Float64Array; beta: Float64Array } {
  const n = X.rows, d = X.cols, { m, a, c } = net;
  if (net.activation !== 'relu') throw new RangeError(`signWeightedWitness: the witness is for ReLU nets, got '${net.activation}'`);
  const f0 = forwardBatch64(net, X);
  const on = Array.from({ length: n }, (_, j) => preactivations64(net, X.data.subarray(j * d, (j + 1) * d)).map((z) => (z >= 0 ? 1 : 0)));
  const G = mat(n, n);
  for (let k = 0; k < n; k++)
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) if (on[k]![i] && on[j]![i]) s += Math.abs(a[i]!);
      let dot = 0;
      for (let q = 0; q < d; q++) dot += X.data[k * d + q]! * X.data[j * d + q]!;
      G.data[k * n + j] = G.data[j * n + k] = (c / m) * s * dot;
    }
  const beta = linalg().solveSpd(G, mat(n, 1, Array.from(f0, (v, j) => y[j]! - v))).data;
  const dW = new Float64Array(d * m);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < m; i++) {
      if (!on[j]![i]) continue;
      const coef = (Math.sign(a[i]!) * beta[j]!) / m;
      for (let q = 0; q < d; q++) dW[q * m + i]! += coef * X.data[j * d + q]!;
    }
  return { dW, beta: Float64Array.from(beta) };
}
