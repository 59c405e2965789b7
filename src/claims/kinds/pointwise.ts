import fc from 'fast-check';
import { Rng } from '../../tensor/rng.ts';
import type { Budget } from '../budgets.ts';
import { choiceSearch } from '../choice_search.ts';
import { SEVERITY_FACTOR, shrinkSevere } from '../choice_search_shrink.ts';
import { replayChoices } from '../choice_search_tape.ts';
import { MAX_SKIPS_PER_RUN, SAMPLES_KEPT, SEARCH_STARTS, SEARCH_STOP_ABOVE } from '../engine_constants.ts';
import { DrawLog, type DrawnData } from '../drawn_data.ts';
import { NonFiniteError } from '../errors.ts';
import { previewValue } from '../preview.ts';
import { formatNumber as fmt } from '../format_number.ts';
import { oneLine } from '../one_line.ts';
import { norm2, settleByEvidence, WHAT_WOULD_DECIDE, type RoundingEvidence, type StreamPerturbation, type Zone } from '../rounding.ts';
import { hillClimb } from '../search.ts';
import { vacuousReason, type VacuityRule } from '../vacuity.ts';
import { Skipped, type KindOutcome, type KindRun } from './kind.ts';

/**
 * What the kinds that judge instance by instance (identity, inequality, existence) share:
 * fast-check draws and shrinks, the rounding zones are settled by evidence (rounding.ts), a
 * targeted search runs after sampling (a value-level climb where the arbitrary recognises
 * mutated values, else a search in choice space), and a refutation reports its worst
 * violation next to a counterexample shrunk under "still violated by k× the allowance".
 */

/** Thrown by a predicate whose instance violates the claim (fast-check 4 reports `return false` as an error too). */
export class Violation extends Error {}

/** Vacuous when no drawn instance met the hypotheses, or fast-check gave up skipping. */
export const pointwiseVacuity = (budget: Budget): VacuityRule => ({ unit: 'instances', minMet: 1, maxSkipped: MAX_SKIPS_PER_RUN * budget.runs });

/** The evidence of one instance, or undefined when it does not meet the hypotheses. */
export async function evaluateOrSkip<E>(evaluate: (i: unknown) => Promise<E>, instance: unknown): Promise<E | undefined> {
  try {
    return await evaluate(instance);
  } catch (err) {
    if (err instanceof Skipped) return undefined;
    throw err;
  }
}

/** Prefix of a replay path that names an instance found in choice space (`replayChoices`). */
export const CHOICES_PREFIX = 'choices:';
/** Prefix of a replay path whose counterexample the value-level search found (fast-check's path follows). */
export const SEARCH_PREFIX = 'search:';

/** A replay path, parsed: fast-check's own (sampling), `search:<fc path>`, or `choices:<handle>`. */
export type ReplayPath =
  | { kind: 'none' }
  | { kind: 'sampling'; fcPath: string }
  | { kind: 'search'; fcPath: string }
  | { kind: 'choices'; handle: string };

export function parsePath(path: string | undefined): ReplayPath {
  if (path === undefined) return { kind: 'none' };
  if (path.startsWith(CHOICES_PREFIX)) return { kind: 'choices', handle: path.slice(CHOICES_PREFIX.length) };
  if (path.startsWith(SEARCH_PREFIX)) return { kind: 'search', fcPath: path.slice(SEARCH_PREFIX.length) };
  return { kind: 'sampling', fcPath: path };
}

/** Options of the sampling run of a pointwise kind. */
export function sampling(seed: number, budget: Budget, fcPath: string | undefined) {
  return { seed, numRuns: budget.runs, maxSkipsPerRun: MAX_SKIPS_PER_RUN, ...(fcPath !== undefined ? { path: fcPath, endOnFailure: true } : {}) };
}

/** Draw instances deterministically from the claim's seed (no shrinking: statistical kinds). */
export function draw(instances: fc.Arbitrary<unknown>, seed: number, count: number): unknown[] {
  // noBias: biased sampling repeats small values, and a repeated instance is a repeated
  // outcome (its RNG derives from the instance), not an independent trial
  return fc.sample(fc.noBias(instances), { seed, numRuns: count });
}

