import { mat } from '../tensor/dense.ts';
import { neuronRows, scaleOutput, type TwoLayer64 } from '../nets/two_layer64.ts';
import type { ReluChain } from '../nets/relu_chain64.ts';

/**
 * ℓ_p path norm over input–output paths (Neyshabur, Tomioka & Srebro 2015, "Norm-based capacity
 * control in neural networks", §3; seed 000 Table 1 row "Path-norm" [19]):
 * φ_p(θ) = ( Σ_{paths (i_0,…,i_L)} Π_{j=1}^L |W_j[i_j, i_{j−1}]|^p )^{1/p},
 * computed as 1ᵀ |W_L|^{∘p} ··· |W_1|^{∘p} 1 (entrywise powers), then the 1/p-th root.
 * `{ root: false }` returns the sum without the root: Jiang et al. (2020, eq. 44) report
 * Σ_paths Π W² = φ_2².
 */
export function pathNorm(net: ReluChain, p: number, { root = true }: { root?: boolean } = {}): number {
  let v = new Float64Array(net.layers[0]?.cols ?? 0).fill(1);
  for (const w of net.layers) {
    const next = new Float64Array(w.rows);
    for (let i = 0; i < w.rows; i++) {
      let s = 0;
      for (let j = 0; j < w.cols; j++) s += Math.abs(w.data[i * w.cols + j]!) ** p * v[j]!;
      next[i] = s;
    }
    v = next;
  }
  const total = v.reduce((x, y) => x + y, 0);
  return root ? total ** (1 / p) : total;
}

/** The two-layer chain [W (m×d, neuron rows), c·aᵀ (1×m)] that computes a two-layer ReLU net c Σ a_k relu(w_k·x). */
export function chainOfTwoLayer(net: TwoLayer64): ReluChain {
  return { layers: [neuronRows(net), mat(1, net.m, net.a.map((v) => scaleOutput(net, v)))] };
}
