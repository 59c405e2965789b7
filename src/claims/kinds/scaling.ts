import { z } from 'zod';
import { bootstrapInterval, tQuantile } from '../../stats/bootstrap.ts';
import { groupedLogLogSlope, logLogFit } from '../../stats/loglog_fit.ts';
import { Rng } from '../../tensor/rng.ts';
import {
  DEFAULT_RESOLUTION, INDIFFERENCE_SHARE, MAX_DROPPED_SHARE, MIN_DISTINCT_SIZES, MIN_SIZES_FOR_DRIFT,
} from '../engine_constants.ts';
import { formatNumber as fmt, formatPercent as pct } from '../format_number.ts';
import { defineKind, notes, numberList, type Cell, type EvidenceBlock, type Notes, type PowerLawFit, type SummaryBase } from './kind.ts';
import { draw, evaluateOrSkip } from './pointwise.ts';

/** The claim's `scaling` field: y ∝ x^exponent, with a relation and the resolution that decides it. */
export const scalingSpec = z.object({
  exponent: z.number().finite(),
  relation: z.enum(['equal', 'atMost', 'atLeast']),
  /** the CI half-width beyond which an `equal` fit cannot decide (default 0.25) */
  resolution: z.number().positive().optional(),
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

export interface ScalingSummary extends SummaryBase<'scaling'> {
  spec?: ScalingSpec;
  fit?: FitSummary;
  points?: Array<{ x: number; y: number; seed: number }>;
  series?: Array<{ seed: number; name: string; x: number[]; y: number[] }>;
  alpha?: number;
}

type Outcome = 'supported' | 'refuted' | 'inconclusive';
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
  const resolution = spec.resolution ?? DEFAULT_RESOLUTION;
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
  // Indifference margin: a finite-size bias in the exponent smaller than a share of the
  // resolution is not evidence against the claim (a deterministic sweep can have an interval
  // narrower than its own lower-order terms).
  const margin = resolution * INDIFFERENCE_SHARE;
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
    const instances = draw(arbitrary, seed, budget.sweepSeeds);
    const points: Array<{ x: number; y: number; seed: number }> = [];
    const series: NonNullable<ScalingSummary['series']> = [];
    let dropped = 0;
    const badSizes: number[] = [];
    let met = 0;
    let notes: Notes = {};
    for (const [k, instance] of instances.entries()) {
      const ev = await evaluateOrSkip(evaluate, instance);
      if (!ev) continue;
      met++;
      if (ev.x.length !== ev.y.length) throw new RangeError(`scaling evidence: ${ev.x.length} x values but ${ev.y.length} y values`);
      Array.from(ev.x).forEach((x, i) => {
        const y = ev.y[i]!;
        if (x <= 0) badSizes.push(x);
        else if (y > 0) points.push({ x, y, seed: k });
        else dropped++;
      });
      for (const [name, s] of Object.entries(ev.series ?? {})) series.push({ seed: k, name, x: Array.from(s.x), y: Array.from(s.y) });
      if (ev.notes) notes = { ...notes, ...ev.notes };
    }
    const evidence: ScalingSummary = { kind: 'scaling', drawn: instances.length, met, spec, points, series, alpha, notes };
    const total = points.length + dropped + badSizes.length;
    // a size x ≤ 0 is a broken sweep, not a measurement below resolution: never dropped silently
    if (badSizes.length > 0) {
      const reason = `scaling evidence: x ≤ 0 at ${badSizes.length} of ${total} points (x = ${[...new Set(badSizes)].sort((a, b) => a - b).slice(0, 8).map((x) => fmt(x)).join(', ')}): a sweep's sizes must be > 0`;
      return { verdict: 'error', reason, error: reason, evidence, decisive: true };
    }
    if (dropped > 0) evidence.notes = { ...evidence.notes, 'non-positive points dropped': dropped };
    if (dropped > total * MAX_DROPPED_SHARE) return { verdict: 'inconclusive', reason: `${dropped} of ${total} measured values were ≤ 0: below what this precision resolves`, evidence };
    if (new Set(points.map((p) => p.x)).size < MIN_DISTINCT_SIZES) return { verdict: 'inconclusive', reason: 'fewer than three distinct sizes in the sweep', evidence };
    const j = judgeScaling(points, spec, { alpha, resamples: budget.bootstrap, seed });
    evidence.fit = j.fit;
    const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    const droppedWhy = dropped > 0 ? `; ${dropped} of ${total} points left out of the log-log fit for y ≤ 0, of at most ${pct(MAX_DROPPED_SHARE)} allowed` : '';
    const reason = `${j.reason} (x from ${fmt(xs[0]!)} to ${fmt(xs.at(-1)!)}, ${met} seeds${droppedWhy})`;
    return {
      verdict: j.outcome, reason, evidence,
      ...(j.outcome === 'refuted' ? { counterexample: { instance: instances[0], evidence: j.fit, reason: j.reason, shrinks: 0, path: undefined } } : {}),
    };
  },
  report(ev) {
    const blocks: EvidenceBlock[] = [];
    const f = ev.fit;
    if (ev.points?.length || f) {
      const xLabel = noteString(ev.notes, 'xLabel') ?? 'x';
      const yLabel = noteString(ev.notes, 'yLabel') ?? 'y';
      const relation = ev.spec ? { equal: '=', atMost: '≤', atLeast: '≥' }[ev.spec.relation] : undefined;
      const rows: Array<[string, Cell]> = [];
      if (ev.spec) rows.push(['claimed', `exponent ${relation ?? ''} ${fmt(ev.spec.exponent)}${ev.spec.resolution ? ` (resolution ±${fmt(ev.spec.resolution)})` : ''}`]);
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
      if (ev.points) rows.push(['points', `${ev.points.length} from ${new Set(ev.points.map((p) => p.seed)).size} seeds`]);
      blocks.push({
        title: `Log-log fit of ${yLabel} against ${xLabel}`,
        className: 'scaling',
        plot: { type: 'loglog', points: ev.points ?? [], ...(f ? { fit: f } : {}), ...(ev.spec ? { spec: ev.spec } : {}), xLabel, yLabel },
        rows,
      });
    }
    if (ev.series?.length) blocks.push({ title: 'Trajectories', plot: { type: 'series', series: ev.series } });
    return { blocks, details: ev.alpha !== undefined ? [['α (this claim)', fmt(ev.alpha)]] : [] };
  },
});
