import { CholeskyDecomposition, EigenvalueDecomposition, Matrix, SingularValueDecomposition, pseudoInverse } from 'ml-matrix';
import { assertFinite, mat, matmul, type Mat } from './dense.ts';
import { LinalgError } from './errors.ts';

export interface Svd {
  /** m×k left singular vectors (k = min(m, n)). */
  U: Mat;
  /** k singular values, descending. */
  s: Float64Array;
  /** n×k right singular vectors. */
  V: Mat;
}

export interface SymEig {
  /** eigenvalues, ascending */
  values: Float64Array;
  /** n×n, column j is the eigenvector of values[j] */
  vectors: Mat;
}

/**
 * The one float64 linear-algebra interface every decomposing claim uses. Implementations:
 * ml-matrix (pure JS, always present); a native LAPACK one can register itself.
 */
export interface Linalg {
  readonly name: string;
  svd(a: Mat): Svd;
  symEig(a: Mat): SymEig;
  /** Lower-triangular L with A = L·Lᵀ; LinalgError if A is not symmetric positive definite. */
  cholesky(a: Mat): Mat;
  /** Solve A·X = B for symmetric positive definite A. */
  solveSpd(a: Mat, b: Mat): Mat;
  /** Moore–Penrose pseudo-inverse. */
  pinv(a: Mat): Mat;
  matmul(a: Mat, b: Mat): Mat;
}

const toMl = (a: Mat): Matrix => {
  const m = new Matrix(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) m.set(i, j, a.data[i * a.cols + j]!);
  return m;
};
const fromMl = (m: Matrix): Mat => mat(m.rows, m.columns, m.to1DArray());

function checkSquare(op: string, a: Mat): void {
  if (a.rows !== a.cols) throw new LinalgError(op, `needs a square matrix, got ${a.rows}×${a.cols}`);
}

export const mlMatrixLinalg: Linalg = {
  name: 'ml-matrix',
  svd(a) {
    assertFinite('svd', a);
    // ml-matrix needs rows ≥ cols for a thin SVD: decompose Aᵀ otherwise and swap factors.
    if (a.rows < a.cols) {
      const t = this.svd(fromMl(toMl(a).transpose()));
      return { U: t.V, s: t.s, V: t.U };
    }
    const d = new SingularValueDecomposition(toMl(a), { autoTranspose: false });
    const k = Math.min(a.rows, a.cols);
    return {
      U: fromMl(d.leftSingularVectors.subMatrix(0, a.rows - 1, 0, k - 1)),
      s: Float64Array.from(d.diagonal.slice(0, k)),
      V: fromMl(d.rightSingularVectors.subMatrix(0, a.cols - 1, 0, k - 1)),
    };
  },
  symEig(a) {
    checkSquare('symEig', a);
    assertFinite('symEig', a);
    const d = new EigenvalueDecomposition(toMl(a), { assumeSymmetric: true });
    const values = Float64Array.from(d.realEigenvalues);
    const order = Array.from(values.keys()).sort((i, j) => values[i]! - values[j]!);
    const vec = d.eigenvectorMatrix;
    const out = mat(a.rows, a.cols);
    order.forEach((src, dst) => {
      for (let i = 0; i < a.rows; i++) out.data[i * a.cols + dst] = vec.get(i, src);
    });
    return { values: Float64Array.from(order.map((i) => values[i]!)), vectors: out };
  },
  cholesky(a) {
    checkSquare('cholesky', a);
    assertFinite('cholesky', a);
    const d = new CholeskyDecomposition(toMl(a));
    if (!d.isPositiveDefinite()) throw new LinalgError('cholesky', 'matrix is not symmetric positive definite');
    return fromMl(d.lowerTriangularMatrix);
  },
  solveSpd(a, b) {
    checkSquare('solveSpd', a);
    assertFinite('solveSpd', a);
    assertFinite('solveSpd', b);
    if (b.rows !== a.rows) throw new LinalgError('solveSpd', `right-hand side has ${b.rows} rows, matrix has ${a.rows}`);
    const d = new CholeskyDecomposition(toMl(a));
    if (!d.isPositiveDefinite()) throw new LinalgError('solveSpd', 'matrix is not symmetric positive definite');
    return fromMl(d.solve(toMl(b)));
  },
  pinv(a) {
    assertFinite('pinv', a);
    return fromMl(pseudoInverse(toMl(a)));
  },
  matmul(a, b) {
    assertFinite('matmul', a);
    assertFinite('matmul', b);
    return matmul(a, b);
  },
};

let current: Linalg = mlMatrixLinalg;

/** The float64 implementation in use (its name goes into the run metadata). */
export function linalg(): Linalg {
  return current;
}

/** Install another implementation (the native LAPACK addon registers itself through this). */
export function setLinalg(impl: Linalg): void {
  current = impl;
}

/** Nuclear norm ‖A‖_* = Σ σᵢ. */
export function nuclearNorm(a: Mat): number {
  return linalg().svd(a).s.reduce((x, y) => x + y, 0);
}

/** Spectral norm ‖A‖₂ = σ₁. */
export function spectralNorm(a: Mat): number {
  return linalg().svd(a).s[0] ?? 0;
}
