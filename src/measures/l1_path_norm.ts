import type { MeanFieldRelu } from '../nets/mean_field_relu.ts';

/**
 * ℓ1 path norm of a two-layer network in the mean-field normalization,
 * ‖θ‖_P = (1/m) Σ_k |a_k| ‖w_k‖₁
 * (seed 000, slide "Two-layer neural networks, path norm"; E, Ma & Wu 2019, "A priori estimates
 * of the population risk for two-layer neural networks", Def. 2.2, with ‖x‖_∞ ≤ 1 data).
 * A property of the parameters θ = (a, W), not of the function f_θ they compute.
 */
export function l1PathNorm(net: MeanFieldRelu): number {
  const { a, W } = net;
  let s = 0;
  for (let k = 0; k < W.rows; k++) {
    let w1 = 0;
    for (let j = 0; j < W.cols; j++) w1 += Math.abs(W.data[k * W.cols + j]!);
    s += Math.abs(a[k]!) * w1;
  }
  return s / W.rows;
}
