import { z } from 'zod';
import { formatApart, formatExcess, formatNumber as fmt, formatRatio } from '../format_number.ts';
import { relativeBeyondFloor, zoneOf } from '../rounding.ts';
import { allowance, type Precision } from '../tolerance.ts';
import { toleranceRow, toleranceSummary } from './identity.ts';
import { defineKind, notes, type Cell, type EvidenceBlock, type SummaryBase, type ToleranceSummary } from './kind.ts';
import {
  heldOutcome, pointwiseVacuity, roundingRows, runPointwise, SEVERITY_BLOCK, severityRows, type InstanceJudgement, type PointwiseEvidence,
} from './pointwise.ts';

/** Evidence an inequality returns: lhs ≤ rhs is claimed. */
export const inequalityEvidence = z.looseObject({
  lhs: z.number(),
  rhs: z.number(),
  /** magnitude the rounding error scales with; defaults to max(|lhs|, |rhs|) */
  scale: z.number().optional(),
  /** size of the computation, for the tolerance @defaultValue 1 */
  size: z.number().optional(),
  /**
   * Both sides computed again in higher precision, when the check can: a gap above the rounding
   * model is then settled by these alone (rounding.ts). A measurement, not a tolerance.
   */
  reference: z.object({ lhs: z.number(), rhs: z.number() }).optional(),
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

export interface InequalitySummary extends SummaryBase<'inequality'>, PointwiseEvidence {
  tightest?: Tightest;
  tolerance?: ToleranceSummary;
}

/**
 * inequality: lhs ≤ rhs + tol · scale. `violated` here means above the rounding model; the
 * kind's run settles the gray zone by evidence (rounding.ts), so an equality case of a true
 * inequality, where lhs − rhs is rounding of either sign, never refutes.
 */
export function judgeInequality(ev: InequalityEvidence, precision: Precision, backendEpsilon: number): InstanceJudgement {
  const scale = ev.scale ?? Math.max(Math.abs(ev.lhs), Math.abs(ev.rhs));
  const { allowed, floor } = allowance(precision, ev.size ?? 1, scale, backendEpsilon);
  const error = ev.lhs - ev.rhs;
  const excess = allowed > 0 ? error / allowed : error > 0 ? Infinity : error === 0 ? 0 : -Infinity;
  const relative = relativeBeyondFloor(error, floor, scale);
  const zone = zoneOf(excess, relative, precision, backendEpsilon);
  const violated = zone !== 'within';
  const ratio = ev.rhs > 0 ? ev.lhs / ev.rhs : ev.lhs <= ev.rhs ? (ev.lhs === ev.rhs ? 1 : -Infinity) : Infinity;
  return { violated, error, allowed, ratio, excess, relative, zone, reason: inequalityReason(ev.lhs, ev.rhs, error, allowed, excess, violated) };
}

/**
 * `lhs 2.2251e-308 > rhs 0 by 2.2251e-308 (1.00001× the allowed 2.22507e-308)`: each pair
 * the sentence compares printed with the digits that tell it apart (formatApart), and the
 * excess as a multiple of the allowance, so a violation never reads "a > a by a (allowed a)".
 */
export function inequalityReason(lhs: number, rhs: number, error: number, allowed: number, excess: number, violated: boolean): string {
  if (!violated) return `lhs ${fmt(lhs)} ≤ rhs ${fmt(rhs)}`;
  const [l, r] = formatApart([lhs, rhs]);
  const [e, a] = formatApart([error, allowed]);
  const over = allowed > 0 ? `${formatExcess(excess)} the allowed ${a}` : 'exact: nothing allowed';
  return `lhs ${l} > rhs ${r} by ${e} (${over})`;
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
    const judge = (ev: InequalityEvidence) => judgeInequality(ev, ctx.precision!, ctx.backendEpsilon);
    const evidence: InequalitySummary = { kind: 'inequality', drawn: 0, met: 0, tolerance: toleranceSummary(ctx.precision!, ctx.backendEpsilon) };
    const result = await runPointwise(ctx, {
      judge,
      discrepancy: (ev) => [ev.lhs - ev.rhs],
      sides: (ev) => [ev.lhs, ev.rhs],
      referenceExcess: (ev, j) => {
        if (!ev.reference) return undefined;
        const gap = ev.reference.lhs - ev.reference.rhs;
        return j.allowed > 0 ? gap / j.allowed : gap > 0 ? Infinity : 0;
      },
      objective: (kept) => {
        // lhs/rhs ranks instances unless some sit at a bound rhs ≤ 0 (ratio +∞ for all of
        // them): then the gap in units of its allowance. Above the rounding model but settled
        // as rounding (an equality case) counts as the bound itself, not beyond it.
        const atBound = kept.some((k) => !k.j.violated && k.j.ratio === Infinity);
        return atBound
          ? { score: (j) => (j.zone === 'within' ? gapScore(j) : 1), label: 'gap', measure: 'largest (lhs − rhs)/allowed (rhs ≤ 0, so no ratio)' }
          : { score: (j) => (j.zone === 'within' ? j.ratio : Math.min(j.ratio, 1)), label: 'ratio', measure: 'tightest lhs/rhs' };
      },
      seen: (instance, ev, j, foundBy) => {
        const t = evidence.tightest;
        if (!t || j.ratio > t.ratio || (j.ratio === Infinity && t.ratio === Infinity && gapScore(j) > gapOf(t)))
          evidence.tightest = { ratio: j.ratio, lhs: ev.lhs, rhs: ev.rhs, instance, foundBy, allowed: j.allowed };
      },
    }, evidence);
    if (result.outcome) return result.outcome;
    return heldOutcome(evidence, `held on all ${evidence.met} instances (${tightestText(evidence.tightest)}); ${result.searchNote}`);
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
        ...roundingRows(ev.rounding),
      ];
      if (s) {
        const method = s.method === 'choices' ? 'in choice space' : 'value climb';
        rows.push(['targeted search', s.objective === 'gap'
          ? `${method}, ${s.steps} steps, (lhs − rhs)/allowed ${fmt(s.start)} → ${fmt(s.best)} (rhs ≤ 0: no ratio to climb)`
          : `${method}, ${s.steps} steps, ratio ${formatRatio(s.start)} → ${formatRatio(s.best)}`]);
      }
      blocks.push({ title: 'Tightness (lhs ≤ rhs is claimed)', plot: { type: 'tightness', ratio: t.ratio }, rows });
    }
    if (ev.severity) blocks.push({ title: 'Refutation: worst violation and shown counterexample', className: SEVERITY_BLOCK, rows: severityRows(ev.severity) });
    return { blocks, details: toleranceRow(ev.tolerance) };
  },
});
