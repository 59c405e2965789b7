import { describe, expect, it } from 'vitest';
import { gaussHermite, gaussianExpectation } from '../../src/kernels/gauss_hermite.ts';
import { hermiteTensor } from '../../src/kernels/hermite_tensor.ts';
import { hermiteCoefficients, hermiteSeriesValue } from '../../src/kernels/hermite_series.ts';
import { Rng } from '../../src/tensor/rng.ts';

const EPS = 1e-12;
const factorial = (t: number): number => (t <= 1 ? 1 : t * factorial(t - 1));

describe('Gauss–Hermite rule', () => {
  it('matches numpy.polynomial.hermite_e.hermegauss(5), weights divided by √(2π) (numpy 2.4.6)', () => {
    const { nodes, weights } = gaussHermite(5);
    const ref = [-2.8569700138728056, -1.355626179974266, 0.0, 1.355626179974266, 2.8569700138728056];
    const refW = [0.011257411327720677, 0.22207592200561257, 0.5333333333333335, 0.22207592200561257, 0.011257411327720677];
    ref.forEach((v, i) => expect(nodes[i]!).toBeCloseTo(v, 12));
    refW.forEach((v, i) => expect(weights[i]!).toBeCloseTo(v, 12));
  });
  it('Gaussian moments E z^{2k} = (2k − 1)!! up to degree 2q − 1, and σ² scales them by σ^{2k}', () => {
    const m = gaussianExpectation((x) => [x[0]! ** 2, x[0]! ** 4, x[0]! ** 6, x[0]! ** 8, x[0]! ** 3 * x[1]!, x[0]! ** 2 * x[1]! ** 2], 2, 5);
    [1, 3, 15, 105, 0, 1].forEach((v, i) => expect(Math.abs(m[i]! - v)).toBeLessThan(1e-10 * Math.max(1, v)));
    const s = gaussianExpectation((x) => [x[0]! ** 4], 1, 3, { variance: 1.2 });
    expect(s[0]!).toBeCloseTo(3 * 1.44, 12);
  });
});

describe('Hermite tensors', () => {
  it('d = 1 gives the probabilists\' He_t: z³ − 3z, z⁴ − 6z² + 3', () => {
    for (const z of [-1.7, 0.3, 2.2]) {
      expect(hermiteTensor(0, [z])[0]).toBe(1);
      expect(hermiteTensor(3, [z])[0]!).toBeCloseTo(z ** 3 - 3 * z, 12);
      expect(hermiteTensor(4, [z])[0]!).toBeCloseTo(z ** 4 - 6 * z ** 2 + 3, 12);
    }
  });
  it('d = 2 entries written out: S₂ = xxᵀ − I, S₃[0,0,1] = x₀²x₁ − x₁, S₄[0,0,1,1] = x₀²x₁² − x₀² − x₁² + 1', () => {
    const x = [0.7, -1.3];
    const S2 = hermiteTensor(2, x);
    expect(Array.from(S2).map((v) => +v.toFixed(12))).toEqual([0.49 - 1, -0.91, -0.91, 1.69 - 1].map((v) => +v.toFixed(12)));
    const S3 = hermiteTensor(3, x);
    for (const i of [1, 2, 4]) expect(S3[i]!).toBeCloseTo(0.49 * -1.3 + 1.3, 12); // all orderings of (0,0,1)
    const S4 = hermiteTensor(4, x);
    expect(S4[0 * 8 + 0 * 4 + 1 * 2 + 1]!).toBeCloseTo(0.49 * 1.69 - 0.49 - 1.69 + 1, 12);
    expect(S4[1 * 8 + 0 * 4 + 1 * 2 + 0]!).toBeCloseTo(0.49 * 1.69 - 0.49 - 1.69 + 1, 12);
  });
  it('(−1)^t ∇^t φ/φ: S₃ matches third central differences of the Gaussian density (d = 2)', () => {
    const phi = (a: number, b: number) => Math.exp(-(a * a + b * b) / 2);
    const x = [0.4, -0.9], h = 1e-2;
    // ∂³/∂x₀²∂x₁ by central differences, relative error O(h²)
    const d1 = (a: number, b: number) => (phi(a, b + h) - phi(a, b - h)) / (2 * h);
    const d3 = (d1(x[0]! + h, x[1]!) - 2 * d1(x[0]!, x[1]!) + d1(x[0]! - h, x[1]!)) / (h * h);
    expect(-d3 / phi(x[0]!, x[1]!)).toBeCloseTo(hermiteTensor(3, x)[1]!, 3);
  });
  it('orthogonality under N(0, I) by exact quadrature: E[S_s ⊗ S_t] = 0 for s ≠ t, E[S₂[0,1]²] = 1, E[S₂[0,0]²] = 2', () => {
    const m = gaussianExpectation((x) => {
      const s1 = hermiteTensor(1, x), s2 = hermiteTensor(2, x), s3 = hermiteTensor(3, x);
      return [s1[0]! * s2[3]!, s2[1]! * s3[1]!, s2[1]! ** 2, s2[0]! ** 2, s3[1]! ** 2];
    }, 2, 6);
    // E[S₃[0,0,1]²] = E[(x₀²−1)²]E[x₁²] = 2
    [0, 0, 1, 2, 2].forEach((v, i) => expect(Math.abs(m[i]! - v)).toBeLessThan(1e-10));
  });
});

describe('Hermite series', () => {
  it('d = 1: z⁴ = He₄ + 6He₂ + 3, so C₀ = 3, C₂ = 2!·6, C₄ = 4!·1 and odd C_t = 0', () => {
    const C = hermiteCoefficients((x) => x[0]! ** 4, 1, 5, { q: 6 });
    [3, 0, 12, 0, 24, 0].forEach((v, t) => expect(Math.abs(C[t]![0]! - v)).toBeLessThan(1e-9));
  });
  it('the 1/t! series from t = 0 reproduces a random cubic in d = 3 at random points', () => {
    const rng = new Rng(11);
    const c = rng.normals(5);
    const f = (x: ArrayLike<number>) => c[0]! + c[1]! * x[0]! * x[1]! * x[2]! + c[2]! * x[1]! ** 3 + c[3]! * x[0]! ** 2 + c[4]! * x[2]!;
    const C = hermiteCoefficients((x) => f(x), 3, 3, { q: 4 });
    for (let k = 0; k < 5; k++) {
      const x = rng.normals(3);
      expect(Math.abs(hermiteSeriesValue(C, x, (t) => 1 / factorial(t)) - f(x))).toBeLessThan(1e-9 * (1 + Math.abs(f(x))));
    }
  });
  it('seed 003\'s weights (1, from t = 1) give 2f for f = He₂(x₁) = x₁² − 1', () => {
    const C = hermiteCoefficients((x) => x[0]! ** 2 - 1, 2, 3, { q: 4 });
    const x = [1.3, -0.4];
    expect(hermiteSeriesValue(C, x, (t) => (t === 0 ? 0 : 1))).toBeCloseTo(2 * (1.3 ** 2 - 1), 10);
  });
});
