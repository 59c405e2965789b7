import { assertFinite, type Mat } from './dense.ts';
import { LinalgError } from './errors.ts';

/**
 * Input and output checks shared by every {@link Linalg} implementation, so the ml-matrix and
 * LAPACK paths reject exactly the same inputs with the same one-line {@link LinalgError}
 * (LAPACK itself would return garbage for NaN and read only one triangle of a "symmetric"
 * matrix; ml-matrix throws untyped errors or returns NaN).
 */

/** Relative asymmetry accepted as rounding: √eps, the usual "numerically symmetric" cut. */
export const SYMMETRY_TOLERANCE = Math.sqrt(Number.EPSILON);

/** A decomposition of an empty matrix has no meaning here; say so instead of letting LAPACK reject lda = 0. */
export function assertNonEmpty(op: string, a: Mat): void {
  if (a.rows === 0 || a.cols === 0) throw new LinalgError(op, `needs a non-empty matrix, got ${a.rows}×${a.cols}`);
}

export function assertSquare(op: string, a: Mat): void {
  if (a.rows !== a.cols) throw new LinalgError(op, `needs a square matrix, got ${a.rows}×${a.cols}`);
}

/** Finite, non-empty input: the checks every decomposition starts with. */
export function assertUsable(op: string, a: Mat): void {
  assertNonEmpty(op, a);
  assertFinite(op, a);
}

/**
 * The symmetric matrix both implementations decompose: (A + Aᵀ)/2 when A is symmetric up to
 * rounding, |aᵢⱼ − aⱼᵢ| ≤ √eps · max|a| (LAPACK's dsyevd/dpotrf read one triangle only, so
 * a genuinely non-symmetric input would otherwise be decomposed silently as something else).
 * Returns A itself when it is exactly symmetric (the common case: XᵀX, kernel Gram matrices).
 */
export function symmetricPart(op: string, a: Mat): Mat {
  assertSquare(op, a);
  assertUsable(op, a);
  const n = a.rows;
  const d = a.data;
  let scale = 0;
  for (let i = 0; i < d.length; i++) scale = Math.max(scale, Math.abs(d[i]!));
  const tol = SYMMETRY_TOLERANCE * scale;
  let exact = true;
  // Blocked sweep over the upper triangle so the transposed reads stay in cache at n ≈ 2000.
  const B = 64;
  for (let ib = 0; ib < n; ib += B)
    for (let jb = ib; jb < n; jb += B)
      for (let i = ib; i < Math.min(ib + B, n); i++)
        for (let j = Math.max(jb, i + 1); j < Math.min(jb + B, n); j++) {
          const x = d[i * n + j]!, y = d[j * n + i]!;
          if (x === y) continue;
          exact = false;
          if (Math.abs(x - y) > tol)
            throw new LinalgError(op, `needs a symmetric matrix: entries (${i}, ${j}) = ${x} and (${j}, ${i}) = ${y} differ`);
        }
  if (exact) return a;
  const out = new Float64Array(d.length);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = 0.5 * (d[i * n + j]! + d[j * n + i]!);
  return { rows: n, cols: n, data: out };
}

/** A·B must chain. */
export function assertChain(op: string, a: Mat, b: Mat): void {
  if (a.cols !== b.rows) throw new LinalgError(op, `shapes ${a.rows}×${a.cols} and ${b.rows}×${b.cols} do not chain`);
}

/** The checks of a guarded product A·B: the shapes chain and both factors are finite. */
export function assertProductInputs(op: string, a: Mat, b: Mat): void {
  assertChain(op, a, b);
  assertFinite(op, a);
  assertFinite(op, b);
}

/** Right-hand side of A·X = B needs as many rows as A. */
export function assertRhs(op: string, a: Mat, b: Mat): void {
  if (b.rows !== a.rows) throw new LinalgError(op, `right-hand side has ${b.rows} rows, matrix has ${a.rows}`);
}

/** Overflow inside a decomposition of finite input must not pass as a result. */
export function assertFiniteResult(op: string, ...parts: ArrayLike<number>[]): void {
  for (const p of parts)
    for (let i = 0; i < p.length; i++)
      if (!Number.isFinite(p[i]!)) throw new LinalgError(op, `result has a non-finite entry (${p[i]}): input too large or too ill-conditioned`);
}

/** The one message for a Cholesky failure, whichever implementation found it. */
export function notPositiveDefinite(op: string, leadingMinor: number): LinalgError {
  return new LinalgError(op, `matrix is not positive definite (leading minor of order ${leadingMinor} is not positive)`);
}
