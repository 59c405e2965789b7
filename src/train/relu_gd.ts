import type { Rng } from '../tensor/rng.ts';

/**
 * Two-layer ReLU network in NTK scaling, f(x) = (1/√m) Σ_j a_j relu(w_jᵀx), outer signs
 * a_j = ±1 fixed (half each), inner weights W₀ with i.i.d. N(0,1) entries ("standard
 * initialization" of seed 002), trained by full-batch GD on the mean logistic loss
 * (1/n) Σ ln(1 + exp(−y_i f(x_i))) in float64 until the loss is below `lossTol`.
 * Returns how far the inner weights moved, ‖W_T − W₀‖_F, and the final normalised margin.
 */
export function reluLogisticGd(
  rng: Rng,
  x: Float64Array,
  y: Float64Array,
  { d, m, eta, lossTol, maxSteps }: { d: number; m: number; eta: number; lossTol: number; maxSteps: number },
): { movement: number; steps: number; loss: number; margin: number } {
  const n = y.length;
  const W0 = rng.normals(m * d);
  const W = Float64Array.from(W0);
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : -1));
  const s = 1 / Math.sqrt(m);
  const pre = new Float64Array(n * m);
  const f = new Float64Array(n);
  let loss = Infinity;
  let t = 0;
  const forward = () => {
    loss = 0;
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
      loss += q > 30 ? q : Math.log1p(Math.exp(q));
    }
    loss /= n;
  };
  forward();
  for (; t < maxSteps && loss > lossTol; t++) {
    for (let i = 0; i < n; i++) {
      // dℓ/df_i = −y_i σ(−y_i f_i) / n
      const g = (-y[i]! / (1 + Math.exp(y[i]! * f[i]!))) / n;
      for (let j = 0; j < m; j++) {
        if (pre[i * m + j]! <= 0) continue;
        const c = eta * g * s * a[j]!;
        for (let k = 0; k < d; k++) W[j * d + k] = W[j * d + k]! - c * x[i * d + k]!;
      }
    }
    forward();
  }
  let mv = 0, wn = 0;
  for (let k = 0; k < W.length; k++) {
    mv += (W[k]! - W0[k]!) ** 2;
    wn += W[k]! ** 2;
  }
  let margin = Infinity;
  for (let i = 0; i < n; i++) margin = Math.min(margin, y[i]! * f[i]!);
  return { movement: Math.sqrt(mv), steps: t, loss, margin: margin / Math.sqrt(wn) };
}
