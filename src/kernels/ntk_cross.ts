import { mat, type Mat } from '../tensor/dense.ts';
import { activation } from '../nets/activation.ts';
import { preactivations64, type TwoLayer64 } from '../nets/two_layer64.ts';

/**
 * The empirical NTK between two sets of inputs, K(zₚ, xₙ) = ⟨∇_θ f(zₚ), ∇_θ f(xₙ)⟩ (both layers),
 * rows of Z against rows of X, in float64: c²(σ(z)·σ(x) + ⟨z,x⟩ Σᵢ aᵢ² σ'(zᵢ)σ'(xᵢ)), the cross
 * block of `ntkGram64` on the stacked inputs without the Z×Z block (the test-by-train kernel of a
 * prediction costs |Z|·|X| pairs, not (|Z| + |X|)²/2).
 * @example ntkCrossGram64(net, Xtest, Xtrain) // n_test × n_train
 */
export function ntkCrossGram64(net: TwoLayer64, Z: Mat, X: Mat): Mat {
  const s = activation(net.activation);
  const { m, a, c } = net;
  const feats = (P: Mat) => {
    const H: Float64Array[] = [], D: Float64Array[] = [];
    for (let j = 0; j < P.rows; j++) {
      const z = preactivations64(net, P.data.subarray(j * P.cols, (j + 1) * P.cols));
      H.push(z.map((v) => s.value(v)));
      D.push(z.map((v, i) => s.first(v) * a[i]!));
    }
    return { H, D };
  };
  const fz = feats(Z), fx = feats(X);
  const K = mat(Z.rows, X.rows);
  for (let p = 0; p < Z.rows; p++)
    for (let q = 0; q < X.rows; q++) {
      let hh = 0, dd = 0, zx = 0;
      const hp = fz.H[p]!, hq = fx.H[q]!, dp = fz.D[p]!, dq = fx.D[q]!;
      for (let i = 0; i < m; i++) {
        hh += hp[i]! * hq[i]!;
        dd += dp[i]! * dq[i]!;
      }
      for (let k = 0; k < Z.cols; k++) zx += Z.data[p * Z.cols + k]! * X.data[q * X.cols + k]!;
      K.data[p * X.rows + q] = c * c * (hh + zx * dd);
    }
  return K;
}
