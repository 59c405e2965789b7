import type { ReluChain } from '../nets/relu_chain64.ts';

/**
 * Frobenius distance to initialization, squared and summed over layers: Σ_i ‖W_i − W_i⁰‖_F²
 * (Nagarajan & Kolter 2019, "Generalization in deep networks: the role of distance from
 * initialization"; Jiang et al. 2020 §C "dist"). Seed 000's Table 1 OCR reads
 * "Σ W_ik² − W_ik⁰", which is not this quantity (the square belongs to the difference).
 */
export function distanceToInitSq(net: ReluChain, init: ReluChain): number {
  if (net.layers.length !== init.layers.length) throw new RangeError('distanceToInitSq: depths differ');
  let s = 0;
  net.layers.forEach((w, i) => {
    const w0 = init.layers[i]!;
    if (w0.rows !== w.rows || w0.cols !== w.cols) throw new RangeError(`distanceToInitSq: layer ${i} shapes differ`);
    for (let k = 0; k < w.data.length; k++) s += (w.data[k]! - w0.data[k]!) ** 2;
  });
  return s;
}
