import { scaleOutput, type TwoLayer64 } from '../nets/two_layer64.ts';

/**
 * ℓ1 path norm of a two-layer network, c Σ_k |a_k| ‖w_k‖₁; in the mean-field normalization
 * ‖θ‖_P = (1/m) Σ_k |a_k| ‖w_k‖₁
 * (seed 000, slide "Two-layer neural networks, path norm"; E, Ma & Wu 2019, "A priori estimates
 * of the population risk for two-layer neural networks", Def. 2.2, with ‖x‖_∞ ≤ 1 data).
 * A property of the parameters θ = (a, W), not of the function f_θ they compute.
 */
export function l1PathNorm(net: TwoLayer64): number {
  const { d, m, a, W } = net;
  let s = 0;
  for (let k = 0; k < m; k++) {
    let w1 = 0;
    for (let j = 0; j < d; j++) w1 += Math.abs(W[j * m + k]!);
    s += Math.abs(a[k]!) * w1;
  }
  return scaleOutput(net, s);
}
