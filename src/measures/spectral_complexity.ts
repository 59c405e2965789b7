import { sub, type Mat } from '../tensor/dense.ts';
import { spectralNorm } from '../tensor/linalg.ts';
import type { ReluChain } from '../nets/relu_chain64.ts';

/** ‖A‖_{2,1}: the sum of the ℓ2 norms of the columns of A (Bartlett, Foster & Telgarsky 2017, §1.1). */
export function l21Norm(a: Mat): number {
  let s = 0;
  for (let j = 0; j < a.cols; j++) {
    let c = 0;
    for (let i = 0; i < a.rows; i++) c += a.data[i * a.cols + j]! ** 2;
    s += Math.sqrt(c);
  }
  return s;
}

/** Product of the layers' spectral norms Π_i ‖W_i‖_σ. */
export function spectralProduct(net: ReluChain): number {
  return net.layers.reduce((p, w) => p * spectralNorm(w), 1);
}

/**
 * Spectral complexity of Bartlett, Foster & Telgarsky (2017, "Spectrally-normalized margin bounds
 * for neural networks", Thm 1.1; seed 000 Table 1 row "Spectral complexity" [3], garbled by the OCR):
 * R_A = (Π_i ρ_i ‖A_i‖_σ) · ( Σ_i ‖A_iᵀ − M_iᵀ‖_{2,1}^{2/3} / ‖A_i‖_σ^{2/3} )^{3/2},
 * with ρ_i = 1 (ReLU is 1-Lipschitz) and reference matrices M_i (zero by default; the
 * initialization is the other common choice).
 */
export function spectralComplexity(net: ReluChain, reference?: ReluChain): number {
  let sum = 0;
  let prod = 1;
  net.layers.forEach((w, i) => {
    const s = spectralNorm(w);
    const m = reference?.layers[i];
    const diffT = transposeOf(m ? sub(w, m) : w);
    sum += l21Norm(diffT) ** (2 / 3) / s ** (2 / 3);
    prod *= s;
  });
  return prod * sum ** 1.5;
}

function transposeOf(a: Mat): Mat {
  const data = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return { rows: a.cols, cols: a.rows, data };
}
