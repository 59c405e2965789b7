import fc from 'fast-check';
import { z } from 'zod';
import { BetaBinomialSequence } from '../../stats/sequential/beta_binomial_cs.ts';
import { formatNumber as fmt } from '../format_number.ts';
import { defineKind, notes, type SummaryBase } from './kind.ts';
import { explainFailure, fcPredicate, pointwiseVacuity, sampling, Violation } from './pointwise.ts';

/** A witness (null when the instance is none), and a value the search may climb. */
export const existenceEvidence = z.looseObject({
  witness: z.record(z.string(), z.unknown()).nullable(),
  value: z.number().optional(),
  notes: notes.optional(),
});
export type ExistenceEvidence = z.infer<typeof existenceEvidence>;

export interface ExistenceSummary extends SummaryBase<'existence'> {
  /** the shrunk witness */
  witness?: unknown;
  /**
   * when no witness was found: an upper confidence bound on the share of instances that are
   * witnesses (Robbins' beta-binomial confidence sequence, anytime-valid, at the claim's α)
   */
  witnessDensity?: { upper: number; instances: number; level: number };
}

/** Upper end of the anytime-valid interval for the witness share after `n` instances without one. */
export function witnessDensityBound(n: number, alpha: number): number {
  const cs = new BetaBinomialSequence({ alpha });
  for (let i = 0; i < n; i++) cs.update(0);
  return cs.interval()[1];
}

/**
 * An existence claim is supported by a witness. "No witness exists" is the property
 * fast-check checks; its shrunk counterexample is the smallest witness.
 */
export const existence = defineKind({
  name: 'existence',
  needsPrecision: false,
  statistical: false,
  evidence: existenceEvidence,
  vacuity: pointwiseVacuity,
  async run({ instances, seed, budget, alpha, path, evaluate }) {
    const property = fc.asyncProperty(instances, fcPredicate(evaluate, (_i, ev) => ev.witness === null || ev.witness === undefined));
    const details = await fc.check(property, sampling(seed, budget, path));
    const evidence: ExistenceSummary = { kind: 'existence', drawn: details.numRuns + details.numSkips, met: details.numRuns };
    if (!details.failed) {
      const upper = details.numRuns > 0 ? witnessDensityBound(details.numRuns, alpha) : 1;
      evidence.witnessDensity = { upper, instances: details.numRuns, level: 1 - alpha };
      return { verdict: 'inconclusive', reason: `no witness among ${details.numRuns} instances: witnesses are below ${fmt(upper, 3)} of the instance space (anytime-valid, ${fmt(100 * (1 - alpha), 4)}%)`, evidence };
    }
    if (!details.counterexample || !(details.errorInstance instanceof Violation))
      return (await explainFailure(details, evaluate, () => ({ reason: '' }), evidence))!;
    const [instance] = details.counterexample;
    const ev = await evaluate(instance);
    evidence.witness = ev.witness;
    evidence.met = Math.max(evidence.met, 1);
    if (ev.notes) evidence.notes = ev.notes;
    return {
      verdict: 'supported',
      reason: `witness found after ${details.numRuns + 1} instances and shrunk ${details.numShrinks} times${ev.value !== undefined ? ` (value ${fmt(ev.value)})` : ''}`,
      evidence,
      decisive: true,
      counterexample: { instance, evidence: ev, reason: 'the shrunk witness', shrinks: details.numShrinks, path: details.counterexamplePath ?? undefined },
    };
  },
  report(ev) {
    if (ev.witness === undefined) return { blocks: [], details: [] };
    return { blocks: [{ title: `Witness${ev.witness === null ? '' : ' (shrunk)'}`, value: ev.witness }], details: [] };
  },
});
