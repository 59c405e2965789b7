import { z } from 'zod';
import { TOLERANCE_FACTOR } from '../engine_constants.ts';
import { formatNumber as fmt } from '../format_number.ts';
import { allowance, epsilonOf, type Precision } from '../tolerance.ts';
import { defineKind, notes, numbers, toArray, type EvidenceBlock, type SummaryBase, type ToleranceSummary } from './kind.ts';
import { pointwiseVacuity, samplePointwise } from './pointwise.ts';

/** Evidence an identity returns: both sides, compared entrywise. */
export const identityEvidence = z.looseObject({
  lhs: numbers,
  rhs: numbers,
  /** magnitude the rounding error scales with; defaults to the largest |term| */
  scale: z.number().optional(),
  /** size of the computation (entries summed), for the tolerance; defaults to the length of lhs */
  size: z.number().optional(),
  /** extra numbers for the report */
  notes: notes.optional(),
});
export type IdentityEvidence = z.infer<typeof identityEvidence>;

export interface IdentitySummary extends SummaryBase<'identity'> {
  /** the largest |lhs − rhs| / allowed seen (≤ 1 passes) */
  worstError?: { absolute: number; allowed: number; relative: number };
  tolerance?: ToleranceSummary;
}

/** How one instance of a pointwise claim fares against the tolerance. */
export interface InstanceJudgement {
  violated: boolean;
  /** |lhs − rhs| (identity) or lhs − rhs (inequality) */
  error: number;
  allowed: number;
  /** error / allowed for identities; lhs / rhs for inequalities */
  ratio: number;
  reason: string;
}

// (plain loops: reduce and forEach with closures took 0.7 s each on 10⁷ entries)
function magnitude(xs: number[]): number {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, Math.abs(xs[i]!));
  return m;
}

/** identity: max|lhs − rhs| ≤ tol(precision, size) · scale on the instance. */
export function judgeIdentity(ev: IdentityEvidence, precision: Precision, backendEpsilon: number): InstanceJudgement {
  const lhs = toArray(ev.lhs);
  const rhs = toArray(ev.rhs);
  if (lhs.length !== rhs.length) throw new RangeError(`identity evidence: lhs has ${lhs.length} entries, rhs ${rhs.length}`);
  let error = 0;
  let at = 0;
  for (let i = 0; i < lhs.length; i++) {
    const e = Math.abs(lhs[i]! - rhs[i]!);
    if (e > error) (error = e), (at = i);
  }
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

/** The tolerance policy in force, as the report shows it. */
export function toleranceSummary(precision: Precision, backendEpsilon: number): ToleranceSummary {
  return { precision, epsilon: epsilonOf(precision, backendEpsilon), factor: TOLERANCE_FACTOR };
}

export function toleranceRow(t: ToleranceSummary | undefined): Array<[string, string]> {
  return t ? [['tolerance', `${t.precision}: ${t.factor}·ε·√size·scale, ε = ${fmt(t.epsilon)}`]] : [];
}

/**
 * An identity holds on an instance when both sides agree within the rounding model of its
 * precision and size (tolerance.ts); fast-check shrinks a violation to a minimal instance.
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
    const { failure } = await samplePointwise(ctx, judge, evidence, (_instance, _ev, j) => {
      if (!evidence.worstError || j.ratio > evidence.worstError.relative) evidence.worstError = { absolute: j.error, allowed: j.allowed, relative: j.ratio };
    });
    if (failure) return failure;
    return { verdict: 'supported', reason: `held on all ${evidence.met} instances (largest |lhs − rhs| was ${fmt(evidence.worstError?.relative ?? 0)} of the allowed tolerance)`, evidence };
  },
  judgeInstance: (ctx, ev) => judgeIdentity(ev, ctx.precision!, ctx.backendEpsilon),
  report(ev) {
    const blocks: EvidenceBlock[] = [];
    if (ev.worstError) {
      const { absolute, allowed, relative } = ev.worstError;
      blocks.push({
        title: 'Largest error against the tolerance',
        rows: [
          ['max |lhs − rhs|', fmt(absolute)],
          ['allowed', fmt(allowed)],
          ['error / allowed', [{ text: fmt(relative), strong: true, tone: relative <= 1 ? 'ok' : 'bad' }, relative <= 1 ? ' (passes at ≤ 1)' : ' (fails: must be ≤ 1)']],
        ],
        ...(relative <= 1 ? { plot: { type: 'meter' as const, fraction: relative } } : {}),
      });
    }
    return { blocks, details: toleranceRow(ev.tolerance) };
  },
});
