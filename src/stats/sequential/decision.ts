/** Outcome of a sequential test so far: it stays 'undecided' until the evidence decides it. */
export type SequentialDecision = 'supported' | 'refuted' | 'undecided';

/** The claim a sequential test decides, about the mean (or rate) μ of what it is fed. */
export type MeanClaim = { atLeast: number } | { atMost: number } | { equals: number };

/**
 * Default indifference zone of a claim about a rate p ∈ (0, 1): 20% of the distance from p to
 * the nearer end of [0, 1], so that "P ≥ 0.99" (failures ≤ 1%) is told from failures of 1.2%,
 * and "P ≥ 0.5" from 0.4. This mirrors issue 14's "the default resolution detects a 20% error".
 */
export function defaultRateResolution(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`defaultRateResolution: p must be in (0, 1), got ${p}; pass resolution explicitly`);
  return 0.2 * Math.min(p, 1 - p);
}

/** The value a claim names and the two values whose exclusion decides it (see {@link decideStep}). */
export function watchedValues(claim: MeanClaim, resolution: number): number[] {
  if ('atLeast' in claim) return [claim.atLeast, claim.atLeast - resolution];
  if ('atMost' in claim) return [claim.atMost, claim.atMost + resolution];
  return [claim.equals, claim.equals - resolution, claim.equals + resolution];
}

/** Memory of a decision across looks: which support conditions have been met so far. */
export interface DecisionMemory {
  decision: SequentialDecision;
  /** for `equals`: the CS has excluded c − r from below / c + r from above at some look */
  lowSeen: boolean;
  highSeen: boolean;
}

/**
 * One look's decision rule, with an indifference zone of width `resolution` (r > 0):
 *
 * | claim | refuted when C_n excludes | supported when C_n excludes |
 * |---|---|---|
 * | μ ≥ p | p, from above (upper < p) | p − r, from below (lower > p − r) |
 * | μ ≤ c | c, from below (lower > c) | c + r, from above (upper < c + r) |
 * | μ = c | c, either side | c − r from below and c + r from above (at some looks) |
 *
 * Why the zone: when μ = p exactly, "μ ≥ p" is true but no finite sample shows the lower bound
 * at p or above, so a test that supports only when lower ≥ p never decides a claim at its
 * boundary; one that supports when lower ≥ p − r decides it, and its guarantee reads: a claim
 * that is true is refuted with probability ≤ α; a claim that is false by more than r (μ < p − r)
 * is supported with probability ≤ α; between the two, either verdict may come out, which is
 * what "resolution r" means. Both bounds hold under optional stopping because the decision is
 * taken the first time the CS excludes a value (Howard et al. 2021, §2; the same two-sided
 * indifference-zone reading as Wald's SPRT, "Sequential Analysis", 1947). Refutation is checked
 * first: a CS inside [p − r, p) shows a claim that is false, if by less than r.
 *
 * The decision is sticky: once decided, later looks do not change it (the guarantees are for
 * the first crossing, as is the work a verdict used).
 */
export function decideStep(memory: DecisionMemory, claim: MeanClaim, resolution: number, cs: { excludes(m: number): 'below' | 'above' | null }): DecisionMemory {
  if (memory.decision !== 'undecided') return memory;
  const next = { ...memory };
  if ('atLeast' in claim) {
    const p = claim.atLeast;
    if (cs.excludes(p) === 'above') next.decision = 'refuted';
    else if (cs.excludes(p - resolution) === 'below') next.decision = 'supported';
  } else if ('atMost' in claim) {
    const c = claim.atMost;
    if (cs.excludes(c) === 'below') next.decision = 'refuted';
    else if (cs.excludes(c + resolution) === 'above') next.decision = 'supported';
  } else {
    const c = claim.equals;
    if (cs.excludes(c) !== null) next.decision = 'refuted';
    else {
      next.lowSeen ||= cs.excludes(c - resolution) === 'below';
      next.highSeen ||= cs.excludes(c + resolution) === 'above';
      if (next.lowSeen && next.highSeen) next.decision = 'supported';
    }
  }
  return next;
}
