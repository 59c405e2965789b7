import type { ClaimFields } from './claim_schema.ts';
import type { Counterexample, Verdict } from './kinds/kind.ts';
import type { EvidenceSummary } from './kinds/registry.ts';

export type { Counterexample } from './kinds/kind.ts';
export type { EvidenceSummary, SummaryOf } from './kinds/registry.ts';
export type { FitSummary } from './kinds/scaling.ts';

/** The outcome of one claim: what reaches task.meta and the claims report (schema claimcheck/1). */
export type ClaimResult = Omit<ClaimFields, 'timeoutMs' | 'family' | 'hypotheses'> & {
  family: string;
  hypotheses: string[];
  verdict: Verdict;
  /** verdict === expect */
  asExpected: boolean;
  /** one line: why this verdict */
  reason: string;
  /** the numbers behind the verdict; `evidence.kind` is the claim's kind */
  evidence: EvidenceSummary;
  counterexample?: Counterexample;
  error?: string;
  /** the run's global seed and the claim's derived fast-check seed */
  seed: number;
  claimSeed: number;
  budget: string;
  backend: string;
  /** float64 linear-algebra implementation that ran */
  linalg: string;
  /** the claim file, as the user named it (relative to the package for the catalog) */
  file: string;
  /** the command that reruns this claim exactly (with --path when there is a counterexample) */
  replay: string;
  durationMs: number;
};
