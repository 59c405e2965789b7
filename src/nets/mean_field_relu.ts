import type { Mat } from '../tensor/dense.ts';

/**
 * Two-layer ReLU network in the mean-field normalization of seed 000 (slide "Two-layer neural
 * networks, path norm"): f(x) = (1/m) Σ_k a_k relu(⟨w_k, x⟩), W is m × d (row k is w_k).
 */
export interface MeanFieldRelu {
  readonly a: Float64Array;
  readonly W: Mat;
}

/** f(x_i) for the rows of x (n × d). */
export function forwardMeanField(net: MeanFieldRelu, x: Mat): Float64Array {
  const { a, W } = net;
  const m = W.rows, d = W.cols;
  if (x.cols !== d) throw new RangeError(`forwardMeanField: x has ${x.cols} columns, the net expects ${d}`);
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let k = 0; k < m; k++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += W.data[k * d + j]! * x.data[i * d + j]!;
      if (z > 0) s += a[k]! * z;
    }
    out[i] = s / m;
  }
  return out;
}
