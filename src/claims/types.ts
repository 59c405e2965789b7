/**
 * The claim's types in one import, for the public API (src/index.ts) and claim files. Nothing
 * is defined here: the fields come from the zod schema (claim_schema.ts), the evidence and
 * summaries from the kind modules (kinds/*.ts).
 */
export {
  VARIANTS, EXPECTATIONS,
  type CheckContext, type Claim, type ClaimDefinition, type ClaimFields, type ClaimSource, type ClaimStatic, type Expectation, type Variant,
} from './claim_schema.ts';
export { CLAIM_KINDS, type ClaimKind, type EvidenceByKind, type EvidenceSummary, type SpecByKind } from './kinds/registry.ts';
export type { Numbers, Verdict } from './kinds/kind.ts';
export { PRECISIONS, type Precision } from './tolerance.ts';
export type { IdentityEvidence } from './kinds/identity.ts';
export type { InequalityEvidence } from './kinds/inequality.ts';
export type { ScalingEvidence, ScalingSpec } from './kinds/scaling.ts';
export type { ProbabilityEvidence, ProbabilitySpec } from './kinds/probability.ts';
export type { ExistenceEvidence } from './kinds/existence.ts';
