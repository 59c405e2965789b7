import { describe, expect, it } from 'vitest';
import { ntkInfinite, ntkOnSphere } from '../../src/kernels/arccos.ts';
import { krrSampleThreshold } from '../../src/kernels/krr_sample_threshold.ts';
import { harmonicDimension, sphericalPolyDimension } from '../../src/kernels/spherical_harmonics.ts';
import { zonalValue } from '../../src/kernels/zonal_kernel.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('krrSampleThreshold', () => {
  // Independent of the search and of the solver: a kernel whose spectrum stops at degree p spans
  // exactly the polynomials of degree ≤ its top degree, so near-interpolation recovers the target
  // from the first n equal to that space's dimension (generic points), and not before.
  it.for([
    { d: 4, weights: [1, 1, 1], expected: () => Number(sphericalPolyDimension(4, 2)) },
    { d: 5, weights: [1, 1, 1], expected: () => Number(sphericalPolyDimension(5, 2)) },
    { d: 5, weights: [0, 0, 1], expected: () => Number(harmonicDimension(5, 2)) },
    { d: 3, weights: [0.5, 0, 2, 1], expected: () => 1 + Number(harmonicDimension(3, 2)) + Number(harmonicDimension(3, 3)) },
  ])('a kernel carried by degrees $weights reaches error 0 at n = dimension of its span (d = $d)', ({ d, weights, expected }) => {
    const r = krrSampleThreshold(new Rng(7 + d), { d, p: 2, kappa: (t) => zonalValue(d, weights, t), threshold: 1e-6, ridge: 1e-11, maxN: 96, nTest: 200 });
    expect(r.censored).toBe(false);
    expect(r.n).toBe(expected());
    expect(r.testErrorAtN).toBeLessThan(1e-6);
  });
  it('averaging several target directions keeps the exact count', () => {
    const r = krrSampleThreshold(new Rng(3), { d: 4, p: 2, kappa: (t) => zonalValue(4, [0, 0, 1], t), threshold: 1e-6, ridge: 1e-11, maxN: 64, nTest: 100, targets: 3 });
    expect(r.n).toBe(Number(harmonicDimension(4, 2)));
  });
  it('ntkOnSphere is the infinite-width NTK (ntkInfinite, tested against golden values) on unit vectors', () => {
    const rng = new Rng(2);
    for (let k = 0; k < 20; k++) {
      const [x, y] = [rng.sphere(6), rng.sphere(6)];
      const t = x.reduce((s, v, i) => s + v * y[i]!, 0);
      expect(ntkOnSphere(t)).toBeCloseTo(ntkInfinite(x, y), 12);
    }
    expect(ntkOnSphere(1)).toBeCloseTo(1, 14);
  });
  it('the NTK needs more samples in higher dimension, and fewer than twice the degree-≤2 dimension', () => {
    const n = [8, 16].map((d) => krrSampleThreshold(new Rng(d), { d, p: 2, kappa: ntkOnSphere, maxN: 2 * Number(sphericalPolyDimension(d, 2)), nTest: 300, targets: 4 }));
    expect(n.every((r) => !r.censored)).toBe(true);
    expect(n[1]!.n).toBeGreaterThan(n[0]!.n);
  });
});
