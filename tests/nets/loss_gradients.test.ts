import { describe, expect, it } from 'vitest';
import { gradients64, initTwoLayer64, lossGradients64, twoLayerFromNeurons64 } from '../../src/nets/two_layer64.ts';
import { squareLoss } from '../../src/train/example_losses.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('lossGradients64', () => {
  it.each(['relu', 'softplus', 'tanh'] as const)('%s: the square-loss gradient is Σⱼ rⱼ ∇f(xⱼ) (per-input gradients64)', (act) => {
    const rng = new Rng(11);
    const d = 4, m = 7, n = 5;
    const net = initTwoLayer64(rng, { d, m, parameterization: 'ntk', activation: act });
    const X = mat(n, d, rng.normals(n * d));
    const y = rng.normals(n);
    const g = lossGradients64(net, X, squareLoss(y));
    const ga = new Float64Array(m), gW = new Float64Array(d * m);
    let loss = 0;
    for (let j = 0; j < n; j++) {
      const r = g.f[j]! - y[j]!;
      loss += 0.5 * r * r;
      const gj = gradients64(net, X.data.subarray(j * d, (j + 1) * d));
      gj.ga.forEach((v, i) => (ga[i]! += r * v));
      gj.gW.forEach((v, i) => (gW[i]! += r * v));
    }
    expect(g.loss).toBeCloseTo(loss, 12);
    g.ga.forEach((v, i) => expect(v).toBeCloseTo(ga[i]!, 12));
    g.gW.forEach((v, i) => expect(v).toBeCloseTo(gW[i]!, 12));
  });

  it('twoLayerFromNeurons64 stores neuron rows as the columns of W (d×m)', () => {
    const net = twoLayerFromNeurons64(Float64Array.from([1, -1]), [1, 2, 3, 4, 5, 6], { d: 3 });
    expect(Array.from(net.W)).toEqual([1, 4, 2, 5, 3, 6]);
    // f(x) = relu(⟨(1,2,3), x⟩) − relu(⟨(4,5,6), x⟩) at x = (1, 0, 0): 1 − 4
    expect(lossGradients64(net, mat(1, 3, [1, 0, 0]), squareLoss([0])).f[0]).toBe(-3);
  });
});
