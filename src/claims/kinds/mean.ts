import { z } from 'zod';
import type { MeanClaim } from '../../stats/sequential/decision.ts';
import { createMeanTest } from '../../stats/sequential/mean_test.ts';
import type { SequentialTest } from '../../stats/sequential/sequential_test.ts';
import { MIN_MET_SHARE, MIN_TRIALS } from '../engine_constants.ts';
import { formatNumber as fmt, formatPercent as pct } from '../format_number.ts';
import { vacuousReason, type VacuityRule } from '../vacuity.ts';
import { defineKind, notes, numberList, workText, type Cell, type SummaryBase, type WorkUsed } from './kind.ts';
import { draw, evaluateOrSkip } from './pointwise.ts';

/**
 * What a mean claim states about one stream of samples: their mean equals, is at most or is at
 * least a value, to a resolution, within declared bounds (a bounded mean is the only kind that
 * has a confidence sequence, or even a fixed-n interval, without a distributional assumption:
 * Bahadur & Savage 1956).
 */
export const meanStreamSpec = z.object({
  equals: z.number().finite().optional(),
  atMost: z.number().finite().optional(),
  atLeast: z.number().finite().optional(),
  /** the range every sample lies in; a sample outside it is an error, never clipped */
  bounds: z.tuple([z.number().finite(), z.number().finite()]),
  /** a mean false by more than this is never supported (the error the verdict must detect) */
  resolution: z.number().positive(),
}).refine((s) => [s.equals, s.atMost, s.atLeast].filter((v) => v !== undefined).length === 1, { message: 'must state exactly one of equals, atMost, atLeast' })
  .refine((s) => s.bounds[0] < s.bounds[1], { message: 'must be [lo, hi] with lo < hi', path: ['bounds'] });
export type MeanStreamSpec = z.infer<typeof meanStreamSpec>;

/** The claim's `mean` field: one statement per named stream of samples (all must hold). */
export const meanSpec = z.record(z.string(), meanStreamSpec).refine((r) => Object.keys(r).length > 0, { message: 'must name at least one stream' });
export type MeanSpec = z.infer<typeof meanSpec>;

/**
 * One seed's samples, by stream. The contract that makes the verdict valid: each sample's mean,
 * given every sample before it, is the claimed quantity (independent draws, or per-seed
 * averages of independent draws, of a quantity whose mean the claim states for every instance).
 */
export const meanEvidence = z.looseObject({
  samples: z.record(z.string(), z.union([z.number(), numberList], 'must be a number or numbers')),
  notes: notes.optional(),
});
export type MeanEvidence = z.infer<typeof meanEvidence>;

export interface MeanStreamSummary {
  name: string;
  claim: MeanClaim;
  bounds: [number, number];
  resolution: number;
  n: number;
  mean: number;
  interval: [number, number];
  decision: 'supported' | 'refuted' | 'undecided';
  decidedAt?: number;
}

export interface MeanSummary extends SummaryBase<'mean'> {
  streams?: MeanStreamSummary[];
  /** the claim's level; each of its k streams is tested at α/k */
  alpha?: number;
}

const meanVacuity: VacuityRule = { unit: 'seeds', minMet: MIN_TRIALS, minShare: MIN_MET_SHARE };

function claimOf(s: MeanStreamSpec): MeanClaim {
  return s.equals !== undefined ? { equals: s.equals } : s.atMost !== undefined ? { atMost: s.atMost } : { atLeast: s.atLeast! };
}

function claimText(c: MeanClaim, r: number): string {
  return 'equals' in c ? `= ${fmt(c.equals)} ± ${fmt(r)}` : 'atMost' in c ? `≤ ${fmt(c.atMost)} (+${fmt(r)})` : `≥ ${fmt(c.atLeast)} (−${fmt(r)})`;
}

/**
 * A mean claim draws independent seeds one at a time; the check returns samples by stream, and
 * the engine feeds each stream to a sequential, anytime-valid test of its stated mean (the
 * betting confidence sequence of Waudby-Smith & Ramdas, createMeanTest in src/stats/sequential)
 * at the claim's α split over its streams. It stops when every stream is decided or one is
 * refuted, or at the budget's cap. Refuted when any stream is; supported when all are;
 * otherwise inconclusive, with each stream's interval. This is how a check that would otherwise
 * run its own t-test hands the decision, and its share of the run's α, to the engine.
 */
