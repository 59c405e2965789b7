import fc, { type Arbitrary } from 'fast-check';
import { Rng } from '../tensor/rng.ts';
import {
  ChoiceOverrunError, encodeChoices, generateFromChoices, simplest, uniformBelow, type ChoiceSequence, type Generated,
} from './choice_search_tape.ts';

/**
 * Score of one instance, higher is better; `undefined` (or NaN) when the instance does not
 * meet the claim's hypotheses (it is neither kept nor counted as a step). `+Infinity` is a
 * goal reached (a violation, a witness). Must be deterministic: the search is replayable only
 * if the objective is.
 */
export type ChoiceObjective<T> = (value: T) => number | undefined | Promise<number | undefined>;

/** The mutations of a choice sequence (Hypothesis' optimiser and generate-phase mutator). */
export const MUTATIONS = ['step', 'pair', 'random', 'zero', 'copy', 'block', 'delete'] as const;
export type Mutation = (typeof MUTATIONS)[number];

export interface ChoiceSearchOptions {
  /** the search's seed: the same seed, arbitrary and objective give the same search */
  seed: number;
  /** fresh instances drawn first, the pool the climb restarts from */
  samples: number;
  /** evaluations the climb may spend after sampling (a duplicate candidate costs none) */
  steps: number;
  /**
   * how many of the best samples the climb restarts from when it stalls
   * @defaultValue 3
   */
  restarts?: number;
  /**
   * stop as soon as a score reaches this (a violation or a witness)
   * @defaultValue Infinity
   */
  stopAt?: number;
  /**
   * fast-check's bias factor for generation (`undefined`: uniform draws, as `fc.noBias`)
   * @defaultValue undefined
   */
  biasFactor?: number;
  /**
   * most choices one instance may read (a runaway `filter` or recursion is rejected)
   * @defaultValue 20000
   */
  maxChoices?: number;
}

/** One evaluated instance: its value, score and the handle that rebuilds it (`replayChoices`). */
export interface Candidate<T> extends ChoiceSequence {
  readonly value: T;
  readonly score: number;
  /** `cs1.…`: with the arbitrary, `replayChoices(arb, handle)` gives `value` again exactly */
  readonly handle: string;
  readonly foundBy: 'sampling' | 'search';
}

export interface ChoiceSearchResult<T> {
  /** the best instance seen (undefined when no instance met the hypotheses) */
  best: Candidate<T> | undefined;
  /** best score among the samples, before climbing */
  startScore: number;
  /** objective evaluations spent, samples included */
  evaluations: number;
  /** evaluations whose instance did not meet the hypotheses */
  skipped: number;
  /** accepted moves that raised the score */
  improvements: number;
  /** the best score reached `stopAt` */
  reached: boolean;
  /** per mutation: candidates evaluated and how many raised the score (for tuning and the report) */
  moves: Record<Mutation, { tried: number; improved: number }>;
}

/**
 * Targeted search in the space of random choices an arbitrary consumes (Hypothesis'
 * `internal/conjecture/optimiser.py`, MacIver & Donaldson, ECOOP 2020 "Test-case reduction via
 * test-case generation"): an instance is the integer sequence its `Random` returned, so
 * mutating that sequence and regenerating moves through `map`, `chain` and `filter` as easily
 * as through a plain record; the value-level climb (`search.ts`) cannot, since it must
 * recognise a mutated value as one the arbitrary could produce.
 *
 * Samples `samples` fresh instances, then hill-climbs from the best ones, accepting a mutated
 * sequence when its score is higher, or equal with no more choices (Hypothesis' lateral moves,
 * which escape plateaus). Mutations, at one choice or a block: a step ±2^e in the choice's own
 * range (e from the last step that helped there, or log-uniform over the range, so it moves
 * a double's index by an ulp or by binades alike), followed while it keeps helping by steps of
 * twice the size (Hypothesis' `find_integer` doubling); a fresh random value; the simplest
 * value (closest to 0); a copy of another choice; a block copied or moved elsewhere; a choice
 * or block deleted (a shorter array, a different `chain` branch). Past the end of a mutated
 * sequence, choices come fresh from the search's seeded stream. When the climb stalls it
 * restarts from the next best sample.
 *
 * @example
 * const r = await choiceSearch(claim.instances, (v) => slackRatio(v), { seed, samples: 25, steps: 60, stopAt: Infinity });
 * if (r.reached) console.log(r.best!.handle); // replayChoices(claim.instances, handle).value is the violation
 */
