import type { Arbitrary } from 'fast-check';
import {
  ChoiceOverrunError, decodeChoices, encodeChoices, generateFromChoices, simplest, type ChoiceSequence,
} from './choice_search_tape.ts';

/**
 * k of "violated by at least k× the allowance": a shown counterexample must be decisively
 * violated (issue 14, severity), not shrunk to the edge of the tolerance where rounding and
 * mathematics cannot be told apart. 10× leaves an order of magnitude above the rounding model.
 */
export const SEVERITY_FACTOR = 10;

/**
 * How violated an instance is, in units of its allowance (e.g. (lhs − rhs)/allowed for an
 * inequality, |lhs − rhs|/allowed for an identity): > 1 is a violation. `undefined` when the
 * instance does not meet the hypotheses.
 */
export type Excess<T> = (value: T) => number | undefined | Promise<number | undefined>;

/** One instance met while shrinking, with its handle (`replayChoices(arb, handle)` rebuilds it). */
export interface SevereInstance<T> {
  readonly value: T;
  readonly excess: number;
  readonly values: readonly bigint[];
  readonly handle: string;
}

export interface SevereShrinkResult<T> {
  /** the most violated instance seen (the start, or one met while shrinking) */
  worst: SevereInstance<T>;
  /** the simplest instance found that is still violated by at least `threshold`× the allowance */
  shrunk: SevereInstance<T>;
  /** min(k, the start's excess): a start violated by less than k× is shrunk keeping its own excess */
  threshold: number;
  evaluations: number;
}

/**
 * Shrink a refuting instance in choice space (Hypothesis' shrinker passes on the choice
 * sequence, `internal/conjecture/shrinker.py`: delete blocks, zero a choice, lower a choice by
 * binary search) under the predicate "still violated by at least k× the allowance", so the
 * counterexample shown stays decisive. A candidate is kept only when it is shortlex-simpler
 * (fewer choices, then choices nearer their simplest value), so shrinking terminates; past the
 * end of a shortened sequence, choices take their simplest value (deterministic, no seed).
 *
 * @param start - the refuting instance: its choices (a Candidate from `choiceSearch`) or its handle
 * @example
 * const { worst, shrunk } = await shrinkSevere(claim.instances, found, (v) => excessOf(v));
 * // report worst.excess and shrunk.value (shrunk.excess ≥ min(10, found's excess))
 */
export async function shrinkSevere<T>(
  arb: Arbitrary<T>,
  start: Pick<ChoiceSequence, 'values'> | string,
  excess: Excess<T>,
  { k = SEVERITY_FACTOR, maxEvaluations = 300, biasFactor }: { k?: number; maxEvaluations?: number; biasFactor?: number } = {},
): Promise<SevereShrinkResult<T>> {
  const decoded = typeof start === 'string' ? decodeChoices(start) : undefined;
  const bias = decoded ? decoded.biasFactor : biasFactor;
  const tried = new Set<string>();
  let evaluations = 0;
  let worst: SevereInstance<T> | undefined;

  const run = async (prefix: readonly bigint[]): Promise<SevereInstance<T> | undefined> => {
    let g;
    try {
      g = generateFromChoices(arb, prefix, { fill: { kind: 'simplest' }, biasFactor: bias });
    } catch (err) {
      if (err instanceof ChoiceOverrunError) return undefined;
      throw err;
    }
    const key = g.values.join(',');
    if (tried.has(key)) return undefined;
    tried.add(key);
    evaluations++;
    const e = await excess(g.value);
    if (e === undefined || Number.isNaN(e)) return undefined;
    const inst: SevereInstance<T> = { value: g.value, excess: e, values: g.values, handle: encodeChoices(g.values, bias) };
    if (!worst || e > worst.excess) worst = inst;
    return inst;
  };

  const first = await run(decoded ? decoded.values : (start as ChoiceSequence).values);
  if (!first) throw new RangeError('shrinkSevere: the start instance does not meet the hypotheses (no excess)');
  const threshold = Math.min(k, first.excess);
  let current = first;
  // mins/maxs of the current sequence, for zeroing and lowering in range
  let bounds = generateFromChoices(arb, current.values, { fill: { kind: 'simplest' }, biasFactor: bias });

  const accept = async (prefix: bigint[]): Promise<boolean> => {
    if (evaluations >= maxEvaluations) return false;
    const c = await run(prefix);
    if (!c || c.excess < threshold || !simpler(c.values, current.values, bounds)) return false;
    current = c;
    bounds = generateFromChoices(arb, current.values, { fill: { kind: 'simplest' }, biasFactor: bias });
    return true;
  };

  for (let progress = true; progress && evaluations < maxEvaluations;) {
    progress = false;
    // delete blocks, largest first, from the end (trailing choices are the most often unused)
    for (const size of [8, 4, 2, 1]) {
      for (let i = current.values.length - size; i >= 0 && evaluations < maxEvaluations; i--) {
        const out = [...current.values];
        out.splice(i, size);
        if (await accept(out)) progress = true;
      }
    }
    // each choice: its simplest value, else binary search towards it
    for (let i = 0; i < current.values.length && evaluations < maxEvaluations; i++) {
      const target = simplest(bounds.mins[i]!, bounds.maxs[i]!);
      const v = current.values[i]!;
      if (v === target) continue;
      const at = (x: bigint) => {
        const out = [...current.values];
        out[i] = x;
        return out;
      };
      if (await accept(at(target))) {
        progress = true;
        continue;
      }
      // invariant: target fails, hi (the current value) holds; halve the distance
      let [lo, hi] = [target, current.values[i]!];
      while (abs(hi - lo) > 1n && evaluations < maxEvaluations && current.values.length > i) {
        const mid = lo + (hi - lo) / 2n;
        if (await accept(at(mid))) {
          hi = mid;
          progress = true;
        } else lo = mid;
      }
    }
  }
  return { worst: worst!, shrunk: current, threshold, evaluations };
}

/** shortlex: fewer choices, then the first differing choice nearer its simplest value */
function simpler(a: readonly bigint[], b: readonly bigint[], bounds: ChoiceSequence): boolean {
  if (a.length !== b.length) return a.length < b.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const t = i < bounds.mins.length ? simplest(bounds.mins[i]!, bounds.maxs[i]!) : 0n;
    const [da, db] = [abs(a[i]! - t), abs(b[i]! - t)];
    if (da !== db) return da < db;
    return a[i]! < b[i]!;
  }
  return false;
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
