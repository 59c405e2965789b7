import { combine, matmul, transpose, type Mat } from '../tensor/dense.ts';

/**
 * Deep linear network x ↦ W_L ⋯ W_1 x in float64 with loss ½‖W_L⋯W_1 X − Y‖_F² and
 * gradients ∇W_j = (W_L⋯W_{j+1})ᵀ G (W_{j−1}⋯W_1)ᵀ with G = (W_L⋯W_1 X − Y) Xᵀ.
 * `layers[0]` is W_1.
 */
export function deepLinearGradient(layers: Mat[], X: Mat, Y: Mat): { loss: number; grads: Mat[] } {
  const prefix: Mat[] = []; // prefix[j] = W_j ⋯ W_1
  layers.forEach((W, j) => prefix.push(j === 0 ? W : matmul(W, prefix[j - 1]!)));
  const R = combine(1, matmul(prefix.at(-1)!, X), -1, Y);
  let loss = 0;
  for (const v of R.data) loss += 0.5 * v * v;
  const G = matmul(R, transpose(X));
  const grads = layers.map((_, j) => {
    let left = G;
    for (let k = layers.length - 1; k > j; k--) left = matmul(transpose(layers[k]!), left);
    return j === 0 ? left : matmul(left, transpose(prefix[j - 1]!));
  });
  return { loss, grads };
}
