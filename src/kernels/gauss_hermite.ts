import { mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';

/**
 * The q-point Gauss–Hermite rule for the standard normal: nodes z_k and weights w_k (Σ w_k = 1)
 * with Σ_k w_k p(z_k) = E_{z∼N(0,1)}[p(z)] exactly for every polynomial p of degree ≤ 2q − 1.
 * Golub–Welsch: the nodes are the eigenvalues of the Jacobi matrix of the probabilists' Hermite
 * recurrence He_{k+1} = z He_k − k He_{k−1} (zero diagonal, off-diagonal √k), and each weight
 * is the squared first component of its unit eigenvector.
 * @example gaussHermite(2) // nodes ±1, weights ½ each
 */
export function gaussHermite(q: number): { nodes: Float64Array; weights: Float64Array } {
  if (!Number.isInteger(q) || q < 1) throw new RangeError(`gaussHermite: q must be a positive integer, got ${q}`);
  const J = mat(q, q, new Float64Array(q * q));
  for (let k = 1; k < q; k++) {
    J.data[(k - 1) * q + k] = Math.sqrt(k);
    J.data[k * q + k - 1] = Math.sqrt(k);
  }
  const { values, vectors } = linalg().symEig(J);
  const weights = new Float64Array(q);
  let total = 0;
  for (let j = 0; j < q; j++) {
    weights[j] = vectors.data[j]! ** 2; // row 0, column j
    total += weights[j]!;
  }
  for (let j = 0; j < q; j++) weights[j] = weights[j]! / total;
  return { nodes: Float64Array.from(values), weights };
}

/**
 * E_{x∼N(0, σ²I_d)}[g(x)] for a vector-valued g by the tensor-product q-point Gauss–Hermite rule
 * (q^d nodes): exact when every entry of g is a polynomial of degree ≤ 2q − 1 in each coordinate.
 * `g` returns the same length every call; the result has that length.
 * @example gaussianExpectation((x) => [x[0]! ** 4], 2, 3) // [3]
 */
export function gaussianExpectation(
  g: (x: Float64Array) => ArrayLike<number>,
  d: number,
  q: number,
  { variance = 1 }: { /** σ² of the Gaussian @defaultValue 1 */ variance?: number } = {},
): Float64Array {
  const { nodes, weights } = gaussHermite(q);
  const sd = Math.sqrt(variance);
  const idx = new Array<number>(d).fill(0);
  const x = new Float64Array(d);
  let out: Float64Array | undefined;
  for (;;) {
    let w = 1;
    for (let i = 0; i < d; i++) {
      x[i] = sd * nodes[idx[i]!]!;
      w *= weights[idx[i]!]!;
    }
    const v = g(x);
    out ??= new Float64Array(v.length);
    for (let k = 0; k < v.length; k++) out[k] = out[k]! + w * v[k]!;
    let i = 0;
    while (i < d && ++idx[i]! === q) idx[i++] = 0;
    if (i === d) break;
  }
  return out!;
}
