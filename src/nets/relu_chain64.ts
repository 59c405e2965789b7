import { mat, matmul, transpose, type Mat } from '../tensor/dense.ts';

/**
 * A bias-free fully connected ReLU network in float64,
 * f(x) = W_L · relu(W_{L-1} ··· relu(W_1 x)), with W_i of shape (out_i × in_i).
 * The layout of Table 1 in seed 000 (Jiang et al. 2020, "Fantastic generalization measures").
 */
export interface ReluChain {
  readonly layers: readonly Mat[];
}

/** Outputs f(x_i) for the rows x_i of `x` (n × d): an n × out matrix. */
export function forwardChain(net: ReluChain, x: Mat): Mat {
  let h = transpose(x);
  net.layers.forEach((w, i) => {
    h = matmul(w, h);
    if (i < net.layers.length - 1) h = { ...h, data: h.data.map((v) => (v > 0 ? v : 0)) };
  });
  return transpose(h);
}

/** The same network with every layer scaled by (1 + t): f scales by (1 + t)^L (ReLU is 1-homogeneous). */
export function scaleChain(net: ReluChain, factor: number): ReluChain {
  return { layers: net.layers.map((w) => mat(w.rows, w.cols, w.data.map((v) => v * factor))) };
}
