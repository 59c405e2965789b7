import * as tf from '@tensorflow/tfjs-core';
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

/**
 * The spectral matrix `Z = A*A(M) = (1/n) Σ ⟨A_i, M⟩ A_i` (seed 003: Z ≈ XXᵀ for M = XXᵀ).
 */
export function spectralMatrix(op: SensingOperator, m: Mat): Mat {
  return adjoint(op, measure(op, m));
}

/** Scaled random init `α·G`, G with i.i.d. N(0,1) entries (seed 003, "small random init"). */
export function scaledInit(rng: Rng, rows: number, cols: number, alpha: number): Mat {
  return mat(rows, cols, rng.normals(rows * cols, alpha));
}

/** Options of the matrix-sensing GD loops. */
export interface SensingGdOptions {
  /** step size μ */
  mu: number;
  steps: number;
  /** call `observe` every this many steps (and at t = 0 and at the end); default 1 */
  every?: number;
  /** stop early once the loss is below this; default 0 (never) */
  lossTol?: number;
  /** called on observed steps; returning `true` stops the run there (U, V of that step are returned) */
  observe?: (t: number, U: Mat, V: Mat, loss: number) => void | boolean;
}

export interface SensingGdResult {
  U: Mat;
  V: Mat;
  loss: number;
  steps: number;
}

/**
 * Sensing loss and gradients in float64. Asymmetric: `L(U,V) = ½‖A(UVᵀ) − y‖²`,
 * ∇_U = A*(r)V, ∇_V = A*(r)ᵀU. Symmetric (V ≡ U): `L(U) = ¼‖A(UUᵀ) − y‖²`, ∇_U = A*(r)U,
 * so that `−∇L(U) = A*A(XXᵀ − UUᵀ)U` as on seed 003's slide "How does small initialization help?".
 */
export function sensingLossGrad(op: SensingOperator, y: ArrayLike<number>, U: Mat, V: Mat): { loss: number; gU: Mat; gV: Mat } {
  const r = measure(op, matmul(U, transpose(V)));
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    r[i] = r[i]! - y[i]!;
    s += r[i]! * r[i]!;
  }
  const R = adjoint(op, r);
  if (op.symmetric) {
    const g = matmul(R, U);
    return { loss: s / 4, gU: g, gV: g };
  }
  return { loss: s / 2, gU: matmul(R, V), gV: matmul(transpose(R), U) };
}

/**
 * Gradient descent on the sensing loss in float64 (the reference path). For a symmetric
 * operator V is tied to U and `V0` is ignored.
 */
export function sensingGd64(op: SensingOperator, y: ArrayLike<number>, U0: Mat, V0: Mat | undefined, opts: SensingGdOptions): SensingGdResult {
  const { mu, steps, every = 1, lossTol = 0, observe } = opts;
  let U = U0;
  let V = op.symmetric ? U0 : V0!;
  let loss = NaN;
  let t = 0;
  for (; t <= steps; t++) {
    const { loss: l, gU, gV } = sensingLossGrad(op, y, U, V);
    loss = l;
    const halt = observe && (t % every === 0 || t === steps || l <= lossTol) ? observe(t, U, V, l) === true : false;
    if (t === steps || l <= lossTol || halt) break;
    const nu = mat(U.rows, U.cols);
    for (let i = 0; i < nu.data.length; i++) nu.data[i] = U.data[i]! - mu * gU.data[i]!;
    if (op.symmetric) {
      U = nu;
      V = nu;
    } else {
      const nv = mat(V.rows, V.cols);
      for (let i = 0; i < nv.data.length; i++) nv.data[i] = V.data[i]! - mu * gV.data[i]!;
      U = nu;
      V = nv;
    }
  }
  return { U, V, loss, steps: t };
}

const toTensor = (m: Mat): tf.Tensor2D => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols], 'float32');
// Asynchronous read-back: dataSync stalls a GPU backend (and tfjs's WebGPU backend has no
// synchronous read in Node at all).
const fromTensor = async (t: tf.Tensor, rows: number, cols: number): Promise<Mat> => mat(rows, cols, await t.data());

