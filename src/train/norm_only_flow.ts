/**
 * Gradient flow for the mean logistic loss L = (1/n) Σ_i ln(1 + e^{−y_i f(x_i)}) of the
 * 2-homogeneous net over fixed features f(x_i) = Σ_j a_j s_j Φ_ij (n × m row-major Φ, e.g.
 * Φ_ij = relu(u_jᵀx_i) for inner weights w_j = s_j u_j whose directions u_j are frozen and whose
 * norms s_j, with the outer weights a_j, are trained: the "norm-only" constraint of seed 002).
 *
 * Followed along its path like reluMarginFlow: each step is θ ← θ − lr·∇L(θ)/L(θ), an Euler step
 * of the time-changed flow dθ/ds = −∇L/L, whose trajectory is that of dθ/dt = −∇L. The ratio
 * ∇L/L is computed in log space (softmax weights over the points), so the logistic tail, where L
 * underflows, costs nothing special. Along the flow a_j² − s_j² is conserved.
 *
 * Records the normalised margin γ̄(θ) = min_i y_i f(x_i)/(½‖θ‖²) (≤ the ℓ1 max margin of the
 * dictionary, l1MaxMargin, for every θ) after steps 1, 2, 4, 8, … and at the end, and at the end
 * also the path-normalised margin min_i y_i f(x_i)/Σ_j |a_j s_j| (≥ γ̄ by AM–GM, equal when balanced).
 * @returns the final a, s, the normalised margin, its checkpoints, the loss (0 once it underflows) and the steps
 */
export function normOnlyFlow(
  Phi: ArrayLike<number>,
  y: ArrayLike<number>,
  a0: ArrayLike<number>,
  s0: ArrayLike<number>,
  { lr, steps }: { /** step, or a schedule of the step index (a finer Euler grid later on follows the same flow) */ lr: number | ((t: number) => number); steps: number },
): { a: Float64Array; s: Float64Array; normalizedMargin: number; pathNormalizedMargin: number; checkpoints: { step: number; normalizedMargin: number }[]; loss: number; steps: number } {
  const m = a0.length, n = y.length;
  const a = Float64Array.from(a0), s = Float64Array.from(s0);
  const P = Float64Array.from(Phi), Y = Float64Array.from(y);
  const cw = new Float64Array(m), gc = new Float64Array(m);
  const u = new Float64Array(n), w = new Float64Array(n), ga = new Float64Array(m), gs = new Float64Array(m);
  const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  /** ln ℓ(u) = ln ln(1 + e^{−u}), stable for large u */
  const logLoss = (z: number) => (z > 30 ? -z + Math.log1p(-Math.exp(-z) / 2) : Math.log(softplus(-z)));
  const state = () => {
    let mn = Infinity, norm2 = 0;
    for (let j = 0; j < m; j++) cw[j] = a[j]! * s[j]!;
    for (let i = 0; i < n; i++) {
      let o = 0;
      const r = i * m;
      for (let j = 0; j < m; j++) o += P[r + j]! * cw[j]!;
      u[i] = Y[i]! * o;
      mn = Math.min(mn, u[i]!);
    }
    let path = 0;
    for (let j = 0; j < m; j++) {
      norm2 += a[j]! ** 2 + s[j]! ** 2;
      path += Math.abs(a[j]! * s[j]!);
    }
    return { normalized: mn / (norm2 / 2), pathNormalized: mn / path };
  };
  const checkpoints: { step: number; normalizedMargin: number }[] = [];
  let cur = state();
  let t = 0;
  for (; t < steps; t++) {
    // softmax weights w_i = σ(−u_i)/Σ_k ℓ(u_k), so that ∇L/L = −Σ_i w_i y_i ∇f(x_i)
    let mx = -Infinity;
    const ll = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      ll[i] = logLoss(u[i]!);
      mx = Math.max(mx, ll[i]!);
    }
    let z = 0;
    for (let i = 0; i < n; i++) z += Math.exp(ll[i]! - mx);
    const lse = mx + Math.log(z);
    for (let i = 0; i < n; i++) w[i] = Math.exp(-softplus(u[i]!) - lse);
    gc.fill(0);
    for (let i = 0; i < n; i++) {
      const c = -w[i]! * Y[i]!;
      const r = i * m;
      for (let j = 0; j < m; j++) gc[j]! += c * P[r + j]!;
    }
    for (let j = 0; j < m; j++) {
      ga[j] = gc[j]! * s[j]!;
      gs[j] = gc[j]! * a[j]!;
    }
    const h = typeof lr === 'number' ? lr : lr(t);
    for (let j = 0; j < m; j++) {
      a[j] = a[j]! - h * ga[j]!;
      s[j] = s[j]! - h * gs[j]!;
    }
    cur = state();
    if (((t + 1) & t) === 0) checkpoints.push({ step: t + 1, normalizedMargin: cur.normalized });
  }
  if (checkpoints.at(-1)?.step !== t) checkpoints.push({ step: t, normalizedMargin: cur.normalized });
  let loss = 0;
  for (let i = 0; i < n; i++) loss += softplus(-u[i]!);
  return { a, s, normalizedMargin: cur.normalized, pathNormalizedMargin: cur.pathNormalized, checkpoints, loss: loss / n, steps: t };
}
