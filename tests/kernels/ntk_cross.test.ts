import { describe, expect, it } from 'vitest';
import { ntkCrossGram64 } from '../../src/kernels/ntk_cross.ts';
import { gradients64, initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('ntkCrossGram64', () => {
  it('equals ⟨∇_θ f(z), ∇_θ f(x)⟩ from the closed-form per-input gradients (both layers)', () => {
    const rng = new Rng(21);
    for (const parameterization of ['standard', 'ntk'] as const) {
      const net = initTwoLayer64(rng, { d: 5, m: 40, parameterization });
      const Z = mat(3, 5, rng.normals(15)), X = mat(4, 5, rng.normals(20));
      const K = ntkCrossGram64(net, Z, X);
      for (let p = 0; p < 3; p++)
        for (let q = 0; q < 4; q++) {
          const gz = gradients64(net, Z.data.subarray(p * 5, p * 5 + 5)), gx = gradients64(net, X.data.subarray(q * 5, q * 5 + 5));
          let dot = 0;
          gz.ga.forEach((v, i) => (dot += v * gx.ga[i]!));
          gz.gW.forEach((v, i) => (dot += v * gx.gW[i]!));
          expect(K.data[p * 4 + q]!).toBeCloseTo(dot, 10);
        }
    }
  });
});
