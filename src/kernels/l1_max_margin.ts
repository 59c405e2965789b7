/**
 * The ℓ1 (total-variation) maximum margin over a finite dictionary of features:
 * γ = max_{‖c‖₁ ≤ 1} min_i (Mc)_i, where M_ij = y_i φ_j(x_i) (n points, m features). It is the
 * value of the matrix game min_{λ ∈ Δ_n} ‖Mᵀλ‖_∞ (von Neumann), and the margin a 2-homogeneous
 * net f = Σ_j a_j s_j φ_j reaches under the normalisation min_i y_i f(x_i)/(½‖(a, s)‖²)
 * (AM–GM: ½(a_j² + s_j²) ≥ |a_j s_j|, with equality when balanced).
 *
 * Solved exactly as the linear program max t s.t. t − (M(p − q))_i ≤ 0, Σ_j (p_j + q_j) ≤ 1,
 * t, p, q ≥ 0, by the dense tableau simplex method (n + 1 rows, so it is cheap for many features
 * and few points) with Bland's rule (no cycling at the degenerate start). The optimal tableau also
 * gives the dual λ ≥ 0, which certifies the value from above: γ ≤ ‖Mᵀλ‖_∞/Σλ_i.
 *
 * @param M n × m row-major, M[i·m + j] = y_i φ_j(x_i)
 * @returns `margin` = min_i (Mc)_i at the primal c (a margin some ‖c‖₁ ≤ 1 attains), `upper` (the
 * dual bound), the weights `c` (length m, signed) and the dual `lambda` normalised to the simplex;
 * margin 0 when the points are not separable by the dictionary.
 * @example l1MaxMargin(Float64Array.of(1, 0, 0, 1), 2, 2) // γ = 1/2 (c = (½, ½))
 */
export function l1MaxMargin(
  M: ArrayLike<number>,
  n: number,
  m: number,
  { maxPivots = 100_000 }: { /** @defaultValue 100000 */ maxPivots?: number } = {},
): { margin: number; upper: number; c: Float64Array; lambda: Float64Array; pivots: number } {
  const rows = n + 1;
  // columns: 0 = t, 1..m = p, m+1..2m = q, 2m+1..2m+rows = slacks; last = right-hand side
  const nv = 1 + 2 * m + rows;
  const W = nv + 1;
  const T = new Float64Array((rows + 1) * W);
  for (let i = 0; i < n; i++) {
    const r = i * W;
    T[r] = 1;
    for (let j = 0; j < m; j++) {
      const v = M[i * m + j]!;
      T[r + 1 + j] = -v;
      T[r + 1 + m + j] = v;
    }
    T[r + 1 + 2 * m + i] = 1;
  }
  {
    const r = n * W;
    for (let j = 0; j < 2 * m; j++) T[r + 1 + j] = 1;
    T[r + 1 + 2 * m + n] = 1;
    T[r + nv] = 1;
  }
  // objective row: reduced costs z_j − c_j (maximise t: −1 at t)
  const obj = rows * W;
  T[obj] = -1;
  const basis = Int32Array.from({ length: rows }, (_, i) => 1 + 2 * m + i);
  const eps = 1e-10;
  let pivots = 0, degenerate = 0;
  for (; pivots < maxPivots; pivots++) {
    // Dantzig's rule (the most negative reduced cost); Bland's (the lowest index) after a run of
    // degenerate pivots, which cannot cycle
    const bland = degenerate > 30;
    let e = -1, most = -eps;
    for (let j = 0; j < nv; j++) {
      const r = T[obj + j]!;
      if (r < most) {
        e = j;
        if (bland) break;
        most = r;
      }
    }
    if (e < 0) break;
    let leave = -1, best = Infinity;
    for (let i = 0; i < rows; i++) {
      const a = T[i * W + e]!;
      if (a > 1e-9) {
        const ratio = Math.max(0, T[i * W + nv]!) / a;
        if (ratio < best - 1e-13 || (ratio <= best + 1e-13 && leave >= 0 && (bland ? basis[i]! < basis[leave]! : a > T[leave * W + e]!))) {
          best = ratio;
          leave = i;
        }
      }
    }
    degenerate = best <= 1e-13 ? degenerate + 1 : 0;
    if (leave < 0) throw new Error('l1MaxMargin: unbounded LP (cannot happen: ‖c‖₁ ≤ 1 bounds it)');
    const pr = leave * W;
    const piv = T[pr + e]!;
    for (let j = 0; j < W; j++) T[pr + j]! /= piv;
    for (let i = 0; i <= rows; i++) {
      if (i === leave) continue;
      const r = i * W;
      const f = T[r + e]!;
      if (f === 0) continue;
      for (let j = 0; j < W; j++) T[r + j]! -= f * T[pr + j]!;
    }
    basis[leave] = e;
  }
  const x = new Float64Array(nv);
  for (let i = 0; i < rows; i++) x[basis[i]!] = T[i * W + nv]!;
  const c = new Float64Array(m);
  for (let j = 0; j < m; j++) c[j] = x[1 + j]! - x[1 + m + j]!;
  let margin = Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += M[i * m + j]! * c[j]!;
    margin = Math.min(margin, s);
  }
  // dual values: the reduced costs of the slacks of the point rows
  const lambda = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    lambda[i] = Math.max(0, T[obj + 1 + 2 * m + i]!);
    sum += lambda[i]!;
  }
  let upper = Infinity;
  if (sum > 0) {
    for (let i = 0; i < n; i++) lambda[i]! /= sum;
    upper = 0;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += lambda[i]! * M[i * m + j]!;
      upper = Math.max(upper, Math.abs(s));
    }
  }
  return { margin: Math.max(0, margin), upper, c, lambda, pivots };
}
