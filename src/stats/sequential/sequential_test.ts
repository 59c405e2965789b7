import type { ConfidenceSequence } from './confidence_sequence.ts';
import { decideStep, type DecisionMemory, type MeanClaim, type SequentialDecision } from './decision.ts';

/** Where a sequential test stands after the samples it has been fed. */
export interface SequentialState {
  decision: SequentialDecision;
  /** the confidence sequence's current interval for the mean (or rate) */
  interval: [number, number];
  /** samples fed so far */
  n: number;
  /** samples it took to decide (the work the verdict used); undefined while undecided */
  decidedAt: number | undefined;
  /** error level of each verdict: P(refute a true claim) ≤ α, P(support one false by > r) ≤ α */
  alpha: number;
  resolution: number;
  claim: MeanClaim;
  /**
   * anytime-valid p-value of "the claim holds" (μ ≥ p, μ ≤ c, or μ = c), ≤ α exactly when the
   * test has refuted: what a run-level Holm step (see `eHolm`) combines across verdicts
   */
  pRefute: number;
}

/**
 * A claim about a mean decided by a confidence sequence and the rule of `decideStep`, fed one
 * sample at a time. The caller draws until `decision !== 'undecided'` or its cap is reached; at
 * the cap the verdict is inconclusive, and `interval` says how far the evidence got.
 */
export class SequentialTest<X = number> {
  private memory: DecisionMemory = { decision: 'undecided', lowSeen: false, highSeen: false };
  private decidedAtN: number | undefined;

  constructor(
    private readonly cs: ConfidenceSequence & { update(x: X): void },
    readonly claim: MeanClaim,
    readonly resolution: number,
  ) {
    if (!(resolution > 0 && Number.isFinite(resolution))) throw new RangeError(`SequentialTest: resolution must be positive and finite, got ${resolution}`);
  }

  /** Add one sample; returns the decision after it. Samples after a decision still narrow the interval but do not change the decision. */
  update(x: X): SequentialDecision {
    this.cs.update(x);
    const before = this.memory.decision;
    this.memory = decideStep(this.memory, this.claim, this.resolution, this.cs);
    if (before === 'undecided' && this.memory.decision !== 'undecided') this.decidedAtN = this.cs.n;
    return this.memory.decision;
  }

  get decision(): SequentialDecision {
    return this.memory.decision;
  }

  get n(): number {
    return this.cs.n;
  }

  state(): SequentialState {
    const c = this.claim;
    const pRefute = 'atLeast' in c ? this.cs.pValue(c.atLeast, 'atLeast')
      : 'atMost' in c ? this.cs.pValue(c.atMost, 'atMost')
        // μ = c: both one-sided nulls hold; the CS's two sides share α, so the smaller p is valid
        : Math.min(this.cs.pValue(c.equals, 'atLeast'), this.cs.pValue(c.equals, 'atMost'));
    return {
      decision: this.memory.decision,
      interval: this.cs.interval(),
      n: this.cs.n,
      decidedAt: this.decidedAtN,
      alpha: this.cs.alpha,
      resolution: this.resolution,
      claim: c,
      pRefute,
    };
  }
}
