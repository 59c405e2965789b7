import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { forwardBatch64, gradients64, initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { signWeightedWitness } from '../../src/kernels/sign_weighted_witness.ts';

/** Unit-norm inputs (rows) in R^d. */
function unitRows(rng: Rng, n: number, d: number) {
  const X = mat(n, d);
  for (let j = 0; j < n; j++) X.data.set(rng.sphere(d), j * d);
  return X;
}

describe('signWeightedWitness', () => {
  it('interpolates the linearized model: f(W₀,xₖ) + ⟨∇_W f(W₀,xₖ), ΔW⟩ = yₖ, with the gradient from gradients64', () => {
    const rng = new Rng(5);
    for (const parameterization of ['standard', 'ntk'] as const) {
      const n = 6, d = 10, m = 300;
      const net = initTwoLayer64(rng, { d, m, parameterization });
      const X = unitRows(rng, n, d);
      const y = rng.normals(n);
      const { dW } = signWeightedWitness(net, X, y);
      const f0 = forwardBatch64(net, X);
      for (let k = 0; k < n; k++) {
        const { gW } = gradients64(net, X.data.subarray(k * d, (k + 1) * d));
        const lin = gW.reduce((s, g, i) => s + g * dW[i]!, 0);
        expect(f0[k]! + lin).toBeCloseTo(y[k]!, 9);
      }
    }
  });

  it('moves each neuron along sign(aᵢ)·Σⱼ βⱼ 1{⟨wᵢ,xⱼ⟩≥0} xⱼ/m, so m·max‖Δwᵢ‖ ≤ ‖β‖₁ (unit inputs)', () => {
    const rng = new Rng(11);
    const n = 5, d = 8;
    for (const m of [64, 1024]) {
      const net = initTwoLayer64(rng, { d, m, parameterization: 'standard' });
      const X = unitRows(rng, n, d);
      const { dW, beta } = signWeightedWitness(net, X, rng.normals(n));
      const l1 = beta.reduce((s, b) => s + Math.abs(b), 0);
      let worst = 0;
      for (let i = 0; i < m; i++) {
        let s = 0;
        for (let q = 0; q < d; q++) s += dW[q * m + i]! ** 2;
        worst = Math.max(worst, Math.sqrt(s));
        // the direction: ⟨Δwᵢ, Σⱼ βⱼ1{…}xⱼ⟩ has the sign of aᵢ (or Δwᵢ = 0)
        if (s > 0) {
          let proj = 0;
          for (let j = 0; j < n; j++) {
            const xj = X.data.subarray(j * d, (j + 1) * d);
            let z = 0;
            for (let q = 0; q < d; q++) z += net.W[q * m + i]! * xj[q]!;
            if (z >= 0) for (let q = 0; q < d; q++) proj += beta[j]! * xj[q]! * dW[q * m + i]!;
          }
          expect(Math.sign(proj)).toBe(Math.sign(net.a[i]!));
        }
      }
      expect(m * worst).toBeLessThanOrEqual(l1 * (1 + 1e-12));
    }
  });

  it('refuses a smooth activation', () => {
    const rng = new Rng(1);
    const net = initTwoLayer64(rng, { d: 3, m: 8, activation: 'tanh' });
    expect(() => signWeightedWitness(net, unitRows(rng, 2, 3), [0, 1])).toThrow(/ReLU/);
  });
});
