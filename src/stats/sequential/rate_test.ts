import { BetaBinomialSequence } from './beta_binomial_cs.ts';
import { defaultRateResolution, watchedValues } from './decision.ts';
import { SequentialTest } from './sequential_test.ts';

export interface RateTestOptions {
  /** the claimed lower bound on P(event) */
  p: number;
  /** level of each verdict (the claim's share of the run's α) */
  alpha: number;
  /**
   * indifference zone: a rate below p − resolution is never supported (with probability ≥ 1 − α)
   * @defaultValue 0.2 · min(p, 1 − p), a 20% error in the rate or in the failure rate, whichever is smaller
   */
  resolution?: number;
  /** Beta mixing distribution of the confidence sequence @defaultValue [0.5, 0.5] */
  prior?: [number, number];
}

/**
 * Sequential, anytime-valid test of a claim "P(event) ≥ p", fed one Bernoulli outcome at a time.
 *
 * - refuted: the confidence sequence's upper bound fell below p. A true claim (rate ≥ p) is
 *   refuted with probability at most α, however often the caller peeks and whenever it stops.
 * - supported: the lower bound rose above p − resolution. A claim whose rate is below
 *   p − resolution is supported with probability at most α.
 * - undecided: neither yet; at the caller's cap the verdict is inconclusive.
 *
 * A rate within [p − resolution, p) may come out either way: that is the resolution. A rate of
 * exactly p is supported once the interval is narrower than about the resolution (on the order of
 * p(1−p)·log(1/α)/resolution² draws), or, if the cap comes first, left inconclusive.
 *
 * The interval is Robbins' beta-binomial mixture confidence sequence ({@link BetaBinomialSequence});
 * the decision rule and its guarantees are {@link decideStep}'s.
 * @example
 * const t = createRateTest({ p: 0.99, alpha: 5e-4 });
 * while (t.decision === 'undecided' && t.n < cap) t.update(await trial());
 * const { decision, interval, n } = t.state();
 */
export function createRateTest({ p, alpha, resolution, prior }: RateTestOptions): SequentialTest<boolean | number> {
  if (!(p > 0 && p <= 1)) throw new RangeError(`createRateTest: p must be in (0, 1], got ${p}`);
  const r = resolution ?? defaultRateResolution(p);
  if (!(r > 0 && r < p)) throw new RangeError(`createRateTest: resolution must be in (0, p) = (0, ${p}), got ${r}`);
  const claim = { atLeast: p };
  const cs = new BetaBinomialSequence({ alpha, ...(prior ? { prior } : {}), watch: watchedValues(claim, r) });
  return new SequentialTest<boolean | number>(cs, claim, r);
}
