import fc from 'fast-check';
import { Rng, hashString } from '../tensor/rng.ts';
import { epsilonOf, type Precision } from './tolerance.ts';

/**
 * Rounding told from mathematics, without the claim's help (issue 14, item 1).
 *
 * A pointwise claim's evidence is two computed sides. Their discrepancy is compared
 * **normwise**, as LAPACK's test ratios compare ‖A − QR‖ with n·ε·‖A‖ (LAPACK Working Note 41,
 * "Installation Guide for LAPACK", §6 and the `xQRT01`-style ratios of the testing suite;
 * Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., §1.5–1.6 and §3.1):
 * excess = ‖lhs − rhs‖₂ / allowed, allowed the rounding model of tolerance.ts. Three zones:
 *
 * - **within** (excess ≤ 1): inside the rounding model; the instance holds.
 * - **beyond** (relative discrepancy > ε^⅕: 7.4e-4 in float64, 0.041 in float32): the sides
 *   disagree in their leading fifth of digits. Rounding that large needs n·κ ≳ ε^(−⅘) (Higham
 *   §1.6 and §14: forward error ≲ condition × backward error; for inv(A)·A − I, ≈ n·κ·ε), i.e.
 *   κ ≈ 3e11 for n = 8 in float64, where the check measures almost nothing. That is what a
 *   mathematical error at this precision looks like: refuted, unless the first two rungs of
 *   perturbations show the discrepancy erratic (rounding of a computation that lost most of
 *   its digits there; unresolved when the discrepancy is as large as the sides themselves).
 * - **gray** (between): above the model but not decisive. An ill-conditioned true identity
 *   lands here (inv(A)·A − I ≈ κ·ε: 1e-6 at κ = 1e10), as does a false one off by 1e-7.
 *   The engine decides by evidence ({@link settleByEvidence}): a `reference` evaluation of the
 *   same sides in higher precision when the check offers one, else the discrepancy's response
 *   to perturbations by a few hundred ulps of the instance's doubles and of the data the
 *   check draws from `ctx.rng` ({@link PerturbedRng}). Rounding error is a
 *   discontinuous, erratic function of the inputs (every perturbed rounding is a fresh one), a
 *   mathematical discrepancy a smooth one that stays put (relative change ≈ its condition
 *   number × the perturbation). Neither: the instance is unresolved, and the claim is
 *   inconclusive saying what would decide it.
 */

export type Zone = 'within' | 'gray' | 'beyond';

/** The exponent of ε above which a relative discrepancy is mathematical (see the module doc). */
export const MATHEMATICAL_EXPONENT = 1 / 5;

/** Relative discrepancy above which the sides are judged to differ mathematically: ε^⅕ (0 for exact). */
export function mathematicalFloor(precision: Precision, backendEpsilon?: number): number {
  const eps = epsilonOf(precision, backendEpsilon);
  return eps > 0 ? eps ** MATHEMATICAL_EXPONENT : 0;
}

/** The zone of a discrepancy: `excess` in units of the rounding model, `relative` to the scale of the sides. */
export function zoneOf(excess: number, relative: number, precision: Precision, backendEpsilon?: number): Zone {
  if (!(excess > 1)) return 'within';
  if (precision === 'exact') return 'beyond';
  return relative > mathematicalFloor(precision, backendEpsilon) ? 'beyond' : 'gray';
}

/**
 * The part of a discrepancy the underflow floor does not account for, relative to the scale of
 * the sides: (error − floor)⁺ / scale. Near the floor (sides of order min-normal) the sides carry
 * no relative precision, so a discrepancy there is never "beyond ε^⅕ relative" by its size
 * alone; it is settled by evidence (rounding.ts), like any in the gray zone.
 */
export function relativeBeyondFloor(error: number, floor: number, scale: number): number {
  const beyond = Math.max(0, error - floor);
  return scale > 0 ? beyond / scale : beyond > 0 ? Infinity : 0;
}

/** Euclidean norm (Frobenius for a flattened array), scaled against overflow and underflow. */
export function norm2(xs: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, Math.abs(xs[i]!));
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i]! / m) ** 2;
  return m * Math.sqrt(s);
}