/** How one instance of a pointwise claim fares against the rounding model, once settled. */
export interface InstanceJudgement {
  /** the instance violates the claim (after the gray zone is settled by evidence) */
  violated: boolean;
  /** ‖lhs − rhs‖₂ (identity) or lhs − rhs (inequality) */
  error: number;
  /** the rounding model's bound on it (tolerance.ts) */
  allowed: number;
  /** error / allowed for identities; lhs / rhs for inequalities */
  ratio: number;
  /** error / allowed: > 1 is above the rounding model (+∞ for any excess of an exact claim) */
  excess: number;
  /** the error beyond the underflow floor, over the scale of the sides (rounding.ts, relativeBeyondFloor) */
  relative: number;
  zone: Zone;
  /** how a discrepancy above the rounding model was settled */
  rounding?: RoundingEvidence;
  /** above the rounding model, and neither rounding nor mathematics could be shown */
  unresolved?: boolean;
  reason: string;
}

/** How a kind's evidence meets the rounding zones: its zone judgement and its discrepancy. */
export interface PointwiseJudge<E> {
  /** the zone judgement of one instance's evidence (`violated`: above the rounding model, not yet settled) */
  judge(ev: E): InstanceJudgement;
  /** lhs − rhs, entrywise */
  discrepancy(ev: E): number[];
  /** both sides' numbers (to tell whether a perturbation reached the computation at all) */
  sides(ev: E): number[];
  /** the discrepancy of the check's higher-precision sides (`reference`) in units of `j.allowed`, when it returns them */
  referenceExcess(ev: E, j: InstanceJudgement): number | undefined;
}

/** How the instances above the rounding model were settled (rounding.ts). */
export interface RoundingTally {
  /** instances whose discrepancy exceeded the rounding model */
  aboveModel: number;
  /** …settled as rounding (by a reference, or erratic under perturbation) */
  rounding: number;
  /** …violations: beyond ε^⅕ relative, or steady under perturbation, or confirmed by a reference */
  mathematical: number;
  /** …neither could be shown */
  unresolved: number;
  /** …of the rounding ones, instances where the check had no correct digit (they support nothing) */
  noDigits?: number;
  /** the largest unresolved excess and what was seen there */
  worstUnresolved?: { excess: number; note: string };
}

/** One violated instance in a refutation's severity block. */
export interface SevereCase {
  /** error / allowed */
  excess: number;
  reason: string;
  instance: unknown;
  /** what the check drew from ctx.rng on it, bounded (drawn_data.ts) */
  drawn?: DrawnData;
}

/** Worst violation seen, and the counterexample shown: shrunk while violated by ≥ threshold× the allowance. */
export interface Severity {
  k: number;
  threshold: number;
  worst: SevereCase;
  shrunk: SevereCase;
}

/** The targeted search after sampling. */
export interface SearchSummary {
  /** value: a hill-climb on the instance's numbers; choices: on the random choices behind it (absent in older reports: value) */
  method?: 'value' | 'choices';
  steps: number;
  start: number;
  best: number;
  /** what was climbed */
  objective?: 'ratio' | 'gap' | 'error' | 'value';
}

/** The rounding tally's one-line account, for a reason. */
export function roundingText(t: RoundingTally | undefined): string {
  if (!t || t.aboveModel === 0) return '';
  return `; ${t.aboveModel} above the rounding model (${t.rounding} settled as rounding${t.noDigits ? `, ${t.noDigits} of them with no correct digit` : ''}, ${t.unresolved} unresolved)`;
}

