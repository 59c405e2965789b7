import type { Rng } from '../tensor/rng.ts';

/**
 * Mean logistic loss of a two-layer ReLU network in NTK scaling and its gradient in the inner
 * weights: f(x) = (1/√m) Σ_j a_j relu(w_jᵀx), L(W) = (1/n) Σ_i ln(1 + exp(−y_i f(x_i))),
 * ∂L/∂w_j = (1/n) Σ_i ℓ'_i (a_j/√m) 1{w_jᵀx_i > 0} x_i with ℓ'_i = −y_i σ(−y_i f(x_i)).
 * W is m × d row-major, x is n × d row-major.
 */
export function reluLogisticLossGrad(
  W: Float64Array,
  a: Float64Array,
  x: Float64Array,
  y: Float64Array,
  d: number,
): { loss: number; grad: Float64Array; f: Float64Array } {
  const m = a.length, n = y.length;
  const s = 1 / Math.sqrt(m);
  const pre = new Float64Array(n * m);
  const f = new Float64Array(n);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let o = 0;
    for (let j = 0; j < m; j++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += W[j * d + k]! * x[i * d + k]!;
      pre[i * m + j] = z;
      if (z > 0) o += a[j]! * z;
    }
    f[i] = s * o;
    const q = -y[i]! * f[i]!;
    loss += q > 30 ? q : Math.log1p(Math.exp(q)); // ln(1 + e^q) without overflow
  }
  const grad = new Float64Array(m * d);
  for (let i = 0; i < n; i++) {
    const g = -y[i]! / (1 + Math.exp(y[i]! * f[i]!)) / n;
    for (let j = 0; j < m; j++) {
      if (pre[i * m + j]! <= 0) continue;
      const c = g * s * a[j]!;
      for (let k = 0; k < d; k++) grad[j * d + k] = grad[j * d + k]! + c * x[i * d + k]!;
    }
  }
  return { loss: loss / n, grad, f };
}

/**
 * Train that network by full-batch GD in float64 from "standard initialization" (seed 002):
 * W₀ with i.i.d. N(0,1) entries, outer signs a_j = ±1 fixed (half each), until the loss is
 * below `lossTol`. Returns how far the inner weights moved, ‖W_T − W₀‖_F, and the final
 * normalised margin min_i y_i f(x_i)/‖W_T‖_F.
 */
export function reluLogisticGd(
  rng: Rng,
  x: Float64Array,
  y: Float64Array,
  { d, m, lr, lossTol, maxSteps }: { d: number; m: number; lr: number; lossTol: number; maxSteps: number },
): { movement: number; steps: number; loss: number; margin: number } {
  const W0 = rng.normals(m * d);
  const W = Float64Array.from(W0);
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : -1));
  let cur = reluLogisticLossGrad(W, a, x, y, d);
  let t = 0;
  for (; t < maxSteps && cur.loss > lossTol; t++) {
    for (let k = 0; k < W.length; k++) W[k] = W[k]! - lr * cur.grad[k]!;
    cur = reluLogisticLossGrad(W, a, x, y, d);
  }
  let mv = 0, wn = 0;
  for (let k = 0; k < W.length; k++) {
    mv += (W[k]! - W0[k]!) ** 2;
    wn += W[k]! ** 2;
  }
  let margin = Infinity;
  for (let i = 0; i < y.length; i++) margin = Math.min(margin, y[i]! * cur.f[i]!);
  return { movement: Math.sqrt(mv), steps: t, loss: cur.loss, margin: margin / Math.sqrt(wn) };
}
