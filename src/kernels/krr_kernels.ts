import { mat, type Mat } from '../tensor/dense.ts';
import { ntkInfiniteGram } from './arccos.ts';

/** Rows of X with a constant coordinate `bias` appended: a bias term as one more input. */
function withBias(X: Mat, bias: number): Mat {
  const out = mat(X.rows, X.cols + 1);
  for (let i = 0; i < X.rows; i++) {
    out.data.set(X.data.subarray(i * X.cols, (i + 1) * X.cols), i * (X.cols + 1));
    out.data[i * (X.cols + 1) + X.cols] = bias;
  }
  return out;
}

/**
 * Infinite-width ReLU NTK Gram matrix K∞(xᵢ, zⱼ) = (k1 + ⟨x,z⟩k0)/2 (arccos.ts, both layers
 * trained) of inputs with a bias coordinate appended, for the kernel-regression baselines.
 */
export function reluNtkGram(X: Mat, Z: Mat, { bias = 1 }: { bias?: number } = {}): Mat {
  const Xb = withBias(X, bias);
  return ntkInfiniteGram(Xb, X === Z ? Xb : withBias(Z, bias));
}
