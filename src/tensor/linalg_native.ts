import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { assertFinite, mat, type Mat } from './dense.ts';
import { LinalgError } from './errors.ts';
import type { Linalg } from './linalg_types.ts';
import { assertFiniteResult, assertProductInputs, assertRhs, assertUsable, notPositiveDefinite, symmetricPart } from './linalg_guard.ts';
import { mlMatrixLinalg } from './linalg_ml.ts';
import { chooseOpenblasCore } from './openblas_core.ts';
import { guardedPinv } from './linalg_pinv.ts';

/** The raw N-API addon built from native/linalg.cc (row-major Float64Array in and out). */
export interface NativeAddon {
  svd(a: Float64Array, m: number, n: number): { U: Float64Array; s: Float64Array; V: Float64Array; info: number };
  symEig(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array; info: number };
  cholesky(a: Float64Array, n: number): { L: Float64Array; info: number };
  solveSpd(a: Float64Array, n: number, b: Float64Array, nrhs: number): { X: Float64Array; info: number };
  matmul(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array;
  getThreads(): number;
  setThreads(n: number): number;
  config(): string;
}

/** Where scripts/build-native.mjs (node-gyp in native/) leaves the addon. */
export const NATIVE_ADDON_PATH = fileURLToPath(new URL('../../native/build/Release/claimcheck_linalg.node', import.meta.url));

/** The command that builds the addon, for messages. */
const BUILD_HINT = 'apt-get install libopenblas-dev liblapacke-dev && node scripts/build-native.mjs';

/** LAPACK's info < 0 means we passed a bad argument: a bug here, not bad input. */
function checkInfo(op: string, routine: string, info: number): void {
  if (info < 0) throw new LinalgError(op, `${routine} rejected argument ${-info} (a bug in the native binding)`);
  if (info > 0) throw new LinalgError(op, `${routine} did not converge (info ${info})`);
}

/**
 * The LAPACK implementation over an addon: dgesdd (SVD), dsyevd (symmetric eig), dpotrf/dpotrs
 * (Cholesky, SPD solve), dgemm (product); pinv = V·Σ⁺·Uᵀ from dgesdd. Inputs pass the same
 * guards as ml-matrix's (src/tensor/linalg_guard.ts), so both paths reject the same inputs.
 */
export function nativeLinalgFrom(addon: NativeAddon): Linalg {
  const product = (a: Mat, b: Mat): Mat => {
    if (a.rows === 0 || a.cols === 0 || b.cols === 0) return mat(a.rows, b.cols); // dgemm rejects zero leading dimensions
    return { rows: a.rows, cols: b.cols, data: addon.matmul(a.data, b.data, a.rows, a.cols, b.cols) };
  };
  const svd = (op: string, a: Mat) => {
    const k = Math.min(a.rows, a.cols);
    const r = addon.svd(a.data, a.rows, a.cols);
    checkInfo(op, 'dgesdd', r.info);
    assertFiniteResult(op, r.U, r.s, r.V);
    return { U: { rows: a.rows, cols: k, data: r.U }, s: r.s, V: { rows: a.cols, cols: k, data: r.V } };
  };
  return {
    name: 'lapack',
    detail: openblasDetail(addon.config()),
    svd(a) {
      assertUsable('svd', a);
      return svd('svd', a);
    },
    symEig(a) {
      const sym = symmetricPart('symEig', a);
      const r = addon.symEig(sym.data, sym.rows);
      checkInfo('symEig', 'dsyevd', r.info);
      assertFiniteResult('symEig', r.values, r.vectors);
      return { values: r.values, vectors: { rows: sym.rows, cols: sym.rows, data: r.vectors } };
    },
    cholesky(a) {
      const sym = symmetricPart('cholesky', a);
      const r = addon.cholesky(sym.data, sym.rows);
      if (r.info > 0) throw notPositiveDefinite('cholesky', r.info);
      checkInfo('cholesky', 'dpotrf', r.info);
      return { rows: sym.rows, cols: sym.rows, data: r.L };
    },
    solveSpd(a, b) {
      const sym = symmetricPart('solveSpd', a);
      assertFinite('solveSpd', b);
      assertRhs('solveSpd', a, b);
      if (b.cols === 0) return mat(a.rows, 0);
      const r = addon.solveSpd(sym.data, sym.rows, b.data, b.cols);
      if (r.info > 0) throw notPositiveDefinite('solveSpd', r.info);
      checkInfo('solveSpd', 'dpotrf/dpotrs', r.info);
      assertFiniteResult('solveSpd', r.X);
      return { rows: a.rows, cols: b.cols, data: r.X };
    },
    pinv: (a) => guardedPinv(a, (x) => svd('pinv', x), product),
    matmul(a, b) {
      assertProductInputs('matmul', a, b);
      return product(a, b);
    },
  };
}

/** 'OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Cooperlake MAX_THREADS=64' → 'OpenBLAS 0.3.21, Cooperlake kernels'. */
export function openblasDetail(config: string): string {
  const words = config.trim().split(/\s+/);
  const version = words[0] === 'OpenBLAS' && words[1] ? `OpenBLAS ${words[1]}` : (words[0] ?? 'BLAS');
  const core = words.find((w, i) => i > 1 && /^[A-Z][A-Za-z0-9]+$/.test(w) && !/^(NO|USE|DYNAMIC|MAX)/.test(w));
  return core ? `${version}, ${core} kernels` : version;
}

export type NativeLoad =
  | { readonly impl: Linalg; readonly addon: NativeAddon; readonly reason?: undefined }
  | { readonly impl: null; readonly addon: null; readonly reason: string };

let loaded: NativeLoad | undefined;

/** Load the built addon once; `reason` says why it is unavailable (not built, or fails to load). */
export function loadNativeLinalg(): NativeLoad {
  if (loaded) return loaded;
  if (!existsSync(NATIVE_ADDON_PATH)) {
    loaded = { impl: null, addon: null, reason: 'native LAPACK addon not built' };
  } else {
    try {
      chooseOpenblasCore();
      const addon = createRequire(import.meta.url)(NATIVE_ADDON_PATH) as NativeAddon;
      loaded = { impl: nativeLinalgFrom(addon), addon, reason: undefined };
    } catch (err) {
      const first = String((err as Error).message ?? err).split('\n')[0];
      loaded = { impl: null, addon: null, reason: `native LAPACK addon failed to load (${first})` };
    }
  }
  return loaded;
}

/** Every implementation, available or not (tests and bench run over all; a missing one is skipped with its reason). */
export function availableLinalgs(): { name: string; impl: Linalg | null; reason?: string }[] {
  const native = loadNativeLinalg();
  return [
    { name: mlMatrixLinalg.name, impl: mlMatrixLinalg },
    native.impl ? { name: native.impl.name, impl: native.impl } : { name: 'lapack', impl: null, reason: native.reason },
  ];
}

/** Which implementation to use: the fastest present (`auto`), or one forced. */
export type LinalgChoice = 'auto' | 'lapack' | 'ml-matrix';

let warned = false;

/**
 * Resolve a choice to an implementation. `auto` takes LAPACK when the addon is built and
 * otherwise says once per process, in one stderr line, that the slow path is in use;
 * `lapack` throws a LinalgError when the addon is missing (for CI runs that must be fast).
 */
export function resolveLinalg(choice: LinalgChoice = 'auto'): Linalg {
  if (choice === 'ml-matrix') return mlMatrixLinalg;
  const native = loadNativeLinalg();
  if (native.impl) return native.impl;
  if (choice === 'lapack') throw new LinalgError('linalg', `${native.reason}: ${BUILD_HINT}`);
  if (!warned) {
    warned = true;
    process.stderr.write(`claimcheck: float64 linear algebra uses the slow ml-matrix path (${native.reason}; ${BUILD_HINT})\n`);
  }
  return mlMatrixLinalg;
}

/** Parse CLAIMCHECK_LINALG (unset → auto); an unknown value is an error, not a silent default. */
export function linalgChoiceFromEnv(value: string | undefined = process.env.CLAIMCHECK_LINALG): LinalgChoice {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'lapack' || value === 'ml-matrix') return value;
  throw new LinalgError('linalg', `CLAIMCHECK_LINALG must be auto, lapack or ml-matrix, got '${value}'`);
}
