import type { ReluChain } from '../nets/relu_chain64.ts';

/**
 * Parameter Frobenius norm, squared and summed over layers: Σ_i ‖W_i‖_F²
 * (Jiang et al. 2020, "Fantastic generalization measures", §C "frob"; seed 000 Table 1 row 1,
 * Σ_i Σ_k W_ik²).
 */
export function frobeniusNormSq(net: ReluChain): number {
  let s = 0;
  for (const w of net.layers) for (const v of w.data) s += v * v;
  return s;
}
