import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { reluLogisticGd } from '../../src/train/relu_gd.ts';
import { logisticLoss } from '../../src/train/example_losses.ts';
import { lossGradients64, twoLayerFromNeurons64, withWeights } from '../../src/nets/two_layer64.ts';
import { mat } from '../../src/tensor/dense.ts';

function data(rng: Rng, n: number, d: number) {
  const x = new Float64Array(n * d), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = rng.sphere(d);
    x.set(p, i * d);
    y[i] = p[0]! > 0 ? 1 : -1;
  }
  return { x, y };
}

describe('reluLogisticGd', () => {
  it('does not move when the loss is already below the target (hand case: no step taken)', () => {
    const { x, y } = data(new Rng(1), 8, 3);
    const r = reluLogisticGd(new Rng(2), x, y, { d: 3, m: 16, lr: 1, lossTol: 10, maxSteps: 100 });
    expect(r.steps).toBe(0);
    expect(r.movement).toBe(0);
  });

  it('GD drives the loss below the target on separable data with a positive margin', () => {
    const { x, y } = data(new Rng(3), 12, 4);
    const r = reluLogisticGd(new Rng(4), x, y, { d: 4, m: 256, lr: 2, lossTol: 0.05, maxSteps: 20000 });
    expect(r.loss).toBeLessThanOrEqual(0.05);
    expect(r.margin).toBeGreaterThan(0);
    expect(r.steps).toBeGreaterThan(0);
  });

  it('is deterministic given the seed', () => {
    const { x, y } = data(new Rng(5), 6, 3);
    const a = reluLogisticGd(new Rng(6), x, y, { d: 3, m: 32, lr: 1, lossTol: 0.1, maxSteps: 5000 });
    const b = reluLogisticGd(new Rng(6), x, y, { d: 3, m: 32, lr: 1, lossTol: 0.1, maxSteps: 5000 });
    expect(a).toEqual(b);
  });

  it('gradient matches central differences (away from ReLU kinks)', () => {
    const rng = new Rng(7);
    const d = 3, m = 6;
    const { x, y } = data(rng, 5, d);
    const a = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : -1));
    const net = twoLayerFromNeurons64(a, rng.normals(m * d), { d, parameterization: 'ntk' });
    const X = mat(y.length, d, x);
    const lossAt = (W: Float64Array) => lossGradients64(withWeights(net, W, a), X, logisticLoss(y), { mean: true }).loss;
    const { gW } = lossGradients64(net, X, logisticLoss(y), { mean: true });
    const h = 1e-6;
    for (let k = 0; k < net.W.length; k++) {
      const up = Float64Array.from(net.W), dn = Float64Array.from(net.W);
      up[k] = up[k]! + h;
      dn[k] = dn[k]! - h;
      const fd = (lossAt(up) - lossAt(dn)) / (2 * h);
      expect(Math.abs(fd - gW[k]!)).toBeLessThan(1e-8);
    }
  });
});
