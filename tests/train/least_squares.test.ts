import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { mat, matmul } from '../../src/tensor/dense.ts';
import { linalg } from '../../src/tensor/linalg.ts';
import { closestMinimizer, conditionedDesign, leastSquaresGd } from '../../src/train/least_squares.ts';

describe('least squares', () => {
  it('conditionedDesign has condition number κ on its row space', () => {
    const X = conditionedDesign(new Rng(1), 4, 9, 3);
    const s = linalg().svd(X).s;
    expect(s[0]! / s[3]!).toBeCloseTo(3, 10);
  });

  it('hand case: X = [1 1], y = 2, θ₀ = (1, −1): closest minimiser (2, 0), GD reaches it', () => {
    // by hand: X⁺ = (½, ½)ᵀ, y − Xθ₀ = 2, so θ* = (1, −1) + (1, 1) = (2, 0)
    const X = mat(1, 2, [1, 1]);
    expect(Array.from(closestMinimizer(X, [2], [1, -1])).map((v) => +v.toFixed(12) + 0)).toEqual([2, 0]);
    const g = leastSquaresGd(X, [2], [1, -1], { lr: 0.25, steps: 200 });
    expect(g.theta[0]).toBeCloseTo(2, 12);
    expect(g.theta[1]).toBeCloseTo(0, 12);
    // GD moves along Xᵀ = (1, 1): a straight line, path = ‖θ* − θ₀‖ = √2
    expect(g.pathLength).toBeCloseTo(Math.SQRT2, 12);
  });

  it('GD interpolates: Xθ_T = y', () => {
    const rng = new Rng(2);
    const X = conditionedDesign(rng, 5, 12, 2);
    const y = rng.normals(5);
    const g = leastSquaresGd(X, y, rng.normals(12), { lr: 1 / 4, steps: 2000, stepTol: 1e-17 });
    const r = matmul(X, mat(12, 1, g.theta)).data;
    r.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 12));
  });
});