/** Settle instances (cached by value): zone judgement, then the gray zone by evidence. */
export function settler<E>(ctx: KindRun<unknown, E>, spec: PointwiseJudge<E>, tally: RoundingTally) {
  const cache = new Map<string, { ev: E; j: InstanceJudgement }>();
  const discrepancyAt = (instance: unknown, ev0: E) => async (perturbed: unknown, stream: StreamPerturbation): Promise<{ d: number[]; within: boolean; sidesChange: number } | undefined> => {
    let ev: E;
    try {
      ev = await ctx.evaluate(perturbed, { rngOf: instance, perturb: stream });
    } catch {
      // a perturbed copy that fails its hypotheses or its check is not evidence either way
      return undefined;
    }
    // sides bitwise unchanged: the perturbation never reached the computation (its data come
    // from a seed of its own, or the perturbed fields are unused), so it says nothing
    const [before, after] = [spec.sides(ev0), spec.sides(ev)];
    if (before.length === after.length && before.every((x, i) => Object.is(x, after[i]))) return undefined;
    const sidesChange = norm2(after.map((x, i) => x - before[i]!)) / norm2(before);
    return { d: spec.discrepancy(ev), within: spec.judge(ev).zone === 'within', sidesChange: Number.isNaN(sidesChange) ? Infinity : sidesChange };
  };
  return async (instance: unknown, ev: E): Promise<InstanceJudgement> => {
    const key = fc.stringify(instance);
    const hit = cache.get(key);
    if (hit) return hit.j;
    let j = spec.judge(ev);
    if (j.zone !== 'within') {
      tally.aboveModel++;
      const referenceExcess = spec.referenceExcess(ev, j);
      if (ctx.precision !== 'exact' || referenceExcess !== undefined) {
        const r = await settleByEvidence({
          instance, d0: spec.discrepancy(ev), referenceExcess, discrepancyAt: discrepancyAt(instance, ev), precision: ctx.precision!, beyond: j.zone === 'beyond', relative: j.relative,
          accepts: (v) => ctx.instances.canShrinkWithoutContext(v),
        });
        if (r.finding === 'rounding') j = { ...j, violated: false, rounding: r, reason: `${j.reason}: above the rounding model, but ${r.note}` };
        else if (r.finding === 'mathematical') j = { ...j, violated: true, rounding: r, reason: `${j.reason}; ${r.note}` };
        else j = { ...j, violated: false, unresolved: true, rounding: r, reason: `${j.reason}: above the rounding model, unresolved (${r.note})` };
      }
      if (j.unresolved) {
        tally.unresolved++;
        if (!tally.worstUnresolved || j.excess > tally.worstUnresolved.excess) tally.worstUnresolved = { excess: j.excess, note: j.rounding!.note };
      } else if (j.violated) tally.mathematical++;
      else {
        tally.rounding++;
        if (j.rounding?.noDigits) tally.noDigits = (tally.noDigits ?? 0) + 1;
      }
    }
    cache.set(key, { ev, j });
    return j;
  };
}

/** What a kind gives the shared pointwise run. */
export interface PointwiseRunSpec<E> extends PointwiseJudge<E> {
  /**
   * What the search climbs, from the kept samples: a score of a settled, non-violated instance
   * (higher = closer to violating) and its label.
   */
  objective(kept: Array<{ instance: unknown; ev: E; j: InstanceJudgement }>): {
    score: (j: InstanceJudgement, ev: E) => number;
    label: SearchSummary['objective'];
    /** what the score is, for the reason ("tightest lhs/rhs") */
    measure: string;
  };
  /** every settled instance (sampling, search and shrinking), for the kind's own summary */
  seen(instance: unknown, ev: E, j: InstanceJudgement, origin: 'sampling' | 'search'): void;
}

/** Evidence every pointwise summary carries. */
export interface PointwiseEvidence {
  drawn: number;
  met: number;
  rounding?: RoundingTally;
  severity?: Severity;
  search?: SearchSummary;
}

/** Result of a pointwise run: a decided outcome (refuted, error, inconclusive), or held with a note on the search. */
export type PointwiseRun<S> = { outcome: KindOutcome<S> } | { outcome?: undefined; searchNote: string };

