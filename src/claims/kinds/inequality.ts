import fc from 'fast-check';
import { z } from 'zod';
import { Rng } from '../../tensor/rng.ts';
import { SAMPLES_KEPT, SEARCH_STARTS, SEARCH_STOP_ABOVE } from '../engine_constants.ts';
import { formatNumber as fmt, formatRatio } from '../format_number.ts';
import { hillClimb } from '../search.ts';
import { vacuousReason } from '../vacuity.ts';
import { allowance, type Precision } from '../tolerance.ts';
import { toleranceRow, toleranceSummary, type InstanceJudgement } from './identity.ts';
import { defineKind, notes, type Cell, type EvidenceBlock, type SummaryBase, type ToleranceSummary } from './kind.ts';
import { evaluateOrSkip, explainFailure, pointwiseVacuity, samplePointwise } from './pointwise.ts';

/** Evidence an inequality returns: lhs ≤ rhs is claimed. */
export const inequalityEvidence = z.looseObject({
  lhs: z.number(),
  rhs: z.number(),
  /** magnitude the rounding error scales with; defaults to max(|lhs|, |rhs|) */
  scale: z.number().optional(),
  /** size of the computation, for the tolerance @defaultValue 1 */
  size: z.number().optional(),
  notes: notes.optional(),
});
export type InequalityEvidence = z.infer<typeof inequalityEvidence>;

/** The tightest instance seen: where lhs/rhs came closest to (or went past) 1. */
export interface Tightest {
  ratio: number;
  lhs: number;
  rhs: number;
  instance: unknown;
  foundBy: 'sampling' | 'search';
  allowed?: number;
}

