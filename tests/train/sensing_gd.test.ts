import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { frobenius, inner, mat, matmul, sub, transpose } from '../../src/tensor/dense.ts';
import { adjoint, gaussianSensing, measure, sensingGradient } from '../../src/nets/factorized_sensing.ts';
import { scaledInit, sensingGd64, sensingGdTf } from '../../src/train/sensing_gd.ts';

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

describe('matrix sensing', () => {
  it('the batched operator equals the per-measurement definition ⟨A_i, M⟩/√n and its adjoint', () => {
    const rng = new Rng(3);
    const op = gaussianSensing(rng, { d1: 3, d2: 4, n: 5 });
    const M = mat(3, 4, rng.normals(12));
    const r = rng.normals(5);
    const y = measure(op, M);
    for (let i = 0; i < 5; i++) {
      let s = 0;
      for (let k = 0; k < 12; k++) s += op.rows.data[i * 12 + k]! * M.data[k]!;
      expect(y[i]).toBeCloseTo(s, 12);
    }
    // adjoint: ⟨A(M), r⟩ = ⟨M, A*(r)⟩
    let lhs = 0;
    for (let i = 0; i < 5; i++) lhs += y[i]! * r[i]!;
    expect(inner(M, adjoint(op, r))).toBeCloseTo(lhs, 12);
  });

  it('symmetric operator: A_i symmetric, gradient of ¼‖A(UUᵀ) − y‖² matches central differences', () => {
    const rng = new Rng(5);
    const op = gaussianSensing(rng, { d1: 4, d2: 4, n: 20, symmetric: true });
    const X = scaledInit(rng, 4, 1, 1);
    const y = measure(op, matmul(X, transpose(X)));
    const U = scaledInit(rng, 4, 2, 0.5);
    const { gradU: gU } = sensingGradient(op, y, U, U);
    const h = 1e-6;
    for (let k = 0; k < U.data.length; k++) {
      const up = mat(4, 2, U.data), dn = mat(4, 2, U.data);
      up.data[k] = up.data[k]! + h; dn.data[k] = dn.data[k]! - h;
      const fd = (sensingGradient(op, y, up, up).loss - sensingGradient(op, y, dn, dn).loss) / (2 * h);
      expect(Math.abs(fd - gU.data[k]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
    }
  });

  it('asymmetric gradient matches central differences', () => {
    const rng = new Rng(6);
    const op = gaussianSensing(rng, { d1: 3, d2: 4, n: 15 });
    const y = rng.normals(15);
    const U = scaledInit(rng, 3, 2, 1), V = scaledInit(rng, 4, 2, 1);
    const { gradU: gU, gradV: gV } = sensingGradient(op, y, U, V);
    const h = 1e-6;
    for (const [W, G, isU] of [[U, gU, true], [V, gV, false]] as const)
      for (let k = 0; k < W.data.length; k++) {
        const up = mat(W.rows, W.cols, W.data), dn = mat(W.rows, W.cols, W.data);
        up.data[k] = up.data[k]! + h; dn.data[k] = dn.data[k]! - h;
        const L = (w: typeof W) => sensingGradient(op, y, isU ? w : U, isU ? V : w).loss;
        const fd = (L(up) - L(dn)) / (2 * h);
        expect(Math.abs(fd - G.data[k]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
      }
  });

  it.for([false, true])('tfjs (float32) GD follows the float64 reference (symmetric=%s)', async (symmetric) => {
    const rng = new Rng(11);
    const d = 6, n = 60;
    const op = gaussianSensing(rng, { d1: d, d2: d, n, symmetric });
    const X = scaledInit(rng, d, 1, 1);
    const y = measure(op, matmul(X, transpose(X)));
    const U0 = scaledInit(rng, d, 3, 0.1), V0 = scaledInit(rng, d, 3, 0.1);
    const before = tf.memory().numTensors;
    const a = sensingGd64(op, y, U0, V0, { lr: 0.1, steps: 200 });
    const b = await sensingGdTf(op, y, U0, V0, { lr: 0.1, steps: 200 });
    expect(tf.memory().numTensors).toBe(before);
    expect(b.steps).toBe(a.steps);
    const Ma = matmul(a.U, transpose(a.V)), Mb = matmul(b.U, transpose(b.V));
    // float32 rounding amplified over 200 contracting/expanding steps: allow 10⁴·eps relative
    expect(frobenius(sub(Ma, Mb)) / frobenius(Ma)).toBeLessThan(1e4 * backend.epsilon);
    expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e4 * backend.epsilon * Math.max(a.loss, 1e-3));
  });
});