export async function choiceSearch<T>(
  arb: Arbitrary<T>,
  objective: ChoiceObjective<T>,
  options: ChoiceSearchOptions,
): Promise<ChoiceSearchResult<T>> {
  const { seed, samples, steps, restarts = 3, stopAt = Infinity, biasFactor, maxChoices = 20_000 } = options;
  const rng = new Rng(seed).fork('choice-search');
  const fillRng = new Rng(seed).fork('choice-search-fill');
  const moves = Object.fromEntries(MUTATIONS.map((m) => [m, { tried: 0, improved: 0 }])) as ChoiceSearchResult<T>['moves'];
  const seen = new Set<string>();
  let evaluations = 0;
  let skipped = 0;
  let improvements = 0;
  let best: Candidate<T> | undefined;

  /** generate and score one prefix; undefined when it is a duplicate, overruns or is skipped */
  const evaluate = async (prefix: readonly bigint[], foundBy: Candidate<T>['foundBy']): Promise<Candidate<T> | undefined | 'duplicate'> => {
    let g: Generated<T>;
    try {
      g = generateFromChoices(arb, prefix, { fill: { kind: 'fresh', rng: fillRng }, biasFactor, limit: maxChoices });
    } catch (err) {
      if (err instanceof ChoiceOverrunError) return undefined;
      throw err;
    }
    // the same value from other choices (a mutation inside a rejected `filter` attempt, or past
    // what a `map` reads) is the same instance: no evaluation spent, no lateral move
    const key = valueKey(g.value);
    if (seen.has(key)) return 'duplicate';
    seen.add(key);
    evaluations++;
    const s = await objective(g.value);
    if (s === undefined || Number.isNaN(s)) {
      skipped++;
      return undefined;
    }
    const c: Candidate<T> = { ...g, score: s, handle: encodeChoices(g.values, biasFactor), foundBy };
    if (!best || s > best.score) best = c;
    return c;
  };
  const done = () => best !== undefined && best.score >= stopAt;

  // 1. sampling: the restart pool
  const pool: Candidate<T>[] = [];
  for (let i = 0, attempts = 0; i < samples && attempts < 4 * samples && !done(); attempts++) {
    const c = await evaluate([], 'sampling');
    if (c === 'duplicate') continue;
    i++;
    if (c) pool.push(c);
  }
  const startScore = best?.score ?? -Infinity;
  pool.sort((a, b) => b.score - a.score);
  const starts = pool.slice(0, Math.max(1, restarts));

  // 2. the climb
  const limit = evaluations + steps;
  const staleLimit = Math.max(10, Math.floor(steps / (starts.length + 2)));
  let current = starts[0];
  let next = 1;
  let stale = 0;
  let attempts = 0;
  const memory = new Map<number, { exponent: number; sign: 1n | -1n }>();
  let followUp: { index: number; delta: bigint } | undefined;
  while (current && evaluations < limit && !done() && attempts < 20 * steps + 100) {
    attempts++;
    let mutation: Mutation;
    let prefix: bigint[] | undefined;
    let step: { index: number; delta: bigint } | undefined;
    if (followUp) {
      mutation = 'step';
      step = followUp;
      followUp = undefined;
      prefix = stepAt(current, step.index, step.delta);
    } else {
      ({ mutation, prefix, step } = mutate(current, rng, memory));
    }
    if (!prefix) continue;
    const c = await evaluate(prefix, 'search');
    if (c === 'duplicate') continue;
    moves[mutation].tried++;
    const improved = c !== undefined && c.score > current.score;
    if (c !== undefined && (improved || (c.score === current.score && c.values.length <= current.values.length))) {
      current = c;
      if (improved) {
        moves[mutation].improved++;
        improvements++;
        stale = 0;
        if (step) {
          // keep going the way that helped, twice as far (find_integer's doubling)
          memory.set(step.index, { exponent: bitLength(abs(step.delta)), sign: step.delta < 0n ? -1n : 1n });
          followUp = { index: step.index, delta: 2n * step.delta };
        }
        continue;
      }
    }
    stale++;
    if (stale >= staleLimit) {
      // a local maximum (or a plateau): restart from the next best sample, then from fresh draws
      stale = 0;
      memory.clear();
      if (next < starts.length) current = starts[next++];
      else {
        const fresh = await evaluate([], 'search');
        if (fresh !== 'duplicate' && fresh !== undefined) current = fresh;
      }
    }
  }
  return { best, startScore, evaluations, skipped, improvements, reached: done(), moves };
}

