import { z } from 'zod';
import { clopperPearson } from '../../stats/clopper_pearson.ts';
import { FAILURES_KEPT, MIN_MET_SHARE, MIN_TRIALS } from '../engine_constants.ts';
import { formatNumber as fmt, formatPercent as pct } from '../format_number.ts';
import { vacuousReason, type VacuityRule } from '../vacuity.ts';
import { defineKind, notes, type SummaryBase } from './kind.ts';
import { draw, evaluateOrSkip } from './pointwise.ts';

/** The claim's `probability` field: the event holds with probability at least `atLeast`. */
export const probabilitySpec = z.object({ atLeast: z.number().gt(0).lt(1) });
export type ProbabilitySpec = z.infer<typeof probabilitySpec>;

/** Whether the event held for one seed. */
export const probabilityEvidence = z.looseObject({
  holds: z.boolean('must be a boolean'),
  notes: notes.optional(),
});
export type ProbabilityEvidence = z.infer<typeof probabilityEvidence>;

export interface ProbabilitySummary extends SummaryBase<'probability'> {
  successes?: number;
  trials?: number;
  rateInterval?: [number, number];
  atLeast?: number;
  alpha?: number;
}

type Outcome = 'supported' | 'refuted' | 'inconclusive';

/** probability: Clopper–Pearson interval on the rate at level 1 − α_claim against p. */
export function judgeProbability(successes: number, trials: number, atLeast: number, alpha: number) {
  const interval = clopperPearson(successes, trials, alpha);
  const [lo, hi] = interval;
  const rate = `${successes}/${trials} held, rate in [${fmt(lo, 4)}, ${fmt(hi, 4)}] at ${pct(1 - alpha)}`;
  const outcome: Outcome = hi < atLeast ? 'refuted' : lo >= atLeast ? 'supported' : 'inconclusive';
  const why = outcome === 'refuted' ? `below the claimed ${atLeast}` : outcome === 'supported' ? `at least the claimed ${atLeast}` : `cannot separate from ${atLeast} with ${trials} trials`;
  return { outcome, interval, reason: `${rate}: ${why}` };
}

const probabilityVacuity: VacuityRule = { unit: 'seeds', minMet: MIN_TRIALS, minShare: MIN_MET_SHARE };

/** A probability claim draws independent seeds and tests the event's rate against `atLeast`. */
export const probability = defineKind({
  name: 'probability',
  spec: probabilitySpec,
  specHint: 'atLeast',
  needsPrecision: false,
  statistical: true,
  evidence: probabilityEvidence,
  vacuity: () => probabilityVacuity,
  async run({ instances: arbitrary, spec, seed, budget, alpha, evaluate }) {
    const instances = draw(arbitrary, seed, budget.probabilityRuns);
    let successes = 0;
    let trials = 0;
    const failures: Array<{ instance: unknown; ev: ProbabilityEvidence }> = [];
    for (const instance of instances) {
      const ev = await evaluateOrSkip(evaluate, instance);
      if (!ev) continue;
      trials++;
      if (ev.holds) successes++;
      else if (failures.length < FAILURES_KEPT) failures.push({ instance, ev });
    }
    const { atLeast } = spec;
    const evidence: ProbabilitySummary = { kind: 'probability', drawn: instances.length, met: trials, successes, trials, atLeast, alpha };
    // too few trials to judge (the driver then calls the run vacuous)
    if (vacuousReason(instances.length, trials, probabilityVacuity)) return { verdict: 'inconclusive', reason: 'vacuous', evidence };
    const j = judgeProbability(successes, trials, atLeast, alpha);
    evidence.rateInterval = j.interval;
    const first = failures[0];
    return {
      verdict: j.outcome, reason: j.reason, evidence,
      ...(j.outcome === 'refuted' && first
        ? { counterexample: { instance: first.instance, evidence: first.ev, reason: `one of ${trials - successes} seeds where the event failed`, shrinks: 0, path: undefined } }
        : {}),
    };
  },
  report(ev) {
    if (ev.trials === undefined || ev.successes === undefined) return { blocks: [], details: [] };
    const rate = ev.trials ? ev.successes / ev.trials : NaN;
    return {
      blocks: [{
        title: 'Success rate',
        ...(ev.rateInterval && ev.atLeast !== undefined ? { plot: { type: 'rate' as const, rate, interval: ev.rateInterval, atLeast: ev.atLeast } } : {}),
        rows: [
          ['held', [{ text: String(ev.successes), strong: true }, ` of ${ev.trials} (${fmt(rate)})`]],
          ...(ev.rateInterval ? [['Clopper–Pearson interval', `[${fmt(ev.rateInterval[0])}, ${fmt(ev.rateInterval[1])}]`] as [string, string]] : []),
          ...(ev.atLeast !== undefined ? [['claimed', `probability ≥ ${fmt(ev.atLeast)}`] as [string, string]] : []),
        ],
      }],
      details: ev.alpha !== undefined ? [['α (this claim)', fmt(ev.alpha)]] : [],
    };
  },
});
