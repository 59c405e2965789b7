import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/**
 * Exact (Clopper–Pearson 1934) two-sided interval for a binomial rate with k successes in n
 * trials: [B(α/2; k, n−k+1), B(1−α/2; k+1, n−k)] with B the beta quantile.
 * @example clopperPearson(10, 10, 0.05) // [0.6915…, 1]
 */
export function clopperPearson(k: number, n: number, alpha: number): [number, number] {
  if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 0 && k <= n && n > 0))
    throw new RangeError(`clopperPearson: need integers 0 ≤ k ≤ n, n > 0 (got k=${k}, n=${n})`);
  const lo = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
  const hi = k === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, n - k);
  return [lo, hi];
}
