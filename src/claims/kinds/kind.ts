import type { Arbitrary } from 'fast-check';
import { z } from 'zod';
import type { Budget } from '../budgets.ts';
import { NonFiniteError } from '../errors.ts';
import type { DrawLog, DrawnData } from '../drawn_data.ts';
import type { StreamPerturbation } from '../rounding.ts';
import type { Precision } from '../tolerance.ts';
import type { VacuityRule } from '../vacuity.ts';

/**
 * The contract of a claim kind (DESIGN.md, "Evidence per kind"): one module per kind holds its
 * evidence schema, its judge, its summary type and its report section, and the registry
 * (registry.ts) lists the modules, as tfjs registers kernels. The driver (run_claim.ts) knows
 * nothing of what a kind means.
 */

/** A list of numbers: an array or a typed array. */
// (z.custom, not z.array().readonly(): zod would freeze the check's own array, and typed arrays cannot be frozen)
export const numberList = z.custom<readonly number[] | Float64Array | Float32Array>(
  (v) => v instanceof Float64Array || v instanceof Float32Array || (Array.isArray(v) && allNumbers(v)),
  'must be numbers',
);
export type NumberList = z.infer<typeof numberList>;

/** (a plain loop: `every` with a callback took 0.6 s on 10⁷ entries) */
function allNumbers(v: unknown[]): boolean {
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number') return false;
  return true;
}

/** Numbers an identity compares: one, or entrywise. */
export const numbers = z.union([z.number(), numberList], 'must be a number or numbers');
export type Numbers = z.infer<typeof numbers>;

/** Extra numbers a check returns for the report. */
export const notes = z.record(z.string(), z.union([z.number(), z.string()]));
export type Notes = z.infer<typeof notes>;

/** What every evidence summary carries, whatever its kind. */
export interface SummaryBase<K extends string> {
  kind: K;
  /** instances drawn, instances that met the hypotheses */
  drawn: number;
  met: number;
  notes?: Notes;
  /** the work a sequential verdict used against its budget's cap: `used` of at most `cap` `unit` */
  work?: WorkUsed;
}

/** How much of its cap a verdict that draws until decided used (sweep seeds, seeds). */
export interface WorkUsed {
  used: number;
  cap: number;
  unit: string;
  /** whether the sequential test decided before the cap (else the verdict is inconclusive, or was decided at the cap) */
  decided: boolean;
}

/** `5 of at most 8 sweep seeds (decided)`: the work a sequential verdict used, for the report. */
export function workText(w: WorkUsed): string {
  return `${w.used} of at most ${w.cap} ${w.unit}${w.decided ? ' (decided)' : ' (cap reached)'}`;
}

/** The tolerance policy in force for a pointwise kind. */
export interface ToleranceSummary {
  precision: Precision;
  epsilon: number;
  factor: number;
}

/** The instance that decided a verdict, with what the check measured on it and how to replay it. */
export interface Counterexample {
  instance: unknown;
  /** what the check measured on it */
  evidence: unknown;
  /** why it violates the claim, in one line */
  reason: string;
  shrinks: number;
  seed: number;
  path: string | undefined;
  replay: string;
  /** what the check drew from ctx.rng on it (its matrices and vectors), bounded */
  drawn?: DrawnData;
}

export type Verdict = 'supported' | 'refuted' | 'inconclusive' | 'error';

/** What a kind's run decides; the driver adds vacuity, out-of-reach, leaks and the replay command. */
export interface KindOutcome<S> {
  verdict: Verdict;
  reason: string;
  evidence: S;
  counterexample?: Omit<Counterexample, 'replay' | 'seed'>;
  error?: string;
  /** decided by one instance (a counterexample, a witness, an exception): no vacuity can undo that */
  decisive?: boolean;
}

/** Thrown by `ctx.assume(false)`: the instance does not meet the claim's hypotheses. */
export class Skipped extends Error {}

/** What the driver hands a kind's run. */
export interface KindRun<Spec, Evidence> {
  instances: Arbitrary<unknown>;
  /** the claim's field named after the kind (`scaling: {…}`), when the kind has one */
  spec: Spec;
  precision: Precision | undefined;
  /** the claim's fast-check seed */
  seed: number;
  budget: Budget;
  /** unit roundoff of the backend's float32 */
  backendEpsilon: number;
  /** this claim's level, for statistical kinds */
  alpha: number;
  /** a replay path (fast-check's, `search:`-prefixed, or `choices:<handle>`), when replaying */
  path: string | undefined;
  /**
   * the check's evidence on one instance, validated; throws Skipped when its hypotheses fail.
   * `rngOf`: the instance whose `ctx.rng` stream the check gets (a perturbed copy of an
   * instance must see the same random draws as the instance itself: rounding.ts);
   * `perturb`: that stream's draws perturbed by a few ulps (rounding.ts, PerturbedRng);
   * `record`: log what the check draws from that stream (drawn_data.ts), for the report
   */
  evaluate(instance: unknown, options?: { rngOf?: unknown; perturb?: StreamPerturbation; record?: DrawLog }): Promise<Evidence>;
}

