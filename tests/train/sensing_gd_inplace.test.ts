import { describe, expect, it } from 'vitest';
import { gaussianSensing, measure } from '../../src/nets/factorized_sensing.ts';
import { frobenius, matmul, sub, transpose } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { scaledInit, sensingGd64 } from '../../src/train/sensing_gd.ts';
import { sensingGdInPlace } from '../../src/train/sensing_gd_inplace.ts';

// The allocation-free loop against the reference loop sensingGd64 (whose gradients are checked
// against central differences in sensing_gd.test.ts): same iterates to rounding, same stopping.
describe('sensingGdInPlace', () => {
  for (const symmetric of [false, true]) {
    it(`matches sensingGd64 step for step (${symmetric ? 'symmetric' : 'asymmetric'})`, () => {
      const rng = new Rng(symmetric ? 21 : 22);
      const d = 5, r = 3;
      const op = gaussianSensing(rng.fork('A'), { d1: d, d2: d, n: 17, symmetric });
      const X = scaledInit(rng.fork('X'), d, 1, 1);
      const y = measure(op, matmul(X, transpose(X)));
      const U0 = scaledInit(rng.fork('U'), d, r, 0.1), V0 = scaledInit(rng.fork('V'), d, r, 0.1);
      const seenA: number[] = [], seenB: number[] = [];
      const a = sensingGd64(op, y, U0, V0, { lr: 0.05, steps: 300, every: 7, observe: (t, _u, _v, l) => { seenA.push(t, l); } });
      const b = sensingGdInPlace(op, y, U0, V0, { lr: 0.05, steps: 300, every: 7, observe: (t, _u, _v, l) => { seenB.push(t, l); } });
      expect(b.steps).toBe(a.steps);
      expect(frobenius(sub(a.U, b.U))).toBeLessThan(1e-12 * (1 + frobenius(a.U)));
      expect(frobenius(sub(a.V, b.V))).toBeLessThan(1e-12 * (1 + frobenius(a.V)));
      expect(seenB.length).toBe(seenA.length);
      seenA.forEach((v, i) => expect(Math.abs(seenB[i]! - v)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(v))));
    });
  }

  it('stops at lossTol and when observe returns true, as sensingGd64 does', () => {
    const rng = new Rng(23);
    const op = gaussianSensing(rng.fork('A'), { d1: 4, d2: 4, n: 30 });
    const y = measure(op, matmul(scaledInit(rng.fork('X'), 4, 1, 1), transpose(scaledInit(rng.fork('Y'), 4, 1, 1))));
    const U0 = scaledInit(rng.fork('U'), 4, 2, 0.1), V0 = scaledInit(rng.fork('V'), 4, 2, 0.1);
    const opts = { lr: 0.1, steps: 5000, lossTol: 1e-6 };
    expect(sensingGdInPlace(op, y, U0, V0, opts).steps).toBe(sensingGd64(op, y, U0, V0, opts).steps);
    const stop = { lr: 0.1, steps: 5000, every: 10, observe: (t: number) => t >= 120 };
    expect(sensingGdInPlace(op, y, U0, V0, stop).steps).toBe(120);
    expect(sensingGd64(op, y, U0, V0, stop).steps).toBe(120);
  });
});