export const mean = defineKind({
  name: 'mean',
  spec: meanSpec,
  specHint: 'a statement (equals, atMost or atLeast, bounds, resolution) per stream of samples',
  needsPrecision: false,
  statistical: true,
  evidence: meanEvidence,
  vacuity: () => meanVacuity,
  async run({ instances: arbitrary, spec, seed, budget, alpha, evaluate }) {
    const cap = budget.maxProbabilityRuns;
    const instances = draw(arbitrary, seed, cap);
    const names = Object.keys(spec);
    const streamAlpha = alpha / names.length;
    const tests = new Map<string, { test: SequentialTest<number>; sum: number; spec: MeanStreamSpec }>(names.map((name) => {
      const s = spec[name]!;
      return [name, { test: createMeanTest({ claim: claimOf(s), alpha: streamAlpha, bounds: s.bounds, resolution: s.resolution }), sum: 0, spec: s }];
    }));
    let drawn = 0;
    let met = 0;
    let notesSeen: Record<string, number | string> = {};
    let refutedAt: unknown;
    const done = () => [...tests.values()].some((t) => t.test.decision === 'refuted') || [...tests.values()].every((t) => t.test.decision !== 'undecided');
    for (const instance of instances) {
      if (done() && met >= MIN_TRIALS && !vacuousReason(drawn, met, meanVacuity)) break;
      drawn++;
      const ev = await evaluateOrSkip(evaluate, instance);
      if (!ev) continue;
      met++;
      if (ev.notes) notesSeen = { ...notesSeen, ...ev.notes };
      for (const [name, t] of tests) {
        const raw = ev.samples[name];
        if (raw === undefined) throw new TypeError(`mean evidence: field 'samples.${name}' is missing (the claim states a mean for it)`);
        const xs = typeof raw === 'number' ? [raw] : Array.from(raw as ArrayLike<number>);
        for (const x of xs) {
          const [lo, hi] = t.spec.bounds;
          if (!(x >= lo && x <= hi)) throw new RangeError(`mean evidence: sample ${fmt(x)} of '${name}' is outside its declared bounds [${fmt(lo)}, ${fmt(hi)}]`);
          const before = t.test.decision;
          t.test.update(x);
          t.sum += x;
          if (before === 'undecided' && t.test.decision === 'refuted' && refutedAt === undefined) refutedAt = instance;
        }
      }
    }
    const streams: MeanStreamSummary[] = [...tests].map(([name, t]) => {
      const st = t.test.state();
      return {
        name, claim: st.claim, bounds: t.spec.bounds, resolution: st.resolution, n: st.n, mean: st.n ? t.sum / st.n : NaN,
        interval: st.interval, decision: st.decision, ...(st.decidedAt !== undefined ? { decidedAt: st.decidedAt } : {}),
      };
    });
    const work: WorkUsed = { used: drawn, cap, unit: 'seeds', decided: done() };
    const evidence: MeanSummary = { kind: 'mean', drawn, met, streams, alpha, work, ...(Object.keys(notesSeen).length ? { notes: notesSeen } : {}) };
    if (vacuousReason(drawn, met, meanVacuity)) return { verdict: 'inconclusive', reason: 'vacuous', evidence };
    const say = (s: MeanStreamSummary) => `${s.name}: mean ${fmt(s.mean, 4)} in [${fmt(s.interval[0], 4)}, ${fmt(s.interval[1], 4)}] after ${s.n} samples, claimed ${claimText(s.claim, s.resolution)}`;
    const refuted = streams.filter((s) => s.decision === 'refuted');
    const level = `anytime-valid, ${pct(1 - streamAlpha)} per stream`;
    if (refuted.length) {
      return {
        verdict: 'refuted', reason: `${refuted.map(say).join('; ')}: the interval excludes the claim (${level})`, evidence,
        counterexample: { instance: refutedAt ?? instances[0], evidence: refuted[0], reason: `the seed at which ${refuted[0]!.name}'s test refuted the claim`, shrinks: 0, path: undefined },
      };
    }
    if (streams.every((s) => s.decision === 'supported')) return { verdict: 'supported', reason: `${streams.map(say).join('; ')}: every interval lies within the claim's resolution (${level})`, evidence };
    const open = streams.filter((s) => s.decision === 'undecided');
    return { verdict: 'inconclusive', reason: `${open.map(say).join('; ')}: not resolved within ${drawn} seeds (${level})`, evidence };
  },
  report(ev) {
    if (!ev.streams?.length) return { blocks: [], details: [] };
    const rows: Array<[string, Cell]> = ev.streams.map((s) => [s.name, [
      { text: `mean ${fmt(s.mean)}`, strong: true },
      ` in [${fmt(s.interval[0])}, ${fmt(s.interval[1])}] after ${s.n} samples; claimed ${claimText(s.claim, s.resolution)} within [${fmt(s.bounds[0])}, ${fmt(s.bounds[1])}]: `,
      { text: s.decision, tone: s.decision === 'supported' ? 'ok' : s.decision === 'refuted' ? 'bad' : 'warn' },
    ]]);
    const details: Array<[string, string]> = [];
    if (ev.alpha !== undefined) details.push(['α (this claim; split over its streams)', fmt(ev.alpha)]);
    if (ev.work) details.push(['work used', workText(ev.work)]);
    return { blocks: [{ title: 'Means (anytime-valid intervals)', rows }], details };
  },
});