/** One piece of a report cell: text, optionally bold, coloured by tone, or set as code; or a value (an instance) the report formats. */
export type Span = string | { text: string; strong?: boolean; tone?: 'ok' | 'bad' | 'warn'; code?: boolean } | { value: unknown; code?: boolean };
/** A report cell: plain text or a run of spans. */
export type Cell = string | Span[];

/** A fitted power law y ≈ C·x^k with the interval of k, as a log-log plot draws it. */
export interface PowerLawFit {
  exponent: number;
  interval: [number, number];
  level: number;
  /** exp(intercept): the implied constant in y ≈ C x^exponent */
  constant: number;
  r2: number;
  /** local exponents on the lower and upper halves of the sweep (drift check) */
  lowerHalf?: number;
  upperHalf?: number;
  drifting: boolean;
  /** the drift-corrected local exponent at the largest x, when a refutation was checked against it */
  atLargestX?: { exponent: number; interval: [number, number] };
}

/** The exponent a scaling claim states, as a log-log plot draws it. */
export interface ClaimedExponent {
  exponent: number;
  relation: 'equal' | 'atMost' | 'atLeast';
  resolution?: number | undefined;
}

/** A plot a report draws (src/report/plots.ts); the kinds name it and give its data. */
export type PlotSpec =
  | { type: 'meter'; fraction: number }
  | { type: 'tightness'; ratio: number }
  | { type: 'loglog'; points: Array<{ x: number; y: number; seed: number }>; fit?: PowerLawFit; spec?: ClaimedExponent; xLabel: string; yLabel: string }
  | { type: 'series'; series: Array<{ seed: number; name: string; x: number[]; y: number[] }> }
  | { type: 'rate'; rate: number; interval: [number, number]; atLeast: number };

/** One block of a claim's evidence in a report: a title, a plot, labelled values, a preformatted value. */
export interface EvidenceBlock {
  title: string;
  /** a style hook (`scaling`) */
  className?: string;
  plot?: PlotSpec;
  rows?: Array<[string, Cell]>;
  /** shown preformatted (a witness) */
  value?: unknown;
}

/** What a kind shows in a report, as plain data: src/report renders it (src/claims never imports src/report). */
export interface ReportSection {
  blocks: EvidenceBlock[];
  /** rows for the folded "Details" list (the tolerance, α), before the check's own notes */
  details: Array<[string, string]>;
}

/** One instance judged on its own: violated or not, and why, in one line. */
export interface InstanceVerdict {
  violated: boolean;
  reason: string;
}

/** A claim kind: one module per kind, listed once in registry.ts. */
export interface ClaimKindModule<Name extends string, Spec, Evidence, Summary extends SummaryBase<Name>> {
  name: Name;
  /** schema of the claim's field named after the kind (`scaling: { exponent, relation }`); absent when the kind has none */
  spec?: z.ZodType<Spec>;
  /** what the spec field holds, for the "is missing" message */
  specHint?: string;
  /** whether a claim of this kind must declare its precision (the tolerance follows from it) */
  needsPrecision: boolean;
  /** whether its verdict is statistical (it shares the run's α) */
  statistical: boolean;
  /** schema of what `check` returns on one instance */
  evidence: z.ZodType<Evidence>;
  /** when a run of this kind is vacuous */
  vacuity(budget: Budget): VacuityRule;
  /** draw, evaluate and judge */
  run(ctx: KindRun<Spec, Evidence>): Promise<KindOutcome<Summary>>;
  /**
   * How one instance's evidence fares, for the kinds that refute by instance (identity,
   * inequality): the failure database (../known_failure.ts) judges a stored counterexample with
   * it before the kind runs. Absent: the kind's refutations are not stored (existence does not
   * refute by an instance; a statistical verdict is no one instance's).
   */
  judgeInstance?(ctx: KindRun<Spec, Evidence>, evidence: Evidence): InstanceVerdict | Promise<InstanceVerdict>;
  /** what the report shows of a summary */
  report(summary: Summary): ReportSection;
}

/** Declare a kind (an identity function that checks the module's shape against the contract). */
export function defineKind<Name extends string, Spec, Evidence, Summary extends SummaryBase<Name>>(
  kind: ClaimKindModule<Name, Spec, Evidence, Summary>,
): ClaimKindModule<Name, Spec, Evidence, Summary> {
  return kind;
}

/** Entries of a number or numeric array. */
export function toArray(v: Numbers): number[] {
  // (an array is read as it is, not copied: 10⁷ entries are a claim's to return; judges only read it)
  return typeof v === 'number' ? [v] : Array.isArray(v) ? (v as number[]) : Array.from(v as ArrayLike<number>);
}

/** NaN or ±Inf anywhere in the evidence is an error, never a pass. */
export function assertFiniteEvidence(value: unknown, where = 'evidence'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NonFiniteError(`${where} is ${value}`);
  } else if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const arr = value as ArrayLike<unknown>;
    // numbers are checked in a plain loop; the entry's path is spelled out only for what is not
    // a finite number (naming every entry took 3 s on 10⁷ of them)
    for (let i = 0; i < arr.length; i++) {
      const x = arr[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) assertFiniteEvidence(x, `${where}[${i}]`);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'witness') assertFiniteEvidence(v, `${where}.${k}`);
  }
}