/**
 * Sampling, the targeted search, and a refutation's severity shrink, shared by identity and
 * inequality. A violation found by sampling is shrunk by fast-check (replay: its path); one
 * found by the value climb is shrunk by fast-check from the example (`search:` path); one
 * found in choice space by `shrinkSevere` (`choices:` path). All shrink under "violated by at
 * least min(k, the first violation's excess) × the allowance".
 */
export async function runPointwise<E, S extends PointwiseEvidence>(ctx: KindRun<unknown, E>, spec: PointwiseRunSpec<E>, evidence: S): Promise<PointwiseRun<S>> {
  const { instances, seed, budget, evaluate } = ctx;
  const tally: RoundingTally = { aboveModel: 0, rounding: 0, mathematical: 0, unresolved: 0 };
  evidence.rounding = tally;
  const settle = settler(ctx, spec, tally);
  const replay = parsePath(ctx.path);
  let worst: SevereCase | undefined;
  const record = (instance: unknown, ev: E, j: InstanceJudgement, origin: 'sampling' | 'search') => {
    spec.seen(instance, ev, j, origin);
    if (j.violated && (!worst || j.excess > worst.excess)) worst = { excess: j.excess, reason: j.reason, instance };
  };
  const refuted = async (instance: unknown, ev: E, j: InstanceJudgement, threshold: number, how: { shrinks: number; path: string | undefined; via?: string }): Promise<{ outcome: KindOutcome<S> }> => {
    const w = worst ?? { excess: j.excess, reason: j.reason, instance };
    // one more evaluation of each instance shown, recording what the check drew on it
    const drawn = await drawnBy(ctx, instance);
    const worstDrawn = w.instance === instance ? drawn : await drawnBy(ctx, w.instance);
    evidence.severity = {
      k: SEVERITY_FACTOR, threshold,
      worst: { ...w, instance: previewValue(w.instance), ...(worstDrawn ? { drawn: worstDrawn } : {}) },
      shrunk: { excess: j.excess, reason: j.reason, instance: previewValue(instance), ...(drawn ? { drawn } : {}) },
    };
    return {
      outcome: {
        verdict: 'refuted', reason: `violated${how.via ? ` (${how.via})` : ''}: ${j.reason}`, evidence, decisive: true,
        counterexample: { instance, evidence: ev, reason: j.reason, shrinks: how.shrinks, path: how.path, ...(drawn ? { drawn } : {}) },
      },
    };
  };

  if (replay.kind === 'choices') return replayFromChoices(ctx, replay.handle, evidence, async (instance, ev) => {
    const j = await settle(instance, ev);
    record(instance, ev, j, 'search');
    return j.violated ? refuted(instance, ev, j, Math.min(SEVERITY_FACTOR, j.excess), { shrinks: 0, path: `${CHOICES_PREFIX}${replay.handle}`, via: 'replayed from its choices' }) : undefined;
  });

  // the bar a shrunk counterexample must stay above, set by the first violation: at least
  // min(k, its excess)× the allowance, and beyond ε^⅕ relative if it was (decisive(), below)
  let threshold: number | undefined;
  let firstZone: Zone | undefined;
  const decisive = (j: InstanceJudgement) => j.violated && j.excess >= threshold! && (firstZone !== 'beyond' || j.zone === 'beyond');
  let phase: 'sampling' | 'search' = 'sampling';
  const kept: Array<{ instance: unknown; ev: E; j: InstanceJudgement }> = [];
  const property = fc.asyncProperty(instances, async (instance: unknown) => {
    let ev: E;
    try {
      ev = await evaluate(instance);
    } catch (err) {
      if (err instanceof Skipped) fc.pre(false);
      throw err;
    }
    const j = await settle(instance, ev);
    record(instance, ev, j, phase);
    // the search starts from sampled instances, not from fast-check's shrinks of a violation
    if (phase === 'sampling' && threshold === undefined && kept.length < SAMPLES_KEPT) kept.push({ instance, ev, j });
    if (!j.violated) return true;
    if (threshold === undefined) [threshold, firstZone] = [Math.min(SEVERITY_FACTOR, j.excess), j.zone];
    if (decisive(j)) throw new Violation('the instance violates the claim');
    return true;
  });
  const explain = async (details: fc.RunDetails<[unknown]>, origin: 'sampling' | 'search'): Promise<{ outcome: KindOutcome<S> } | undefined> => {
    if (!details.failed) return undefined;
    if (!details.counterexample) return { outcome: { verdict: 'inconclusive', reason: 'too few drawn instances met the hypotheses', evidence } };
    const [instance] = details.counterexample;
    const path = details.counterexamplePath === null ? undefined : origin === 'search' ? `${SEARCH_PREFIX}${details.counterexamplePath}` : details.counterexamplePath;
    const thrown = details.errorInstance;
    if (thrown && !(thrown instanceof Violation)) return { outcome: await errorOutcome(ctx, thrown, instance, details.numShrinks, path, evidence) };
    const ev = await evaluate(instance);
    const j = await settle(instance, ev);
    return refuted(instance, ev, j, threshold ?? j.excess, { shrinks: details.numShrinks, path, ...(origin === 'search' ? { via: 'found by the targeted search' } : {}) });
  };

  const fcPath = replay.kind === 'sampling' ? replay.fcPath : undefined;
  const details = await fc.check(property, sampling(seed, budget, fcPath));
  evidence.drawn = details.numRuns + details.numSkips;
  evidence.met = details.numRuns;
  const failure = await explain(details, 'sampling');
  if (failure) return failure;
  // a vacuous run is not searched (the driver then calls it vacuous)
  if (vacuousReason(evidence.drawn, evidence.met, pointwiseVacuity(budget))) return { outcome: { verdict: 'inconclusive', reason: 'vacuous', evidence } };

  phase = 'search';
  const { score, label, measure } = spec.objective(kept);
  const starts = [...kept].sort((a, b) => score(b.j, b.ev) - score(a.j, a.ev)).slice(0, SEARCH_STARTS).map((s) => s.instance);
  let violating: unknown;
  const objective = async (instance: unknown): Promise<number | undefined> => {
    const ev = await evaluateOrSkip(evaluate, instance);
    if (ev === undefined) return undefined;
    const j = await settle(instance, ev);
    record(instance, ev, j, 'search');
    if (j.violated) violating ??= instance;
    return j.violated ? Infinity : score(j, ev);
  };
  const found = await searchAfterSampling(ctx, starts, objective, () => violating !== undefined, measure);
  evidence.search = { ...found.summary, objective: label };
  if (found.method === 'value' && violating !== undefined) {
    const shrunk = await fc.check(property, {
      seed, numRuns: 1, examples: [[violating]],
      ...(replay.kind === 'search' ? { path: replay.fcPath, endOnFailure: true } : {}),
    });
    const viaSearch = await explain(shrunk, 'search');
    if (viaSearch) return viaSearch;
    return { outcome: { verdict: 'error', reason: 'the targeted search found a violation that did not reproduce', evidence } };
  }
  if (found.method === 'choices' && found.best && found.best.score === Infinity) {
    const start = await settle(found.best.value, await evaluate(found.best.value));
    [threshold, firstZone] = [Math.min(SEVERITY_FACTOR, start.excess), start.zone];
    const s = await shrinkSevere(instances, found.best, async (value) => {
      const ev = await evaluateOrSkip(evaluate, value);
      if (ev === undefined) return undefined;
      const j = await settle(value, ev);
      record(value, ev, j, 'search');
      return decisive(j) ? j.excess : 0;
    }, { k: SEVERITY_FACTOR });
    const ev = await evaluate(s.shrunk.value);
    const j = await settle(s.shrunk.value, ev);
    return refuted(s.shrunk.value, ev, j, s.threshold, { shrinks: s.evaluations, path: `${CHOICES_PREFIX}${s.shrunk.handle}`, via: 'found by the targeted search in choice space' });
  }
  return { searchNote: found.note };
}

