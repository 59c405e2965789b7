import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export interface BootstrapInterval {
  estimate: number;
  /** bootstrap standard error */
  se: number;
  interval: [number, number];
  /** two-sided coverage of the interval */
  level: number;
}

/**
 * Normal-approximation bootstrap interval, estimate ± z_{1−α/2} · SE_boot (Efron & Tibshirani,
 * "An Introduction to the Bootstrap", §13.2). The percentile interval is not used because
 * Bonferroni-split levels (α ≈ 1e-4) sit far in the tails, where a few thousand resamples
 * cannot place a percentile but estimate a standard error well.
 *
 * With `dof` (the residual degrees of freedom n − p of a regression with p parameters) the
 * interval is small-sample corrected: the bootstrap SE is scaled by √(n/dof), as HC1 scales the
 * sandwich estimator (the pairs bootstrap shares its n/(n−p) downward bias), and the quantile
 * is Student's t with dof degrees of freedom. Uncorrected, a 24-point fit with 4 parameters
 * missed its planted exponent 50× more often than its nominal 5e-5 (5 in 2000 draws).
 * @param n number of resampling units (points, or seeds for a cluster bootstrap)
 * @param statistic evaluates the estimate on a multiset of unit indices
 * @param random uniform [0,1) source, seeded by the caller
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: number[]) => number,
  { resamples = 2000, alpha = 0.05, random, dof }: { resamples?: number; alpha?: number; random: () => number; dof?: number },
): BootstrapInterval {
  const all = Array.from({ length: n }, (_, i) => i);
  const estimate = statistic(all);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const idx = Array.from({ length: n }, () => Math.floor(random() * n));
    const v = statistic(idx);
    if (Number.isFinite(v)) values.push(v);
  }
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  const rawSe = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(values.length - 1, 1));
  const corrected = dof !== undefined && dof >= 1 && dof < n;
  const se = corrected ? rawSe * Math.sqrt(n / dof) : rawSe;
  const z = corrected ? tQuantile(1 - alpha / 2, dof) : zQuantile(1 - alpha / 2);
  return { estimate, se, interval: [estimate - z * se, estimate + z * se], level: 1 - alpha };
}

/** Standard normal quantile (stdlib: accurate to double precision in the far tails, where simple-statistics' probit is off by 0.3%). */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/**
 * Student's t quantile with ν degrees of freedom, p ≥ 1/2, through the beta distribution:
 * ν/(ν + T²) ~ Beta(ν/2, 1/2), so P(|T| > t) = I_x(ν/2, 1/2) at x = ν/(ν + t²).
 */
export function tQuantile(p: number, nu: number): number {
  if (!(p >= 0.5 && p < 1) || !(nu > 0)) throw new RangeError(`tQuantile: need 1/2 ≤ p < 1 and ν > 0 (got p = ${p}, ν = ${nu})`);
  if (p === 0.5) return 0;
  const x = betaQuantile(2 * (1 - p), nu / 2, 0.5);
  return Math.sqrt((nu * (1 - x)) / x);
}
