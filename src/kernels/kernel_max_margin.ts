import type { Mat } from '../tensor/dense.ts';

/**
 * The hard-margin (maximum-margin) separator of labelled points in a kernel's feature space:
 * γ = max_{‖v‖ ≤ 1} min_i y_i⟨v, φ(x_i)⟩, from the Gram matrix K_ij = ⟨φ(x_i), φ(x_j)⟩ and labels
 * y_i = ±1. By convex duality γ = min_{λ ∈ Δ_n} ‖Σ_i λ_i y_i φ(x_i)‖ = √(min_{λ∈Δ} λᵀQλ),
 * Q_ij = y_i y_j K_ij (the distance from 0 to the convex hull of the y_iφ(x_i); 0 when the points
 * are not separable through the origin). Solved by accelerated projected gradient on the simplex;
 * every iterate λ certifies both sides: w = Σλ_i y_iφ_i gives the lower bound min_i (Qλ)_i/‖w‖ (the
 * margin of the direction w/‖w‖) and the upper bound ‖w‖. Stops when they agree to `relTol`.
 * @returns `margin` (the lower bound: a margin some unit direction attains), `upper`, and the weights λ
 * @example kernelMaxMargin({ rows: 2, cols: 2, data: Float64Array.of(1, 0, 0, 1) }, [1, -1]) // margin 1/√2
 */
export function kernelMaxMargin(
  K: Mat,
  y: ArrayLike<number>,
  { relTol = 1e-9, maxIter = 200_000 }: { /** @defaultValue 1e-9 */ relTol?: number; /** @defaultValue 200000 */ maxIter?: number } = {},
): { margin: number; upper: number; lambda: Float64Array; iterations: number } {
  const n = K.rows;
  const Q = new Float64Array(n * n);
  let trace = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      Q[i * n + j] = y[i]! * y[j]! * K.data[i * n + j]!;
      if (i === j) trace += Q[i * n + j]!;
    }
  // the steps below use Qλ, half the gradient of λᵀQλ (Lipschitz 2λ_max): 1/trace ≤ 1/λ_max is a safe 1/L
  const step = 1 / Math.max(trace, 1e-300);
  const Qv = (v: Float64Array) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += Q[i * n + j]! * v[j]!;
      out[i] = s;
    }
    return out;
  };
  const bounds = (l: Float64Array) => {
    const g = Qv(l);
    let quad = 0, mn = Infinity;
    for (let i = 0; i < n; i++) {
      quad += l[i]! * g[i]!;
      mn = Math.min(mn, g[i]!);
    }
    const w = Math.sqrt(Math.max(quad, 0));
    return { lower: w > 0 ? Math.max(0, mn) / w : 0, upper: w };
  };
  let lam: Float64Array = new Float64Array(n).fill(1 / n);
  let z: Float64Array = Float64Array.from(lam);
  let tk = 1;
  let it = 0;
  let b = bounds(lam);
  for (; it < maxIter; it++) {
    if (b.upper - b.lower <= relTol * b.upper) break;
    const g = Qv(z);
    const next = projectSimplex(z.map((v, i) => v - step * g[i]!));
    const tn = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
    z = next.map((v, i) => v + ((tk - 1) / tn) * (v - lam[i]!));
    lam = next;
    tk = tn;
    if (it % 50 === 49) {
      b = bounds(lam);
      // restart the momentum now and then (O'Donoghue & Candès): keeps the iterates monotone enough
      tk = 1;
      z = Float64Array.from(lam);
    }
  }
  b = bounds(lam);
  return { margin: b.lower, upper: b.upper, lambda: lam, iterations: it };
}

/** Euclidean projection onto the probability simplex (Duchi et al. 2008, sort-based). */
function projectSimplex(v: Float64Array): Float64Array {
  const u = Float64Array.from(v).sort().reverse();
  let css = 0, theta = 0;
  for (let k = 0; k < u.length; k++) {
    css += u[k]!;
    const t = (css - 1) / (k + 1);
    if (u[k]! - t > 0) theta = t;
  }
  return v.map((x) => Math.max(x - theta, 0));
}
