import { l1MaxMargin } from './l1_max_margin.ts';

/**
 * The global (infinite-width) ℓ1 max margin of bias-free ReLU features on the plane:
 * γ_∞ = sup over signed measures ν on the circle with ‖ν‖_TV ≤ 1 of min_i y_i ∫ relu(uᵀx_i) dν(u),
 * the margin the seed's "globally maximal margins" refer to for inputs in R². By duality
 * γ_∞ = min_{λ ∈ Δ_n} max_u |g_λ(u)|, g_λ(u) = Σ_i λ_i y_i relu(uᵀx_i).
 *
 * Column generation, exact on both sides: the LP of l1MaxMargin over a finite set of directions
 * gives a margin that set attains (a lower bound) and a dual λ; max_u |g_λ(u)| is computed exactly
 * (between consecutive kinks u ⊥ x_i, g_λ is linear in u, g = vᵀu, so its extreme on that arc is at an
 * end or at ±v/‖v‖) and is an upper bound; the maximising direction joins the set. Starts from the
 * 2n kink directions and 32 equally spaced ones; stops when the bounds agree to `relTol`.
 * @param x n × 2 row-major; y labels ±1
 * @returns `margin` (lower bound), `upper`, the directions used (angles) and the LP's weights on them
 */
export function reluCircleMaxMargin(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  { relTol = 1e-8, maxRounds = 500 }: { /** @defaultValue 1e-8 */ relTol?: number; /** @defaultValue 500 */ maxRounds?: number } = {},
): { margin: number; upper: number; angles: number[]; c: Float64Array; rounds: number } {
  const n = y.length;
  const TAU = 2 * Math.PI;
  const wrap = (t: number) => ((t % TAU) + TAU) % TAU;
  const kinks: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.atan2(x[2 * i + 1]!, x[2 * i]!);
    kinks.push(wrap(a + Math.PI / 2), wrap(a - Math.PI / 2));
  }
  kinks.sort((p, q) => p - q);
  const angles = [...kinks];
  for (let k = 0; k < 32; k++) angles.push((TAU * k) / 32);
  const feature = (i: number, t: number) => Math.max(0, Math.cos(t) * x[2 * i]! + Math.sin(t) * x[2 * i + 1]!);
  /** max_u |g_λ(u)| over the circle, exactly, and where */
  const oracle = (lambda: Float64Array) => {
    let best = -1, at = 0;
    const consider = (t: number) => {
      let g = 0;
      for (let i = 0; i < n; i++) g += lambda[i]! * y[i]! * feature(i, t);
      if (Math.abs(g) > best) {
        best = Math.abs(g);
        at = t;
      }
    };
    for (let k = 0; k < kinks.length; k++) {
      const lo = kinks[k]!, hi = k + 1 < kinks.length ? kinks[k + 1]! : kinks[0]! + TAU;
      consider(lo);
      if (hi - lo < 1e-15) continue;
      const mid = (lo + hi) / 2;
      let v0 = 0, v1 = 0;
      for (let i = 0; i < n; i++)
        if (Math.cos(mid) * x[2 * i]! + Math.sin(mid) * x[2 * i + 1]! > 0) {
          v0 += lambda[i]! * y[i]! * x[2 * i]!;
          v1 += lambda[i]! * y[i]! * x[2 * i + 1]!;
        }
      for (const t of [Math.atan2(v1, v0), Math.atan2(-v1, -v0)]) {
        // is t inside the arc (lo, hi)?
        const off = wrap(t - lo);
        if (off > 0 && off < hi - lo) consider(wrap(t));
      }
    }
    return { upper: best, at };
  };
  let rounds = 0;
  for (;;) {
    rounds++;
    const m = angles.length;
    const M = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) M[i * m + j] = y[i]! * feature(i, angles[j]!);
    const lp = l1MaxMargin(M, n, m);
    const o = oracle(lp.lambda);
    if (o.upper - lp.margin <= relTol * o.upper || rounds >= maxRounds) return { margin: lp.margin, upper: o.upper, angles, c: lp.c, rounds };
    angles.push(o.at);
  }
}
