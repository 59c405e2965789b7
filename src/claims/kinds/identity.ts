import { z } from 'zod';
import { TOLERANCE_FACTOR } from '../engine_constants.ts';
import { formatApart, formatExcess, formatNumber as fmt } from '../format_number.ts';
import { norm2, relativeBeyondFloor, zoneOf } from '../rounding.ts';
import { allowance, epsilonOf, type Precision } from '../tolerance.ts';
import { defineKind, notes, numbers, toArray, type EvidenceBlock, type SummaryBase, type ToleranceSummary } from './kind.ts';
import {
  heldOutcome, pointwiseVacuity, roundingRows, runPointwise, SEVERITY_BLOCK, severityRows, type InstanceJudgement, type PointwiseEvidence,
} from './pointwise.ts';

export type { InstanceJudgement } from './pointwise.ts';

/** Evidence an identity returns: both sides, compared normwise. */
export const identityEvidence = z.looseObject({
  lhs: numbers,
  rhs: numbers,
  /** magnitude the rounding error scales with; defaults to the larger ‖side‖₂ */
  scale: z.number().optional(),
  /** size of the computation (entries summed), for the tolerance; defaults to the length of lhs */
  size: z.number().optional(),
  /**
   * Both sides computed again in higher precision (float64 for a float32 check, double-double
   * or exact for a float64 one), when the check can: a discrepancy above the rounding model is
   * then settled by these alone (rounding.ts). A measurement, not a tolerance.
   */
  reference: z.object({ lhs: numbers, rhs: numbers }).optional(),
  /** extra numbers for the report */
  notes: notes.optional(),
});
export type IdentityEvidence = z.infer<typeof identityEvidence>;

export interface IdentitySummary extends SummaryBase<'identity'>, PointwiseEvidence {
  /** the largest ‖lhs − rhs‖ / allowed seen (≤ 1: within the rounding model) */
  worstError?: { absolute: number; allowed: number; relative: number };
  tolerance?: ToleranceSummary;
}

const difference = (lhs: number[], rhs: number[]): number[] => {
  if (lhs.length !== rhs.length) throw new RangeError(`identity evidence: lhs has ${lhs.length} entries, rhs ${rhs.length}`);
  return lhs.map((l, i) => l - rhs[i]!);
};

/**
 * identity: ‖lhs − rhs‖₂ against the rounding model tol(precision, size)·max(‖lhs‖₂, ‖rhs‖₂),
 * normwise as LAPACK's test ratios (rounding.ts). `violated` here means above the rounding
 * model; the kind's run settles the gray zone by evidence before it refutes.
 */
export function judgeIdentity(ev: IdentityEvidence, precision: Precision, backendEpsilon: number): InstanceJudgement {
  const lhs = toArray(ev.lhs);
  const rhs = toArray(ev.rhs);
  const d = difference(lhs, rhs);
  let at = 0;
  // (plain loops: reduce and forEach with closures took 0.7 s each on 10⁷ entries)
  for (let i = 0; i < d.length; i++) if (Math.abs(d[i]!) > Math.abs(d[at]!)) at = i;
  const error = norm2(d);
  const scale = ev.scale ?? Math.max(norm2(lhs), norm2(rhs));
  const { allowed, floor } = allowance(precision, ev.size ?? lhs.length, scale, backendEpsilon);
  const excess = allowed > 0 ? error / allowed : error > 0 ? Infinity : 0;
  const relative = relativeBeyondFloor(error, floor, scale);
  const zone = zoneOf(excess, relative, precision, backendEpsilon);
  const violated = zone !== 'within';
  // the pairs the sentence compares, each printed with the digits that tell it apart
  const [l, r] = formatApart([lhs[at] ?? NaN, rhs[at] ?? NaN]);
  const [e, a] = violated ? formatApart([error, allowed]) : [fmt(error), fmt(allowed)];
  const what = lhs.length > 1
    ? `‖lhs − rhs‖ = ${e} (largest at entry ${at}: lhs ${l}, rhs ${r})`
    : `|lhs − rhs| = ${e} (lhs ${l}, rhs ${r})`;
  const verdict = !violated ? `≤ allowed ${a}` : allowed > 0 ? `> allowed ${a} (${formatExcess(excess)})` : '> allowed 0 (exact)';
  return { violated, error, allowed, ratio: excess, excess, relative, zone, reason: `${what} ${verdict}` };
}

