import { z } from 'zod';
import { bootstrapInterval, tQuantile } from '../../stats/bootstrap.ts';
import { groupedLogLogSlope, logLogFit } from '../../stats/loglog_fit.ts';
import { Rng } from '../../tensor/rng.ts';
import { alphaAtLook } from '../../stats/sequential/alpha_spending.ts';
import {
  EXPONENT_RESOLUTION_FLOOR, EXPONENT_RESOLUTION_SHARE, MAX_DROPPED_SHARE, MIN_DISTINCT_SIZES, MIN_SEEDS_FOR_DRIFT_VERDICT, MIN_SEEDS_TO_LOOK, MIN_SIZES_FOR_DRIFT,
} from '../engine_constants.ts';
import { formatNumber as fmt, formatPercent as pct } from '../format_number.ts';
import { defineKind, notes, numberList, type Cell, type EvidenceBlock, type Notes, type PowerLawFit, type SummaryBase, workText } from './kind.ts';
import { draw, evaluateOrSkip } from './pointwise.ts';

/** The claim's `scaling` field: y ∝ x^exponent, with a relation and the resolution that decides it. */
export const scalingSpec = z.object({
  exponent: z.number().finite(),
  relation: z.enum(['equal', 'atMost', 'atLeast']),
  /**
   * the error in the exponent the verdict must detect: supported only when the interval lies
   * within exponent ± resolution (default {@link defaultScalingResolution}: 20% of |exponent|)
   */
  resolution: z.number().positive().optional(),
  /** the plot's axis titles: the swept size and the measured quantity (plain text, `$…$` TeX allowed) */
  axes: z.object({ x: z.string().trim().min(1), y: z.string().trim().min(1) }).strict().optional(),
});
export type ScalingSpec = z.infer<typeof scalingSpec>;

const curve = z.object({ x: numberList, y: numberList });
/** A sweep: y measured at x (several seeds may repeat an x). */
export const scalingEvidence = z.looseObject({
  x: numberList,
  y: numberList,
  notes: notes.optional(),
  /** a trajectory or curve for the report's plots */
  series: z.record(z.string(), curve).optional(),
});
export type ScalingEvidence = z.infer<typeof scalingEvidence>;

/** One log-log fit of a scaling claim: Bonferroni-adjusted bootstrap interval, drift check on the halves. */
export type FitSummary = PowerLawFit;

/**
 * The resolution of a scaling verdict: the error in the exponent it must detect (`target`), and
 * the one the evidence reached (`reached`): for `equal`, the farthest end of the interval from
 * the claimed exponent, max(hi − e, e − lo); for `atMost`, hi − e; for `atLeast`, e − lo (0 when
 * the interval lies wholly on the claimed side). Supported needs reached < target.
 */
export interface ScalingResolution {
  target: number;
  reached: number;
}

export interface ScalingSummary extends SummaryBase<'scaling'> {
  spec?: ScalingSpec;
  fit?: FitSummary;
  points?: Array<{ x: number; y: number; seed: number }>;
  series?: Array<{ seed: number; name: string; x: number[]; y: number[] }>;
  /** the claim's level (its share of the run's α), spent over the looks */
  alpha?: number;
  resolution?: ScalingResolution;
  /** looks taken (one per added seed, from MIN_SEEDS_TO_LOOK on) and the level of the last one */
  looks?: number;
  lookAlpha?: number;
}

type Outcome = 'supported' | 'refuted' | 'inconclusive';
export interface ScalingJudgement {
  outcome: Outcome;
  fit: FitSummary;
  resolution: ScalingResolution;
  reason: string;
}

/**
 * The default resolution of a claimed exponent e: 0.2·|e| (a 20% error), at least
 * EXPONENT_RESOLUTION_FLOOR (0.05) so that e = 0 gets one.
 */
export function defaultScalingResolution(exponent: number): number {
  return Math.max(EXPONENT_RESOLUTION_SHARE * Math.abs(exponent), EXPONENT_RESOLUTION_FLOOR);
}

