import { describe, expect, it } from 'vitest';
import { antitheticTwoLayer64 } from '../../src/nets/antithetic_init.ts';
import { forward64 } from '../../src/nets/two_layer64.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('antitheticTwoLayer64', () => {
  it('outputs 0 at every input up to summation rounding (each neuron cancels its twin)', () => {
    const rng = new Rng(5);
    for (const parameterization of ['standard', 'ntk'] as const) {
      const net = antitheticTwoLayer64(rng, { d: 7, m: 64, parameterization });
      for (let t = 0; t < 20; t++) {
        const x = rng.normals(7, 3);
        // the twins sit m/2 apart in the sum, so the cancellation is exact only up to rounding of Σ|aᵢ ReLU(zᵢ)|
        let scale = 0;
        for (let i = 0; i < 64; i++) {
          let z = 0;
          for (let k = 0; k < 7; k++) z += net.W[k * 64 + i]! * x[k]!;
          scale += Math.abs(net.c * net.a[i]! * Math.max(z, 0));
        }
        expect(Math.abs(forward64(net, x))).toBeLessThanOrEqual(64 * 2.3e-16 * scale);
      }
    }
  });
  it('each neuron has the ordinary init\'s marginal law: Var a = 1, Var w = 2/m (Monte Carlo, 2·10⁴ neurons)', () => {
    const rng = new Rng(9);
    const m = 20000, d = 3;
    const net = antitheticTwoLayer64(rng, { d, m });
    let sa = 0, sw = 0;
    for (let i = 0; i < m; i++) sa += net.a[i]! ** 2;
    for (let k = 0; k < d * m; k++) sw += net.W[k]! ** 2;
    // standard errors of the two variance estimates: √(2/10⁴) ≈ 1.4% (pairs are copies), √(2/3·10⁴) ≈ 0.8%
    expect(sa / m).toBeGreaterThan(1 - 0.06);
    expect(sa / m).toBeLessThan(1 + 0.06);
    expect(sw / (d * m) / (2 / m)).toBeGreaterThan(1 - 0.04);
    expect(sw / (d * m) / (2 / m)).toBeLessThan(1 + 0.04);
  });
  it('rejects an odd width', () => {
    expect(() => antitheticTwoLayer64(new Rng(1), { d: 2, m: 5 })).toThrow(/even/);
  });
});
