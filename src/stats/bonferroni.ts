/**
 * Per-test level that keeps the family-wise false-alarm rate of `tests` tests at most `alpha`
 * (Bonferroni: P(any false alarm) ≤ Σ α/k = α, whatever the dependence between tests).
 */
export function bonferroni(alpha: number, tests: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`bonferroni: alpha must be in (0, 1), got ${alpha}`);
  if (!(Number.isInteger(tests) && tests >= 1)) throw new RangeError(`bonferroni: tests must be a positive integer, got ${tests}`);
  return alpha / tests;
}