export interface InequalitySummary extends SummaryBase<'inequality'> {
  tightest?: Tightest;
  /** the targeted search */
  search?: {
    steps: number;
    start: number;
    best: number;
    /** what was climbed: lhs/rhs, or (lhs − rhs)/allowed where a sampled instance had rhs ≤ 0 (no ratio); default ratio */
    objective?: 'ratio' | 'gap';
  };
  tolerance?: ToleranceSummary;
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

/** gapScore of a recorded tightest instance (rhs ≤ 0 ties, where lhs/rhs is +∞ for all) */
function gapOf(t: Tightest): number {
  return t.allowed ? (t.lhs - t.rhs) / t.allowed : -Infinity;
}

/**
 * lhs/rhs says how tight an inequality came when rhs > 0. When rhs ≤ 0 (e.g. 0 ≤ λ_min of a
 * singular Gram matrix) the ratio is ±∞ and says nothing; the gap and its allowance do.
 */
function tightestText(t: Tightest | undefined): string {
  if (!t) return 'tightest lhs/rhs NaN';
  if (Number.isFinite(t.ratio)) return `tightest lhs/rhs ${fmt(t.ratio)}`;
  const gap = t.lhs - t.rhs;
  const allowed = t.allowed !== undefined ? `, within the allowed ${fmt(t.allowed)}` : '';
  return gap > 0
    ? `tightest: lhs ${fmt(t.lhs)} exceeds rhs ${fmt(t.rhs)} by ${fmt(gap)}${allowed}`
    : `tightest: lhs ${fmt(t.lhs)} ≤ rhs ${fmt(t.rhs)} (gap ${fmt(-gap)})`;
}

/**
 * An inequality holds on an instance when lhs − rhs is within the rounding allowance. After
 * sampling, a targeted search climbs lhs/rhs from the tightest sampled instances (search.ts); a
 * violation it finds is shrunk like a sampled one and replays from a `search:` path.
 */
export const inequality = defineKind({
  name: 'inequality',
  needsPrecision: true,
  statistical: false,
  evidence: inequalityEvidence,
  vacuity: pointwiseVacuity,
  async run(ctx) {
    const { instances, seed, budget, evaluate } = ctx;
    const judge = (ev: InequalityEvidence) => judgeInequality(ev, ctx.precision!, ctx.backendEpsilon);
    const evidence: InequalitySummary = { kind: 'inequality', drawn: 0, met: 0, tolerance: toleranceSummary(ctx.precision!, ctx.backendEpsilon) };
    const seen: Array<{ instance: unknown; j: InstanceJudgement }> = [];
    const track = (instance: unknown, ev: InequalityEvidence, j: InstanceJudgement, foundBy: 'sampling' | 'search') => {
      const t = evidence.tightest;
      if (!t || j.ratio > t.ratio || (j.ratio === Infinity && t.ratio === Infinity && gapScore(j) > gapOf(t)))
        evidence.tightest = { ratio: j.ratio, lhs: ev.lhs, rhs: ev.rhs, instance, foundBy, allowed: j.allowed };
      if (foundBy === 'sampling' && seen.length < SAMPLES_KEPT) seen.push({ instance, j });
    };
    const { property, failure, searchPath, fcPath } = await samplePointwise(ctx, judge, evidence, (instance, ev, j) => track(instance, ev, j, 'sampling'));
    if (failure) return failure;
    // a vacuous run is not searched (the driver then calls it vacuous)
    if (vacuousReason(evidence.drawn, evidence.met, pointwiseVacuity(budget))) return { verdict: 'inconclusive', reason: 'vacuous', evidence };

    // Start the climb from the tightest sampled instances.
    const starts = [...seen].sort((a, b) => b.j.ratio - a.j.ratio).slice(0, SEARCH_STARTS).map((s) => s.instance);
    let violating: unknown;
    const climb = (objective: (j: InstanceJudgement) => number, fork: string, from: unknown[]) =>
      hillClimb(instances, from, async (instance) => {
        const ev = await evaluateOrSkip(evaluate, instance);
        if (ev === undefined) return undefined;
        const j = judge(ev);
        track(instance, ev, j, 'search');
        if (j.violated) violating ??= instance;
        return j.violated ? Infinity : objective(j);
      }, { steps: budget.searchSteps, rng: new Rng(seed).fork(fork), stopAbove: SEARCH_STOP_ABOVE });
    let found = await climb((j) => j.ratio, 'search', starts);
    let objective: 'ratio' | 'gap' = 'ratio';
    if (found.startScore === Infinity && violating === undefined) {
      // A sampled instance sits at a bound rhs ≤ 0 (lhs − rhs > 0 within the allowance), where
      // lhs/rhs is +∞ and cannot rank instances: climb the gap in units of its allowance instead.
      objective = 'gap';
      const atBound = [...seen].filter((s) => !(s.j.ratio < Infinity)).sort((a, b) => gapScore(b.j) - gapScore(a.j));
      found = await climb(gapScore, 'search-gap', atBound.slice(0, SEARCH_STARTS).map((s) => s.instance));
    }
    evidence.search = { steps: found.evaluations, start: found.startScore, best: found.bestScore, objective };
    const measure = objective === 'ratio' ? 'tightest lhs/rhs' : 'largest (lhs − rhs)/allowed (rhs ≤ 0, so no ratio)';
    const searchNote = found.evaluations <= starts.length
      ? '; targeted search could not move (the instance arbitrary cannot recognise mutated values: built with .map or .chain?)'
      : `; targeted search: ${measure} ${fmt(found.startScore)} → ${fmt(found.bestScore)} in ${found.evaluations} evaluations`;
    if (violating !== undefined) {
      const shrunk = await fc.check(property, {
        seed, numRuns: 1, examples: [[violating]],
        ...(searchPath && fcPath !== undefined ? { path: fcPath, endOnFailure: true } : {}),
      });
      const viaSearch = await explainFailure(shrunk, evaluate, judge, evidence, 'search');
      if (viaSearch) return viaSearch;
      return { verdict: 'error', reason: 'the targeted search found a violation that did not reproduce', evidence };
    }
    return { verdict: 'supported', reason: `held on all ${evidence.met} instances (${tightestText(evidence.tightest)})${searchNote}`, evidence };
  },
  judgeInstance: (ctx, ev) => judgeInequality(ev, ctx.precision!, ctx.backendEpsilon),
  report(ev) {
    const blocks: EvidenceBlock[] = [];
    const t = ev.tightest;
    if (t) {
      const s = ev.search;
      const rows: Array<[string, Cell]> = [
        Number.isFinite(t.ratio)
          ? ['tightest lhs / rhs', [{ text: formatRatio(t.ratio), strong: true }]]
          // rhs ≤ 0 there: the ratio is ±∞, the gap against its allowance is what was measured
          : ['tightest lhs − rhs', [{ text: fmt(t.lhs - t.rhs), strong: true }, t.allowed !== undefined ? ` (allowed ${fmt(t.allowed)}, rhs ≤ 0 so no ratio)` : '']],
        ['lhs, rhs there', `${fmt(t.lhs)}, ${fmt(t.rhs)}`],
        ['found by', t.foundBy],
        ['at instance', [{ value: t.instance, code: true }]],
      ];
      if (s) rows.push(['targeted search', s.objective === 'gap'
        ? `${s.steps} steps, (lhs − rhs)/allowed ${fmt(s.start)} → ${fmt(s.best)} (rhs ≤ 0: no ratio to climb)`
        : `${s.steps} steps, ratio ${formatRatio(s.start)} → ${formatRatio(s.best)}`]);
      blocks.push({ title: 'Tightness (lhs ≤ rhs is claimed)', plot: { type: 'tightness', ratio: t.ratio }, rows });
    }
    return { blocks, details: toleranceRow(ev.tolerance) };
  },
});