/** How far from the claimed side the interval still reaches (see {@link ScalingResolution}). */
export function resolutionReached([lo, hi]: readonly [number, number], spec: Pick<ScalingSpec, 'exponent' | 'relation'>): number {
  const e = spec.exponent;
  if (spec.relation === 'atMost') return Math.max(0, hi - e);
  if (spec.relation === 'atLeast') return Math.max(0, e - lo);
  return Math.max(hi - e, e - lo);
}

/**
 * Which claimed exponents a fit decides, before the finite-size check: the claimed exponents e
 * (same relation, the claim's own resolution or the default for each e) for which this interval
 * would support, and the side(s) on which it would refute. The report prints it so that a reader
 * sees how far the verdict would stand had the claimed exponent been another (a threshold that is
 * ours shown to matter or not). Supported ranges are found on a fine grid of e.
 */
export function exponentsDecided(
  [lo, hi]: readonly [number, number],
  spec: Pick<ScalingSpec, 'relation'> & { resolution?: number | undefined },
): { supported?: [number, number]; refutedBelow?: number; refutedAbove?: number } {
  const res = (e: number) => spec.resolution ?? defaultScalingResolution(e);
  const w = Math.max(hi - lo, 0.05);
  const from = lo - 2 * w - 1, to = hi + 2 * w + 1, steps = 4000;
  let a: number | undefined, b: number | undefined;
  for (let i = 0; i <= steps; i++) {
    const e = from + ((to - from) * i) / steps;
    const onSide = spec.relation === 'equal' ? lo <= e && e <= hi : spec.relation === 'atMost' ? lo <= e : hi >= e;
    if (onSide && resolutionReached([lo, hi], { exponent: e, relation: spec.relation }) < res(e)) {
      a ??= e;
      b = e;
    }
  }
  return {
    ...(a !== undefined && b !== undefined ? { supported: [a, b] as [number, number] } : {}),
    ...(spec.relation !== 'atLeast' ? { refutedBelow: lo } : {}),
    ...(spec.relation !== 'atMost' ? { refutedAbove: hi } : {}),
  };
}

/** {@link exponentsDecided} in words, for the report. */
export function exponentsDecidedText(interval: readonly [number, number], spec: Pick<ScalingSpec, 'relation'> & { resolution?: number | undefined }): string {
  const d = exponentsDecided(interval, spec);
  const rel = { equal: '=', atMost: '≤', atLeast: '≥' }[spec.relation];
  const sup = d.supported
    ? spec.relation === 'equal'
      ? `supports k ${rel} e for e in [${fmt(d.supported[0], 3)}, ${fmt(d.supported[1], 3)}]`
      : spec.relation === 'atMost' ? `supports k ≤ e for e ≥ ${fmt(d.supported[0], 3)}` : `supports k ≥ e for e ≤ ${fmt(d.supported[1], 3)}`
    : 'supports no claimed exponent (the interval is wider than twice the resolution)';
  const ref = [d.refutedBelow !== undefined ? `e < ${fmt(d.refutedBelow, 3)}` : '', d.refutedAbove !== undefined ? `e > ${fmt(d.refutedAbove, 3)}` : ''].filter(Boolean).join(' or ');
  return `${sup}; refutes k ${rel} e for ${ref} (before the finite-size check)`;
}

/**
 * The local exponent at the largest x under the finite-size model log y = a_seed + k·L + c·(L − L̄)²
 * (L = log x): a fitted correction term that lets the exponent drift linearly in log x, so
 * d log y / d L at L_max is k + 2c·(L_max − L̄). NaN when the fit is singular (fewer than three
 * sizes in the selection).
 */
