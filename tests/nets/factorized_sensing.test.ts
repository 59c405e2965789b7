import { fc, test as propTest } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { plantedProblem, sensingGradient, type PlantedSensing } from '../../src/nets/factorized_sensing.ts';
import { sensingStepTf, sensingTensors } from '../../src/train/sensing_gd.ts';
import { sensingGdStep } from '../../src/train/gd64.ts';
import { backendInfo, initBackend } from '../../src/tensor/backend.ts';
import { abs, mat, matmul, transpose, type Mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

beforeAll(async () => {
  await initBackend();
});

const sizes = fc.record({
  n: fc.integer({ min: 4, max: 40 }),
  d1: fc.integer({ min: 2, max: 6 }),
  d2: fc.integer({ min: 2, max: 6 }),
  r: fc.integer({ min: 1, max: 3 }),
  lr: fc.double({ min: 1e-3, max: 0.1, noNaN: true }),
  seed: fc.integer(),
});
type Sizes = { n: number; d1: number; d2: number; r: number; lr: number; seed: number };

function setup({ n, d1, d2, r, seed }: Sizes) {
  const rng = new Rng(seed);
  const p = plantedProblem(rng.fork('problem'), n, d1, d2, r);
  const U = mat(d1, r, rng.fork('U').normals(d1 * r));
  const V = mat(d2, r, rng.fork('V').normals(d2 * r));
  return { p, U, V };
}

/** The float32 step on the tensor backend, read back to float64. */
function stepTf(p: PlantedSensing, U: Mat, V: Mat, lr: number) {
  // tfjs takes float32 data: this rounding of the inputs is part of what the bound covers
  const f32 = (x: ArrayLike<number>) => Float32Array.from(x);
  const T = sensingTensors(p.op, p.y);
  const U32 = tf.tensor2d(f32(U.data), [U.rows, U.cols]);
  const V32 = tf.tensor2d(f32(V.data), [V.rows, V.cols]);
  const out = sensingStepTf(p.op, T, U32, V32, lr);
  const res = { U: Float64Array.from(out.U.dataSync()), V: Float64Array.from(out.V.dataSync()), loss: out.loss.dataSync()[0]! };
  tf.dispose([U32, V32, out.U, out.V, out.loss]);
  T.dispose();
  return res;
}

/**
 * Componentwise rounding bound of the float32 step (Higham, "Accuracy and Stability of
 * Numerical Algorithms", §3.5: |fl(AB) − AB| ≤ γ_k |A||B| for inner dimension k, γ_k ≈ k·u):
 * the same step computed on absolute values bounds every term that was rounded, and the
 * chain M → residual → G → gradient sums over r, d1·d2, n and d2 (or d1) terms, plus the
 * rounding of the inputs to float32 and of the update. ε = the backend's machine epsilon (= 2u).
 */
function stepBound(p: PlantedSensing, U: Mat, V: Mat, lr: number, eps: number) {
  const { d1, d2, n } = p.op;
  const r = U.cols;
  const absA = abs(p.op.rows);
  const Mabs = matmul(abs(U), transpose(abs(V)));
  const resAbs = matmul(absA, mat(d1 * d2, 1, Mabs.data)).data.map((v, k) => v + Math.abs(p.y[k]!));
  const Gabs = mat(d1, d2, matmul(mat(1, n, resAbs), absA).data);
  const gUabs = matmul(Gabs, abs(V));
  const gVabs = matmul(transpose(Gabs), abs(U));
  const K = n + d1 * d2 + r + Math.max(d1, d2) + 8; // roundings along the longest chain
  return {
    U: U.data.map((u, i) => eps * (2 * Math.abs(u) + lr * (K + 2) * gUabs.data[i]!)),
    V: V.data.map((v, i) => eps * (2 * Math.abs(v) + lr * (K + 2) * gVabs.data[i]!)),
    loss: eps * (K + n) * resAbs.reduce((a, v) => a + v * v, 0),
  };
}

describe('sensingStepTf (float32) against sensingGdStep (float64)', () => {
  propTest.prop([sizes], { numRuns: 25 })('agrees within the componentwise float32 rounding bound', (s) => {
    const { p, U, V } = setup(s);
    const ref = sensingGdStep(p.op, p.y, U, V, s.lr);
    const got = stepTf(p, U, V, s.lr);
    const bound = stepBound(p, U, V, s.lr, backendInfo().epsilon);
    ref.U.data.forEach((u, i) => expect(Math.abs(got.U[i]! - u), `U[${i}]`).toBeLessThanOrEqual(bound.U[i]!));
    ref.V.data.forEach((v, i) => expect(Math.abs(got.V[i]! - v), `V[${i}]`).toBeLessThanOrEqual(bound.V[i]!));
    expect(Math.abs(got.loss - ref.grad.loss)).toBeLessThanOrEqual(bound.loss);
  });

  it('the bound is tight enough to catch a step size off by 1%', () => {
    for (const seed of [1, 2, 3]) {
      const s = { n: 30, d1: 5, d2: 4, r: 2, lr: 0.05, seed };
      const { p, U, V } = setup(s);
      const ref = sensingGdStep(p.op, p.y, U, V, s.lr * 1.01);
      const got = stepTf(p, U, V, s.lr);
      const bound = stepBound(p, U, V, s.lr, backendInfo().epsilon);
      const worst = Math.max(...ref.U.data.map((u, i) => Math.abs(got.U[i]! - u) / bound.U[i]!));
      expect(worst).toBeGreaterThan(1);
    }
  });

  it('keeps the float32 step within the bound on a larger problem too', () => {
    const s = { n: 200, d1: 12, d2: 10, r: 3, lr: 0.01, seed: 99 };
    const { p, U, V } = setup(s);
    const ref = sensingGdStep(p.op, p.y, U, V, s.lr);
    const got = stepTf(p, U, V, s.lr);
    const bound = stepBound(p, U, V, s.lr, backendInfo().epsilon);
    const worstU = Math.max(...ref.U.data.map((u, i) => Math.abs(got.U[i]! - u) / bound.U[i]!));
    const worstV = Math.max(...ref.V.data.map((v, i) => Math.abs(got.V[i]! - v) / bound.V[i]!));
    expect(worstU).toBeLessThanOrEqual(1);
    expect(worstV).toBeLessThanOrEqual(1);
  });
});

describe('sensingGradient (float64)', () => {
  propTest.prop([sizes], { numRuns: 20 })('matches central finite differences of the loss', (s) => {
    const { p, U, V } = setup(s);
    const g = sensingGradient(p.op, p.y, U, V);
    const lossAt = (Up: Mat, Vp: Mat) => sensingGradient(p.op, p.y, Up, Vp).loss;
    // central differences: truncation h²·L'''/6, rounding ε·L/h; h = 1e-5 balances them at ~1e-10 relative
    const h = 1e-5;
    const tol = 1e-7 * (1 + g.loss + Math.max(...g.gradU.data.map(Math.abs), ...g.gradV.data.map(Math.abs)));
    for (const [which, X, grad] of [['U', U, g.gradU], ['V', V, g.gradV]] as const) {
      for (let i = 0; i < X.data.length; i++) {
        const plus = { ...X, data: X.data.slice() };
        const minus = { ...X, data: X.data.slice() };
        plus.data[i]! += h;
        minus.data[i]! -= h;
        const fd = which === 'U' ? (lossAt(plus, V) - lossAt(minus, V)) / (2 * h) : (lossAt(U, plus) - lossAt(U, minus)) / (2 * h);
        expect(Math.abs(fd - grad.data[i]!), `${which}[${i}]`).toBeLessThanOrEqual(tol);
      }
    }
  });

  it('is zero at the planted factors, where the loss is zero', () => {
    const rng = new Rng(5);
    const p = plantedProblem(rng, 30, 4, 3, 2);
    const g = sensingGradient(p.op, p.y, p.X, p.Y);
    expect(g.loss).toBeLessThan(1e-25);
    expect(Math.max(...g.gradU.data.map(Math.abs), ...g.gradV.data.map(Math.abs))).toBeLessThan(1e-12);
  });
});