/**
 * What the check draws from ctx.rng on `instance` (drawn_data.ts): one more evaluation with a
 * recording stream. Undefined when it draws nothing, or the evaluation fails (the verdict
 * already stands on the evaluations before).
 */
export async function drawnBy(ctx: Pick<KindRun<unknown, unknown>, 'evaluate'>, instance: unknown): Promise<DrawnData | undefined> {
  const log = new DrawLog();
  try {
    await ctx.evaluate(instance, { record: log });
  } catch {
    // a failure here changes nothing: the instance was judged already
  }
  const d = log.result();
  return d.total > 0 ? d : undefined;
}

/** Fewest steps left over by the value climb worth a choice search. */
const MIN_CHOICE_STEPS = 10;

/** Search outcome as the kinds report it. */
interface FoundBySearch<T> {
  method: 'value' | 'choices';
  summary: Omit<SearchSummary, 'objective'>;
  /** the best instance in choice space (with its choices, for shrinking) */
  best?: import('../choice_search.ts').Candidate<T> | undefined;
  note: string;
}

/**
 * The targeted search: the value-level climb (search.ts) from the best samples when the
 * arbitrary recognises them without context (plain records of doubles, where it wins), else
 * (or when the climb cannot move, with the steps it left) the search in choice space
 * (choice_search.ts), which moves through `.map`, `.chain` and `.filter`.
 */
