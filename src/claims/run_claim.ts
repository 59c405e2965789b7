import * as tf from '@tensorflow/tfjs-core';
import type { z } from 'zod';
import { bonferroni } from '../stats/bonferroni.ts';
import type { BackendInfo } from '../tensor/backend.ts';
import { Rng, deriveSeed, hashString } from '../tensor/rng.ts';
import { sharedEvidence } from './evidence_cache.ts';
import type { Budget } from './budgets.ts';
import { staticOf, type CheckContext, type Claim } from './claim_schema.ts';
import { DrawLog, RecordingRng } from './drawn_data.ts';
import { FailureDb } from './failure_db.ts';
import { previewValue } from './preview.ts';
import { assertFiniteEvidence, Skipped, type ClaimKindModule, type KindOutcome, type KindRun, type SummaryBase } from './kinds/kind.ts';
import { rememberFailure, replayKnownFailure, type KnownFailure } from './known_failure.ts';
import { KINDS, type EvidenceSummary } from './kinds/registry.ts';
import { oneLine } from './one_line.ts';
import type { ClaimLimit } from './time_limit.ts';
import { PerturbedRng, type StreamPerturbation } from './rounding.ts';
import type { ClaimResult } from './result.ts';
import { vacuousReason } from './vacuity.ts';

export { oneLine };

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
  /** the failure database's folder (known_failure.ts): its stored counterexample is tried first; undefined: off */
  failureDir?: string | undefined;
  /** the claim's time limit (time_limit.ts): checked before each instance and once the run ends */
  limit?: ClaimLimit | undefined;
}

/** A kind as the driver sees it: any spec, evidence and summary (the registry's types meet here only). */
type AnyKind = ClaimKindModule<string, unknown, unknown, SummaryBase<string>>;

/** Key-sorted JSON, so an instance maps to the same RNG stream however it was built. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Per-claim level of a statistical verdict when `tests` such verdicts share the run's α. */
export function claimAlpha(runAlpha: number, tests: number): number {
  return bonferroni(runAlpha, tests);
}

/** The first issue of a failed evidence parse, in one line, with the fields the kind expects and those it got. */
function evidenceIssue(kind: string, evidence: unknown, schema: z.ZodType, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(root)';
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], evidence);
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const expected = shape ? ` (${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} check returns { ${Object.entries(shape).map(([k, s]) => (s.safeParse(undefined).success ? `${k}?` : k)).join(', ')} }; got { ${Object.keys(evidence as object).join(', ')} })` : '';
  return `${kind} evidence: field '${field}' ${value === undefined ? 'is missing' : issue.message}${expected}`;
}

/**
 * Run one claim under a budget and judge its evidence by the rules of its kind (kinds/*.ts).
 * Never throws for a claim's own failure: exceptions, NaN/Inf, leaked tensors and vacuous runs
 * become verdicts.
 */