export function exponentAtLargest(points: ReadonlyArray<{ x: number; y: number; seed: number }>): number {
  const L = points.map((p) => Math.log(p.x));
  const mean = L.reduce((a, b) => a + b, 0) / L.length;
  const groups = new Map<number, number[]>();
  points.forEach((p, i) => groups.set(p.seed, [...(groups.get(p.seed) ?? []), i]));
  let suu = 0, suv = 0, svv = 0, suy = 0, svy = 0;
  for (const idx of groups.values()) {
    const u = idx.map((i) => L[i]!);
    const v = u.map((t) => (t - mean) ** 2);
    const y = idx.map((i) => Math.log(points[i]!.y));
    const mu = u.reduce((a, b) => a + b, 0) / u.length, mv = v.reduce((a, b) => a + b, 0) / v.length, my = y.reduce((a, b) => a + b, 0) / y.length;
    for (let j = 0; j < u.length; j++) {
      const du = u[j]! - mu, dv = v[j]! - mv, dy = y[j]! - my;
      suu += du * du; suv += du * dv; svv += dv * dv; suy += du * dy; svy += dv * dy;
    }
  }
  const det = suu * svv - suv * suv;
  if (!(det > 1e-12 * suu * svv)) return NaN;
  const k = (svv * suy - suv * svy) / det;
  const c = (suu * svy - suv * suy) / det;
  return k + 2 * c * (Math.max(...L) - mean);
}

/**
 * One look at a scaling claim: fit log y on log x over all points (one constant per seed, pairs
 * bootstrap for the interval at level 1 − α), check the two halves of the x range for drift,
 * then apply the relation with resolution r (the claim's, else 0.2·|e|):
 *
 * | relation | refuted | supported | else |
 * |---|---|---|---|
 * | k = e | e ∉ [lo, hi] | e ∈ [lo, hi] ⊂ (e − r, e + r) | inconclusive |
 * | k ≤ e | lo > e | hi < e + r | inconclusive |
 * | k ≥ e | hi < e | lo > e − r | inconclusive |
 *
 * so that, when the interval covers the true exponent k, a true claim is never refuted and a
 * claim false by r or more (|k − e| ≥ r, or k ≥ e + r for ≤) is never supported: the same
 * indifference-zone reading as the rate test's (src/stats/sequential/decision.ts). The
 * one-sided relations need no width: "k ≤ e" is supported by any interval below e + r, however
 * far below.
 *
 * Finite-size bias is handled by a stated model, not a margin: the sweep is taken to be a pure
 * power law y = C_seed·x^k over its range, and the model is checked by fitting the lower and
 * upper halves of the x range separately; when their exponents differ significantly (a t-test at
 * the same α), the local exponent drifts, the sweep is not yet in its asymptotic regime, and the
 * verdict is inconclusive whatever the full fit says. A drift too slow for the halves to show can
 * still bias a precise fit past e, so a refutation whose fitted exponent lies within the resolution
 * of e (|k̂ − e| < r: a discrepancy of the size finite-size bias takes) must also survive the fitted
 * correction term of {@link exponentAtLargest} (the local exponent allowed to drift linearly in
 * log x, evaluated at the largest x, its interval bootstrapped at the same α): when that interval
 * still reaches e, finite-size bias cannot be ruled out and the verdict is judged on the corrected
 * model: supported when its interval also lies within the resolution of e (within e ± r; for ≤,
 * below e + r; for ≥, above e − r), else inconclusive. The corrected interval covers the local
 * exponent at the largest x at level 1 − α, so a claim false there by r or more is not supported
 * this way. A fit off by r or more is refuted as measured: it is off by more than the error the
 * verdict must detect.
 */
