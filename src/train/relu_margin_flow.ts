import { mat, type Mat } from '../tensor/dense.ts';

/**
 * Gradient flow on the inner layer of f(x) = m^{-1/2} Σ_j a_j relu(w_jᵀx) (outer signs a_j = ±1
 * fixed) for the mean logistic loss L(W) = (1/n) Σ_i ln(1 + e^{−y_i f(x_i)}), followed along its
 * path: each step is W ← W − (lr/L(W))·∇L(W), an Euler step of the time-changed flow
 * dW/ds = −∇L/L, whose trajectory is that of dW/dt = −∇L (only the clock differs, dt = ds/L), so
 * the logistic tail, where ∇L ∝ L, costs no more steps than the start. Runs until the weights
 * have moved ‖W − W₀‖_F ≥ `radius`, the loss is at most `lossTol`, or `maxSteps` steps.
 *
 * `neurons0` is the initial W₀ as m rows of d (neuron-major); x is n × d row-major.
 * Returns the neurons at the end (same layout), the distance moved, the unnormalised margin
 * min_i y_i f(x_i; W), the loss and the steps taken.
 */
export function reluMarginFlow(
  neurons0: ArrayLike<number>,
  a: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  { d, lr, radius, maxSteps, lossTol = 0 }: { d: number; lr: number; radius: number; maxSteps: number; /** @defaultValue 0 */ lossTol?: number },
): { neurons: Float64Array; motion: number; margin: number; loss: number; steps: number } {
  const m = a.length, n = y.length;
  const c = 1 / Math.sqrt(m);
  const W = Float64Array.from(neurons0);
  const g = new Float64Array(m * d);
  const f = new Float64Array(n);
  const forward = () => {
    let loss = 0, margin = Infinity;
    for (let i = 0; i < n; i++) {
      let o = 0;
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += W[j * d + k]! * x[i * d + k]!;
        if (s > 0) o += a[j]! * s;
      }
      f[i] = c * o;
      const u = y[i]! * f[i]!;
      margin = Math.min(margin, u);
      // ln(1 + e^{−u}) without overflow
      loss += u > 0 ? Math.log1p(Math.exp(-u)) : -u + Math.log1p(Math.exp(u));
    }
    return { loss: loss / n, margin };
  };
  let cur = forward();
  let motion = 0, t = 0;
  for (; t < maxSteps && motion < radius && cur.loss > lossTol; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const u = y[i]! * f[i]!;
      // −ℓ'(u)·y/n, with the logistic slope 1/(1 + e^{u}) computed stably
      const slope = u > 0 ? Math.exp(-u) / (1 + Math.exp(-u)) : 1 / (1 + Math.exp(u));
      const coef = (-slope * y[i]! * c) / n;
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += W[j * d + k]! * x[i * d + k]!;
        if (s <= 0) continue;
        const cj = coef * a[j]!;
        for (let k = 0; k < d; k++) g[j * d + k]! += cj * x[i * d + k]!;
      }
    }
    const eta = lr / cur.loss;
    let mv = 0;
    for (let p = 0; p < W.length; p++) {
      W[p] = W[p]! - eta * g[p]!;
      mv += (W[p]! - neurons0[p]!) ** 2;
    }
    motion = Math.sqrt(mv);
    cur = forward();
  }
  return { neurons: W, motion, margin: cur.margin, loss: cur.loss, steps: t };
}

/**
 * The empirical NTK of the inner layer at the given neurons (m rows of d):
 * K(x, x') = (1/m) Σ_j a_j² 1{w_jᵀx > 0} 1{w_jᵀx' > 0} xᵀx', the Gram of ∇_W f(W; x).
 */
export function reluInnerNtk(neurons: ArrayLike<number>, a: ArrayLike<number>, x: ArrayLike<number>, d: number): Mat {
  const m = a.length, n = x.length / d;
  const gate = new Uint8Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += neurons[j * d + k]! * x[i * d + k]!;
      gate[i * m + j] = s > 0 ? 1 : 0;
    }
  const K = mat(n, n);
  for (let i = 0; i < n; i++)
    for (let l = i; l < n; l++) {
      let s = 0, xx = 0;
      for (let j = 0; j < m; j++) if (gate[i * m + j] && gate[l * m + j]) s += a[j]! ** 2;
      for (let k = 0; k < d; k++) xx += x[i * d + k]! * x[l * d + k]!;
      K.data[i * n + l] = K.data[l * n + i] = (s / m) * xx;
    }
  return K;
}
