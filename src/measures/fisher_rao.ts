import type { Mat } from '../tensor/dense.ts';
import { forwardChain, type ReluChain } from '../nets/relu_chain64.ts';

/**
 * Fisher–Rao norm for the square loss ℓ(f, y) = ½(f − y)² (Liang, Poggio, Rakhlin & Stokes 2019,
 * "Fisher–Rao metric, geometry, and complexity of neural networks", Def. 2 and Lemma 2.1; seed 000
 * Table 1 row "Fisher-Rao" [14]):
 * ‖θ‖_fr² = (1/n) Σ_i ⟨θ, ∇_θ ℓ(f_θ(x_i), y_i)⟩² = (L²/n) Σ_i (ℓ'(f_θ(x_i), y_i) · f_θ(x_i))²,
 * the second form by Euler's identity ⟨θ, ∇_θ f_θ⟩ = L f_θ for a bias-free depth-L ReLU net
 * (Liang et al. write (L+1)² counting L hidden layers, i.e. L+1 weight matrices; here L is the
 * number of weight matrices). Scalar-output networks.
 */
export function fisherRaoNormSq(net: ReluChain, x: Mat, y: ArrayLike<number>): number {
  const f = forwardChain(net, x);
  const L = net.layers.length;
  let s = 0;
  for (let i = 0; i < x.rows; i++) {
    const fi = f.data[i]!;
    s += ((fi - y[i]!) * fi) ** 2;
  }
  return (L * L * s) / x.rows;
}