export function judgeScaling(
  points: Array<{ x: number; y: number; seed: number }>,
  spec: ScalingSpec,
  { alpha, resamples, seed }: { alpha: number; resamples: number; seed: number },
): ScalingJudgement {
  const rng = new Rng(seed);
  const random = () => rng.uniform();
  // one constant per seed, one common exponent (see groupedLogLogSlope)
  const slopeOf = (pts: Array<{ x: number; y: number; seed: number }>) => (idx: number[]) => {
    const sel = idx.map((i) => pts[i]!);
    if (new Set(sel.map((p) => p.x)).size < 2) return NaN;
    return groupedLogLogSlope(sel.map((p) => ({ x: p.x, y: p.y, group: p.seed }))).slope;
  };
  const pooled = logLogFit(points.map((p) => p.x), points.map((p) => p.y));
  const grouped = groupedLogLogSlope(points.map((p) => ({ x: p.x, y: p.y, group: p.seed })));
  const meanIntercept = [...grouped.intercepts.values()].reduce((a, b) => a + b, 0) / grouped.intercepts.size;
  const full = { slope: grouped.slope, intercept: meanIntercept, r2: pooled.r2 };
  // residual degrees of freedom of the fixed-effects fit: one intercept per seed and the slope
  const dofOf = (pts: Array<{ seed: number }>) => pts.length - new Set(pts.map((p) => p.seed)).size - 1;
  const boot = bootstrapInterval(points.length, slopeOf(points), { resamples, alpha, random, dof: dofOf(points) });
  const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const r = spec.resolution ?? defaultScalingResolution(spec.exponent);
  let lowerHalf: number | undefined;
  let upperHalf: number | undefined;
  let drifting = false;
  if (xs.length >= MIN_SIZES_FOR_DRIFT) {
    const mid = xs[Math.floor((xs.length - 1) / 2)]!;
    const midHi = xs[Math.ceil((xs.length - 1) / 2)]!;
    const lo = points.filter((p) => p.x <= mid);
    const hi = points.filter((p) => p.x >= midHi);
    const bl = bootstrapInterval(lo.length, slopeOf(lo), { resamples: Math.ceil(resamples / 2), alpha, random, dof: dofOf(lo) });
    const bh = bootstrapInterval(hi.length, slopeOf(hi), { resamples: Math.ceil(resamples / 2), alpha, random, dof: dofOf(hi) });
    lowerHalf = bl.estimate;
    upperHalf = bh.estimate;
    const gap = Math.abs(bl.estimate - bh.estimate);
    const halfDof = Math.max(1, Math.min(dofOf(lo), dofOf(hi)));
    drifting = gap > tQuantile(1 - alpha / 2, halfDof) * Math.hypot(bl.se, bh.se);
  }
  const [lo, hi] = boot.interval;
  const fit: FitSummary = {
    exponent: full.slope,
    interval: [lo, hi],
    level: 1 - alpha,
    constant: Math.exp(full.intercept),
    r2: full.r2,
    drifting,
    ...(lowerHalf !== undefined ? { lowerHalf } : {}),
    ...(upperHalf !== undefined ? { upperHalf } : {}),
  };
  const e = spec.exponent;
  const resolution = { target: r, reached: resolutionReached([lo, hi], spec) };
  const iv = `exponent ${fmt(full.slope, 3)} [${fmt(lo, 3)}, ${fmt(hi, 3)}] at ${pct(1 - alpha)}`;
  if (drifting)
    return { outcome: 'inconclusive', fit, resolution, reason: `${iv}, but the local exponent drifts from ${fmt(lowerHalf!, 3)} (small x) to ${fmt(upperHalf!, 3)} (large x): the asymptotic regime is not reached at these sizes` };
  const sign = { equal: '±', atMost: '+', atLeast: '−' }[spec.relation];
  const reached = `resolution reached ${sign}${fmt(resolution.reached, 2)}, needed ${sign}${fmt(r, 2)}`;
  let outcome: Outcome;
  let why: string;
  /** the drift-corrected exponent at the largest x, bootstrapped at the same level (computed only before a refutation) */
  const corrected = () => {
    if (xs.length < MIN_DISTINCT_SIZES || dofOf(points) < 2) return undefined;
    const b = bootstrapInterval(points.length, (idx) => {
      const sel = idx.map((i) => points[i]!);
      return new Set(sel.map((p) => p.x)).size < MIN_DISTINCT_SIZES ? NaN : exponentAtLargest(sel);
    }, { resamples, alpha, random, dof: dofOf(points) - 1 });
    return Number.isFinite(b.estimate) && Number.isFinite(b.se) ? b : undefined;
  };
  /**
   * Where the interval excludes e by a discrepancy of the size finite-size bias takes (|k̂ − e| < r):
   * undefined when the drift-corrected interval excludes e too (the refutation stands), else the
   * verdict on the corrected model: supported when its interval also lies within the resolution on
   * the claim's side(s) (the stated model fits, and its exponent at the largest x pins e as the
   * plain fit would have), inconclusive otherwise.
   */
  const onCorrectedModel = (excludes: (iv: [number, number]) => boolean, pins: (iv: [number, number]) => boolean): [Outcome, string] | undefined => {
    // a fit off by the resolution or more is refuted as measured
    if (Math.abs(full.slope - e) >= r) return undefined;
    const c = corrected();
    if (!c) return undefined;
    fit.atLargestX = { exponent: c.estimate, interval: c.interval };
    if (excludes(c.interval)) return undefined;
    const civ = `the drift-corrected exponent at the largest x, ${fmt(c.estimate, 3)} [${fmt(c.interval[0], 3)}, ${fmt(c.interval[1], 3)}]`;
    return pins(c.interval)
      ? ['supported', `${civ}, reaches ${fmt(e, 3)} and lies within ${sign} ${fmt(r, 2)} of it: the sweep's finite-size bias explains the discrepancy, and the corrected exponent pins the claim`]
      : ['inconclusive', `${civ}, still reaches ${fmt(e, 3)}: finite-size bias cannot be ruled out`];
  };
  let model: [Outcome, string] | undefined;
  if (spec.relation === 'equal') {
    model = hi < e || lo > e ? onCorrectedModel(([a, b]) => (hi < e ? b < e : a > e), ([a, b]) => a > e - r && b < e + r) : undefined;
    if (model) [outcome, why] = [model[0], `the interval excludes ${fmt(e, 3)}, but ${model[1]}`];
    else if (hi < e || lo > e) [outcome, why] = ['refuted', `the interval excludes the claimed ${fmt(e, 3)}`];
    else if (resolution.reached >= r) [outcome, why] = ['inconclusive', `the interval contains ${fmt(e, 3)} but is not within ${fmt(e, 3)} ± ${fmt(r, 2)} (${reached})`];
    else [outcome, why] = ['supported', `the interval contains ${fmt(e, 3)} and lies within ± ${fmt(r, 2)} of it`];
  } else if (spec.relation === 'atMost') {
    model = lo > e ? onCorrectedModel(([a]) => a > e, ([, b]) => b < e + r) : undefined;
    if (model) [outcome, why] = [model[0], `the interval exceeds ${fmt(e, 3)}, but ${model[1]}`];
    else if (lo > e) [outcome, why] = ['refuted', `the whole interval exceeds the claimed ${fmt(e, 3)}`];
    else if (hi >= e + r) [outcome, why] = ['inconclusive', `the interval reaches ${fmt(hi, 3)} ≥ ${fmt(e, 3)} + ${fmt(r, 2)} (${reached})`];
    else [outcome, why] = ['supported', `the interval lies below ${fmt(e, 3)} + ${fmt(r, 2)}`];
  } else {
    model = hi < e ? onCorrectedModel(([, b]) => b < e, ([a]) => a > e - r) : undefined;
    if (model) [outcome, why] = [model[0], `the interval is below ${fmt(e, 3)}, but ${model[1]}`];
    else if (hi < e) [outcome, why] = ['refuted', `the whole interval is below the claimed ${fmt(e, 3)}`];
    else if (lo <= e - r) [outcome, why] = ['inconclusive', `the interval reaches ${fmt(lo, 3)} ≤ ${fmt(e, 3)} − ${fmt(r, 2)} (${reached})`];
    else [outcome, why] = ['supported', `the interval lies above ${fmt(e, 3)} − ${fmt(r, 2)}`];
  }
  return { outcome, fit, resolution, reason: `${iv}: ${why}` };
}

