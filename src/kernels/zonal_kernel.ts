import { mat, type Mat } from '../tensor/dense.ts';
import { gegenbauerAll, harmonicDimension } from './spherical_harmonics.ts';

/**
 * A rotation-invariant kernel on S^{d−1} given by its harmonic (Funk–Hecke) spectrum:
 * κ(t) = Σ_k w_k N(d,k) P_k(t), so that `∫ K(x,·) f = w_k f(x)` for every degree-k harmonic f
 * (uniform probability measure; every dot-product kernel on the sphere has this form,
 * Schoenberg). Weights w are μ for K itself, μ² for the kernel of K∘K.
 */
export function zonalValue(d: number, weights: readonly number[], t: number): number {
  const P = gegenbauerAll(d, weights.length - 1, Math.max(-1, Math.min(1, t)));
  let s = 0;
  weights.forEach((w, k) => (s += w * Number(harmonicDimension(d, k)) * P[k]!));
  return s;
}

/** Gram matrix `[Σ_k w_k N(d,k) P_k(⟨x_i, z_j⟩)]` between rows of X (n×d) and Z (m×d), both on the sphere. */
export function zonalGram(d: number, weights: readonly number[], X: Mat, Z: Mat): Mat {
  const out = mat(X.rows, Z.rows);
  const scaled = weights.map((w, k) => w * Number(harmonicDimension(d, k)));
  for (let i = 0; i < X.rows; i++)
    for (let j = 0; j < Z.rows; j++) {
      let t = 0;
      for (let c = 0; c < d; c++) t += X.data[i * d + c]! * Z.data[j * d + c]!;
      const P = gegenbauerAll(d, weights.length - 1, Math.max(-1, Math.min(1, t)));
      let v = 0;
      for (let k = 0; k < scaled.length; k++) v += scaled[k]! * P[k]!;
      out.data[i * Z.rows + j] = v;
    }
  return out;
}
