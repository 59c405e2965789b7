import { CholeskyDecomposition, EigenvalueDecomposition, Matrix, SingularValueDecomposition } from 'ml-matrix';
import { assertFinite, mat, matmul, transpose, type Mat } from './dense.ts';
import type { Linalg, Svd } from './linalg_types.ts';
import { assertFiniteResult, assertProductInputs, assertRhs, assertUsable, notPositiveDefinite, symmetricPart } from './linalg_guard.ts';
import { guardedPinv } from './linalg_pinv.ts';

const toMl = (a: Mat): Matrix => {
  const m = new Matrix(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) m.set(i, j, a.data[i * a.cols + j]!);
  return m;
};
const fromMl = (m: Matrix): Mat => mat(m.rows, m.columns, m.to1DArray());

function thinSvd(a: Mat): Svd {
  // ml-matrix needs rows ≥ cols for a thin SVD: decompose Aᵀ otherwise and swap factors.
  if (a.rows < a.cols) {
    const t = thinSvd(transpose(a));
    return { U: t.V, s: t.s, V: t.U };
  }
  const d = new SingularValueDecomposition(toMl(a), { autoTranspose: false });
  const k = a.cols;
  return {
    U: fromMl(d.leftSingularVectors.subMatrix(0, a.rows - 1, 0, k - 1)),
    s: Float64Array.from(d.diagonal.slice(0, k)),
    V: fromMl(d.rightSingularVectors.subMatrix(0, a.cols - 1, 0, k - 1)),
  };
}

/** Lower factor L of A = L·Lᵀ, or the order of the first leading minor that is not positive. */
function factor(op: string, a: Mat): CholeskyDecomposition {
  const d = new CholeskyDecomposition(toMl(a));
  if (!d.isPositiveDefinite()) {
    // ml-matrix stores √max(d, 0) on the diagonal, so the first zero marks the failing minor.
    const l = d.lowerTriangularMatrix;
    let j = 0;
    while (j < a.rows - 1 && l.get(j, j) > 0) j++;
    throw notPositiveDefinite(op, j + 1);
  }
  return d;
}

/** The pure-JS implementation (ml-matrix, JAMA algorithms): always present, 17–53× slower than LAPACK. */
export const mlMatrixLinalg: Linalg = {
  name: 'ml-matrix',
  svd(a) {
    assertUsable('svd', a);
    const r = thinSvd(a);
    assertFiniteResult('svd', r.U.data, r.s, r.V.data);
    return r;
  },
  symEig(a) {
    const sym = symmetricPart('symEig', a);
    const n = sym.rows;
    const d = new EigenvalueDecomposition(toMl(sym), { assumeSymmetric: true });
    const raw = d.realEigenvalues;
    const order = Array.from(raw.keys()).sort((i, j) => raw[i]! - raw[j]!);
    const vec = d.eigenvectorMatrix;
    const vectors = mat(n, n);
    order.forEach((src, dst) => {
      for (let i = 0; i < n; i++) vectors.data[i * n + dst] = vec.get(i, src);
    });
    const values = Float64Array.from(order.map((i) => raw[i]!));
    assertFiniteResult('symEig', values, vectors.data);
    return { values, vectors };
  },
  cholesky(a) {
    const sym = symmetricPart('cholesky', a);
    return fromMl(factor('cholesky', sym).lowerTriangularMatrix);
  },
  solveSpd(a, b) {
    const sym = symmetricPart('solveSpd', a);
    assertFinite('solveSpd', b);
    assertRhs('solveSpd', a, b);
    const x = fromMl(factor('solveSpd', sym).solve(toMl(b)));
    assertFiniteResult('solveSpd', x.data);
    return x;
  },
  pinv: (a) => guardedPinv(a, thinSvd, matmul),
  matmul(a, b) {
    assertProductInputs('matmul', a, b);
    return matmul(a, b);
  },
};