/** Where a sequential scaling test stands after the seeds it has been given. */
export interface ScalingLook {
  judgement: ScalingJudgement;
  /** looks taken so far (this one included) and this look's level */
  look: number;
  lookAlpha: number;
}

/**
 * A scaling claim judged seed by seed: after each added seed, from MIN_SEEDS_TO_LOOK on and
 * whenever the points can be fitted, the interval is recomputed at the look's share
 * alphaAtLook(α, k) of the claim's α. The shares sum to at most α, so by the union bound the
 * chance that any look errs (refutes a true claim, or supports one false by the resolution or
 * more, given intervals valid at their own level) is at most α, however many looks are taken
 * and whatever decides when to stop (Lan & DeMets 1983, with an unbounded plan; see
 * src/stats/sequential/alpha_spending.ts). A look decides when it supports, refutes, or finds
 * the local exponent drifting (the stated finite-size model is rejected at the look's level).
 */
export class SequentialScaling {
  readonly points: Array<{ x: number; y: number; seed: number }> = [];
  private seeds = 0;
  private dropped = 0;
  private looks = 0;
  last: ScalingLook | undefined;

  constructor(private readonly spec: ScalingSpec, private readonly opts: { alpha: number; resamples: number; seed: number }) {}

  /** seeds added, measured values ≤ 0 dropped */
  get seedCount(): number {
    return this.seeds;
  }

