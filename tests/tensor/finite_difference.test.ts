import { describe, expect, it } from 'vitest';
import { mat } from '../../src/tensor/dense.ts';
import { centralDifference } from '../../src/tensor/finite_difference.ts';
import { Rng } from '../../src/tensor/rng.ts';

const EPS = Number.EPSILON;

describe('centralDifference', () => {
  it('is exact for a quadratic ½xᵀQx + bᵀx at any step (gradient Qx + b written out by hand)', () => {
    const rng = new Rng(3);
    const k = 6;
    const S = rng.normals(k * k);
    const Q = Array.from({ length: k * k }, (_, i) => S[i]! + S[(i % k) * k + Math.floor(i / k)]!); // symmetric
    const b = rng.normals(k);
    const f = (X: { data: ArrayLike<number> }) => {
      let s = 0;
      for (let i = 0; i < k; i++) {
        s += b[i]! * X.data[i]!;
        for (let j = 0; j < k; j++) s += 0.5 * X.data[i]! * Q[i * k + j]! * X.data[j]!;
      }
      return s;
    };
    const X = mat(2, 3, rng.normals(k));
    for (const h of [1e-3, 0.5, 2]) {
      const { grad, magnitude } = centralDifference(f, X, h);
      for (let i = 0; i < k; i++) {
        let want = b[i]!;
        for (let j = 0; j < k; j++) want += Q[i * k + j]! * X.data[j]!;
        expect(Math.abs(grad.data[i]! - want)).toBeLessThanOrEqual(64 * EPS * (magnitude.data[i]! + Math.abs(want)));
      }
    }
  });

  it('has truncation error h² for x³ (((x+h)³ − (x−h)³)/2h = 3x² + h²), so it is not exact beyond quadratics', () => {
    const { grad } = centralDifference((X) => X.data[0]! ** 3, mat(1, 1, [2]), 0.5);
    expect(grad.data[0]).toBeCloseTo(3 * 4 + 0.25, 12);
  });

  it('reports the magnitude of the two evaluations it subtracts and rejects h ≤ 0', () => {
    const { magnitude } = centralDifference((X) => 10 + X.data[0]!, mat(1, 1, [1]), 1);
    expect(magnitude.data[0]).toBe((12 + 10) / 2);
    expect(() => centralDifference(() => 0, mat(1, 1, [0]), 0)).toThrow(RangeError);
  });
});
