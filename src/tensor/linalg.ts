import type { Mat } from './dense.ts';
import type { Linalg } from './linalg_types.ts';
import { linalgChoiceFromEnv, resolveLinalg } from './linalg_native.ts';

export type { Linalg, Svd, SymEig } from './linalg_types.ts';
export { mlMatrixLinalg } from './linalg_ml.ts';

let current: Linalg | undefined;

/**
 * The float64 implementation in use (its name goes into the run metadata). Chosen on first
 * use: CLAIMCHECK_LINALG=auto|lapack|ml-matrix, default auto (LAPACK when the addon is built).
 */
export function linalg(): Linalg {
  return (current ??= resolveLinalg(linalgChoiceFromEnv()));
}

/** Name and detail, as the run metadata shows them: `lapack (OpenBLAS 0.3.21, Cooperlake kernels)`. */
export function describeLinalg(impl: Linalg): string {
  return impl.detail ? `${impl.name} (${impl.detail})` : impl.name;
}

/** Nuclear norm ‖A‖_* = Σ σᵢ. */
export function nuclearNorm(a: Mat): number {
  return linalg().svd(a).s.reduce((x, y) => x + y, 0);
}

/** Spectral norm ‖A‖₂ = σ₁. */
export function spectralNorm(a: Mat): number {
  return linalg().svd(a).s[0] ?? 0;
}
