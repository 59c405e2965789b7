/** Result of a first-crossing search. */
export interface Crossing {
  /** smallest n found with value(n) ≤ threshold (after the bracket was established) */
  n: number;
  /** how many times value() was evaluated */
  evaluations: number;
  /** true when even `max` did not reach the threshold (then n = max) */
  censored: boolean;
}

/**
 * The first integer n in [lo, max] at which a (roughly) decreasing value drops to `threshold`
 * or below, located by doubling from `lo` to bracket it and then bisecting: O(log(max/lo))
 * evaluations instead of a dense grid. For a noisy value this returns a crossing point of
 * the bracket, which is what a sample-size threshold means.
 */
export function firstCrossing(value: (n: number) => number, threshold: number, { lo = 1, max = 1 << 16 }: { lo?: number; max?: number } = {}): Crossing {
  let evaluations = 0;
  const below = (n: number): boolean => (evaluations++, value(n) <= threshold);
  if (below(lo)) return { n: lo, evaluations, censored: false };
  let good = lo;
  let bad = lo;
  for (;;) {
    good = Math.min(max, bad * 2);
    if (below(good)) break;
    if (good === max) return { n: max, evaluations, censored: true };
    bad = good;
  }
  while (good - bad > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (below(mid)) good = mid;
    else bad = mid;
  }
  return { n: good, evaluations, censored: false };
}
