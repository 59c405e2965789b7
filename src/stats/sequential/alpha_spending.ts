/**
 * How a fixed-n interval's α is spent over repeated looks.
 * - 'polynomial': α_k = α · 6 / (π² k²), for looks after every new seed (Σ_k 6/(π²k²) = 1)
 * - 'geometric': α_k = α / 2^k, for looks at doubling sample sizes (Σ_k 2^−k = 1)
 */
export type SpendingSchedule = 'polynomial' | 'geometric';

/**
 * The level at which the k-th look (k = 1, 2, …) computes its interval so that the looks
 * together keep the error at most α, however many are taken and whatever decides when to stop:
 * P(any look errs) ≤ Σ_k α_k ≤ α by the union bound. This is the simplest alpha-spending
 * function over an unbounded number of looks (Lan & DeMets, Biometrika 70, 1983, spend a
 * planned α over planned looks; with no plan, a summable series does it). It suits a
 * statistic with no martingale structure, such as a bootstrap or t interval on a log-log
 * exponent refitted after each added seed: the interval is valid at its own look, and the
 * spending makes the sequence of them valid under optional stopping. The price is a level that
 * falls like 1/k², so t quantiles grow like √(2 log k): cheap for the few looks of a seed sweep.
 *
 * Only looks that could decide count: a look that is skipped (too few seeds to fit) may be
 * left out of k.
 * @example alphaAtLook(0.05, 1) // 0.0304; alphaAtLook(0.05, 1, 'geometric') // 0.025
 */
export function alphaAtLook(alpha: number, k: number, schedule: SpendingSchedule = 'polynomial'): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alphaAtLook: alpha must be in (0, 1), got ${alpha}`);
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`alphaAtLook: look k must be a positive integer, got ${k}`);
  if (schedule === 'polynomial') return (alpha * 6) / (Math.PI * Math.PI * k * k);
  if (schedule === 'geometric') return alpha * 2 ** -k;
  throw new RangeError(`alphaAtLook: unknown schedule '${String(schedule)}': use 'polynomial' or 'geometric'`);
}
