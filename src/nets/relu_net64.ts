import type { Rng } from '../tensor/rng.ts';

/**
 * Two-layer ReLU network f(x) = Σ_k a_k ReLU(⟨w_k, x⟩) in float64, with the square loss
 * ½ Σ_i (f(x_i) − y_i)² and its closed-form gradients. Small sizes only: used where the
 * claim needs float64 (conservation laws whose drift is O(μ²) per step).
 */
export interface ReluNet64 {
  /** m outer weights */
  a: Float64Array;
  /** m × d inner weights, row k is w_k */
  W: Float64Array;
  m: number;
  d: number;
}

export function initReluNet64(rng: Rng, m: number, d: number, { scale = 1 }: { scale?: number } = {}): ReluNet64 {
  return { a: rng.normals(m, scale), W: rng.normals(m * d, scale / Math.sqrt(d)), m, d };
}

/** Loss and gradients over inputs X (n × d, row-major) and targets y. */
export function reluNetGradient(net: ReluNet64, X: Float64Array, y: Float64Array): { loss: number; ga: Float64Array; gW: Float64Array } {
  const { m, d } = net;
  const n = y.length;
  const ga = new Float64Array(m);
  const gW = new Float64Array(m * d);
  const pre = new Float64Array(m);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let k = 0; k < m; k++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += net.W[k * d + j]! * X[i * d + j]!;
      pre[k] = z;
      if (z > 0) f += net.a[k]! * z;
    }
    const r = f - y[i]!;
    loss += 0.5 * r * r;
    for (let k = 0; k < m; k++) {
      const z = pre[k]!;
      if (z <= 0) continue;
      ga[k]! += r * z;
      const s = r * net.a[k]!;
      for (let j = 0; j < d; j++) gW[k * d + j]! += s * X[i * d + j]!;
    }
  }
  return { loss, ga, gW };
}

export function reluNetGdStep(net: ReluNet64, X: Float64Array, y: Float64Array, lr: number): { net: ReluNet64; loss: number } {
  const g = reluNetGradient(net, X, y);
  return {
    net: { ...net, a: net.a.map((v, k) => v - lr * g.ga[k]!), W: net.W.map((v, k) => v - lr * g.gW[k]!) },
    loss: g.loss,
  };
}
