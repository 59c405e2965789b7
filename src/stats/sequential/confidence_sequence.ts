/**
 * What the sequential tests share: a confidence sequence (CS) for a mean, seen through the few
 * questions a decision asks of it.
 *
 * A (1 − α) confidence sequence is a sequence of intervals C_1, C_2, … that cover the true mean
 * at every n simultaneously: P(∃n: μ ∉ C_n) ≤ α (Darling & Robbins 1967; Howard, Ramdas,
 * McAuliffe & Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence sequences",
 * Ann. Statist. 49(2), 2021). Because the guarantee is uniform in n, a test that stops the first
 * time C_n excludes a value, after any number of peeks and with a stopping rule that depends on
 * the data, keeps its error at most α: this is what lets a verdict draw until it is decided.
 */
export interface ConfidenceSequence {
  /** family-wise (over all n) miscoverage of the sequence */
  readonly alpha: number;
  /** samples seen */
  readonly n: number;
  /** add one sample */
  update(x: number): void;
  /**
   * Whether the current interval excludes `m`, and on which side of it `m` lies: 'below' when
   * m < every value in C_n, 'above' when m > every value in C_n, null when m ∈ C_n. Constant
   * time for the values the sequence was created to watch.
   */
  excludes(m: number): 'below' | 'above' | null;
  /**
   * Anytime-valid p-value for the one-sided null "μ ≥ m" (side 'atLeast') or "μ ≤ m"
   * ('atMost'), from the running maximum of the e-process: under the null, P(∃n: p_n ≤ a) ≤ a
   * (Ville's inequality). p_n ≤ α exactly when `excludes(m)` has said 'above' ('below') at some
   * n so far. Defined for watched values.
   */
  pValue(m: number, side: 'atLeast' | 'atMost'): number;
  /** the current interval [lower, upper], computed to a relative tolerance `tol` and rounded outward */
  interval(tol?: number): [number, number];
}