/** The sequence with choice `index` moved by `delta`, clamped to that choice's bounds (undefined when it cannot move). */
function stepAt(c: ChoiceSequence, index: number, delta: bigint): bigint[] | undefined {
  const v = c.values[index]!;
  const moved = clamp(v + delta, c.mins[index]!, c.maxs[index]!);
  if (moved === v) return undefined;
  const out = [...c.values];
  out[index] = moved;
  return out;
}

function mutate(
  c: ChoiceSequence,
  rng: Rng,
  memory: Map<number, { exponent: number; sign: 1n | -1n }>,
): { mutation: Mutation; prefix: bigint[] | undefined; step?: { index: number; delta: bigint } } {
  const n = c.values.length;
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (c.maxs[i]! > c.mins[i]!) free.push(i);
  if (free.length === 0) return { mutation: 'random', prefix: undefined };
  const i = free[rng.int(free.length)]!;
  const [lo, hi] = [c.mins[i]!, c.maxs[i]!];
  const u = rng.uniform();
  const out = [...c.values];
  if (u < 0.5) {
    // a step of 2^e: near the size that last helped at this choice half the time, else any scale
    const width = bitLength(hi - lo);
    const m = memory.get(i);
    const exponent = m && rng.uniform() < 0.5
      ? Math.max(0, Math.min(width, m.exponent + Math.round(1.5 * rng.normal())))
      : rng.int(width + 1);
    const size = (1n << BigInt(Math.max(0, exponent - 1))) + (exponent > 1 ? uniformBelow(rng, 1n << BigInt(exponent - 1)) : 0n);
    const sign = m && rng.uniform() < 0.7 ? m.sign : rng.uniform() < 0.5 ? 1n : -1n;
    const delta = sign * (size === 0n ? 1n : size);
    return { mutation: 'step', prefix: stepAt(c, i, delta), step: { index: i, delta } };
  }
  if (u < 0.62 && free.length > 1) {
    // two choices at once, each by a small step of either sign: a move along a level set that
    // single steps jump over (two coordinates of a lattice vector, a value and its weight)
    let j = free[rng.int(free.length)]!;
    while (j === i) j = free[rng.int(free.length)]!;
    for (const k of [i, j]) {
      const width = bitLength(c.maxs[k]! - c.mins[k]!);
      const e = rng.int(Math.min(width, memory.get(k)?.exponent ?? width) + 1);
      const size = 1n << BigInt(Math.max(0, e - 1));
      out[k] = clamp(c.values[k]! + (rng.uniform() < 0.5 ? size : -size), c.mins[k]!, c.maxs[k]!);
    }
    return { mutation: 'pair', prefix: out };
  }
  if (u < 0.72) {
    out[i] = lo + uniformBelow(rng, hi - lo + 1n);
    return { mutation: 'random', prefix: out };
  }
  if (u < 0.77) {
    out[i] = simplest(lo, hi);
    return { mutation: 'zero', prefix: out };
  }
  if (u < 0.85) {
    // copy a choice read with the same bounds (a sibling coordinate) when there is one
    const same = free.filter((j) => j !== i && c.mins[j] === lo && c.maxs[j] === hi);
    const j = same.length ? same[rng.int(same.length)]! : free[rng.int(free.length)]!;
    out[i] = clamp(c.values[j]!, lo, hi);
    return { mutation: 'copy', prefix: out };
  }
  if (u < 0.93) {
    // a block of 1–8 choices copied over another place, or moved there (shifting what lies between)
    const len = 1 + rng.int(Math.min(8, n));
    const from = rng.int(n - len + 1);
    const to = rng.int(n - len + 1);
    if (from === to) return { mutation: 'block', prefix: undefined };
    const block = c.values.slice(from, from + len);
    if (rng.uniform() < 0.5) out.splice(to, len, ...block);
    else {
      out.splice(from, len);
      out.splice(Math.min(to, out.length), 0, ...block);
    }
    return { mutation: 'block', prefix: out };
  }
  const len = 1 + (rng.uniform() < 0.5 ? 0 : rng.int(Math.min(4, n)));
  out.splice(i, len);
  return { mutation: 'delete', prefix: out };
}

function clamp(v: bigint, lo: bigint, hi: bigint): bigint {
  return v < lo ? lo : v > hi ? hi : v;
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/** bits needed for a non-negative bigint (0 for 0) */
function bitLength(v: bigint): number {
  return v <= 0n ? 0 : v.toString(2).length;
}

/** identity of an instance: fast-check's own printer tells -0 from 0, NaN, bigints, Maps and typed arrays apart */
function valueKey(value: unknown): string {
  return fc.stringify(value);
}