/** The tolerance policy in force, as the report shows it. */
export function toleranceSummary(precision: Precision, backendEpsilon: number): ToleranceSummary {
  return { precision, epsilon: epsilonOf(precision, backendEpsilon), factor: TOLERANCE_FACTOR };
}

export function toleranceRow(t: ToleranceSummary | undefined): Array<[string, string]> {
  return t ? [['tolerance', `${t.precision}: ${t.factor}·ε·√size·scale (normwise), ε = ${fmt(t.epsilon)}; above it, rounding is told from mathematics by evidence`]] : [];
}

/**
 * An identity holds on an instance when both sides agree within the rounding model of its
 * precision and size (tolerance.ts), or differ above it by what evidence shows is rounding
 * (rounding.ts). The targeted search climbs the error; a violation is shrunk while it stays
 * violated by k× the allowance.
 */
export const identity = defineKind({
  name: 'identity',
  needsPrecision: true,
  statistical: false,
  evidence: identityEvidence,
  vacuity: pointwiseVacuity,
  async run(ctx) {
    const judge = (ev: IdentityEvidence) => judgeIdentity(ev, ctx.precision!, ctx.backendEpsilon);
    const evidence: IdentitySummary = { kind: 'identity', drawn: 0, met: 0, tolerance: toleranceSummary(ctx.precision!, ctx.backendEpsilon) };
    const result = await runPointwise(ctx, {
      judge,
      discrepancy: (ev) => difference(toArray(ev.lhs), toArray(ev.rhs)),
      sides: (ev) => [...toArray(ev.lhs), ...toArray(ev.rhs)],
      referenceExcess: (ev, j) => {
        if (!ev.reference) return undefined;
        const e = norm2(difference(toArray(ev.reference.lhs), toArray(ev.reference.rhs)));
        return j.allowed > 0 ? e / j.allowed : e > 0 ? Infinity : 0;
      },
      // climb the error within the rounding model; a discrepancy above it that evidence called
      // rounding (or could not settle) is not chased further: that leads into ill-conditioning
      objective: () => ({ score: (j) => (j.zone === 'within' ? j.excess : 1), label: 'error', measure: 'largest error/allowed' }),
      seen: (_instance, _ev, j) => {
        if (!evidence.worstError || j.excess > evidence.worstError.relative) evidence.worstError = { absolute: j.error, allowed: j.allowed, relative: j.excess };
      },
    }, evidence);
    if (result.outcome) return result.outcome;
    return heldOutcome(evidence, `held on all ${evidence.met} instances (largest ‖lhs − rhs‖ was ${fmt(evidence.worstError?.relative ?? 0)} of the allowed tolerance); ${result.searchNote}`);
  },
  judgeInstance: (ctx, ev) => judgeIdentity(ev, ctx.precision!, ctx.backendEpsilon),
  report(ev) {
    const blocks: EvidenceBlock[] = [];
    if (ev.worstError) {
      const { absolute, allowed, relative } = ev.worstError;
      // above the model but no violation: evidence called it rounding (the rounding rows say how)
      const settled = relative > 1 && !ev.severity;
      blocks.push({
        title: 'Largest error against the tolerance',
        rows: [
          ['max ‖lhs − rhs‖', fmt(absolute)],
          ['allowed', fmt(allowed)],
          ['error / allowed', [{ text: fmt(relative), strong: true, tone: relative <= 1 ? 'ok' : settled ? 'warn' : 'bad' },
            relative <= 1 ? ' (passes at ≤ 1)' : settled ? ' (above the rounding model; not a violation, see below)' : ' (fails: must be ≤ 1)']],
          ...roundingRows(ev.rounding),
          ...(ev.search ? [['targeted search', `${ev.search.method === 'choices' ? 'in choice space' : 'value climb'}, ${ev.search.steps} steps, error / allowed ${fmt(ev.search.start)} → ${fmt(ev.search.best)}`] as [string, string]] : []),
        ],
        ...(relative <= 1 ? { plot: { type: 'meter' as const, fraction: relative } } : {}),
      });
    }
    if (ev.severity) blocks.push({ title: 'Refutation: worst violation and shown counterexample', className: SEVERITY_BLOCK, rows: severityRows(ev.severity) });
    return { blocks, details: toleranceRow(ev.tolerance) };
  },
});
