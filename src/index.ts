/**
 * The public API of claimcheck: what a claim file imports (`import { defineClaim, fc, tf } from 'claimcheck'`).
 * A claim file outside this package resolves only 'claimcheck', so fast-check and tfjs-core come
 * through here: the same instances the engine uses (one tfjs engine, one initialised backend).
 * @packageDocumentation
 */
export * as fc from 'fast-check';
export * as tf from '@tensorflow/tfjs-core';
export { defineClaim, isClaim } from './claims/define.ts';
export type {
  CheckContext,
  Claim,
  ClaimDefinition,
  ClaimKind,
  ClaimSource,
  EvidenceByKind,
  IdentityEvidence,
  InequalityEvidence,
  ScalingEvidence,
  ProbabilityEvidence,
  ExistenceEvidence,
  Precision,
  Variant,
} from './claims/types.ts';
export type { Budget, BudgetName } from './claims/budgets.ts';
export { Rng } from './tensor/rng.ts';
export * as dense from './tensor/dense.ts';
export type { Mat } from './tensor/dense.ts';
export { linalg, nuclearNorm, spectralNorm } from './tensor/linalg.ts';