export async function runClaim(claim: Claim, opts: RunClaimOptions): Promise<ClaimResult> {
  const started = performance.now();
  // claims sharing draws (claim.sharedDraws) take the same seeds, hence the same instances and streams
  const drawKey = claim.sharedDraws ?? claim.id;
  const claimSeed = deriveSeed(opts.seed, drawKey);
  /** what determines a plain evaluation's random streams and sizes (see CheckContext.drawId) */
  const drawIdOf = (instance: unknown) => `${drawKey}|${opts.budget.name}|${opts.backend.name}|${stableStringify(instance)}`;
  const tensorsBefore = tf.memory().numTensors;
  const skips = new Map<string, number>();
  const kind = KINDS[claim.kind] as unknown as AnyKind;

  const context = (instance: unknown, perturb?: StreamPerturbation, record?: DrawLog): CheckContext => {
    const seed = hashString(`${drawKey}|${stableStringify(instance)}`);
    const shared = claim.sharedDraws !== undefined && !perturb && !record;
    return {
      ...(shared ? { drawId: drawIdOf(instance) } : {}),
      rng: perturb ? new PerturbedRng(seed, perturb) : record ? new RecordingRng(seed, record) : new Rng(seed),
      budget: opts.budget,
      backend: opts.backend,
      assume(condition, hypothesis = 'hypothesis') {
        if (!condition) {
          skips.set(hypothesis, (skips.get(hypothesis) ?? 0) + 1);
          throw new Skipped(hypothesis);
        }
      },
    };
  };
  /** evidence of one instance, as the check returned it; Skipped when its hypotheses do not hold */
  const evaluate = async (instance: unknown, { rngOf = instance, perturb, record }: { rngOf?: unknown; perturb?: StreamPerturbation; record?: DrawLog } = {}): Promise<unknown> => {
    opts.limit?.nextInstance();
    const compute = async (): Promise<unknown> => claim.check(instance, context(rngOf, perturb, record));
    // a perturbed or recorded evaluation is this claim's own; a plain one may be shared (evidence_cache.ts)
    const evidence: unknown = claim.sharedDraws !== undefined && !perturb && !record
      ? await sharedEvidence(claim.check, `${drawIdOf(rngOf)}|${stableStringify(instance)}`, compute)
      : await compute();
    if (evidence === null || typeof evidence !== 'object')
      throw new TypeError(`check returned ${evidence === null ? 'null' : typeof evidence}, expected evidence of a ${claim.kind}`);
    assertFiniteEvidence(evidence);
    const parsed = kind.evidence.safeParse(evidence);
    if (!parsed.success) throw new TypeError(evidenceIssue(claim.kind, evidence, kind.evidence, parsed.error));
    return evidence;
  };

  const run: KindRun<unknown, unknown> = {
    instances: claim.instances,
    spec: (claim as unknown as Record<string, unknown>)[claim.kind],
    precision: claim.precision,
    seed: claimSeed,
    budget: opts.budget,
    backendEpsilon: opts.backend.epsilon,
    alpha: claimAlpha(opts.budget.alpha, opts.statTests),
    path: opts.path,
    evaluate,
  };
  // an explicit replay path goes straight to its counterexample; the database only records
  const db = opts.failureDir !== undefined ? new FailureDb(opts.failureDir) : undefined;
  const identity = { seed: opts.seed, budget: opts.budget.name, backend: opts.backend.name };
  let known: KnownFailure = { state: 'none' };
  let outcome: KindOutcome<SummaryBase<string>>;
  try {
    if (db && opts.path === undefined) known = await replayKnownFailure(db, claim.id, kind, run, identity);
    outcome = known.state === 'decided' ? known.outcome : await kind.run(run);
    // the one place vacuity is judged: an instance that decided the verdict stands regardless
    const vacuous = vacuousReason(outcome.evidence.drawn, outcome.evidence.met, kind.vacuity(opts.budget));
    if (vacuous && !outcome.decisive && outcome.verdict !== 'error') outcome = { verdict: 'inconclusive', reason: vacuous, evidence: outcome.evidence };
  } catch (err) {
    outcome = { verdict: 'error', reason: `the run failed: ${oneLine(err)}`, error: oneLine(err), evidence: { kind: claim.kind, drawn: 0, met: 0 } };
  }
  if (known.state === 'cleared') outcome.evidence.notes = { ...outcome.evidence.notes, [known.note[0]]: known.note[1] };
  const overTime = opts.limit?.exceeded();
  if (overTime) outcome = { verdict: 'error', reason: overTime, error: overTime, evidence: outcome.evidence };
  if (skips.size) outcome.evidence.notes = { ...outcome.evidence.notes, ...Object.fromEntries([...skips].map(([h, n]) => [`skipped: ${h}`, n])) };

  if (claim.outOfReach && (outcome.verdict === 'supported' || outcome.verdict === 'refuted')) {
    const { counterexample: _dropped, ...rest } = outcome;
    outcome = { ...rest, verdict: 'inconclusive', reason: `out of reach: ${claim.outOfReach}. Measured at these sizes: ${outcome.verdict}, ${outcome.reason}` };
  }
  const leaked = tf.memory().numTensors - tensorsBefore;
  if (leaked > 0 && outcome.verdict !== 'error') {
    outcome = { ...outcome, verdict: 'error', reason: `${leaked} tensors leaked (created and never disposed): ${outcome.reason}`, error: `${leaked} tensors leaked` };
  }
  const unstored = db && known.state !== 'decided' ? rememberFailure(db, claim.id, kind, outcome, identity) : undefined;
  if (unstored) outcome.evidence.notes = { ...outcome.evidence.notes, 'failure database': unstored };
  const replay = replayCommand(claim.id, opts, outcome.counterexample?.path);
  const { file: _file, ...facts } = staticOf(claim, opts.file);
  return {
    ...facts,
    hypotheses: facts.hypotheses ?? [],
    verdict: outcome.verdict,
    asExpected: outcome.verdict === claim.expect,
    reason: outcome.reason,
    evidence: outcome.evidence as EvidenceSummary,
    // the report keeps a bounded, JSON-safe preview of the instance and of what was measured on it
    ...(outcome.counterexample ? { counterexample: { ...outcome.counterexample, instance: previewValue(outcome.counterexample.instance), evidence: previewValue(outcome.counterexample.evidence), seed: opts.seed, replay } } : {}),
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

/**
 * The `error` result of a claim that did not finish (its time limit): every fact a report and a
 * replay need, so the replay line is complete even when the claim's fork was killed.
 */
export function unfinishedResult(
  claim: Claim, opts: Pick<RunClaimOptions, 'seed' | 'budget' | 'file' | 'linalg'> & { backend: { name: string } }, reason: string, durationMs = 0,
): ClaimResult {
  const { file: _file, ...facts } = staticOf(claim, opts.file);
  return {
    ...facts, hypotheses: facts.hypotheses ?? [], verdict: 'error', asExpected: false, reason, error: reason,
    evidence: { kind: claim.kind, drawn: 0, met: 0 } as EvidenceSummary,
    seed: opts.seed, claimSeed: deriveSeed(opts.seed, claim.sharedDraws ?? claim.id), budget: opts.budget.name, backend: opts.backend.name,
    linalg: opts.linalg, file: opts.file, durationMs, replay: replayCommand(claim.id, opts),
  };
}

/** The exact command that reproduces this claim's run (and its counterexample, with the path). */
export function replayCommand(id: string, opts: Pick<RunClaimOptions, 'seed' | 'budget' | 'file'> & { backend: { name: string } }, path?: string): string {
  const file = opts.file.startsWith('properties/') ? '' : ` ${shellQuote(opts.file)}`;
  const p = path !== undefined ? ` --path ${shellQuote(path)}` : '';
  return `npx claimcheck replay ${id}${file} --seed ${opts.seed}${p} --budget ${opts.budget.name} --backend ${opts.backend.name}`;
}

function shellQuote(s: string): string {
  return /^[\w./:=@-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}
