import { describe, expect, it } from 'vitest';
import { deepLinearGradient } from '../../src/nets/deep_linear64.ts';
import { layerBalancedness } from '../../src/measures/balancedness.ts';
import { mat, type Mat } from '../../src/tensor/dense.ts';
import { centralDifference } from '../../src/tensor/finite_difference.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('deepLinearGradient against central differences of ½‖W_L⋯W_1X − Y‖²_F', () => {
  it('matches for every layer (the loss is quadratic in each layer with the others fixed: differences exact up to rounding)', () => {
    const rng = new Rng(8);
    const dims = [3, 4, 2, 3];
    const n = 5;
    const X = mat(dims[0]!, n, rng.normals(dims[0]! * n));
    const Y = mat(dims[3]!, n, rng.normals(dims[3]! * n));
    const layers = dims.slice(1).map((out, j) => mat(out, dims[j]!, rng.normals(out * dims[j]!, 0.7)));
    const { loss, grads } = deepLinearGradient(layers, X, Y);
    layers.forEach((W, j) => {
      const lossAt = (P: Mat) => deepLinearGradient(layers.map((Q, k) => (k === j ? P : Q)), X, Y).loss;
      const fd = centralDifference(lossAt, W, 0.5);
      fd.grad.data.forEach((v, i) => expect(Math.abs(v - grads[j]!.data[i]!), `W${j + 1}[${i}]`).toBeLessThan(1e-12 * (1 + loss)));
    });
  });

  it('hand case: one layer, W = [2], x = [1], y = [3]: L = ½, ∇W = (2 − 3)·1', () => {
    const { loss, grads } = deepLinearGradient([mat(1, 1, [2])], mat(1, 1, [1]), mat(1, 1, [3]));
    expect(loss).toBe(0.5);
    expect(grads[0]!.data[0]).toBe(-1);
  });

  it('layerBalancedness is W_{j+1}ᵀW_{j+1} − W_jW_jᵀ (hand case)', () => {
    // W1 = [[1], [2]] (2×1), W2 = [[1, 1]] (1×2): W2ᵀW2 = [[1,1],[1,1]], W1W1ᵀ = [[1,2],[2,4]]
    const [C] = layerBalancedness([mat(2, 1, [1, 2]), mat(1, 2, [1, 1])]);
    expect(Array.from(C!.data)).toEqual([0, -1, -1, -3]);
  });
});
