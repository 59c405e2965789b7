import { gaussianExpectation } from './gauss_hermite.ts';
import { hermiteTensor } from './hermite_tensor.ts';

/**
 * The Hermite coefficient tensors C_t = E_{x∼N(0,σ²I)}[f(x) S_t(x)], t = 0 … maxOrder, by
 * tensor-product Gauss–Hermite quadrature with q points per coordinate (exact when f·S_t is a
 * polynomial of degree ≤ 2q − 1 in each coordinate). S_t is {@link hermiteTensor}.
 */
export function hermiteCoefficients(
  f: (x: Float64Array) => number,
  d: number,
  maxOrder: number,
  { q, variance = 1 }: { /** quadrature points per coordinate */ q: number; /** σ² @defaultValue 1 */ variance?: number },
): Float64Array[] {
  const out: Float64Array[] = [];
  for (let t = 0; t <= maxOrder; t++) {
    out.push(gaussianExpectation((x) => {
      const fx = f(x);
      return hermiteTensor(t, x).map((v) => fx * v);
    }, d, q, { variance }));
  }
  return out;
}

/**
 * Σ_t weight(t)·⟨C_t, S_t(x)⟩ over the given coefficient tensors (C_t at index t). With
 * weight(t) = 1/t! and C_t = E[f S_t] this is the Hermite expansion of f, exact for polynomials
 * of degree ≤ maxOrder; seed 003 writes it with weight 1 and the sum from t = 1.
 */
export function hermiteSeriesValue(coeffs: readonly Float64Array[], x: ArrayLike<number>, weight: (t: number) => number): number {
  let s = 0;
  coeffs.forEach((C, t) => {
    const w = weight(t);
    if (w === 0) return;
    const S = hermiteTensor(t, x);
    let dot = 0;
    for (let k = 0; k < C.length; k++) dot += C[k]! * S[k]!;
    s += w * dot;
  });
  return s;
}
