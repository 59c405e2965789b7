import { z } from 'zod';
import { createRateTest } from '../../stats/sequential/rate_test.ts';
import { BetaBinomialSequence } from '../../stats/sequential/beta_binomial_cs.ts';
import { defaultRateResolution } from '../../stats/sequential/decision.ts';
import type { SequentialState } from '../../stats/sequential/sequential_test.ts';
import { FAILURES_KEPT, MIN_MET_SHARE, MIN_TRIALS } from '../engine_constants.ts';
import { formatNumber as fmt, formatPercent as pct } from '../format_number.ts';
import { vacuousReason, type VacuityRule } from '../vacuity.ts';
import { defineKind, notes, workText, type SummaryBase, type WorkUsed } from './kind.ts';
import { draw, evaluateOrSkip } from './pointwise.ts';

/**
 * The claim's `probability` field: the event holds with probability at least `atLeast`, to a
 * resolution (default 0.2·min(p, 1 − p): a 20% error in the rate or in the failure rate).
 */
export const probabilitySpec = z.object({
  atLeast: z.number().gt(0).lt(1),
  /** a rate below atLeast − resolution is never supported (default 0.2·min(p, 1 − p)) */
  resolution: z.number().positive().optional(),
}).refine((s) => s.resolution === undefined || s.resolution < s.atLeast, { message: 'must be below atLeast', path: ['resolution'] });
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
  /** the anytime-valid confidence sequence's interval for the rate when the run stopped */
  rateInterval?: [number, number];
  atLeast?: number;
  resolution?: number;
  alpha?: number;
}

type Outcome = 'supported' | 'refuted' | 'inconclusive';

/**
 * probability, one look at `successes` of `trials`: Robbins' beta-binomial mixture confidence
 * sequence at level 1 − α_claim (BetaBinomialSequence, src/stats/sequential; its interval
 * depends on the counts only). Refuted when its upper end is below p; supported when its lower
 * end is above p − r (r: the resolution, default 0.2·min(p, 1 − p)); inconclusive otherwise.
 * The run takes this look after every trial and stops at the first that decides (createRateTest):
 * the sequence is valid at every n at once, so stopping when it decides keeps the error ≤ α.
 */
export function judgeProbability(successes: number, trials: number, atLeast: number, alpha: number, resolution?: number) {
  const r = resolution ?? defaultRateResolution(atLeast);
  const cs = new BetaBinomialSequence({ alpha });
  for (let i = 0; i < trials; i++) cs.update(i < successes);
  const interval = cs.interval();
  const decision = interval[1] < atLeast ? 'refuted' : interval[0] > atLeast - r ? 'supported' : 'undecided';
  return describe({ decision, interval, decidedAt: undefined, alpha, resolution: r, claim: { atLeast } }, successes, trials);
}

function describe(state: Pick<SequentialState, 'decision' | 'interval' | 'decidedAt' | 'alpha' | 'resolution' | 'claim'>, successes: number, trials: number) {
  const [lo, hi] = state.interval;
  const p = (state.claim as { atLeast: number }).atLeast;
  const r = state.resolution;
  // the decision is the sequence's first crossing; the interval is the current (narrower) one
  const outcome: Outcome = state.decision === 'undecided' ? 'inconclusive' : state.decision;
  const rate = `${successes}/${trials} held, rate in [${fmt(lo, 4)}, ${fmt(hi, 4)}] (anytime-valid, ${pct(1 - state.alpha)})`;
  const why = outcome === 'refuted' ? `below the claimed ${p}${state.decidedAt !== undefined ? ` (decided after ${state.decidedAt} trials)` : ''}`
    : outcome === 'supported' ? `at least ${fmt(p - r, 4)} = the claimed ${p} less its resolution ${fmt(r, 3)}${state.decidedAt !== undefined ? ` (decided after ${state.decidedAt} trials)` : ''}`
      : `cannot separate from ${p} (resolution ${fmt(r, 3)}) with ${trials} trials`;
  return { outcome, interval: state.interval, resolution: r, reason: `${rate}: ${why}` };
}

const probabilityVacuity: VacuityRule = { unit: 'seeds', minMet: MIN_TRIALS, minShare: MIN_MET_SHARE };

/**
 * A probability claim draws independent seeds one at a time and feeds whether the event held to
 * a sequential rate test at the claim's α; draws that do not meet the hypotheses are skipped. It
 * stops when the test decides, or at the budget's cap (then inconclusive, with its interval).
 */
export const probability = defineKind({
  name: 'probability',
  spec: probabilitySpec,
  specHint: 'atLeast',
  needsPrecision: false,
  statistical: true,
  evidence: probabilityEvidence,
  vacuity: () => probabilityVacuity,
  async run({ instances: arbitrary, spec, seed, budget, alpha, evaluate }) {
    const cap = budget.maxProbabilityRuns;
    const instances = draw(arbitrary, seed, cap);
    const { atLeast } = spec;
    const test = createRateTest({ p: atLeast, alpha, ...(spec.resolution !== undefined ? { resolution: spec.resolution } : {}) });
    let successes = 0;
    let trials = 0;
    let drawn = 0;
    const failures: Array<{ instance: unknown; ev: ProbabilityEvidence }> = [];
    for (const instance of instances) {
      // the decision waits for the vacuity floor: a verdict on fewer trials would be undone as vacuous
      if (test.decision !== 'undecided' && trials >= MIN_TRIALS && !vacuousReason(drawn, trials, probabilityVacuity)) break;
      drawn++;
      const ev = await evaluateOrSkip(evaluate, instance);
      if (!ev) continue;
      trials++;
      if (ev.holds) successes++;
      else if (failures.length < FAILURES_KEPT) failures.push({ instance, ev });
      test.update(ev.holds);
    }
    const state = test.state();
    const work: WorkUsed = { used: drawn, cap, unit: 'seeds', decided: state.decision !== 'undecided' };
    const evidence: ProbabilitySummary = { kind: 'probability', drawn, met: trials, successes, trials, atLeast, resolution: state.resolution, alpha, work };
    // too few trials to judge (the driver then calls the run vacuous)
    if (vacuousReason(drawn, trials, probabilityVacuity)) return { verdict: 'inconclusive', reason: 'vacuous', evidence };
    const j = describe(state, successes, trials);
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
    const r = ev.resolution ?? (ev.atLeast !== undefined ? defaultRateResolution(ev.atLeast) : undefined);
    const details: Array<[string, string]> = [];
    if (ev.alpha !== undefined) details.push(['α (this claim)', fmt(ev.alpha)]);
    if (ev.work) details.push(['work used', workText(ev.work)]);
    return {
      blocks: [{
        title: 'Success rate',
        ...(ev.rateInterval && ev.atLeast !== undefined ? { plot: { type: 'rate' as const, rate, interval: ev.rateInterval, atLeast: ev.atLeast } } : {}),
        rows: [
          ['held', [{ text: String(ev.successes), strong: true }, ` of ${ev.trials} (${fmt(rate)})`]],
          ...(ev.rateInterval ? [['anytime-valid interval', `[${fmt(ev.rateInterval[0])}, ${fmt(ev.rateInterval[1])}]`] as [string, string]] : []),
          ...(ev.atLeast !== undefined ? [['claimed', `probability ≥ ${fmt(ev.atLeast)}${r !== undefined ? ` (resolution ${fmt(r)})` : ''}`] as [string, string]] : []),
        ],
      }],
      details,
    };
  },
});
