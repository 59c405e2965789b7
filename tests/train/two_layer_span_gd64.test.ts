import { describe, expect, it } from 'vitest';
import { initTwoLayer64, lossGradients64 } from '../../src/nets/two_layer64.ts';
import { antitheticTwoLayer64 } from '../../src/nets/antithetic_init.ts';
import { squareLoss } from '../../src/train/example_losses.ts';
import { twoLayerGdStep64 } from '../../src/train/gd64.ts';
import { trainTwoLayerInSpan64 } from '../../src/train/two_layer_span_gd64.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let e = 0;
  for (let k = 0; k < a.length; k++) e = Math.max(e, Math.abs(a[k]! - b[k]!));
  return e;
};

describe('trainTwoLayerInSpan64 (GD with W kept as W₀ + XᵀC)', () => {
  // the reference: the closed-form gradient of lossGradients64 applied step by step, d×m at a time
  for (const [activation, parameterization, init] of [['relu', 'standard', 'antithetic'], ['relu', 'ntk', 'plain'], ['tanh', 'standard', 'plain'], ['softplus', 'mean-field', 'plain']] as const) {
    it(`${activation}, ${parameterization}, ${init} init: the same iterates as 40 twoLayerGdStep64 steps, and the same losses`, () => {
      const rng = new Rng(7);
      const d = 12, m = 64, n = 5;
      const net0 = init === 'antithetic' ? antitheticTwoLayer64(rng.fork('net'), { d, m }) : initTwoLayer64(rng.fork('net'), { d, m, activation, parameterization });
      const X = mat(n, d, rng.normals(n * d, 1 / Math.sqrt(d)));
      const y = rng.normals(n);
      const lr = parameterization === 'mean-field' ? 20 : parameterization === 'ntk' ? 0.3 : 0.3 / m;
      let ref = net0;
      const losses: number[] = [];
      for (let t = 0; t < 40; t++) {
        const step = twoLayerGdStep64(ref, X, y, lr);
        losses.push(step.loss);
        ref = step.net;
      }
      const run = trainTwoLayerInSpan64(net0, X, y, lr, 40);
      const moved = maxAbsDiff(ref.W, net0.W);
      expect(moved).toBeGreaterThan(1e-4 * Math.max(...net0.W.map(Math.abs))); // the run did move
      expect(maxAbsDiff(run.final.W, ref.W)).toBeLessThan(1e-12 * (1 + moved));
      expect(maxAbsDiff(run.final.a, ref.a)).toBeLessThan(1e-12 * Math.max(...ref.a.map(Math.abs)));
      expect(run.initialLoss).toBeCloseTo(losses[0]!, 12);
      expect(run.finalLoss).toBeCloseTo(lossGradients64(ref, X, squareLoss(y)).loss, 12);
      expect(run.finalLoss).toBeLessThan(run.initialLoss);
    });
  }
  it('refuses inputs of the wrong dimension', () => {
    const net = initTwoLayer64(new Rng(1), { d: 3, m: 4 });
    expect(() => trainTwoLayerInSpan64(net, mat(2, 4), [0, 0], 0.1, 1)).toThrow(/2×4/);
  });
});
