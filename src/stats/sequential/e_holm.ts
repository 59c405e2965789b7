import { bonferroni } from '../bonferroni.ts';

/**
 * Holm's step-down procedure (S. Holm, "A simple sequentially rejective multiple test
 * procedure", Scand. J. Statist. 6, 1979, 65–70): sort the K p-values, reject the j-th smallest
 * (j = 1, 2, …) while it is at most α/(K − j + 1), stop at the first that is not. Controls the
 * family-wise error at α under any dependence, and rejects everything Bonferroni (α/K each)
 * rejects, and sometimes more.
 * @returns for each hypothesis, in input order, whether it is rejected
 * @example holm([0.01, 0.04, 0.03], 0.05) // [true, false, false]: 0.01 ≤ 0.05/3, 0.03 > 0.05/2
 */
export function holm(pValues: readonly number[], alpha: number): boolean[] {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
  const order = pValues.map((p, i) => ({ p, i })).sort((u, v) => u.p - v.p);
  const reject = pValues.map(() => false);
  const k = pValues.length;
  for (let j = 0; j < k; j++) {
    const { p, i } = order[j]!;
    if (p > bonferroni(alpha, k - j)) break;
    reject[i] = true;
  }
  return reject;
}

/**
 * Holm across a run's statistical verdicts from their e-values (or anytime-valid e-processes'
 * running maxima): each e calibrates to the p-value min(1, 1/e), valid by Markov's inequality
 * for an e-value and by Ville's for the running maximum of an e-process, so Holm on them keeps
 * the family-wise error at α even though every test stopped when it chose to (V. Vovk &
 * R. Wang, "E-values: calibration, combination and applications", Ann. Statist. 49(3), 2021,
 * §2 on calibration; their e-value analogues of Holm are an alternative).
 *
 * Holm needs every verdict's evidence at once, so it belongs where the run's results meet (the
 * reporter), after each claim has been judged at its fixed Bonferroni share α/K (which keeps a
 * replay of one claim judging it exactly as the full run did): Holm can then add refutations
 * the fixed split missed, never remove one.
 * @example eHolm([400, 1, 30], 0.05) // [true, false, false]
 */
export function eHolm(eValues: readonly number[], alpha: number): boolean[] {
  for (const e of eValues) if (!(e >= 0)) throw new RangeError(`eHolm: e-values must be nonnegative, got ${e}`);
  return holm(eValues.map((e) => Math.min(1, 1 / e)), alpha);
}
