import type { ClaimKind, ClaimSource, Expectation, Precision, ScalingSpec, Variant, Verdict } from './types.ts';

/** One log-log fit of a scaling claim. */
export interface FitSummary {
  exponent: number;
  /** Bonferroni-adjusted bootstrap interval of the exponent */
  interval: [number, number];
  level: number;
  /** exp(intercept): the implied constant in y ≈ C x^exponent */
  constant: number;
  r2: number;
  /** local exponents on the lower and upper halves of the sweep (drift check) */
  lowerHalf?: number;
  upperHalf?: number;
  drifting: boolean;
}

/** The numbers behind a verdict, per kind; everything a report shows. */
export interface EvidenceSummary {
  /** instances drawn, instances that met the hypotheses */
  drawn: number;
  met: number;
  /** identity: the largest |lhs − rhs| / (tol · scale) seen (≤ 1 passes) */
  worstError?: { absolute: number; allowed: number; relative: number };
  /** inequality: the tightest lhs/rhs seen and where */
  tightest?: { ratio: number; lhs: number; rhs: number; instance: unknown; foundBy: 'sampling' | 'search'; allowed?: number };
  /** inequality: the targeted search */
  search?: {
    steps: number;
    start: number;
    best: number;
    /** what was climbed: lhs/rhs, or (lhs − rhs)/allowed where a sampled instance had rhs ≤ 0 (no ratio); default ratio */
    objective?: 'ratio' | 'gap';
  };
  /** scaling */
  spec?: ScalingSpec;
  fit?: FitSummary;
  points?: Array<{ x: number; y: number; seed: number }>;
  series?: Array<{ seed: number; name: string; x: number[]; y: number[] }>;
  /** probability */
  successes?: number;
  trials?: number;
  rateInterval?: [number, number];
  atLeast?: number;
  /** existence */
  witness?: unknown;
  /** tolerance policy in force */
  tolerance?: { precision: Precision; epsilon: number; factor: number };
  alpha?: number;
  notes?: Record<string, number | string>;
}

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
}

/** The outcome of one claim: what reaches task.meta and the claims report. */
export interface ClaimResult {
  id: string;
  family: string;
  catalog?: string;
  variant: Variant;
  kind: ClaimKind;
  expect: Expectation;
  verdict: Verdict;
  /** verdict === expect */
  asExpected: boolean;
  title: string;
  statement: string;
  hypotheses: string[];
  note?: string;
  /** why the statement's regime is beyond the budgets (verdict then inconclusive by design) */
  outOfReach?: string;
  source: ClaimSource;
  precision?: Precision;
  /** one line: why this verdict */
  reason: string;
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
  file: string;
  /** the command that reruns this claim exactly (with --path when there is a counterexample) */
  replay: string;
  durationMs: number;
}
