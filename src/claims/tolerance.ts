import { TOLERANCE_FACTOR } from './engine_constants.ts';

/** What a claim's check computes in; the tolerance follows from it. */
export const PRECISIONS = ['float32', 'float64', 'exact'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Unit roundoff of each precision; float32 follows the backend (tfjs float32: 2⁻²³). */
export function epsilonOf(precision: Precision, backendEpsilon = 2 ** -23): number {
  return precision === 'float64' ? Number.EPSILON : precision === 'float32' ? backendEpsilon : 0;
}

/** Smallest normal number: the absolute floor below which rounding is underflow, not error. */
function minNormal(precision: Precision): number {
  return precision === 'float64' ? 2.2250738585072014e-308 : precision === 'float32' ? 1.1754943508222875e-38 : 0;
}

export { TOLERANCE_FACTOR };

export interface Allowance {
  /** relative tolerance tol(precision, size) */
  tol: number;
  /** absolute bound the error is compared with: tol · scale + underflow floor */
  allowed: number;
  /** the underflow floor in it, size · min-normal: an error this small says nothing about mathematics */
  floor: number;
}

/**
 * The single tolerance policy: |lhs − rhs| ≤ 32 · ε · √size · scale + size · min-normal.
 * Summing `size` rounded terms has error growing like ε√size for random rounding (Higham,
 * "Accuracy and Stability of Numerical Algorithms", §4.2); the factor 32 covers the few
 * operations per term. The floor keeps subnormal inputs from refuting a true identity.
 */
export function allowance(precision: Precision, size: number, scale: number, backendEpsilon?: number): Allowance {
  const n = Math.max(1, size);
  const tol = TOLERANCE_FACTOR * epsilonOf(precision, backendEpsilon) * Math.sqrt(n);
  const floor = n * minNormal(precision);
  return { tol, allowed: tol * Math.max(scale, 0) + floor, floor };
}
