import * as tf from '@tensorflow/tfjs-core';
import { mat, type Mat } from '../tensor/dense.ts';
import { activation } from '../nets/activation.ts';
import { preactivations64, type TwoLayer64 } from '../nets/two_layer64.ts';
import { assertNoBias, disposeBatch, disposeNet, makeBatch, toTensorNet, type Batch, type TwoLayerNet } from '../nets/two_layer.ts';
import type { NtkLayers } from './arccos.ts';

export interface NtkGramOptions {
  /** which layers' gradients are summed; @defaultValue 'both' */
  layers?: NtkLayers;
}

/**
 * Empirical NTK Gram matrix K_m(xᵢ,xⱼ) = ⟨∇_θ f(xᵢ), ∇_θ f(xⱼ)⟩ of a two-layer net at its current
 * weights (seed 001, "Neural tangent kernel (NTK) K(x,y) = ⟨∇_W f(W₀,x), ∇_W f(W₀,y)⟩"), in
 * closed form and batched. With Z = XW, H = σ(Z), D = σ'(Z)·diag(a):
 *   K = c² ( H Hᵀ + (X Xᵀ) ⊙ (D Dᵀ) ),   D Dᵀ = σ'(Z) diag(a²) σ'(Z)ᵀ,
 * the first term from ∂f/∂aᵢ = c σ(zᵢ), the second from ∂f/∂wᵢ = c aᵢ σ'(zᵢ) x. The transposed
 * factors are computed directly (Zᵀ = Wᵀ Xᵀ, with Wᵀ only d×m) rather than by transposing the
 * n×m H and D, and no product uses a transpose flag (slow on wasm).
 */
export function ntkGram(net: TwoLayerNet, batch: Batch, options: NtkGramOptions = {}): tf.Tensor2D {
  const { layers = 'both' } = options;
  assertNoBias('ntkGram', net);
  return tf.tidy(() => {
    const s = activation(net.activation);
    const Z = tf.matMul(batch.X, net.W);
    const ZT = tf.matMul(tf.transpose(net.W), batch.Xt);
    const c2 = net.c * net.c;
    let K: tf.Tensor2D | undefined;
    if (layers !== 'inner') K = tf.matMul(s.tensor(Z) as tf.Tensor2D, s.tensor(ZT) as tf.Tensor2D) as tf.Tensor2D;
    if (layers !== 'outer') {
      // D Dᵀ = (σ'(Z) diag(a²)) σ'(Z)ᵀ: one scaling pass instead of two
      const D = tf.mul(s.tensorFirst(Z), tf.reshape(tf.square(net.a), [1, net.m])) as tf.Tensor2D;
      const inner = tf.mul(tf.matMul(batch.X, batch.Xt), tf.matMul(D, s.tensorFirst(ZT) as tf.Tensor2D)) as tf.Tensor2D;
      K = K ? (tf.add(K, inner) as tf.Tensor2D) : inner;
    }
    return tf.mul(K!, c2) as tf.Tensor2D;
  });
}

/** The same Gram matrix in float64 (reference for the float32 path; the rows of X are the inputs). */
export function ntkGram64(net: TwoLayer64, X: Mat, options: NtkGramOptions = {}): Mat {
  const { layers = 'both' } = options;
  const s = activation(net.activation);
  const { m, a, c } = net;
  const n = X.rows;
  const H: Float64Array[] = [], D: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const z = preactivations64(net, X.data.subarray(j * X.cols, (j + 1) * X.cols));
    H.push(z.map((v) => s.value(v)));
    D.push(z.map((v, i) => s.first(v) * a[i]!));
  }
  const K = mat(n, n);
  for (let p = 0; p < n; p++)
    for (let q = p; q < n; q++) {
      let hh = 0, dd = 0, xx = 0;
      for (let i = 0; i < m; i++) {
        hh += H[p]![i]! * H[q]![i]!;
        dd += D[p]![i]! * D[q]![i]!;
      }
      for (let k = 0; k < X.cols; k++) xx += X.data[p * X.cols + k]! * X.data[q * X.cols + k]!;
      const v = c * c * ((layers !== 'inner' ? hh : 0) + (layers !== 'outer' ? xx * dd : 0));
      K.data[p * n + q] = v;
      K.data[q * n + p] = v;
    }
  return K;
}

/**
 * The empirical NTK Gram of a float64 net computed on the tensor backend (float32): uploads the
 * net and the inputs, runs `ntkGram`, reads the n×n result back and disposes everything.
 */
export async function ntkGramOnBackend(net64: TwoLayer64, X: Mat, options: NtkGramOptions = {}): Promise<Mat> {
  const net = toTensorNet(net64);
  const batch = makeBatch(X.data, X.rows, X.cols);
  try {
    const K = ntkGram(net, batch, options);
    const v = await K.data();
    K.dispose();
    return mat(X.rows, X.rows, v);
  } finally {
    disposeNet(net);
    disposeBatch(batch);
  }
}
