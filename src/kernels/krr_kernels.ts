import { mat, type Mat } from '../tensor/dense.ts';

/**
 * Infinite-width NTK of `f(x) = Σ_i a_i ReLU(⟨w_i, x⟩)` with a_i ~ N(0,1), w_i ~ N(0, I)
 * (unnormalized): `Θ(x,y) = ‖x‖‖y‖(sin θ + (π−θ) cos θ)/(2π) + ⟨x,y⟩ (π−θ)/(2π)`, θ the angle
 * between x and y (Cho & Saul 2009 arc-cosine kernels; Jacot et al. 2018). Biases are
 * included by appending a constant coordinate to x. Kept here for kernel regression
 * baselines; the NTK family's own module may replace it.
 */
export function reluNtkGram(X: Mat, Z: Mat, { bias = 1 }: { bias?: number } = {}): Mat {
  const d = X.cols;
  const out = mat(X.rows, Z.rows);
  const norms = (A: Mat): Float64Array => {
    const r = new Float64Array(A.rows);
    for (let i = 0; i < A.rows; i++) {
      let s = bias * bias;
      for (let c = 0; c < d; c++) s += A.data[i * d + c]! ** 2;
      r[i] = Math.sqrt(s);
    }
    return r;
  };
  const nx = norms(X);
  const nz = norms(Z);
  for (let i = 0; i < X.rows; i++)
    for (let j = 0; j < Z.rows; j++) {
      let dot = bias * bias;
      for (let c = 0; c < d; c++) dot += X.data[i * d + c]! * Z.data[j * d + c]!;
      const cos = Math.max(-1, Math.min(1, dot / (nx[i]! * nz[j]!)));
      const th = Math.acos(cos);
      out.data[i * Z.rows + j] = (nx[i]! * nz[j]! * (Math.sin(th) + (Math.PI - th) * cos) + dot * (Math.PI - th)) / (2 * Math.PI);
    }
  return out;
}
