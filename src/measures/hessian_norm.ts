/**
 * The operator norm ‖∇²_θ F‖ of a scalar function's Hessian at θ (the local smoothness constant:
 * |F(θ + Δ) − F(θ) − ⟨∇F, Δ⟩| ≤ ½‖∇²F‖‖Δ‖² + o(‖Δ‖²)), by power iteration on Hessian-vector
 * products taken as central differences of the gradient, Hv ≈ (∇F(θ + εv) − ∇F(θ − εv))/(2ε)
 * (Pearlmutter 1994 computes the same product exactly; a central difference is exact for a
 * function that is quadratic along v, as a ReLU net is within one activation region). Power
 * iteration on a symmetric H converges to max|λ| (the ±λ pairs of a bilinear Hessian only make
 * the iterate alternate, not its norm); the estimate is a lower bound that rises to ‖H‖.
 * `grad` maps a flat parameter vector to its gradient. Float64.
 * @example hessianNormPower((t) => grad(t), theta0, rng.normals(theta0.length), { iterations: 40 })
 */
export function hessianNormPower(
  grad: (theta: Float64Array) => Float64Array,
  theta: Float64Array,
  start: Float64Array,
  { iterations = 40, eps = 1e-6 }: { iterations?: number; eps?: number } = {},
): number {
  const p = theta.length;
  let v = normalize(Float64Array.from(start));
  let norm = 0;
  for (let k = 0; k < iterations; k++) {
    const plus = new Float64Array(p), minus = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      plus[i] = theta[i]! + eps * v[i]!;
      minus[i] = theta[i]! - eps * v[i]!;
    }
    const gp = grad(plus), gm = grad(minus);
    const hv = new Float64Array(p);
    for (let i = 0; i < p; i++) hv[i] = (gp[i]! - gm[i]!) / (2 * eps);
    norm = Math.sqrt(hv.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return 0;
    v = hv.map((x) => x / norm);
  }
  return norm;
}

function normalize(v: Float64Array): Float64Array {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
}
