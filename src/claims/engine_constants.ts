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

/**
 * Default resolution of a scaling claim, as a share of |exponent|: a claimed exponent e is
 * supported only when the interval lies within e ± 0.2·|e|, so a 20% error in the exponent
 * (m^{-0.6} against a claimed m^{-1/2}) is never supported (issue 14).
 */
export const EXPONENT_RESOLUTION_SHARE = 0.2;

/**
 * Least default resolution of a scaling claim, for exponents near 0 (where 20% of |e| vanishes):
 * ±0.05 is 20% of the smallest exponent the catalog states other than 0 (1/4), and what a sweep
 * over a decade with a few seeds can reach.
 */
export const EXPONENT_RESOLUTION_FLOOR = 0.05;

/** Seeds a scaling sweep needs before a look may decide (one seed says nothing of seed-to-seed spread). */
export const MIN_SEEDS_TO_LOOK = 2;

/**
 * Seeds a scaling sweep needs before a drift finding ends the sequential draw. A drift finding
 * compares two half-sweeps' slopes, each fitted to half the points: with two or three seeds their
 * standard errors rest on few independent sweeps and the halves of one unlucky seed can look
 * significantly apart (at ci seed 101 two true power laws, ntk.kernel-limit-rate and
 * ntk.activation-flips-exponent-off, stopped at look 1 with 2 seeds on "drifts −0.55 → −0.39").
 * Before this many seeds a drifting look is reported but the draw goes on; at the cap it stands.
 */
export const MIN_SEEDS_FOR_DRIFT_VERDICT = 4;

/** Share of drawn instances meeting the hypotheses below which the report warns that the verdict says little. */
export const FEW_MET_SHARE = 0.5;

/** The tolerance policy's one constant: 32 roundings' worth of slack per √(terms summed) (tolerance.ts). */
export const TOLERANCE_FACTOR = 32;

/**
 * Statistical verdicts a run is assumed to contain when the CLI has not counted them: the
 * Bonferroni split uses max(actual, this), which only makes each test more conservative.
 */
export const DEFAULT_STAT_TESTS = 100;
