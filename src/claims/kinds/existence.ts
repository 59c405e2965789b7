import fc from 'fast-check';
import { z } from 'zod';
import { SEVERITY_FACTOR, shrinkSevere } from '../choice_search_shrink.ts';
import { SAMPLES_KEPT, SEARCH_STARTS } from '../engine_constants.ts';
import { NonFiniteError } from '../errors.ts';
import { BetaBinomialSequence } from '../../stats/sequential/beta_binomial_cs.ts';
import { formatNumber as fmt } from '../format_number.ts';
import { oneLine } from '../one_line.ts';
import { vacuousReason } from '../vacuity.ts';
import { defineKind, notes, Skipped, type KindOutcome, type SummaryBase } from './kind.ts';
import {
  CHOICES_PREFIX, evaluateOrSkip, parsePath, pointwiseVacuity, replayFromChoices, sampling, searchAfterSampling, SEARCH_PREFIX, Violation,
  type SearchSummary,
} from './pointwise.ts';

/** A witness (null when the instance is none), and a value the search may climb. */
export const existenceEvidence = z.looseObject({
  witness: z.record(z.string(), z.unknown()).nullable(),
  /** how close the instance came to being a witness, higher is closer: the targeted search climbs it */
  value: z.number().optional(),
  notes: notes.optional(),
});
export type ExistenceEvidence = z.infer<typeof existenceEvidence>;

