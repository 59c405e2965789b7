/**
 * The evidence rules of all five kinds, in one place (DESIGN.md, "Evidence per kind").
 * Claims return numbers; only this module turns numbers into verdicts.
 */
import { bonferroni } from '../stats/bonferroni.ts';
import { bootstrapInterval, tQuantile } from '../stats/bootstrap.ts';
import { clopperPearson } from '../stats/clopper_pearson.ts';
import { groupedLogLogSlope, logLogFit } from '../stats/loglog_fit.ts';
import { Rng } from '../tensor/rng.ts';
import { NonFiniteError } from './errors.ts';
import type { FitSummary } from './result.ts';
import { allowance } from './tolerance.ts';
import type { IdentityEvidence, InequalityEvidence, Numbers, Precision, ScalingSpec } from './types.ts';

export type Outcome = 'supported' | 'refuted' | 'inconclusive';

export function toArray(v: Numbers): number[] {
  return typeof v === 'number' ? [v] : Array.from(v as ArrayLike<number>);
}

/** NaN or ±Inf anywhere in the evidence is an error, never a pass. */
export function assertFiniteEvidence(value: unknown, where = 'evidence'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NonFiniteError(`${where} is ${value}`);
  } else if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const arr = value as ArrayLike<unknown>;
    for (let i = 0; i < arr.length; i++) assertFiniteEvidence(arr[i], `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'witness') assertFiniteEvidence(v, `${where}.${k}`);
  }
}

export interface InstanceJudgement {
  violated: boolean;
  /** |lhs − rhs| (identity) or lhs − rhs (inequality) */
  error: number;
  allowed: number;
  /** error / allowed for identities; lhs / rhs for inequalities */
  ratio: number;
  reason: string;
}

const magnitude = (xs: number[]): number => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

/** identity: max|lhs − rhs| ≤ tol(precision, size) · scale on the instance. */
export function judgeIdentity(ev: IdentityEvidence, precision: Precision, backendEpsilon: number): InstanceJudgement {
  const lhs = toArray(ev.lhs);
  const rhs = toArray(ev.rhs);
  if (lhs.length !== rhs.length) throw new RangeError(`identity evidence: lhs has ${lhs.length} entries, rhs ${rhs.length}`);
  let error = 0;
  let at = 0;
  lhs.forEach((l, i) => {
    const e = Math.abs(l - rhs[i]!);
    if (e > error) [error, at] = [e, i];
  });
  const scale = ev.scale ?? Math.max(magnitude(lhs), magnitude(rhs));
  const { allowed } = allowance(precision, ev.size ?? lhs.length, scale, backendEpsilon);
  const violated = error > allowed;
  const entry = lhs.length > 1 ? ` at entry ${at}` : '';
  return {
    violated,
    error,
    allowed,
    ratio: allowed > 0 ? error / allowed : error > 0 ? Infinity : 0,
    reason: `|lhs − rhs| = ${fmt(error)}${entry} (lhs ${fmt(lhs[at] ?? NaN)}, rhs ${fmt(rhs[at] ?? NaN)}) ${violated ? '>' : '≤'} allowed ${fmt(allowed)}`,
  };
}

/** inequality: lhs ≤ rhs + tol · scale. */
export function judgeInequality(ev: InequalityEvidence, precision: Precision, backendEpsilon: number): InstanceJudgement {
  const scale = ev.scale ?? Math.max(Math.abs(ev.lhs), Math.abs(ev.rhs));
  const { allowed } = allowance(precision, ev.size ?? 1, scale, backendEpsilon);
  const error = ev.lhs - ev.rhs;
  const violated = error > allowed;
  const ratio = ev.rhs > 0 ? ev.lhs / ev.rhs : ev.lhs <= ev.rhs ? (ev.lhs === ev.rhs ? 1 : -Infinity) : Infinity;
  return {
    violated,
    error,
    allowed,
    ratio,
    reason: `lhs ${fmt(ev.lhs)} ${violated ? '>' : '≤'} rhs ${fmt(ev.rhs)}${violated ? ` by ${fmt(error)} (allowed ${fmt(allowed)})` : ''}`,
  };
}

/**
 * How close an inequality instance came to violation in units of its allowance:
 * (lhs − rhs)/allowed, > 1 violated. The search climbs this where lhs/rhs has no meaning
 * (rhs ≤ 0). With no allowance (exact claims) only the sign of lhs − rhs counts.
 */
export function gapScore(j: InstanceJudgement): number {
  if (j.allowed > 0) return j.error / j.allowed;
  return j.error > 0 ? Infinity : j.error === 0 ? 1 : -Infinity;
}

export interface ScalingJudgement {
  outcome: Outcome;
  fit: FitSummary;
  reason: string;
}

/**
 * scaling: fit log y on log x over all points (pairs bootstrap for the interval, at level
 * 1 − α_claim), check the two halves of the x range for drift, then apply the relation.
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
  const resolution = spec.resolution ?? 0.25;
  let lowerHalf: number | undefined;
  let upperHalf: number | undefined;
  let drifting = false;
  if (xs.length >= 4) {
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
    drifting = gap > resolution && gap > tQuantile(1 - alpha / 2, halfDof) * Math.hypot(bl.se, bh.se);
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
  const iv = `exponent ${fmt(full.slope, 3)} [${fmt(lo, 3)}, ${fmt(hi, 3)}] at ${pct(1 - alpha)}`;
  if (drifting)
    return { outcome: 'inconclusive', fit, reason: `${iv}, but the local exponent drifts from ${fmt(lowerHalf!, 3)} (small x) to ${fmt(upperHalf!, 3)} (large x): the asymptotic regime is not reached at these sizes` };
  // Indifference margin: a finite-size bias in the exponent smaller than a fifth of the
  // resolution is not evidence against the claim (a deterministic sweep can have an interval
  // narrower than its own lower-order terms).
  const margin = resolution / 5;
  let outcome: Outcome;
  let why: string;
  if (spec.relation === 'equal') {
    if (hi < e - margin || lo > e + margin) [outcome, why] = ['refuted', `the interval excludes the claimed ${fmt(e, 3)} ± ${fmt(margin, 2)}`];
    else if (lo < e - resolution || hi > e + resolution) [outcome, why] = ['inconclusive', `the interval is not within ${fmt(e, 3)} ± ${resolution}`];
    else [outcome, why] = ['supported', `the interval lies within ${fmt(e, 3)} ± ${resolution}`];
  } else if (spec.relation === 'atMost') {
    if (lo > e + margin) [outcome, why] = ['refuted', `the whole interval exceeds the claimed ${fmt(e, 3)} + ${fmt(margin, 2)}`];
    else if (hi > e + resolution) [outcome, why] = ['inconclusive', `the interval reaches ${fmt(hi, 3)} > ${fmt(e, 3)} + ${resolution}`];
    else [outcome, why] = ['supported', `the interval lies below ${fmt(e, 3)} + ${resolution}`];
  } else {
    if (hi < e - margin) [outcome, why] = ['refuted', `the whole interval is below the claimed ${fmt(e, 3)} − ${fmt(margin, 2)}`];
    else if (lo < e - resolution) [outcome, why] = ['inconclusive', `the interval reaches ${fmt(lo, 3)} < ${fmt(e, 3)} − ${resolution}`];
    else [outcome, why] = ['supported', `the interval lies above ${fmt(e, 3)} − ${resolution}`];
  }
  return { outcome, fit, reason: `${iv}: ${why}` };
}

/** probability: Clopper–Pearson interval on the rate at level 1 − α_claim against p. */
export function judgeProbability(successes: number, trials: number, atLeast: number, alpha: number) {
  const interval = clopperPearson(successes, trials, alpha);
  const [lo, hi] = interval;
  const rate = `${successes}/${trials} held, rate in [${fmt(lo, 4)}, ${fmt(hi, 4)}] at ${pct(1 - alpha)}`;
  const outcome: Outcome = hi < atLeast ? 'refuted' : lo >= atLeast ? 'supported' : 'inconclusive';
  const why = outcome === 'refuted' ? `below the claimed ${atLeast}` : outcome === 'supported' ? `at least the claimed ${atLeast}` : `cannot separate from ${atLeast} with ${trials} trials`;
  return { outcome, interval, reason: `${rate}: ${why}` };
}

/** Per-claim level of a statistical verdict when `tests` such verdicts share the run's α. */
export function claimAlpha(runAlpha: number, tests: number): number {
  return bonferroni(runAlpha, tests);
}

export function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e5 ? String(Number(x.toPrecision(digits))) : x.toExponential(digits - 1);
}
const pct = (p: number) => `${Number((100 * p).toPrecision(6))}%`;
