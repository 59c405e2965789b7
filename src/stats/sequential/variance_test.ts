import { BettingMeanSequence } from './betting_cs.ts';
import type { ConfidenceSequence } from './confidence_sequence.ts';
import { watchedValues, type MeanClaim } from './decision.ts';
import { SequentialTest } from './sequential_test.ts';

/**
 * Confidence sequence for the variance σ² of bounded i.i.d. samples, from disjoint pairs: for
 * independent X, Y with the same law, E[(X − Y)²/2] = σ², and (X − Y)²/2 lies in [0, (hi − lo)²/2],
 * so the betting CS for a bounded mean ({@link BettingMeanSequence}) applied to the pair values
 * is a CS for σ², valid under optional stopping like any CS. Each sample enters one pair only, so
 * n samples give n/2 independent terms: a wider interval than the sample variance would suggest,
 * the price of terms independent enough for the betting martingale. An odd sample waits for its
 * partner.
 */
export class PairedVarianceSequence implements ConfidenceSequence {
  private readonly inner: BettingMeanSequence;
  private readonly lo: number;
  private readonly hi: number;
  private pending: number | undefined;
  private samples = 0;

  constructor({ alpha, bounds, watch = [] }: { alpha: number; bounds: [number, number]; watch?: number[] }) {
    const [lo, hi] = bounds;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) throw new RangeError(`PairedVarianceSequence: bounds must be finite with lo < hi, got [${lo}, ${hi}]`);
    this.lo = lo;
    this.hi = hi;
    this.inner = new BettingMeanSequence({ alpha, bounds: [0, (hi - lo) ** 2 / 2], watch });
  }

  get alpha(): number {
    return this.inner.alpha;
  }

  /** samples fed (pairs used: ⌊n/2⌋) */
  get n(): number {
    return this.samples;
  }

  update(x: number): void {
    if (!(x >= this.lo && x <= this.hi)) throw new RangeError(`PairedVarianceSequence: sample ${x} is outside the declared bounds [${this.lo}, ${this.hi}]`);
    this.samples++;
    if (this.pending === undefined) {
      this.pending = x;
      return;
    }
    // clamp: rounding of (x − y)² must not step past the declared range
    this.inner.update(Math.min((x - this.pending) ** 2 / 2, (this.hi - this.lo) ** 2 / 2));
    this.pending = undefined;
  }

  excludes(v: number): 'below' | 'above' | null {
    return this.inner.excludes(v);
  }

  pValue(v: number, side: 'atLeast' | 'atMost'): number {
    return this.inner.pValue(v, side);
  }

  interval(tol?: number): [number, number] {
    return this.inner.interval(tol);
  }
}

/**
 * Sequential, anytime-valid test of a claim about the variance of bounded samples
 * (`{ atMost: c }`, `{ atLeast: c }`, `{ equals: c }`), fed one sample at a time; the decision
 * rule and guarantees are {@link decideStep}'s, with `resolution` in units of variance.
 * @example
 * const t = createVarianceTest({ claim: { atMost: 0.01 }, alpha: 5e-4, bounds: [-1, 1], resolution: 0.002 });
 */
export function createVarianceTest({ claim, alpha, bounds, resolution }: { claim: MeanClaim; alpha: number; bounds: [number, number]; resolution: number }): SequentialTest<number> {
  if (!(resolution > 0 && Number.isFinite(resolution))) throw new RangeError(`createVarianceTest: resolution must be positive and finite, got ${resolution}`);
  const cs = new PairedVarianceSequence({ alpha, bounds, watch: watchedValues(claim, resolution) });
  return new SequentialTest<number>(cs, claim, resolution);
}