/** Tensors of one sensing problem on the tfjs backend; dispose() when done. */
export interface SensingTensors {
  /** n × D measurement rows */
  A: tf.Tensor2D;
  /** 1 × n targets */
  y: tf.Tensor2D;
  dispose(): void;
}

export function sensingTensors(op: SensingOperator, y: ArrayLike<number>): SensingTensors {
  const A = toTensor(op.rows);
  const yt = tf.tensor2d(Float32Array.from(y), [1, op.n], 'float32');
  return { A, y: yt, dispose: () => { A.dispose(); yt.dispose(); } };
}

/**
 * One GD step on the tfjs backend (float32). Returns new U, V and the loss *before* the step
 * (a scalar tensor). Everything is plain matMul in the layout the product wants: the residual
 * is kept as a row (1 × n) so `A*(r) = r · A` needs no transpose flag.
 */
export function sensingStepTf(
  op: SensingOperator,
  T: SensingTensors,
  U: tf.Tensor2D,
  V: tf.Tensor2D,
  mu: number,
): { U: tf.Tensor2D; V: tf.Tensor2D; loss: tf.Scalar } {
  return tf.tidy(() => {
    const { d1, d2, n } = op;
    const M = tf.matMul(U, tf.transpose(V)); // d1 × d2
    const Ay = tf.matMul(T.A, tf.reshape(M, [d1 * d2, 1])); // n × 1
    const r = tf.sub(tf.reshape(Ay, [1, n]), T.y); // 1 × n
    const R = tf.reshape(tf.matMul(r, T.A), [d1, d2]);
    const ss = tf.sum(tf.square(r));
    if (op.symmetric) {
      const nu = tf.sub(U, tf.mul(mu, tf.matMul(R, U))) as tf.Tensor2D;
      return { U: nu, V: nu, loss: tf.mul(0.25, ss) as tf.Scalar };
    }
    const nu = tf.sub(U, tf.mul(mu, tf.matMul(R, V))) as tf.Tensor2D;
    const nv = tf.sub(V, tf.mul(mu, tf.matMul(tf.transpose(R), U))) as tf.Tensor2D;
    return { U: nu, V: nv, loss: tf.mul(0.5, ss) as tf.Scalar };
  });
}

/**
 * Gradient descent on the sensing loss on the tfjs backend (float32): the fast path for the
 * sizes of the trajectory claims. `observe` gets float64 copies of U, V (read back only every
 * `every` steps). For a symmetric operator V is tied to U.
 */
export async function sensingGdTf(op: SensingOperator, y: ArrayLike<number>, U0: Mat, V0: Mat | undefined, opts: SensingGdOptions): Promise<SensingGdResult> {
  const { mu, steps, every = 1, lossTol = 0, observe } = opts;
  const T = sensingTensors(op, y);
  let U = toTensor(U0);
  let V = op.symmetric ? U : toTensor(V0!);
  let loss = NaN;
  let t = 0;
  try {
    for (;; t++) {
      const next = sensingStepTf(op, T, U, V, mu);
      const readLoss = observe !== undefined && (t % every === 0 || t === steps) || lossTol > 0 || t === steps;
      if (readLoss) loss = (await next.loss.data())[0]!;
      next.loss.dispose();
      let stop = t === steps || (lossTol > 0 && loss <= lossTol);
      if (observe && (t % every === 0 || stop)) {
        const u = await fromTensor(U, op.d1, U0.cols);
        stop = observe(t, u, op.symmetric ? mat(u.rows, u.cols, u.data) : await fromTensor(V, op.d2, U0.cols), loss) === true || stop;
      }
      if (stop) {
        next.U.dispose();
        if (!op.symmetric) next.V.dispose();
        break;
      }
      U.dispose();
      if (!op.symmetric) V.dispose();
      U = next.U;
      V = next.V;
    }
    const u = await fromTensor(U, op.d1, U0.cols);
    return { U: u, V: op.symmetric ? mat(u.rows, u.cols, u.data) : await fromTensor(V, op.d2, U0.cols), loss, steps: t };
  } finally {
    U.dispose();
    if (!op.symmetric) V.dispose();
    T.dispose();
  }
}
