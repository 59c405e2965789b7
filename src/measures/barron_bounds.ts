import { mat, type Mat } from '../tensor/dense.ts';
import { forwardBatch64, neuronRows, twoLayerFromNeurons64, type TwoLayer64 } from '../nets/two_layer64.ts';
import { l1PathNorm } from './l1_path_norm.ts';

/**
 * A certified bracket for the Barron norm ‖f‖_B of the function a mean-field ReLU network
 * computes, on the cube ‖x‖_∞ ≤ 1 (E, Ma & Wu 2019/2021, "The Barron space and the flow-induced
 * function spaces", Def. 1: ‖f‖_B = inf over representations f = E_ρ[a relu(w·x)] of E_ρ[|a|‖w‖₁]).
 * - lower: max over the 2^d cube vertices of |f(x)|, since |relu(w·x)| ≤ ‖w‖₁‖x‖_∞ gives
 *   |f(x)| ≤ ‖f‖_B ‖x‖_∞ for every representation;
 * - upper: the path norm of the reduced representation (neurons merged by ℓ1-direction, opposite
 *   coefficients cancelled), itself a representation of f, so ‖f‖_B ≤ upper.
 * d ≤ 16 (the lower bound enumerates vertices).
 */
export function barronBracket(net: TwoLayer64): { lower: number; upper: number } {
  return { lower: cubeVertexMax(net), upper: l1PathNorm(reduceRepresentation(net)) };
}

/** max_{x ∈ {−1,1}^d} |f(x)|. */
export function cubeVertexMax(net: TwoLayer64): number {
  const d = net.d;
  if (d > 16) throw new RangeError(`cubeVertexMax: d = ${d} > 16`);
  const n = 1 << d;
  const x = mat(n, d);
  for (let v = 0; v < n; v++) for (let j = 0; j < d; j++) x.data[v * d + j] = (v >> j) & 1 ? 1 : -1;
  return forwardBatch64(net, x).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

/**
 * Merge neurons whose inner weights are positive multiples of each other (a relu(c u·x) =
 * (a c) relu(u·x), c > 0): the merged network computes the same function with a path norm no larger.
 * Directions are compared after ℓ1 normalization with a relative tolerance `tol`. Width is kept
 * (m stays the normalization), merged-away neurons get a = 0.
 */
export function reduceRepresentation(net: TwoLayer64, { tol = 1e-12 }: { tol?: number } = {}): TwoLayer64 {
  const { a, d, m } = net;
  const W = neuronRows(net);
  const dirs: Float64Array[] = [];
  const coef: number[] = [];
  for (let k = 0; k < m; k++) {
    const w = W.data.subarray(k * d, (k + 1) * d);
    const n1 = w.reduce((s, v) => s + Math.abs(v), 0);
    if (n1 === 0 || a[k] === 0) continue;
    const u = w.map((v) => v / n1);
    const hit = dirs.findIndex((v) => v.every((vj, j) => Math.abs(vj - u[j]!) <= tol));
    if (hit >= 0) coef[hit]! += a[k]! * n1;
    else { dirs.push(u); coef.push(a[k]! * n1); }
  }
  const outW = mat(m, d);
  const outA = new Float64Array(m);
  dirs.forEach((u, i) => { outW.data.set(u, i * d); outA[i] = coef[i]!; });
  return twoLayerFromNeurons64(outA, outW.data, { d, parameterization: net.parameterization, activation: net.activation });
}