  get droppedCount(): number {
    return this.dropped;
  }

  /**
   * whether the last look decided: supported, refuted, or drifting once MIN_SEEDS_FOR_DRIFT_VERDICT
   * seeds are in (an earlier drift finding lets the draw go on: the next seeds may settle it)
   */
  get decided(): boolean {
    const j = this.last?.judgement;
    return j !== undefined && (j.outcome !== 'inconclusive' || (j.fit.drifting && this.seeds >= MIN_SEEDS_FOR_DRIFT_VERDICT));
  }

  /** Add one seed's sweep; returns the look it allowed, if any. */
  add(seed: number, x: ArrayLike<number>, y: ArrayLike<number>): ScalingLook | undefined {
    if (x.length !== y.length) throw new RangeError(`scaling evidence: ${x.length} x values but ${y.length} y values`);
    this.seeds++;
    for (let i = 0; i < x.length; i++) {
      if (!(x[i]! > 0)) continue; // a broken size: the kind's run makes it an error, not a dropped point
      if (y[i]! > 0) this.points.push({ x: x[i]!, y: y[i]!, seed });
      else this.dropped++;
    }
    const fittable = this.seeds >= MIN_SEEDS_TO_LOOK && this.dropped <= (this.points.length + this.dropped) * MAX_DROPPED_SHARE
      && new Set(this.points.map((p) => p.x)).size >= MIN_DISTINCT_SIZES && this.points.length - new Set(this.points.map((p) => p.seed)).size - 1 >= 1;
    if (!fittable) return undefined;
    this.looks++;
    const lookAlpha = alphaAtLook(this.opts.alpha, this.looks);
    const judgement = judgeScaling(this.points, this.spec, { alpha: lookAlpha, resamples: this.opts.resamples, seed: this.opts.seed + this.looks });
    this.last = { judgement, look: this.looks, lookAlpha };
    return this.last;
  }
}

/**
 * Seeds that would likely resolve an undecided `equal` or one-sided claim, from the last look:
 * the interval's half-width h shrinks like 1/√seeds, and supporting needs h < r − |k̂ − e|
 * (one-sided: h < r − (k̂ − e) on the claimed side). Undefined when the estimate itself lies r
 * or more from e (more seeds would not support it).
 */
export function seedsToResolve(j: ScalingJudgement, spec: ScalingSpec, seeds: number): number | undefined {
  const [lo, hi] = j.fit.interval;
  const h = (hi - lo) / 2;
  const e = spec.exponent;
  const off = spec.relation === 'equal' ? Math.abs(j.fit.exponent - e) : spec.relation === 'atMost' ? Math.max(0, j.fit.exponent - e) : Math.max(0, e - j.fit.exponent);
  const room = j.resolution.target - off;
  if (!(room > 0) || !(h > 0)) return undefined;
  return Math.ceil(seeds * (h / room) ** 2);
}