/**
 * Relative sizes of the instance perturbations, smallest first: a few hundred ulps of each
 * double (1e-13 relative is 450 ulps in float64; 1e-6 is 8 float32 ulps), then a larger step
 * that re-rounds intermediate terms up to 1e5× the inputs (a true identity whose sides cancel
 * large terms). A smooth discrepancy of relative condition c changes by c·δ: below
 * STEADY_CHANGE for c up to 5e6 (float64) and 5e3 (float32).
 */
export const PERTURBATION_LADDER: Readonly<Record<'float64' | 'float32', readonly number[]>> = {
  float64: [1e-13, 1e-10, 1e-8],
  float32: [1e-6, 1e-5],
};

/** Perturbed evaluations per rung of the ladder. */
export const PERTURBATIONS_PER_RUNG = 2;

/** ‖d′ − d‖/‖d‖ below this at every rung: the discrepancy stays put (mathematical). */
export const STEADY_CHANGE = 0.05;

/** ‖d′ − d‖/‖d‖ at or above this at some rung: the discrepancy is erratic (rounding). */
export const ERRATIC_CHANGE = 0.25;

/** How a gray-zone discrepancy was settled. */
export interface RoundingEvidence {
  /** what decided: the check's higher-precision sides, the perturbation test, or nothing */
  by: 'reference' | 'perturbation' | 'none';
  /** rounding: the instance holds; mathematical: violated; unresolved: neither could be shown */
  finding: 'rounding' | 'mathematical' | 'unresolved';
  /** rounding as large as the sides themselves: the instance says nothing either way */
  noDigits?: boolean;
  /** ‖d′ − d‖/‖d‖ of each perturbed evaluation, by rung */
  changes?: number[];
  /** relative perturbation sizes tried */
  rungs?: number[];
  /** the reference sides' discrepancy in units of the allowance */
  referenceExcess?: number;
  /** one line: what was seen, or what would decide it */
  note: string;
}

type Path = Array<string | number>;

/** A plain record (fast-check's `record` builds some with a null prototype). */
function isRecord(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Paths of the numbers in an instance: through arrays, typed arrays and plain records. */
function numberPaths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'number') out.push(path);
  else if (v instanceof Float64Array || v instanceof Float32Array) v.forEach((_, i) => out.push([...path, i]));
  else if (Array.isArray(v)) v.forEach((x, i) => numberPaths(x, [...path, i], out));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) numberPaths(x, [...path, k], out);
  return out;
}

function getAt(v: unknown, path: Path): number {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v) as number;
}

function setAt(v: unknown, path: Path, x: number): unknown {
  if (path.length === 0) return x;
  const [head, ...rest] = path;
  if (v instanceof Float64Array || v instanceof Float32Array) {
    const copy = v.slice();
    copy[head as number] = x;
    return copy;
  }
  // a copy keeps a record's null prototype: the arbitrary must still recognise it
  const copy = (Array.isArray(v) ? [...v] : Object.assign(Object.create(Object.getPrototypeOf(v) as object | null), v)) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, x);
  return copy;
}

/**
 * The instance with its doubles multiplied by 1 + δ·s, |s| ∈ [½, 1] of random sign. A
 * non-integer double always moves; an integer-valued one (a size, a count, or a double that
 * happens to be whole) only where `accepts` still recognises the instance with it moved (the
 * arbitrary's `canShrinkWithoutContext`: an `fc.double` field accepts 10·(1 + δ), an
 * `fc.integer` one does not), so a loop bound or a length is never perturbed. `count` is how
 * many numbers moved (0: nothing the engine can perturb).
 */
export function perturbDoubles(value: unknown, delta: number, rng: Rng, accepts?: (v: unknown) => boolean): { value: unknown; count: number } {
  let out = value;
  let count = 0;
  for (const path of numberPaths(value)) {
    const x = getAt(value, path);
    if (!Number.isFinite(x) || x === 0) continue;
    const s = (0.5 + 0.5 * rng.uniform()) * (rng.uniform() < 0.5 ? -1 : 1);
    if (Number.isInteger(x)) {
      if (!accepts) continue;
      // at a bound of its range only one direction stays inside it
      const trial = [s, -s].map((t) => setAt(out, path, x * (1 + delta * t))).find((t) => accepts(t));
      if (trial === undefined) continue;
      out = trial;
    } else out = setAt(out, path, x * (1 + delta * s));
    count++;
  }
  return { value: out, count };
}

