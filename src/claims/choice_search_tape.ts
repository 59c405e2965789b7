import fc, { type Arbitrary } from 'fast-check';
import { ClaimcheckError } from '../tensor/errors.ts';
import type { Rng } from '../tensor/rng.ts';

/**
 * The random choices an arbitrary consumes, as Hypothesis' choice sequence
 * (`internal/conjecture/choice.py`): every value fast-check builds, through `map`, `chain`
 * and `filter` alike, is a deterministic function of the integers its `Random` handed out.
 *
 * fast-check 4.10 draws only through `Random`: `nextInt(min, max)` and `nextBigInt(min, max)`
 * (pure-rand's `uniformInt`/`uniformBigInt` on the 32-bit words of a `RandomGenerator`);
 * `next(bits)`, `nextBoolean()` and `nextDouble()` are `nextInt`s too. A `double` is one
 * `nextBigInt` over the ordered indices of the doubles in its range (`doubleToIndex`), an
 * `integer` one `nextInt`, an array's length one `nextInt`, a bias coin one `nextInt(1, bias)`.
 * So a choice here is a *typed* integer with the bounds of the call that read it, not a raw
 * 32-bit word: a mutation of ±k moves a value by k in its own range (Hypothesis' typed nodes),
 * and no 32-bit rejection loop shifts the stream.
 */
export interface ChoiceSequence {
  /** the integer each call returned, in call order */
  readonly values: readonly bigint[];
  /** the bounds of the call that read each value (for mutations that stay in range) */
  readonly mins: readonly bigint[];
  readonly maxs: readonly bigint[];
}

/** A value generated from a choice sequence, with the choices it really consumed. */
export interface Generated<T> extends ChoiceSequence {
  readonly value: T;
}

/** A choice sequence that does not fit the arbitrary it is replayed on (replay only). */
export class ChoiceReplayError extends ClaimcheckError {
  override name = 'ChoiceReplayError';
}

/** Generation read more choices than the search allows (a runaway `filter` or recursion). */
export class ChoiceOverrunError extends ClaimcheckError {
  override name = 'ChoiceOverrunError';
}

/** Where values come from once the recorded prefix is used up. */
export type Fill = { kind: 'fresh'; rng: Rng } | { kind: 'strict' } | { kind: 'simplest' };

/** Shared by a Random and its clones: the realised sequence and the prefix being replayed. */
class Tape {
  readonly values: bigint[] = [];
  readonly mins: bigint[] = [];
  readonly maxs: bigint[] = [];
  constructor(readonly prefix: readonly bigint[], readonly fill: Fill, readonly limit: number) {}

  read(pos: number, min: bigint, max: bigint): bigint {
    if (pos < this.values.length) return fitInto(this.values[pos]!, min, max);
    if (pos >= this.limit) throw new ChoiceOverrunError(`generation read more than ${this.limit} choices`);
    let v: bigint;
    if (pos < this.prefix.length) {
      const p = this.prefix[pos]!;
      if (this.fill.kind === 'strict' && (p < min || p > max))
        throw new ChoiceReplayError(`choice ${pos} is ${p}, outside [${min}, ${max}]: the sequence was recorded for another arbitrary`);
      v = fitInto(p, min, max);
    } else if (this.fill.kind === 'fresh') v = min + uniformBelow(this.fill.rng, max - min + 1n);
    else if (this.fill.kind === 'simplest') v = simplest(min, max);
    else throw new ChoiceReplayError(`the arbitrary reads more than the ${this.prefix.length} recorded choices: the sequence was recorded for another arbitrary`);
    this.values.push(v);
    this.mins.push(min);
    this.maxs.push(max);
    return v;
  }
}

/**
 * fast-check's `Random` reading from a tape. Clones fork the cursor and share the tape, so a
 * clone replays the same choices from where it was taken, as a clone of a pure-rand generator
 * replays the same words (`fc.clone`, `infiniteStream`); `chain` and `oneof` clone only to
 * shrink later, which the search never asks for.
 */
class TapeRandom extends fc.Random {
  constructor(private readonly tape: Tape, private pos: number) {
    super(NO_GENERATOR);
  }
  override clone(): fc.Random {
    return new TapeRandom(this.tape, this.pos);
  }
  private draw(min: bigint, max: bigint): bigint {
    return this.tape.read(this.pos++, min, max);
  }
  override next(bits: number): number {
    return Number(this.draw(0n, BigInt((1 << bits) - 1)));
  }
  override nextBoolean(): boolean {
    return this.draw(0n, 1n) === 1n;
  }
  override nextInt(min?: number, max?: number): number {
    return Number(this.draw(BigInt(min ?? -0x80000000), BigInt(max ?? 0x7fffffff)));
  }
  override nextBigInt(min: bigint, max: bigint): bigint {
    return this.draw(min, max);
  }
  override nextDouble(): number {
    // as fast-check's Random.nextDouble: 53 bits from two draws
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }
  override getState(): readonly number[] | undefined {
    return undefined;
  }
}