export async function searchAfterSampling(
  ctx: Pick<KindRun<unknown, unknown>, 'instances' | 'seed' | 'budget'>,
  starts: unknown[],
  objective: (instance: unknown) => Promise<number | undefined>,
  done: () => boolean,
  measure: string,
): Promise<FoundBySearch<unknown>> {
  const { instances, seed, budget } = ctx;
  const steps = budget.searchSteps;
  const recognised = starts.length > 0 && starts.every((s) => instances.canShrinkWithoutContext(s));
  let spent = 0;
  let start = -Infinity;
  let best = -Infinity;
  if (recognised) {
    const climb = await hillClimb(instances, starts, objective, { steps, rng: new Rng(seed).fork('search'), stopAbove: SEARCH_STOP_ABOVE });
    spent = climb.evaluations;
    [start, best] = [climb.startScore, climb.bestScore];
    // a climb that stalled early (the arbitrary rejects its mutations) leaves its steps to the choice search
    if (done() || steps - spent < MIN_CHOICE_STEPS)
      return { method: 'value', summary: { method: 'value', steps: spent, start, best }, note: `targeted search (value climb): ${measure} ${fmt(start)} → ${fmt(best)} in ${spent} evaluations` };
  }
  const left = steps - spent;
  const r = await choiceSearch(instances, objective, {
    seed: new Rng(seed).fork('choice-search').int(2 ** 31), samples: budget.runs, steps: left, stopAt: Infinity,
  });
  const rStart = Number.isFinite(start) ? Math.max(start, r.startScore) : r.startScore;
  const rBest = Math.max(best, r.best?.score ?? -Infinity);
  return {
    method: 'choices',
    summary: { method: 'choices', steps: spent + r.evaluations, start: rStart, best: rBest },
    best: r.best,
    note: `targeted search (in choice space${recognised ? ', after a value climb that stalled' : ''}): ${measure} ${fmt(rStart)} → ${fmt(rBest)} in ${spent + r.evaluations} evaluations`,
  };
}

/** Replay one instance from its choice handle; `judge` returns the decided outcome, or undefined when it does not decide. */
export async function replayFromChoices<E, S extends { drawn: number; met: number }>(
  ctx: KindRun<unknown, E>,
  handle: string,
  evidence: S,
  judge: (instance: unknown, ev: E) => Promise<{ outcome: KindOutcome<S> } | undefined>,
): Promise<{ outcome: KindOutcome<S> }> {
  const { value } = replayChoices(ctx.instances, handle);
  evidence.drawn = 1;
  const path = `${CHOICES_PREFIX}${handle}`;
  let ev: E;
  try {
    ev = await ctx.evaluate(value);
  } catch (err) {
    if (err instanceof Skipped) return { outcome: { verdict: 'inconclusive', reason: 'the replayed instance does not meet the hypotheses', evidence } };
    return { outcome: await errorOutcome(ctx, err, value, 0, path, evidence) };
  }
  evidence.met = 1;
  const decided = await judge(value, ev);
  return decided ?? { outcome: { verdict: 'inconclusive', reason: 'the replayed instance does not decide the claim', evidence } };
}

