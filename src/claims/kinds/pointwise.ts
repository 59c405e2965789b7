import fc from 'fast-check';
import { MAX_SKIPS_PER_RUN } from '../engine_constants.ts';
import { NonFiniteError } from '../errors.ts';
import { oneLine } from '../one_line.ts';
import type { VacuityRule } from '../vacuity.ts';
import { Skipped, type KindOutcome, type KindRun } from './kind.ts';
import type { Budget } from '../budgets.ts';

/**
 * What the kinds that judge instance by instance (identity, inequality, existence) share:
 * fast-check draws and shrinks, a violated instance becomes a counterexample.
 */

/** Thrown by a predicate whose instance violates the claim (fast-check 4 reports `return false` as an error too). */
export class Violation extends Error {}

/** Vacuous when no drawn instance met the hypotheses, or fast-check gave up skipping. */
export const pointwiseVacuity = (budget: Budget): VacuityRule => ({ unit: 'instances', minMet: 1, maxSkipped: MAX_SKIPS_PER_RUN * budget.runs });

/** fast-check's own precondition mechanism carries our Skipped signal for shrinking. */
export function fcPredicate<E>(evaluate: (i: unknown) => Promise<E>, body: (instance: unknown, evidence: E) => boolean) {
  return async (instance: unknown) => {
    let evidence: E;
    try {
      evidence = await evaluate(instance);
    } catch (err) {
      if (err instanceof Skipped) fc.pre(false);
      throw err;
    }
    if (!body(instance, evidence)) throw new Violation('the instance violates the claim');
    return true;
  };
}

/** The evidence of one instance, or undefined when it does not meet the hypotheses. */
export async function evaluateOrSkip<E>(evaluate: (i: unknown) => Promise<E>, instance: unknown): Promise<E | undefined> {
  try {
    return await evaluate(instance);
  } catch (err) {
    if (err instanceof Skipped) return undefined;
    throw err;
  }
}

/** A replay path: `search:`-prefixed when the targeted search found the counterexample. */
export function splitPath(path: string | undefined): [boolean, string | undefined] {
  if (path === undefined) return [false, undefined];
  return path.startsWith('search:') ? [true, path.slice('search:'.length)] : [false, path];
}

/** Options of the sampling run of a pointwise kind. */
export function sampling(seed: number, budget: Budget, path: string | undefined) {
  return { seed, numRuns: budget.runs, maxSkipsPerRun: MAX_SKIPS_PER_RUN, ...(path !== undefined ? { path, endOnFailure: true } : {}) };
}

/** Draw instances deterministically from the claim's seed (no shrinking: statistical kinds). */
export function draw(instances: fc.Arbitrary<unknown>, seed: number, count: number): unknown[] {
  // noBias: biased sampling repeats small values, and a repeated instance is a repeated
  // outcome (its RNG derives from the instance), not an independent trial
  return fc.sample(fc.noBias(instances), { seed, numRuns: count });
}

/**
 * A failed fast-check run as an outcome: the exception it raised (error), or the shrunk
 * violating instance (refuted, with the judge's reason). Undefined when the run passed.
 * A failure without a counterexample (fast-check gave up skipping) is left to the vacuity rule.
 */
export async function explainFailure<E, S>(
  details: fc.RunDetails<[unknown]>,
  evaluate: (i: unknown) => Promise<E>,
  judge: (ev: E) => { reason: string },
  evidence: S,
  origin: 'sampling' | 'search' = 'sampling',
): Promise<KindOutcome<S> | undefined> {
  if (!details.failed) return undefined;
  if (!details.counterexample) return { verdict: 'inconclusive', reason: 'too few drawn instances met the hypotheses', evidence };
  const [instance] = details.counterexample;
  const path = details.counterexamplePath === null ? undefined : origin === 'search' ? `search:${details.counterexamplePath}` : details.counterexamplePath;
  const thrown = details.errorInstance;
  if (thrown && !(thrown instanceof Violation)) {
    const kind = thrown instanceof NonFiniteError ? 'non-finite evidence' : 'an exception';
    return {
      verdict: 'error', reason: `check raised ${kind} on a drawn instance: ${oneLine(thrown)}`, error: oneLine(thrown), evidence, decisive: true,
      counterexample: { instance, evidence: null, reason: oneLine(thrown), shrinks: details.numShrinks, path },
    };
  }
  const ev = await evaluate(instance);
  const j = judge(ev);
  return {
    verdict: 'refuted',
    reason: `violated${origin === 'search' ? ' (found by the targeted search)' : ''}: ${j.reason}`,
    evidence,
    decisive: true,
    counterexample: { instance, evidence: ev, reason: j.reason, shrinks: details.numShrinks, path },
  };
}

/**
 * The sampling run of a pointwise kind: fast-check draws `budget.runs` instances, `judge` rules
 * on each (and `seen` records it), a violation is shrunk. Fills in `evidence.drawn` and `.met`;
 * `failure` is the outcome when the run failed.
 */
export async function samplePointwise<E, S extends { drawn: number; met: number }, J extends { violated: boolean; reason: string }>(
  { instances, seed, budget, path, evaluate }: KindRun<unknown, E>,
  judge: (ev: E) => J,
  evidence: S,
  seen: (instance: unknown, ev: E, judged: J) => void,
) {
  // a `search:` path replays an inequality's search; fast-check's own path replays sampling
  const [searchPath, fcPath] = splitPath(path);
  const property = fc.asyncProperty(instances, fcPredicate(evaluate, (instance, ev) => {
    const j = judge(ev);
    seen(instance, ev, j);
    return !j.violated;
  }));
  const details = await fc.check(property, sampling(seed, budget, searchPath ? undefined : fcPath));
  evidence.drawn = details.numRuns + details.numSkips;
  evidence.met = details.numRuns;
  const failure = await explainFailure(details, evaluate, judge, evidence);
  return { property, failure, searchPath, fcPath };
}
