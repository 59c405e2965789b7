import { describe, expect, it } from 'vitest';
import { plantedProblem, sensingGradient } from '../../src/nets/factorized_sensing.ts';
import { sensingSharpness } from '../../src/nets/sensing_sharpness.ts';
import { mat, type Mat } from '../../src/tensor/dense.ts';
import { linalg } from '../../src/tensor/linalg.ts';
import { Rng } from '../../src/tensor/rng.ts';

/** The full Hessian of L at θ = (U, V) by central differences of the loss itself (no gradient formula). */
function hessianByDifferences(loss: (theta: Float64Array) => number, theta: Float64Array, h: number): Mat {
  const N = theta.length;
  const H = mat(N, N);
  const at = (i: number, si: number, j: number, sj: number) => {
    const t = theta.slice();
    t[i]! += si * h;
    t[j]! += sj * h;
    return loss(t);
  };
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) H.data[i * N + j] = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
  return H;
}

describe('sensingSharpness', () => {
  it('equals λ_max of the Hessian at a zero-residual point (Hessian from second differences of the loss)', () => {
    for (const [seed, n, d1, d2, r] of [[1, 20, 3, 2, 1], [2, 30, 3, 4, 2], [3, 9, 2, 2, 2]] as const) {
      const rng = new Rng(seed);
      const p = plantedProblem(rng, n, d1, d2, r);
      const lam = sensingSharpness(p.op, p.X, p.Y);
      const theta = Float64Array.from([...p.X.data, ...p.Y.data]);
      const split = (t: Float64Array): [Mat, Mat] => [mat(d1, r, t.subarray(0, d1 * r)), mat(d2, r, t.subarray(d1 * r))];
      const loss = (t: Float64Array) => sensingGradient(p.op, p.y, ...split(t)).loss;
      // L is a quartic polynomial: the second difference has truncation h²·(fourth derivatives)/12
      const H = hessianByDifferences(loss, theta, 1e-4);
      const eig = linalg().symEig(H);
      const top = Math.max(...eig.values);
      expect(Math.abs(lam - top) / top).toBeLessThan(1e-5);
    }
  });

  it('rejects factors whose shapes do not match the operator', () => {
    const p = plantedProblem(new Rng(4), 25, 3, 3, 1);
    expect(() => sensingSharpness(p.op, mat(2, 1), p.Y)).toThrow(RangeError);
  });
});