/** An exception or non-finite evidence on an instance: the instance, and what the check drew on it before it failed. */
async function errorOutcome<S>(ctx: Pick<KindRun<unknown, unknown>, 'evaluate'>, thrown: unknown, instance: unknown, shrinks: number, path: string | undefined, evidence: S): Promise<KindOutcome<S>> {
  const kind = thrown instanceof NonFiniteError ? 'non-finite evidence' : 'an exception';
  const drawn = await drawnBy(ctx, instance);
  return {
    verdict: 'error', reason: `check raised ${kind} on a drawn instance: ${oneLine(thrown)}`, error: oneLine(thrown), evidence, decisive: true,
    counterexample: { instance, evidence: null, reason: oneLine(thrown), shrinks, path, ...(drawn ? { drawn } : {}) },
  };
}

/** The verdict of a pointwise run in which no instance violated the claim. */
export function heldOutcome<S extends PointwiseEvidence>(evidence: S, held: string): KindOutcome<S> {
  const t = evidence.rounding;
  if (t && t.unresolved > 0) {
    return {
      verdict: 'inconclusive',
      reason: `no instance violated the claim, but ${t.unresolved} exceeded the rounding model (by up to ${fmt(t.worstUnresolved!.excess)}× the allowance) `
        + `and neither rounding nor mathematics could be shown there; would decide it: ${WHAT_WOULD_DECIDE}`,
      evidence,
    };
  }
  // instances where the check had no correct digit support nothing: most of them, no verdict
  if (t?.noDigits && 2 * t.noDigits >= evidence.met) {
    return {
      verdict: 'inconclusive',
      reason: `no instance violated the claim, but on ${t.noDigits} of ${evidence.met} the check had no correct digit (rounding as large as the sides); would decide it: ${WHAT_WOULD_DECIDE}`,
      evidence,
    };
  }
  return { verdict: 'supported', reason: `${held}${roundingText(t)}`, evidence };
}

/**
 * The class of the severity block in a kind's report: a report that shows the counterexample
 * with its worst violation side by side (src/report/html.ts) leaves this block out.
 */
export const SEVERITY_BLOCK = 'severity';

/** Report rows of a refutation's severity: the worst violation seen and the shrunk counterexample, side by side. */
export function severityRows(s: Severity | undefined): Array<[string, string]> {
  if (!s) return [];
  return [
    ['worst violation seen', `${fmt(s.worst.excess)}× the allowance: ${s.worst.reason}`],
    ['shown counterexample (shrunk)', `${fmt(s.shrunk.excess)}× the allowance: ${s.shrunk.reason}`],
    ['shrunk while violated by', `≥ ${fmt(s.threshold)}× the allowance (k = ${s.k}, or the first violation's own excess if smaller; beyond ε^⅕ relative if the first violation was)`],
  ];
}

/** Report rows of the rounding zones. */
export function roundingRows(t: RoundingTally | undefined): Array<[string, string]> {
  if (!t || t.aboveModel === 0) return [];
  return [
    ['above the rounding model', `${t.aboveModel} instances: ${t.rounding} rounding${t.noDigits ? ` (${t.noDigits} with no correct digit)` : ''}, ${t.mathematical} mathematical, ${t.unresolved} unresolved`],
    ...(t.worstUnresolved ? [['largest unresolved', `${fmt(t.worstUnresolved.excess)}× the allowance: ${t.worstUnresolved.note}`] as [string, string]] : []),
  ];
}
