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
 * @param n number of resampling units (points, or seeds for a cluster bootstrap)
 * @param statistic evaluates the estimate on a multiset of unit indices
 * @param random uniform [0,1) source, seeded by the caller
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: number[]) => number,
  { resamples = 2000, alpha = 0.05, random }: { resamples?: number; alpha?: number; random: () => number },
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
  const se = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(values.length - 1, 1));
  const z = zQuantile(1 - alpha / 2);
  return { estimate, se, interval: [estimate - z * se, estimate + z * se], level: 1 - alpha };
}

/** Standard normal quantile (stdlib: accurate to double precision in the far tails, where simple-statistics' probit is off by 0.3%). */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}
