import { combine, matmul, transpose, type Mat } from '../tensor/dense.ts';

/** B = UᵀU − VᵀV (seed 003, "Proof of Lemma"): zero for a balanced factorization. */
export function balancedness(U: Mat, V: Mat): Mat {
  return combine(1, matmul(transpose(U), U), -1, matmul(transpose(V), V));
}

/** Per-neuron balancedness a_k² − ‖w_k‖² of a two-layer network (m outer weights, m × d inner). */
export function neuronBalancedness(a: Float64Array, W: Float64Array, d: number): Float64Array {
  return a.map((ak, k) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += W[k * d + j]! ** 2;
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