/** How a perturbed evaluation's `ctx.rng` stream is perturbed: every uniform draw times 1 + δ·s. */
export interface StreamPerturbation {
  delta: number;
  /** seed of the stream the factors s come from */
  seed: number;
}

/**
 * `ctx.rng` for a perturbed evaluation: the instance's own stream with every uniform draw
 * (and so every normal, sphere point and tensor drawn from it) multiplied by 1 + δ·s,
 * |s| ∈ [½, 1], the factors from a separate stream so the draws stay aligned. Data a check
 * draws from ctx.rng are then perturbed by a few ulps like the instance's own doubles;
 * discrete draws (`int`) move only where a draw lies within δ of a boundary.
 */
export class PerturbedRng extends Rng {
  private readonly factors: Rng;
  constructor(seed: number, private readonly perturbation: StreamPerturbation) {
    super(seed);
    this.factors = new Rng(perturbation.seed);
  }
  override fork(label: string): Rng {
    const child = super.fork(label);
    return new PerturbedRng(child.seed, { delta: this.perturbation.delta, seed: hashString(`${this.perturbation.seed}:${label}`) });
  }
  override uniform(): number {
    const u = super.uniform();
    const s = (0.5 + 0.5 * this.factors.uniform()) * (this.factors.uniform() < 0.5 ? -1 : 1);
    const moved = u * (1 + this.perturbation.delta * s);
    return moved < 1 ? moved : u;
  }
}

/** What would decide an unresolved instance, for the verdict's reason. */
export const WHAT_WOULD_DECIDE =
  'a `reference` evaluation of both sides in higher precision (float64 for a float32 check; double-double or exact for float64), '
  + 'or data the engine can perturb (doubles in the instance, or drawn from ctx.rng)';

/**
 * Settle a gray-zone (or beyond-zone, when a reference is offered) discrepancy by evidence.
 *
 * @param d0 - the discrepancy lhs − rhs (entrywise) on the instance
 * @param referenceExcess - the discrepancy of the check's own higher-precision sides in units of
 *   the same allowance, when it offers them; it decides alone: ≤ 1 rounding, > 1 mathematical
 * @param discrepancyAt - lhs − rhs on a perturbed instance (the check's RNG stream kept), or
 *   undefined when it does not meet the hypotheses, fails, or its sides did not move at all
 *   (the perturbation never reached the computation: no evidence either way)
 */
