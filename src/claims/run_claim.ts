import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendInfo } from '../tensor/backend.ts';
import { Rng, deriveSeed, hashString } from '../tensor/rng.ts';
import type { Budget } from './budgets.ts';
import { NonFiniteError } from './errors.ts';
import type { ClaimResult, Counterexample, EvidenceSummary } from './result.ts';
import { hillClimb } from './search.ts';
import { epsilonOf, TOLERANCE_FACTOR } from './tolerance.ts';
import type { CheckContext, Claim, ExistenceEvidence, IdentityEvidence, InequalityEvidence, ProbabilityEvidence, ScalingEvidence, Verdict } from './types.ts';
import {
  assertFiniteEvidence, claimAlpha, fmt, gapScore, judgeIdentity, judgeInequality, judgeProbability, judgeScaling, type InstanceJudgement,
} from './verdict_rules.ts';

export interface RunClaimOptions {
  /** the run's global seed; the claim's fast-check seed derives from it and the id */
  seed: number;
  budget: Budget;
  backend: BackendInfo;
  /** statistical verdicts sharing the run's α (Bonferroni) */
  statTests: number;
  /** fast-check path of a counterexample to replay directly */
  path?: string | undefined;
  /** file the claim came from, as the user named it */
  file: string;
  linalg: string;
}

interface Outcome {
  verdict: Verdict;
  reason: string;
  evidence: EvidenceSummary;
  counterexample?: Omit<Counterexample, 'replay' | 'seed'> & { path: string | undefined };
  error?: string;
}

/** Key-sorted JSON, so an instance maps to the same RNG stream however it was built. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((value as any)[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

class Skipped extends Error {}
/** Thrown by a predicate whose instance violates the claim (fast-check 4 reports `return false` as an error too). */
class Violation extends Error {}

/**
 * Run one claim under a budget and judge its evidence by the rules of its kind. Never throws
 * for a claim's own failure: exceptions, NaN/Inf and vacuous runs become verdicts.
 */