const noteString = (n: Notes | undefined, key: string): string | undefined => (typeof n?.[key] === 'string' ? (n[key] as string) : undefined);

/**
 * A scaling claim draws independent sweeps (seeds), fits one exponent with one constant per
 * seed, and decides by where the interval lies relative to the claimed exponent and resolution.
 */
export const scaling = defineKind({
  name: 'scaling',
  spec: scalingSpec,
  specHint: 'exponent and relation',
  needsPrecision: false,
  statistical: true,
  evidence: scalingEvidence,
  vacuity: () => ({ unit: 'sweeps', minMet: 1 }),
  async run({ instances: arbitrary, spec, seed, budget, alpha, evaluate }) {
    // Sequential over seeds (SequentialScaling): draw until a look decides, or the budget's cap.
    const cap = budget.maxSweepSeeds;
    const instances = draw(arbitrary, seed, cap);
    const seq = new SequentialScaling(spec, { alpha, resamples: budget.bootstrap, seed });
    const series: NonNullable<ScalingSummary['series']> = [];
    const badSizes: number[] = [];
    let met = 0;
    let drawn = 0;
    let notes: Notes = {};
    for (const [k, instance] of instances.entries()) {
      if (seq.decided) break;
      drawn++;
      const ev = await evaluateOrSkip(evaluate, instance);
      if (!ev) continue;
      met++;
      if (ev.x.length !== ev.y.length) throw new RangeError(`scaling evidence: ${ev.x.length} x values but ${ev.y.length} y values`);
      for (let i = 0; i < ev.x.length; i++) if (!(ev.x[i]! > 0)) badSizes.push(ev.x[i]!);
      seq.add(k, ev.x, ev.y);
      if (badSizes.length > 0) break;
      for (const [name, s] of Object.entries(ev.series ?? {})) series.push({ seed: k, name, x: Array.from(s.x), y: Array.from(s.y) });
      if (ev.notes) notes = { ...notes, ...ev.notes };
    }
    const points = seq.points;
    const dropped = seq.droppedCount;
    const evidence: ScalingSummary = { kind: 'scaling', drawn, met, spec, points, series, alpha, notes, work: { used: drawn, cap, unit: 'sweep seeds', decided: seq.decided } };
    const total = points.length + dropped + badSizes.length;
    // a size x ≤ 0 is a broken sweep, not a measurement below resolution: never dropped silently
    if (badSizes.length > 0) {
      const reason = `scaling evidence: x ≤ 0 at ${badSizes.length} of ${total} points (x = ${[...new Set(badSizes)].sort((a, b) => a - b).slice(0, 8).map((x) => fmt(x)).join(', ')}): a sweep's sizes must be > 0`;
      return { verdict: 'error', reason, error: reason, evidence, decisive: true };
    }
    if (dropped > 0) evidence.notes = { ...evidence.notes, 'non-positive points dropped': dropped };
    if (dropped > total * MAX_DROPPED_SHARE) return { verdict: 'inconclusive', reason: `${dropped} of ${total} measured values were ≤ 0: below what this precision resolves`, evidence };
    if (new Set(points.map((p) => p.x)).size < MIN_DISTINCT_SIZES) return { verdict: 'inconclusive', reason: 'fewer than three distinct sizes in the sweep', evidence };
    if (!seq.last) return { verdict: 'inconclusive', reason: `too few seeds or points to fit (${met} seeds, ${points.length} points)`, evidence };
    const { judgement: j, look, lookAlpha } = seq.last;
    evidence.fit = j.fit;
    evidence.resolution = j.resolution;
    evidence.looks = look;
    evidence.lookAlpha = lookAlpha;
    const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    const droppedWhy = dropped > 0 ? `; ${dropped} of ${total} points left out of the log-log fit for y ≤ 0, of at most ${pct(MAX_DROPPED_SHARE)} allowed` : '';
    let more = '';
    if (j.outcome === 'inconclusive' && !j.fit.drifting) {
      const need = seedsToResolve(j, spec, met);
      more = need === undefined ? '; the estimate itself is a resolution or more from the claim' : need > met ? `; about ${need} seeds would resolve ${{ equal: '±', atMost: '+', atLeast: '−' }[spec.relation]}${fmt(j.resolution.target, 2)}` : '';
    }
    const reason = `${j.reason} (x from ${fmt(xs[0]!)} to ${fmt(xs.at(-1)!)}, ${met} of at most ${cap} seeds, look ${look}${more}${droppedWhy})`;
    return {
      verdict: j.outcome, reason, evidence,
      ...(j.outcome === 'refuted' ? { counterexample: { instance: instances[0], evidence: j.fit, reason: j.reason, shrinks: 0, path: undefined } } : {}),
    };
  },
  report(ev) {
    const blocks: EvidenceBlock[] = [];
    const f = ev.fit;
    if (ev.points?.length || f) {
      // the claim's axis titles (plain text, `$…$` TeX allowed), else the check's notes
      const xLabel = ev.spec?.axes?.x ?? noteString(ev.notes, 'xLabel') ?? 'x';
      const yLabel = ev.spec?.axes?.y ?? noteString(ev.notes, 'yLabel') ?? 'y';
      const relation = ev.spec ? { equal: '=', atMost: '≤', atLeast: '≥' }[ev.spec.relation] : undefined;
      const rows: Array<[string, Cell]> = [];
      if (ev.spec) rows.push(['claimed', `exponent ${relation ?? ''} ${fmt(ev.spec.exponent)} (resolution ${{ equal: '±', atMost: '+', atLeast: '−' }[ev.spec.relation]}${fmt(ev.spec.resolution ?? defaultScalingResolution(ev.spec.exponent))}${ev.spec.resolution ? '' : ', the default'})`]);
      if (f) {
        rows.push(
          ['fitted exponent k', [{ text: fmt(f.exponent), strong: true }]],
          [`${pct(f.level)} interval`, `[${fmt(f.interval[0])}, ${fmt(f.interval[1])}]`],
          ['constant C', fmt(f.constant)],
          ['R²', fmt(f.r2)],
        );
        if (f.lowerHalf !== undefined && f.upperHalf !== undefined)
          rows.push(['lower / upper half', [`${fmt(f.lowerHalf)} / ${fmt(f.upperHalf)}`, ...(f.drifting ? [' ', { text: 'drifting', strong: true, tone: 'warn' as const }] : [])]]);
      }
      const sign = ev.spec ? { equal: '±', atMost: '+', atLeast: '−' }[ev.spec.relation] : '±';
      if (ev.resolution) rows.push(['resolution reached', [{ text: `${sign}${fmt(ev.resolution.reached)}`, strong: true, ...(ev.resolution.reached < ev.resolution.target ? { tone: 'ok' as const } : {}) }, ` (needed: below ${sign}${fmt(ev.resolution.target)})`]]);
      if (f && ev.spec) rows.push(['this fit decides', exponentsDecidedText(f.interval, ev.spec)]);
      if (ev.points) rows.push(['points', `${ev.points.length} from ${new Set(ev.points.map((p) => p.seed)).size} seeds`]);
      blocks.push({
        title: `Log-log fit of ${yLabel} against ${xLabel}`,
        className: 'scaling',
        plot: { type: 'loglog', points: ev.points ?? [], ...(f ? { fit: f } : {}), ...(ev.spec ? { spec: ev.spec } : {}), xLabel, yLabel },
        rows,
      });
    }
    if (ev.series?.length) blocks.push({ title: 'Trajectories', plot: { type: 'series', series: ev.series } });
    const details: Array<[string, string]> = [];
    if (ev.alpha !== undefined) details.push(['α (this claim)', fmt(ev.alpha)]);
    if (ev.looks !== undefined && ev.lookAlpha !== undefined) details.push(['looks (α of the last)', `${ev.looks} (${fmt(ev.lookAlpha)})`]);
    if (ev.work) details.push(['work used', workText(ev.work)]);
    return { blocks, details };
  },
});
