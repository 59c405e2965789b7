import type { ConfidenceSequence } from './confidence_sequence.ts';

export interface BetaBinomialOptions {
  /** family-wise miscoverage over all n */
  alpha: number;
  /**
   * Beta(a, b) mixing distribution over the alternative rates.
   * @defaultValue [0.5, 0.5] (Jeffreys): more mass near 0 and 1 than the uniform prior, where
   * rate claims live ("holds in 99% of draws"), so all-success streams are decided sooner.
   */
  prior?: [number, number];
  /** rates whose `excludes` / `pValue` are asked after every sample (the decision's values) */
  watch?: number[];
}

/**
 * Robbins' beta-binomial mixture confidence sequence for a Bernoulli rate θ.
 *
 * With S successes and F failures in n = S + F draws, the mixture of likelihood ratios
 *   M_n(θ) = ∫ t^S (1−t)^F Beta(dt; a, b) / (θ^S (1−θ)^F) = [B(a+S, b+F) / B(a, b)] / (θ^S (1−θ)^F)
 * is a nonnegative martingale with M_0 = 1 under the true θ, so by Ville's inequality
 * P(∃n: M_n(θ) ≥ 1/α) ≤ α, and C_n = {θ : M_n(θ) < 1/α} is a (1 − α) confidence sequence.
 * log M_n is convex in θ with its minimum (≤ 0) at the empirical rate S/n, so C_n is an interval
 * around S/n; its ends are found by bisection. Its width shrinks like √(log n / n), the price of
 * uniformity over n being the ½·log n of the mixture (against log log n for stitched
 * boundaries, which matter only far beyond the caps used here).
 *
 * Sources: H. Robbins, "Statistical methods related to the law of the iterated logarithm",
 * Ann. Math. Statist. 41 (1970) 1397–1409, §3 (the beta mixture); S. R. Howard, A. Ramdas,
 * J. McAuliffe, J. Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence sequences",
 * Ann. Statist. 49 (2021) 1055–1080, §3 (conjugate mixture boundaries; the beta-binomial one, for
 * sub-Bernoulli processes, of which this is the exact Bernoulli case).
 *
 * B(a+S, b+F) is kept as a running log so that an update costs O(1) and no log-gamma is needed:
 * B(x+1, y) / B(x, y) = x / (x + y).
 * @example
 * const cs = new BetaBinomialSequence({ alpha: 0.05 });
 * for (let i = 0; i < 100; i++) cs.update(1);
 * cs.interval(); // ≈ [0.943, 1]: 100 successes in a row
 */
export class BetaBinomialSequence implements ConfidenceSequence {
  readonly alpha: number;
  private readonly a: number;
  private readonly b: number;
  private readonly threshold: number;
  private successes = 0;
  private failures = 0;
  /** log B(a+S, b+F) − log B(a, b): the log marginal likelihood of the draws */
  private logMarginal = 0;
  /** per watched value: running max of log M at the null's least favourable rate, per side */
  private readonly watched = new Map<number, { atLeast: number; atMost: number }>();

  constructor({ alpha, prior = [0.5, 0.5], watch = [] }: BetaBinomialOptions) {
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`BetaBinomialSequence: alpha must be in (0, 1), got ${alpha}`);
    const [a, b] = prior;
    if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) throw new RangeError(`BetaBinomialSequence: prior parameters must be positive, got [${a}, ${b}]`);
    for (const m of watch) if (!(m >= 0 && m <= 1)) throw new RangeError(`BetaBinomialSequence: watched rate ${m} is outside [0, 1]`);
    this.alpha = alpha;
    this.a = a;
    this.b = b;
    this.threshold = Math.log(1 / alpha);
    for (const m of watch) this.watched.set(m, { atLeast: 0, atMost: 0 });
  }

  get n(): number {
    return this.successes + this.failures;
  }

  /** successes so far */
  get s(): number {
    return this.successes;
  }

  /** @param x 1 (or true) for a success, 0 (or false) for a failure */
  update(x: number | boolean): void {
    const v = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (v !== 0 && v !== 1) throw new RangeError(`BetaBinomialSequence: a Bernoulli draw must be 0 or 1, got ${x}`);
    const total = this.a + this.b + this.n;
    if (v === 1) this.logMarginal += Math.log((this.a + this.successes++) / total);
    else this.logMarginal += Math.log((this.b + this.failures++) / total);
    const hat = this.successes / this.n;
    for (const [m, best] of this.watched) {
      // least favourable rate of the null "θ ≥ m" is max(m, θ̂) (log M is convex, minimal at θ̂)
      best.atLeast = Math.max(best.atLeast, this.logM(Math.max(m, hat)));
      best.atMost = Math.max(best.atMost, this.logM(Math.min(m, hat)));
    }
  }

  /** log M_n(θ), the log e-value against the point null θ */
  logM(theta: number): number {
    const s = this.successes;
    const f = this.failures;
    const ls = s === 0 ? 0 : s * Math.log(theta);
    const lf = f === 0 ? 0 : f * Math.log1p(-theta);
    return this.logMarginal - ls - lf;
  }

  excludes(m: number): 'below' | 'above' | null {
    if (this.n === 0 || this.logM(m) < this.threshold) return null;
    return m < this.successes / this.n ? 'below' : 'above';
  }

  pValue(m: number, side: 'atLeast' | 'atMost'): number {
    const best = this.watched.get(m);
    if (!best) throw new RangeError(`BetaBinomialSequence: pValue(${m}) needs ${m} among the watched rates`);
    return Math.min(1, Math.exp(-best[side]));
  }

  interval(tol = 1e-10): [number, number] {
    if (this.n === 0) return [0, 1];
    const hat = this.successes / this.n;
    const inside = (t: number) => this.logM(t) < this.threshold;
    const lower = this.successes === 0 ? 0 : bisect(0, hat, inside, tol, 'lower');
    const upper = this.failures === 0 ? 1 : bisect(hat, 1, inside, tol, 'upper');
    return [lower, upper];
  }
}

/**
 * The end of the set {t : inside(t)} on the lower or upper side of θ̂, to a tolerance relative to
 * the distance from 0 (lower end) or 1 (upper end), so that bounds near 0 or 1 keep their
 * digits; returned rounded outward (never inside the set).
 */
function bisect(lo: number, hi: number, inside: (t: number) => boolean, tol: number, end: 'lower' | 'upper'): number {
  // lower end: lo = 0 is outside (M → ∞ at 0 when S > 0), hi = θ̂ inside; the upper end mirrored
  let outside = end === 'lower' ? lo : hi;
  let within = end === 'lower' ? hi : lo;
  for (let i = 0; i < 2000; i++) {
    const scale = end === 'lower' ? within : 1 - within;
    if (Math.abs(within - outside) <= tol * scale) break;
    const mid = 0.5 * (within + outside);
    if (mid === within || mid === outside) break;
    if (inside(mid)) within = mid;
    else outside = mid;
  }
  return outside;
}