export async function runClaim(claim: Claim, opts: RunClaimOptions): Promise<ClaimResult> {
  const started = performance.now();
  const claimSeed = deriveSeed(opts.seed, claim.id);
  const tensorsBefore = tf.memory().numTensors;
  const skips = new Map<string, number>();

  const context = (instance: unknown): CheckContext => ({
    rng: new Rng(hashString(`${claim.id}|${stableStringify(instance)}`)),
    budget: opts.budget,
    backend: opts.backend,
    assume(condition, hypothesis = 'hypothesis') {
      if (!condition) {
        skips.set(hypothesis, (skips.get(hypothesis) ?? 0) + 1);
        throw new Skipped(hypothesis);
      }
    },
  });
  /** evidence of one instance; Skipped when its hypotheses do not hold */
  const evaluate = async (instance: unknown): Promise<any> => {
    const evidence = await claim.check(instance, context(instance));
    if (evidence === null || typeof evidence !== 'object')
      throw new TypeError(`check returned ${evidence === null ? 'null' : typeof evidence}, expected evidence of a ${claim.kind}`);
    assertFiniteEvidence(evidence);
    return evidence;
  };

  let outcome: Outcome;
  try {
    const alpha = claimAlpha(opts.budget.alpha, opts.statTests);
    switch (claim.kind) {
      case 'identity':
      case 'inequality':
        outcome = await runPointwise(claim, opts, claimSeed, evaluate);
        break;
      case 'scaling':
        outcome = await runScaling(claim, opts, claimSeed, evaluate, alpha);
        break;
      case 'probability':
        outcome = await runProbability(claim, opts, claimSeed, evaluate, alpha);
        break;
      case 'existence':
        outcome = await runExistence(claim, opts, claimSeed, evaluate);
        break;
    }
  } catch (err) {
    outcome = { verdict: 'error', reason: `the run failed: ${oneLine(err)}`, error: oneLine(err), evidence: { drawn: 0, met: 0 } };
  }
  if (skips.size) outcome.evidence.notes = { ...outcome.evidence.notes, ...Object.fromEntries([...skips].map(([h, n]) => [`skipped: ${h}`, n])) };

  if (claim.outOfReach && (outcome.verdict === 'supported' || outcome.verdict === 'refuted')) {
    const { counterexample: _dropped, ...rest } = outcome;
    outcome = { ...rest, verdict: 'inconclusive', reason: `out of reach: ${claim.outOfReach}. Measured at these sizes: ${outcome.verdict}, ${outcome.reason}` };
  }
  const leaked = tf.memory().numTensors - tensorsBefore;
  if (leaked > 0 && outcome.verdict !== 'error') {
    outcome = { ...outcome, verdict: 'error', reason: `${leaked} tensors leaked (created and never disposed): ${outcome.reason}`, error: `${leaked} tensors leaked` };
  }
  const replay = replayCommand(claim.id, opts, outcome.counterexample?.path);
  return {
    id: claim.id,
    family: claim.family,
    ...(claim.catalog ? { catalog: claim.catalog } : {}),
    variant: claim.variant,
    kind: claim.kind,
    expect: claim.expect,
    verdict: outcome.verdict,
    asExpected: outcome.verdict === claim.expect,
    title: claim.title,
    statement: claim.statement,
    hypotheses: [...(claim.hypotheses ?? [])],
    ...(claim.note ? { note: claim.note } : {}),
    ...(claim.outOfReach ? { outOfReach: claim.outOfReach } : {}),
    source: { ...claim.source },
    ...(claim.precision ? { precision: claim.precision } : {}),
    reason: outcome.reason,
    evidence: outcome.evidence,
    ...(outcome.counterexample ? { counterexample: { ...outcome.counterexample, seed: opts.seed, replay } } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
    seed: opts.seed,
    claimSeed,
    budget: opts.budget.name,
    backend: opts.backend.name,
    linalg: opts.linalg,
    file: opts.file,
    durationMs: Math.round(performance.now() - started),
    replay,
  };
}

/** The exact command that reproduces this claim's run (and its counterexample, with the path). */
export function replayCommand(id: string, opts: Pick<RunClaimOptions, 'seed' | 'budget' | 'file' | 'backend'>, path?: string): string {
  const file = opts.file.startsWith('properties/') ? '' : ` ${shellQuote(opts.file)}`;
  const p = path !== undefined ? ` --path ${shellQuote(path)}` : '';
  return `npx claimcheck replay ${id}${file} --seed ${opts.seed}${p} --budget ${opts.budget.name} --backend ${opts.backend.name}`;
}

function shellQuote(s: string): string {
  return /^[\w./:=@-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

export function oneLine(err: unknown): string {
  const e = err as { name?: string; message?: string };
  const msg = err instanceof Error ? `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(err);
  return msg.split('\n')[0]!.slice(0, 500);
}

/** fast-check's own precondition mechanism carries our Skipped signal for shrinking. */
function fcPredicate(evaluate: (i: unknown) => Promise<any>, body: (instance: unknown, evidence: any) => boolean) {
  return async (instance: unknown) => {
    let evidence;
    try {
      evidence = await evaluate(instance);
    } catch (err) {
      if (err instanceof Skipped) fc.pre(false);
      throw err;
    }
    if (!body(instance, evidence)) throw new Violation('the instance violates the claim');
    return true;
  };
}

async function runPointwise(claim: Claim, opts: RunClaimOptions, seed: number, evaluate: (i: unknown) => Promise<any>): Promise<Outcome> {
  const precision = claim.precision!;
  const eps = opts.backend.epsilon;
  const judge = (ev: any): InstanceJudgement =>
    claim.kind === 'identity' ? judgeIdentity(ev as IdentityEvidence, precision, eps) : judgeInequality(ev as InequalityEvidence, precision, eps);
  const evidence: EvidenceSummary = {
    drawn: 0,
    met: 0,
    tolerance: { precision, epsilon: epsilonOf(precision, eps), factor: TOLERANCE_FACTOR },
  };
  const seen: Array<{ instance: unknown; ev: any; j: InstanceJudgement }> = [];
  const track = (instance: unknown, ev: any, j: InstanceJudgement, foundBy: 'sampling' | 'search') => {
    if (claim.kind === 'identity') {
      if (!evidence.worstError || j.ratio > evidence.worstError.relative) evidence.worstError = { absolute: j.error, allowed: j.allowed, relative: j.ratio };
    } else if (!evidence.tightest || j.ratio > evidence.tightest.ratio || (j.ratio === Infinity && evidence.tightest.ratio === Infinity && gapScore(j) > gapOf(evidence.tightest))) {
      evidence.tightest = { ratio: j.ratio, lhs: ev.lhs, rhs: ev.rhs, instance, foundBy, allowed: j.allowed };
    }
    if (foundBy === 'sampling' && seen.length < 200) seen.push({ instance, ev, j });
  };
  const [searchPath, fcPath] = splitPath(opts.path);
  const property = fc.asyncProperty(claim.instances, fcPredicate(evaluate, (instance, ev) => {
    const j = judge(ev);
    track(instance, ev, j, 'sampling');
    return !j.violated;
  }));
  const details = await fc.check(property, {
    seed, numRuns: opts.budget.runs, maxSkipsPerRun: 10,
    ...(fcPath !== undefined && !searchPath ? { path: fcPath, endOnFailure: true } : {}),
  });
  evidence.drawn = details.numRuns + details.numSkips;
  evidence.met = details.numRuns;
  const failure = await explainFailure(details, evaluate, judge, evidence);
  if (failure) return failure;
  if (evidence.met === 0 || details.numSkips >= 10 * opts.budget.runs)
    return { verdict: 'inconclusive', reason: `vacuous: ${evidence.met} of ${evidence.drawn} drawn instances met the hypotheses`, evidence };

  let searchNote = '';
  if (claim.kind === 'inequality') {
    // Start the climb from the tightest sampled instances.
    const starts = [...seen].sort((a, b) => b.j.ratio - a.j.ratio).slice(0, 3).map((s) => s.instance);
    let violating: unknown;
    const climb = (objective: (j: InstanceJudgement) => number, fork: string, from: unknown[]) =>
      hillClimb(claim.instances, from, async (instance) => {
        let ev;
        try {
          ev = await evaluate(instance);
        } catch (err) {
          if (err instanceof Skipped) return undefined;
          throw err;
        }
        const j = judge(ev);
        track(instance, ev, j, 'search');
        if (j.violated) violating ??= instance;
        return j.violated ? Infinity : objective(j);
      }, { steps: opts.budget.searchSteps, rng: new Rng(seed).fork(fork), stopAbove: 1e300 });
    let found = await climb((j) => j.ratio, 'search', starts);
    let objective: 'ratio' | 'gap' = 'ratio';
    if (found.startScore === Infinity && violating === undefined) {
      // A sampled instance sits at a bound rhs ≤ 0 (lhs − rhs > 0 within the allowance), where
      // lhs/rhs is +∞ and cannot rank instances: climb the gap in units of its allowance instead.
      objective = 'gap';
      const atBound = [...seen].filter((s) => !(s.j.ratio < Infinity)).sort((a, b) => gapScore(b.j) - gapScore(a.j));
      found = await climb(gapScore, 'search-gap', atBound.slice(0, 3).map((s) => s.instance));
    }
    evidence.search = { steps: found.evaluations, start: found.startScore, best: found.bestScore, objective };
    const measure = objective === 'ratio' ? 'tightest lhs/rhs' : 'largest (lhs − rhs)/allowed (rhs ≤ 0, so no ratio)';
    searchNote = found.evaluations <= starts.length
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
  }
  const worst = claim.kind === 'identity'
    ? `largest |lhs − rhs| was ${fmt(evidence.worstError?.relative ?? 0)} of the allowed tolerance`
    : tightestText(evidence.tightest);
  return { verdict: 'supported', reason: `held on all ${evidence.met} instances (${worst})${searchNote}`, evidence };
}

/**
 * lhs/rhs says how tight an inequality came when rhs > 0. When rhs ≤ 0 (e.g. 0 ≤ λ_min of a
 * singular Gram matrix) the ratio is ±∞ and says nothing; the gap and its allowance do.
 */
function tightestText(t: EvidenceSummary['tightest']): string {
  if (!t) return 'tightest lhs/rhs NaN';
  if (Number.isFinite(t.ratio)) return `tightest lhs/rhs ${fmt(t.ratio)}`;
  const gap = t.lhs - t.rhs;
  const allowed = t.allowed !== undefined ? `, within the allowed ${fmt(t.allowed)}` : '';
  return gap > 0
    ? `tightest: lhs ${fmt(t.lhs)} exceeds rhs ${fmt(t.rhs)} by ${fmt(gap)}${allowed}`
    : `tightest: lhs ${fmt(t.lhs)} ≤ rhs ${fmt(t.rhs)} (gap ${fmt(-gap)})`;
}

/** gapScore of a recorded tightest instance (rhs ≤ 0 ties, where lhs/rhs is +∞ for all) */
function gapOf(t: NonNullable<EvidenceSummary['tightest']>): number {
  return t.allowed ? (t.lhs - t.rhs) / t.allowed : -Infinity;
}

function splitPath(path: string | undefined): [boolean, string | undefined] {
  if (path === undefined) return [false, undefined];
  return path.startsWith('search:') ? [true, path.slice('search:'.length)] : [false, path];
}

async function explainFailure(
  details: fc.RunDetails<[unknown]>,
  evaluate: (i: unknown) => Promise<any>,
  judge: (ev: any) => InstanceJudgement,
  evidence: EvidenceSummary,
  origin: 'sampling' | 'search' = 'sampling',
): Promise<Outcome | undefined> {
  if (!details.failed) return undefined;
  if (!details.counterexample) {
    return { verdict: 'inconclusive', reason: `vacuous: too few drawn instances met the hypotheses (${details.numRuns} met, ${details.numSkips} skipped)`, evidence };
  }
  const [instance] = details.counterexample;
  const path = details.counterexamplePath === null ? undefined : origin === 'search' ? `search:${details.counterexamplePath}` : details.counterexamplePath;
  const thrown = details.errorInstance;
  if (thrown && !(thrown instanceof Violation)) {
    const kind = thrown instanceof NonFiniteError ? 'non-finite evidence' : 'an exception';
    return {
      verdict: 'error', reason: `check raised ${kind} on a drawn instance: ${oneLine(thrown)}`, error: oneLine(thrown), evidence,
      counterexample: { instance, evidence: null, reason: oneLine(thrown), shrinks: details.numShrinks, path },
    };
  }
  const ev = await evaluate(instance);
  const j = judge(ev);
  return {
    verdict: 'refuted',
    reason: `violated${origin === 'search' ? ' (found by the targeted search)' : ''}: ${j.reason}`,
    evidence,
    counterexample: { instance, evidence: ev, reason: j.reason, shrinks: details.numShrinks, path },
  };
}

/** Draw instances deterministically from the claim's seed (no shrinking: statistical kinds). */
function draw(claim: Claim, seed: number, count: number): unknown[] {
  // noBias: biased sampling repeats small values, and a repeated instance is a repeated
  // outcome (its RNG derives from the instance), not an independent trial
  return fc.sample(fc.noBias(claim.instances), { seed, numRuns: count });
}

async function evaluateOrSkip(evaluate: (i: unknown) => Promise<any>, instance: unknown): Promise<any | undefined> {
  try {
    return await evaluate(instance);
  } catch (err) {
    if (err instanceof Skipped) return undefined;
    throw err;
  }
}

async function runScaling(claim: Claim, opts: RunClaimOptions, seed: number, evaluate: (i: unknown) => Promise<any>, alpha: number): Promise<Outcome> {
  const spec = claim.scaling!;
  const instances = draw(claim, seed, opts.budget.sweepSeeds);
  const points: Array<{ x: number; y: number; seed: number }> = [];
  const series: NonNullable<EvidenceSummary['series']> = [];
  let dropped = 0;
  let met = 0;
  let notes: Record<string, number | string> = {};
  for (const [k, instance] of instances.entries()) {
    const ev = (await evaluateOrSkip(evaluate, instance)) as ScalingEvidence | undefined;
    if (!ev) continue;
    met++;
    if (ev.x.length !== ev.y.length) throw new RangeError(`scaling evidence: ${ev.x.length} x values but ${ev.y.length} y values`);
    ev.x.forEach((x, i) => {
      const y = ev.y[i]!;
      if (x > 0 && y > 0) points.push({ x, y, seed: k });
      else dropped++;
    });
    for (const [name, s] of Object.entries(ev.series ?? {})) series.push({ seed: k, name, x: [...s.x], y: [...s.y] });
    if (ev.notes) notes = { ...notes, ...ev.notes };
  }
  const evidence: EvidenceSummary = { drawn: instances.length, met, spec, points, series, alpha, notes };
  const total = points.length + dropped;
  if (met === 0) return { verdict: 'inconclusive', reason: `vacuous: none of ${instances.length} sweeps met the hypotheses`, evidence };
  if (dropped > 0) evidence.notes = { ...evidence.notes, 'non-positive points dropped': dropped };
  if (dropped > total / 4) return { verdict: 'inconclusive', reason: `${dropped} of ${total} measured values were ≤ 0: below what this precision resolves`, evidence };
  if (new Set(points.map((p) => p.x)).size < 3) return { verdict: 'inconclusive', reason: 'fewer than three distinct sizes in the sweep', evidence };
  const j = judgeScaling(points, spec, { alpha, resamples: opts.budget.bootstrap, seed });
  evidence.fit = j.fit;
  const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const reason = `${j.reason} (x from ${fmt(xs[0]!)} to ${fmt(xs.at(-1)!)}, ${met} seeds)`;
  return {
    verdict: j.outcome, reason, evidence,
    ...(j.outcome === 'refuted' ? { counterexample: { instance: instances[0], evidence: j.fit, reason: j.reason, shrinks: 0, path: undefined } } : {}),
  };
}

async function runProbability(claim: Claim, opts: RunClaimOptions, seed: number, evaluate: (i: unknown) => Promise<any>, alpha: number): Promise<Outcome> {
  const instances = draw(claim, seed, opts.budget.probabilityRuns);
  let successes = 0;
  let trials = 0;
  const failures: Array<{ instance: unknown; ev: ProbabilityEvidence }> = [];
  for (const instance of instances) {
    const ev = (await evaluateOrSkip(evaluate, instance)) as ProbabilityEvidence | undefined;
    if (!ev) continue;
    if (typeof ev.holds !== 'boolean') throw new TypeError(`probability evidence: 'holds' must be a boolean, got ${typeof ev.holds}`);
    trials++;
    if (ev.holds) successes++;
    else if (failures.length < 3) failures.push({ instance, ev });
  }
  const atLeast = claim.probability!.atLeast;
  const evidence: EvidenceSummary = { drawn: instances.length, met: trials, successes, trials, atLeast, alpha };
  if (trials < Math.max(10, instances.length / 5))
    return { verdict: 'inconclusive', reason: `vacuous: only ${trials} of ${instances.length} seeds met the hypotheses`, evidence };
  const j = judgeProbability(successes, trials, atLeast, alpha);
  evidence.rateInterval = j.interval;
  const first = failures[0];
  return {
    verdict: j.outcome, reason: j.reason, evidence,
    ...(j.outcome === 'refuted' && first
      ? { counterexample: { instance: first.instance, evidence: first.ev, reason: `one of ${trials - successes} seeds where the event failed`, shrinks: 0, path: undefined } }
      : {}),
  };
}

async function runExistence(claim: Claim, opts: RunClaimOptions, seed: number, evaluate: (i: unknown) => Promise<any>): Promise<Outcome> {
  // "No witness exists" is the property; its shrunk counterexample is the smallest witness.
  const property = fc.asyncProperty(claim.instances, fcPredicate(evaluate, (_i, ev: ExistenceEvidence) => ev.witness === null || ev.witness === undefined));
  const details = await fc.check(property, {
    seed, numRuns: opts.budget.runs, maxSkipsPerRun: 10, ...(opts.path !== undefined ? { path: opts.path, endOnFailure: true } : {}),
  });
  const evidence: EvidenceSummary = { drawn: details.numRuns + details.numSkips, met: details.numRuns };
  if (!details.failed) return { verdict: 'inconclusive', reason: `no witness among ${details.numRuns} instances`, evidence };
  if (!details.counterexample) return { verdict: 'inconclusive', reason: 'vacuous: too few drawn instances met the hypotheses', evidence };
  const [instance] = details.counterexample;
  if (details.errorInstance && !(details.errorInstance instanceof Violation))
    return { verdict: 'error', reason: `check raised an exception: ${oneLine(details.errorInstance)}`, error: oneLine(details.errorInstance), evidence };
  const ev = (await evaluate(instance)) as ExistenceEvidence;
  evidence.witness = ev.witness;
  evidence.met = Math.max(evidence.met, 1);
  if (ev.notes) evidence.notes = ev.notes;
  const path = details.counterexamplePath ?? undefined;
  return {
    verdict: 'supported',
    reason: `witness found after ${details.numRuns + 1} instances and shrunk ${details.numShrinks} times${ev.value !== undefined ? ` (value ${fmt(ev.value)})` : ''}`,
    evidence,
    counterexample: { instance, evidence: ev, reason: 'the shrunk witness', shrinks: details.numShrinks, path },
  };
}
