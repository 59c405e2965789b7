import { mat, matmul, transpose, type Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';

/**
 * A Gaussian measurement operator `A(M)_i = ⟨A_i, M⟩/√n`, i = 1..n, stored batched: row i of
 * `rows` is vec(A_i)/√n (row-major vec), so `A(M) = rows · vec(M)` and the adjoint
 * `A*(r) = mat(rᵀ · rows)` are single products, never a per-measurement loop.
 * With this normalisation `A*A(M) = (1/n) Σ ⟨A_i, M⟩ A_i` (seed 003, slide "Role of randomness").
 */
export interface SensingOperator {
  readonly d1: number;
  readonly d2: number;
  readonly n: number;
  /** n × (d1·d2), row i = vec(A_i)/√n */
  readonly rows: Mat;
  /** whether the A_i are symmetric (the PSD / `U = V` case of seed 003) */
  readonly symmetric: boolean;
}

/**
 * Draw n Gaussian measurement matrices. Asymmetric: A_i has i.i.d. N(0,1) entries.
 * Symmetric (`d1 = d2`): A_i = (G_i + G_iᵀ)/2, so E⟨A_i, M⟩A_i = M for every symmetric M.
 */
export function gaussianSensing(rng: Rng, { d1, d2, n, symmetric = false }: { d1: number; d2: number; n: number; symmetric?: boolean }): SensingOperator {
  if (symmetric && d1 !== d2) throw new RangeError(`gaussianSensing: a symmetric operator needs d1 = d2, got ${d1}, ${d2}`);
  const D = d1 * d2;
  const g = rng.normals(n * D, 1 / Math.sqrt(n));
  if (symmetric) {
    for (let i = 0; i < n; i++) {
      const o = i * D;
      for (let a = 0; a < d1; a++)
        for (let b = a + 1; b < d1; b++) {
          const s = 0.5 * (g[o + a * d1 + b]! + g[o + b * d1 + a]!);
          g[o + a * d1 + b] = s;
          g[o + b * d1 + a] = s;
        }
    }
  }
  return { d1, d2, n, rows: { rows: n, cols: D, data: g }, symmetric };
}

/** `A(M)` ∈ Rⁿ. */
export function measure(op: SensingOperator, m: Mat): Float64Array {
  return matmul(op.rows, mat(op.d1 * op.d2, 1, m.data)).data;
}

/** The adjoint `A*(r) = Σ r_i A_i/√n` as a d1 × d2 matrix. */
export function adjoint(op: SensingOperator, r: ArrayLike<number>): Mat {
  const out = matmul(mat(1, op.n, r), op.rows);
  return { rows: op.d1, cols: op.d2, data: out.data };
}

/** A planted sensing problem: the operator, the measurements y = A(XYᵀ) and the planted factors. */
export interface PlantedSensing {
  op: SensingOperator;
  y: Float64Array;
  X: Mat;
  Y: Mat;
}

/** A planted rank-r problem: X Yᵀ with N(0,1) factors, y = A(XYᵀ), A asymmetric Gaussian. */
export function plantedProblem(rng: Rng, n: number, d1: number, d2: number, r: number): PlantedSensing {
  const op = gaussianSensing(rng.fork('A'), { d1, d2, n });
  const X = mat(d1, r, rng.fork('X').normals(d1 * r));
  const Y = mat(d2, r, rng.fork('Y').normals(d2 * r));
  return { op, y: measure(op, matmul(X, transpose(Y))), X, Y };
}

/**
 * The spectral matrix `Z = A*A(M) = (1/n) Σ ⟨A_i, M⟩ A_i` (seed 003: Z ≈ XXᵀ for M = XXᵀ).
 */
export function spectralMatrix(op: SensingOperator, m: Mat): Mat {
  return adjoint(op, measure(op, m));
}

export interface SensingGradient {
  /** L at (U, V) */
  loss: number;
  /** G = A*(A(UVᵀ) − y) = ∇g at M = UVᵀ */
  G: Mat;
  /** ∇_U L */
  gradU: Mat;
  /** ∇_V L (= ∇_U L for a symmetric operator, where V ≡ U) */
  gradV: Mat;
  /** A(UVᵀ) − y */
  residual: Float64Array;
}

/**
 * The factorized sensing loss and its closed-form gradients in float64 (seed 003, "Our result";
 * "Proof of Lemma"). Asymmetric: `L(U,V) = ½‖A(UVᵀ) − y‖²`, ∇_U = GV, ∇_V = GᵀU.
 * Symmetric (V ≡ U): `L(U) = ¼‖A(UUᵀ) − y‖²`, ∇_U = GU, so that `−∇L(U) = A*A(XXᵀ − UUᵀ)U`
 * as on seed 003's slide "How does small initialization help?".
 */
export function sensingGradient(op: SensingOperator, y: ArrayLike<number>, U: Mat, V: Mat): SensingGradient {
  const residual = measure(op, matmul(U, transpose(V)));
  let s = 0;
  for (let i = 0; i < residual.length; i++) {
    residual[i] = residual[i]! - y[i]!;
    s += residual[i]! * residual[i]!;
  }
  const G = adjoint(op, residual);
  if (op.symmetric) {
    const g = matmul(G, U);
    return { loss: s / 4, G, gradU: g, gradV: g, residual };
  }
  return { loss: s / 2, G, gradU: matmul(G, V), gradV: matmul(transpose(G), U), residual };
}