export async function settleByEvidence({ instance, d0, referenceExcess, discrepancyAt, precision, beyond = false, accepts, relative = 0 }: {
  instance: unknown;
  /** whether the claim's arbitrary still recognises a perturbed instance (for integer-valued doubles) */
  accepts?: (v: unknown) => boolean;
  d0: number[];
  referenceExcess?: number | undefined;
  discrepancyAt: (perturbed: unknown, stream: StreamPerturbation) => Promise<{ d: number[]; within: boolean; sidesChange: number } | undefined>;
  /** the discrepancy relative to the sides' scale (a beyond-zone one as large as the sides that jumps is not settled as rounding) */
  relative?: number;
  precision: Precision;
  /** the discrepancy is beyond ε^⅕ relative: mathematical unless the first two rungs show it erratic */
  beyond?: boolean;
}): Promise<RoundingEvidence> {
  if (referenceExcess !== undefined) {
    const finding = referenceExcess > 1 ? 'mathematical' : 'rounding';
    return { by: 'reference', finding, referenceExcess, note: `the check's higher-precision sides differ by ${referenceExcess.toPrecision(3)}× the allowance` };
  }
  if (precision === 'exact') return { by: 'none', finding: 'mathematical', note: 'exact: any discrepancy is mathematical' };
  const size = norm2(d0);
  const rng = new Rng(hashString(fc.stringify(instance))).fork('perturbation');
  const changes: number[] = [];
  // beyond ε^⅕ the default is mathematical: two rungs look for rounding (the second separates
  // nearly equal inputs that the first can round to the same float32 pair)
  const rungs = beyond ? PERTURBATION_LADDER[precision].slice(0, 2) : PERTURBATION_LADDER[precision];
  let usable = 0;
  // the sides themselves jumping (by ≥ ERRATIC_CHANGE of their size) while the discrepancy
  // stays: a cancelling computation whose absorbed term is the discrepancy, not evidence of mathematics
  let sidesJump = false;
  for (const delta of rungs) {
    let rungMax = 0;
    for (let i = 0; i < PERTURBATIONS_PER_RUNG; i++) {
      // the instance's doubles and the ctx.rng stream the check draws its data from
      const p = perturbDoubles(instance, delta, rng, accepts);
      const got = await discrepancyAt(p.value, { delta, seed: rng.int(2 ** 31) });
      if (!got || got.d.length !== d0.length) continue;
      usable++;
      // within the rounding model a few ulps away: a mathematical discrepancy would not vanish
      // (the absorbed small term of a cancelling sum moves with its inputs, but the sides
      // around it change entirely)
      const change = got.within ? Infinity : norm2(got.d.map((x, j) => x - d0[j]!)) / size;
      if (got.sidesChange >= ERRATIC_CHANGE) sidesJump = true;
      changes.push(change);
      rungMax = Math.max(rungMax, change);
    }
    if (rungMax >= ERRATIC_CHANGE) {
      const how = rungMax === Infinity
        ? `within the rounding model under perturbations of ${delta} relative`
        : `erratic under perturbations of ${delta} relative (the discrepancy changed by ${(100 * rungMax).toPrecision(2)}%)`;
      // beyond ε^⅕ and as large as the sides themselves: no digit of the check is correct there
      // (a singular or chaotic computation); no verdict may rest on such an instance
      if (beyond && relative >= 1 && rungMax < Infinity)
        return { by: 'perturbation', finding: 'rounding', noDigits: true, changes, rungs: [...rungs], note: `${how}, and as large as the sides: the check has no correct digit here (a singular or chaotic instance), which says nothing either way` };
      return { by: 'perturbation', finding: 'rounding', changes, rungs: [...rungs], note: `${how}: rounding${beyond ? ' (of a computation that lost most of its digits here)' : ''}` };
    }
  }
  if (sidesJump) {
    return {
      by: 'perturbation', finding: 'unresolved', changes, rungs: [...rungs],
      note: `the sides jump under perturbation while the discrepancy stays (a cancelling computation's absorbed term, or mathematics); would decide it: ${WHAT_WOULD_DECIDE}`,
    };
  }
  // beyond ε^⅕ and not erratic: what a mathematical error looks like at this precision
  if (beyond) return { by: 'perturbation', finding: 'mathematical', changes, rungs: [...rungs], note: 'beyond ε^⅕ relative and not erratic under perturbation: mathematical' };
  if (usable === PERTURBATIONS_PER_RUNG * rungs.length && changes.every((c) => c <= STEADY_CHANGE))
    return { by: 'perturbation', finding: 'mathematical', changes, rungs: [...rungs], note: `stays put under perturbations up to ${rungs.at(-1)} relative (changed by at most ${(100 * Math.max(...changes)).toPrecision(2)}%): mathematical` };
  if (usable === 0) {
    return {
      by: 'perturbation', finding: 'unresolved', changes, rungs: [...rungs],
      note: `the perturbations did not reach the computation (both sides unchanged: are its data drawn from a seed of its own?); would decide it: ${WHAT_WOULD_DECIDE}`,
    };
  }
  return {
    by: 'perturbation', finding: 'unresolved', changes, rungs: [...rungs],
    note: `neither erratic nor steady under perturbations (${usable} usable, changes ${changes.map((c) => c.toPrecision(2)).join(', ')}); would decide it: ${WHAT_WOULD_DECIDE}`,
  };
}
