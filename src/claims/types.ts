import type { Arbitrary } from 'fast-check';
import type { Rng } from '../tensor/rng.ts';
import type { BackendInfo } from '../tensor/backend.ts';
import type { Budget } from './budgets.ts';

export const CLAIM_KINDS = ['identity', 'inequality', 'scaling', 'probability', 'existence'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const VARIANTS = ['literal', 'corrected', 'control'] as const;
export type Variant = (typeof VARIANTS)[number];
export const PRECISIONS = ['float32', 'float64', 'exact'] as const;
export type Precision = (typeof PRECISIONS)[number];
/** `inconclusive` only with `outOfReach`: the statement's regime is beyond every budget's sizes. */
export type Expectation = 'supported' | 'refuted' | 'inconclusive';
export type Verdict = 'supported' | 'refuted' | 'inconclusive' | 'error';

export interface ClaimSource {
  /** seed file name in shared/seeds (or a citation for claims from elsewhere) */
  doc: string;
  /** slide title, section or page */
  where: string;
  /** the source's own words, garbled OCR included */
  asStated: string;
}

export type Numbers = number | readonly number[] | Float64Array | Float32Array;

/** Evidence an identity returns: both sides, compared entrywise. */
export interface IdentityEvidence {
  lhs: Numbers;
  rhs: Numbers;
  /** magnitude the rounding error scales with; defaults to the largest |term| */
  scale?: number;
  /** size of the computation (entries summed), for the tolerance; defaults to the length of lhs */
  size?: number;
  /** extra numbers for the report */
  notes?: Record<string, number | string>;
}
/** Evidence an inequality returns: lhs ≤ rhs is claimed. */
export interface InequalityEvidence extends IdentityEvidence {
  lhs: number;
  rhs: number;
}
/** A sweep: y measured at x (several seeds may repeat an x). */
export interface ScalingEvidence {
  x: readonly number[];
  y: readonly number[];
  notes?: Record<string, number | string>;
  /** a trajectory or curve for the report's plots */
  series?: Record<string, { x: readonly number[]; y: readonly number[] }>;
}
export interface ProbabilityEvidence {
  holds: boolean;
  notes?: Record<string, number | string>;
}
export interface ExistenceEvidence {
  witness: Record<string, unknown> | null;
  value?: number;
  notes?: Record<string, number | string>;
}

export interface EvidenceByKind {
  identity: IdentityEvidence;
  inequality: InequalityEvidence;
  scaling: ScalingEvidence;
  probability: ProbabilityEvidence;
  existence: ExistenceEvidence;
}

/** What a claim's `check` receives besides its instance. */
export interface CheckContext {
  /** seeded stream for this instance: every random draw must come from here */
  rng: Rng;
  budget: Budget;
  backend: BackendInfo;
  /**
   * Record that this instance does not meet the claim's hypotheses: the instance is skipped
   * (not counted as support) and the report shows how many met them.
   */
  assume(condition: boolean, hypothesis?: string): void;
}

export interface ScalingSpec {
  exponent: number;
  relation: 'equal' | 'atMost' | 'atLeast';
  /** the CI half-width beyond which an `equal` fit cannot decide (default 0.25) */
  resolution?: number;
}
export interface ProbabilitySpec {
  atLeast: number;
}

interface ClaimFields<I, K extends ClaimKind> {
  id: string;
  family: string;
  catalog?: string;
  variant: Variant;
  title: string;
  source: ClaimSource;
  statement: string;
  hypotheses?: string[];
  kind: K;
  precision?: Precision;
  expect: Expectation;
  /** for a corrected or control entry: why it differs from the literal statement */
  note?: string;
  /**
   * Why the statement's regime (sizes, α → 0, N) is beyond what the budgets reach. The claim
   * still runs and the report shows what was measured, but the verdict is `inconclusive`
   * (and `expect` must be 'inconclusive'): a fit at the wrong sizes neither supports nor refutes.
   */
  outOfReach?: string;
  instances: Arbitrary<I>;
  check: (instance: I, ctx: CheckContext) => EvidenceByKind[K] | Promise<EvidenceByKind[K]>;
  scaling?: K extends 'scaling' ? ScalingSpec : never;
  probability?: K extends 'probability' ? ProbabilitySpec : never;
  /** overrides the budget's timeout for this claim (ms) */
  timeoutMs?: number;
}

/** A claim as written in a claim file: plain data plus one `check` function. */
export type ClaimDefinition<I = unknown, K extends ClaimKind = ClaimKind> = ClaimFields<I, K>;

/** A validated claim (what defineClaim returns). */
export type Claim<I = any> = Readonly<ClaimDefinition<I, ClaimKind>> & { readonly __claim: true };