/** Every draw is intercepted: a fast-check path that reached the words underneath would be a bug here. */
const NO_GENERATOR = {
  clone() {
    return NO_GENERATOR;
  },
  next(): number {
    throw new Error('fast-check drew past the choice tape (a Random method the tape does not intercept)');
  },
  jump() {},
  getState: () => [] as number[],
};

/**
 * Generate one value of `arb` from `prefix`: the prefix's values are replayed in order (each
 * reduced into the bounds of the call that reads it, so a mutated sequence stays valid), and
 * past it values come from `fill`. Returns the value and the choices it consumed; replaying
 * those (`fill: strict`) gives the same value again.
 *
 * @param biasFactor - fast-check's bias (`undefined`: uniform, as `fc.noBias`); it is part of
 *   the instance space: a biased arbitrary reads one more choice per number (the bias coin)
 */
export function generateFromChoices<T>(
  arb: Arbitrary<T>,
  prefix: readonly bigint[],
  { fill, biasFactor, limit = 20_000 }: { fill: Fill; biasFactor?: number | undefined; limit?: number },
): Generated<T> {
  const tape = new Tape(prefix, fill, limit);
  const value = arb.generate(new TapeRandom(tape, 0), biasFactor).value;
  return { value, values: tape.values, mins: tape.mins, maxs: tape.maxs };
}

/** The value in [min, max] closest to 0 (what Hypothesis shrinks a choice towards). */
export function simplest(min: bigint, max: bigint): bigint {
  return min > 0n ? min : max < 0n ? max : 0n;
}

/** `v` itself when it is in [min, max], else reduced modulo the range's size (deterministic, spreads values). */
export function fitInto(v: bigint, min: bigint, max: bigint): bigint {
  if (v >= min && v <= max) return v;
  const size = max - min + 1n;
  const r = (v - min) % size;
  return min + (r < 0n ? r + size : r);
}

/** Uniform integer in [0, n) from `rng`, for any n ≥ 1 (53 bits at a time, rejection-free modulo a wide draw). */
export function uniformBelow(rng: Rng, n: bigint): bigint {
  if (n <= 1n) return 0n;
  if (n <= 2n ** 32n) return BigInt(Math.floor(rng.uniform() * Number(n)));
  // enough 53-bit blocks to exceed n by 2^32, so the modulo bias is below 2^-32
  let acc = 0n;
  let span = 1n;
  while (span < n << 32n) {
    acc = acc * 2n ** 53n + BigInt(rng.uniform() * 2 ** 53);
    span *= 2n ** 53n;
  }
  return acc % n;
}

/** Format version of a choice handle; bump it if the encoding or fast-check's draw order changes. */
export const CHOICE_HANDLE_PREFIX = 'cs1';

/**
 * A replayable, shell-safe handle for an instance found in choice space: `cs1.<bias>.<data>`,
 * data the base64url of the values in decimal, comma-separated (bias 0: none). With the
 * claim's arbitrary, `replayChoices` rebuilds the instance exactly; fast-check's own seed
 * and `path` cannot express it (a path replays shrinks of a value fast-check generated itself).
 */
export function encodeChoices(values: readonly bigint[], biasFactor?: number): string {
  const data = Buffer.from(values.map(String).join(','), 'utf8').toString('base64url');
  return `${CHOICE_HANDLE_PREFIX}.${biasFactor ?? 0}.${data}`;
}

/** Inverse of {@link encodeChoices}; a one-line ChoiceReplayError for a malformed handle. */
export function decodeChoices(handle: string): { values: bigint[]; biasFactor: number | undefined } {
  const m = /^cs1\.(\d+)\.([A-Za-z0-9_-]*)$/.exec(handle);
  if (!m) throw new ChoiceReplayError(`'${handle.slice(0, 40)}' is not a choice handle (expected ${CHOICE_HANDLE_PREFIX}.<bias>.<base64url>)`);
  const text = Buffer.from(m[2]!, 'base64url').toString('utf8');
  if (text !== '' && !/^-?\d+(,-?\d+)*$/.test(text)) throw new ChoiceReplayError('choice handle: the data is not a list of integers');
  const bias = Number(m[1]);
  return { values: text === '' ? [] : text.split(',').map((s) => BigInt(s)), biasFactor: bias === 0 ? undefined : bias };
}

/**
 * Rebuild the instance a handle names: the same arbitrary and handle give the same value
 * exactly (fast-check's draws are deterministic in their choices). Throws ChoiceReplayError
 * when the handle does not fit the arbitrary (another claim, or the arbitrary changed).
 *
 * @example
 * const { value } = replayChoices(claim.instances, 'cs1.0.MiwxNDU1');
 */
export function replayChoices<T>(arb: Arbitrary<T>, handle: string): Generated<T> {
  const { values, biasFactor } = decodeChoices(handle);
  const g = generateFromChoices(arb, values, { fill: { kind: 'strict' }, biasFactor });
  if (g.values.length !== values.length)
    throw new ChoiceReplayError(`the arbitrary read ${g.values.length} of the handle's ${values.length} choices: it was recorded for another arbitrary`);
  return g;
}
