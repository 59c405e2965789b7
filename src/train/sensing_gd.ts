import * as tf from '@tensorflow/tfjs-core';
import { mat, type Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import type { SensingOperator } from '../nets/factorized_sensing.ts';
import { sensingGdStep } from './gd64.ts';

// Gradient descent on the factorized sensing problem of nets/factorized_sensing.ts: the float64
// loop (over gd64.ts's step) and the float32 step and loop on the tensor backend, with their observer.

/** Scaled random init `α·G`, G with i.i.d. N(0,1) entries (seed 003, "small random init"). */
export function scaledInit(rng: Rng, rows: number, cols: number, alpha: number): Mat {
  return mat(rows, cols, rng.normals(rows * cols, alpha));
}

/** Options of the matrix-sensing GD loops. */
export interface SensingGdOptions {
  /** step size */
  lr: number;
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
 * Gradient descent on the sensing loss in float64 (the reference path). For a symmetric
 * operator V is tied to U and `V0` is ignored.
 */
export function sensingGd64(op: SensingOperator, y: ArrayLike<number>, U0: Mat, V0: Mat | undefined, opts: SensingGdOptions): SensingGdResult {
  const { lr, steps, every = 1, lossTol = 0, observe } = opts;
  let U = U0;
  let V = op.symmetric ? U0 : V0!;
  let loss = NaN;
  let t = 0;
  for (; t <= steps; t++) {
    const next = sensingGdStep(op, y, U, V, lr);
    const l = (loss = next.grad.loss);
    const halt = observe && (t % every === 0 || t === steps || l <= lossTol) ? observe(t, U, V, l) === true : false;
    if (t === steps || l <= lossTol || halt) break;
    ({ U, V } = next);
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
  lr: number,
): { U: tf.Tensor2D; V: tf.Tensor2D; loss: tf.Scalar } {
  return tf.tidy(() => {
    const { d1, d2, n } = op;
    const M = tf.matMul(U, tf.transpose(V)); // d1 × d2
    const Ay = tf.matMul(T.A, tf.reshape(M, [d1 * d2, 1])); // n × 1
    const r = tf.sub(tf.reshape(Ay, [1, n]), T.y); // 1 × n
    const R = tf.reshape(tf.matMul(r, T.A), [d1, d2]);
    const ss = tf.sum(tf.square(r));
    if (op.symmetric) {
      const nu = tf.sub(U, tf.mul(lr, tf.matMul(R, U))) as tf.Tensor2D;
      return { U: nu, V: nu, loss: tf.mul(0.25, ss) as tf.Scalar };
    }
    const nu = tf.sub(U, tf.mul(lr, tf.matMul(R, V))) as tf.Tensor2D;
    const nv = tf.sub(V, tf.mul(lr, tf.matMul(tf.transpose(R), U))) as tf.Tensor2D;
    return { U: nu, V: nv, loss: tf.mul(0.5, ss) as tf.Scalar };
  });
}

/**
 * Gradient descent on the sensing loss on the tfjs backend (float32): the fast path for the
 * sizes of the trajectory claims. `observe` gets float64 copies of U, V (read back only every
 * `every` steps). For a symmetric operator V is tied to U.
 */
export async function sensingGdTf(op: SensingOperator, y: ArrayLike<number>, U0: Mat, V0: Mat | undefined, opts: SensingGdOptions): Promise<SensingGdResult> {
  const { lr, steps, every = 1, lossTol = 0, observe } = opts;
  const T = sensingTensors(op, y);
  let U = toTensor(U0);
  let V = op.symmetric ? U : toTensor(V0!);
  let loss = NaN;
  let t = 0;
  try {
    for (;; t++) {
      const next = sensingStepTf(op, T, U, V, lr);
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
