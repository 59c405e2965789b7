/**
 * The engine's thresholds, in one place (fast-check's `Parameters.ts`, Hypothesis' settings):
 * every number below changes what a run draws or how evidence becomes a verdict. Budgets
 * (`budgets.ts`) set how much work a run does; these set the rules the work is judged by.
 */

/** Skipped draws (a failed `assume`) fast-check tolerates per requested run; beyond, the run is vacuous. */
export const MAX_SKIPS_PER_RUN = 10;

/** Sampled instances a pointwise kind keeps (the first ones) to pick the targeted search's starts from. */
export const SAMPLES_KEPT = 200;

/** Tightest sampled instances an inequality's targeted search starts from. */
export const SEARCH_STARTS = 3;

/** A search score above this ends the climb: the instance is as good as violated. */
export const SEARCH_STOP_ABOVE = 1e300;

/** Seeds where a probability claim's event failed that the result keeps (the first is its counterexample). */
export const FAILURES_KEPT = 3;

/** Fewest seeds meeting the hypotheses a probability verdict needs. */
export const MIN_TRIALS = 10;

/** Least share of drawn seeds meeting the hypotheses a probability verdict needs (else vacuous). */
export const MIN_MET_SHARE = 1 / 5;

/** Share of a sweep's measured values that may be ≤ 0 (dropped from the log-log fit) before the fit cannot decide. */
export const MAX_DROPPED_SHARE = 1 / 4;

/** Fewest distinct sizes a sweep needs for a log-log fit. */
export const MIN_DISTINCT_SIZES = 3;

/** Distinct sizes from which a sweep's two halves are fitted separately (the drift check). */
export const MIN_SIZES_FOR_DRIFT = 4;

/** Interval half-width beyond which a scaling fit cannot decide, when the claim sets no `resolution`. */
export const DEFAULT_RESOLUTION = 0.25;

/**
 * Finite-size bias of a fitted exponent that is not evidence against the claim, as a share of
 * the resolution: a deterministic sweep can have an interval narrower than its lower-order terms.
 */
export const INDIFFERENCE_SHARE = 1 / 5;

/** Share of drawn instances meeting the hypotheses below which the report warns that the verdict says little. */
export const FEW_MET_SHARE = 0.5;

/** The tolerance policy's one constant: 32 roundings' worth of slack per √(terms summed) (tolerance.ts). */
export const TOLERANCE_FACTOR = 32;

/**
 * Statistical verdicts a run is assumed to contain when the CLI has not counted them: the
 * Bonferroni split uses max(actual, this), which only makes each test more conservative.
 */
export const DEFAULT_STAT_TESTS = 100;