export interface ExistenceSummary extends SummaryBase<'existence'> {
  /** the shrunk witness */
  witness?: unknown;
  /** the targeted search after sampling found no witness */
  search?: SearchSummary;
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

const isWitness = (ev: ExistenceEvidence) => ev.witness !== null && ev.witness !== undefined;

/**
 * An existence claim is supported by a witness. "No witness exists" is the property
 * fast-check checks; its shrunk counterexample is the smallest witness. When sampling finds
 * none, the targeted search climbs the claim's `value` (a value climb, or in choice space
 * behind `.map`/`.chain`); a witness it finds is shrunk and replays from its path.
 */
export const existence = defineKind({
  name: 'existence',
  needsPrecision: false,
  statistical: false,
  evidence: existenceEvidence,
  vacuity: pointwiseVacuity,
  async run(ctx) {
    const { instances, seed, budget, evaluate } = ctx;
    const evidence: ExistenceSummary = { kind: 'existence', drawn: 0, met: 0 };
    const replay = parsePath(ctx.path);
    const supported = (instance: unknown, ev: ExistenceEvidence, how: string, shrinks: number, path: string | undefined): KindOutcome<ExistenceSummary> => {
      evidence.witness = ev.witness;
      evidence.met = Math.max(evidence.met, 1);
      if (ev.notes) evidence.notes = ev.notes;
      return {
        verdict: 'supported',
        reason: `witness ${how}${ev.value !== undefined ? ` (value ${fmt(ev.value)})` : ''}`,
        evidence,
        decisive: true,
        counterexample: { instance, evidence: ev, reason: 'the shrunk witness', shrinks, path },
      };
    };
    if (replay.kind === 'choices') {
      const r = await replayFromChoices(ctx, replay.handle, evidence, async (instance, ev) =>
        isWitness(ev) ? { outcome: supported(instance, ev, 'replayed from its choices', 0, ctx.path) } : undefined);
      return r.outcome;
    }

    const kept: Array<{ instance: unknown; value: number }> = [];
    let sampling_ = true;
    const property = fc.asyncProperty(instances, async (instance: unknown) => {
      let ev: ExistenceEvidence;
      try {
        ev = await evaluate(instance);
      } catch (err) {
        if (err instanceof Skipped) fc.pre(false);
        throw err;
      }
      if (sampling_ && kept.length < SAMPLES_KEPT) kept.push({ instance, value: ev.value ?? 0 });
      if (isWitness(ev)) throw new Violation('a witness');
      return true;
    });
    const explain = async (details: fc.RunDetails<[unknown]>, how: (d: fc.RunDetails<[unknown]>) => string, prefix: string) => {
      const [instance] = details.counterexample!;
      const path = details.counterexamplePath === null ? undefined : `${prefix}${details.counterexamplePath}`;
      if (!(details.errorInstance instanceof Violation)) {
        const thrown = details.errorInstance;
        const kind = thrown instanceof NonFiniteError ? 'non-finite evidence' : 'an exception';
        return {
          verdict: 'error' as const, reason: `check raised ${kind} on a drawn instance: ${oneLine(thrown)}`, error: oneLine(thrown), evidence, decisive: true,
          counterexample: { instance, evidence: null, reason: oneLine(thrown), shrinks: details.numShrinks, path },
        };
      }
      return supported(instance, await evaluate(instance), how(details), details.numShrinks, path);
    };

    const fcPath = replay.kind === 'sampling' ? replay.fcPath : undefined;
    const details = await fc.check(property, sampling(seed, budget, fcPath));
    evidence.drawn = details.numRuns + details.numSkips;
    evidence.met = details.numRuns;
    if (details.failed && details.counterexample)
      return explain(details, (d) => `found after ${d.numRuns + 1} instances and shrunk ${d.numShrinks} times`, '');
    if (details.failed) return { verdict: 'inconclusive', reason: 'too few drawn instances met the hypotheses', evidence };
    if (vacuousReason(evidence.drawn, evidence.met, pointwiseVacuity(budget))) return { verdict: 'inconclusive', reason: 'vacuous', evidence };

    // no witness sampled: climb the claim's value (a constant 0 without one: the choice search then explores)
    sampling_ = false;
    const starts = [...kept].sort((a, b) => b.value - a.value).slice(0, SEARCH_STARTS).map((k) => k.instance);
    let found: unknown;
    const objective = async (instance: unknown) => {
      const ev = await evaluateOrSkip(evaluate, instance);
      if (ev === undefined) return undefined;
      if (isWitness(ev)) {
        found ??= instance;
        return Infinity;
      }
      return ev.value ?? 0;
    };
    const s = await searchAfterSampling(ctx, starts, objective, () => found !== undefined, 'largest value');
    evidence.search = { ...s.summary, objective: 'value' };
    if (found !== undefined && s.method === 'value') {
      const shrunk = await fc.check(property, { seed, numRuns: 1, examples: [[found]], ...(replay.kind === 'search' ? { path: replay.fcPath, endOnFailure: true } : {}) });
      if (shrunk.failed && shrunk.counterexample)
        return explain(shrunk, (d) => `found by the targeted search (value climb) and shrunk ${d.numShrinks} times`, SEARCH_PREFIX);
      return { verdict: 'error', reason: 'the targeted search found a witness that did not reproduce', evidence };
    }
    if (found !== undefined && s.best && s.best.score === Infinity) {
      // shrink in choice space while it stays a witness
      const r = await shrinkSevere(instances, s.best, async (value) => {
        const ev = await evaluateOrSkip(evaluate, value);
        return ev === undefined ? undefined : isWitness(ev) ? Infinity : 0;
      }, { k: SEVERITY_FACTOR });
      return supported(r.shrunk.value, await evaluate(r.shrunk.value), `found by the targeted search in choice space (${s.summary.steps} evaluations) and shrunk`, r.evaluations, `${CHOICES_PREFIX}${r.shrunk.handle}`);
    }
    // the bound counts the sampled instances only: the search's are not a random sample
    const sampled = evidence.met;
    const upper = sampled > 0 ? witnessDensityBound(sampled, ctx.alpha) : 1;
    evidence.witnessDensity = { upper, instances: sampled, level: 1 - ctx.alpha };
    return {
      verdict: 'inconclusive',
      reason: `no witness among ${sampled} sampled instances: witnesses are below ${fmt(upper, 3)} of the instance space (anytime-valid, ${fmt(100 * (1 - ctx.alpha), 4)}%); ${s.note}`,
      evidence,
    };
  },
  report(ev) {
    const blocks = [];
    if (ev.witness !== undefined) blocks.push({ title: `Witness${ev.witness === null ? '' : ' (shrunk)'}`, value: ev.witness });
    else if (ev.search) {
      blocks.push({
        title: 'Targeted search for a witness',
        rows: [['search', `${ev.search.method === 'choices' ? 'in choice space' : 'value climb'}, ${ev.search.steps} steps, value ${fmt(ev.search.start)} → ${fmt(ev.search.best)}`] as [string, string]],
      });
    }
    return { blocks, details: [] };
  },
});
