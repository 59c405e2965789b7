import { combine, matmul, transpose, type Mat } from '../tensor/dense.ts';
import type { TwoLayer64 } from '../nets/two_layer64.ts';

/** B = UᵀU − VᵀV (seed 003, "Proof of Lemma"): zero for a balanced factorization. */
export function balancedness(U: Mat, V: Mat): Mat {
  return combine(1, matmul(transpose(U), U), -1, matmul(transpose(V), V));
}

/** Per-neuron balancedness a_k² − ‖w_k‖² of a two-layer network. */
export function neuronBalancedness(net: TwoLayer64): Float64Array {
  const { d, m, W } = net;
  return net.a.map((ak, k) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += W[j * m + k]! ** 2;
    return ak * ak - s;
  });
}

/** Layer balancedness W_{j+1}ᵀW_{j+1} − W_j W_jᵀ of a deep linear network, for j = 1 … L−1. */
export function layerBalancedness(layers: Mat[]): Mat[] {
  return layers.slice(0, -1).map((W, j) => {
    const next = layers[j + 1]!;
    return combine(1, matmul(transpose(next), next), -1, matmul(W, transpose(W)));
  });
}
