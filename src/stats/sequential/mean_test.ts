import { BettingMeanSequence } from './betting_cs.ts';
import { watchedValues, type MeanClaim } from './decision.ts';
import { SequentialTest } from './sequential_test.ts';

export interface MeanTestOptions {
  /** what is claimed about the samples' mean: `{ atLeast: p }`, `{ atMost: c }` or `{ equals: c }` */
  claim: MeanClaim;
  /** level of each verdict (the claim's share of the run's α) */
  alpha: number;
  /** the samples' known range; every sample must lie in it (a bounded mean has no CS otherwise) */
  bounds: [number, number];
  /**
   * indifference zone, in the samples' units: a claim false by more than this is never supported
   * (with probability ≥ 1 − α); no default, as a mean has no natural scale
   */
  resolution: number;
  /** bet truncation of the betting CS @defaultValue 0.5 */
  truncation?: number;
}

/**
 * Sequential, anytime-valid test of a claim about the mean of bounded samples (issue 14's
 * "samples whose mean the engine tests"), fed one sample at a time: the betting confidence
 * sequence of Waudby-Smith & Ramdas ({@link BettingMeanSequence}) under the decision rule of
 * {@link decideStep}. A true claim is refuted with probability ≤ α, and a claim false by more than
 * `resolution` supported with probability ≤ α, under any stopping rule.
 *
 * Bounds are required because no confidence sequence, or even fixed-n interval, for the mean of
 * an arbitrary distribution exists without them (Bahadur & Savage, Ann. Math. Statist. 1956): a
 * check that measures an unbounded quantity must declare the range it can take, or be clipped.
 * @example
 * const t = createMeanTest({ claim: { atMost: 0.1 }, alpha: 5e-4, bounds: [0, 1], resolution: 0.02 });
 * while (t.decision === 'undecided' && t.n < cap) t.update(await sample());
 */
export function createMeanTest({ claim, alpha, bounds, resolution, truncation }: MeanTestOptions): SequentialTest<number> {
  if (!(resolution > 0 && Number.isFinite(resolution))) throw new RangeError(`createMeanTest: resolution must be positive and finite, got ${resolution}`);
  const cs = new BettingMeanSequence({ alpha, bounds, watch: watchedValues(claim, resolution), ...(truncation !== undefined ? { truncation } : {}) });
  return new SequentialTest<number>(cs, claim, resolution);
}
