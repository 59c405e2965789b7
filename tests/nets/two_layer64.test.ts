import { describe, expect, it } from 'vitest';
import { lossGradients64, twoLayerFromNeurons64, withWeights, type TwoLayer64 } from '../../src/nets/two_layer64.ts';
import { squareLoss } from '../../src/train/example_losses.ts';
import { twoLayerGdStep64 } from '../../src/train/gd64.ts';
import { neuronBalancedness } from '../../src/measures/balancedness.ts';
import { mat } from '../../src/tensor/dense.ts';
import { centralDifference } from '../../src/tensor/finite_difference.ts';
import { Rng } from '../../src/tensor/rng.ts';

/** The float64 two-layer net of the balancedness family (A5) against central differences of its own loss. */
function problem(seed: number, act: 'relu' | 'softplus' | 'tanh') {
  const rng = new Rng(seed);
  const d = 4, m = 6, n = 7;
  const net = twoLayerFromNeurons64(rng.normals(m), rng.normals(m * d, 1 / Math.sqrt(d)), { d, activation: act });
  const X = mat(n, d, rng.normals(n * d, 1 / Math.sqrt(d)));
  const y = rng.normals(n);
  return { net, X, y, d, m };
}
const loss = (net: TwoLayer64, X: ReturnType<typeof problem>['X'], y: Float64Array) => lossGradients64(net, X, squareLoss(y)).loss;

describe('lossGradients64 against central differences of ½Σ(f − y)²', () => {
  it('ReLU: exact up to rounding where no pre-activation is within h of its kink (the loss is quadratic in each weight there)', () => {
    const { net, X, y, d, m } = problem(21, 'relu');
    const h = 1e-6;
    // the smallest |⟨w_i, x_j⟩|: each probe moves a pre-activation by at most h·|x_jk|
    let margin = Infinity;
    for (let j = 0; j < X.rows; j++) for (let i = 0; i < m; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += X.data[j * d + k]! * net.W[k * m + i]!;
      margin = Math.min(margin, Math.abs(z));
    }
    expect(margin).toBeGreaterThan(10 * h * Math.max(...X.data.map(Math.abs)));
    const g = lossGradients64(net, X, squareLoss(y));
    const dW = centralDifference((W) => loss(withWeights(net, W.data, net.a), X, y), mat(d, m, net.W), h);
    const da = centralDifference((a) => loss(withWeights(net, net.W, a.data), X, y), mat(1, m, net.a), h);
    // rounding of the difference quotient: ε·L/h
    const tol = 64 * Number.EPSILON * (1 + g.loss) / h;
    g.gW.forEach((v, i) => expect(Math.abs(v - dW.grad.data[i]!), `W[${i}]`).toBeLessThan(tol));
    g.ga.forEach((v, i) => expect(Math.abs(v - da.grad.data[i]!), `a[${i}]`).toBeLessThan(tol));
  });

  it.each(['softplus', 'tanh'] as const)('%s: within the h² truncation of central differences', (act) => {
    const { net, X, y, d, m } = problem(22, act);
    const h = 1e-4;
    const g = lossGradients64(net, X, squareLoss(y));
    const dW = centralDifference((W) => loss(withWeights(net, W.data, net.a), X, y), mat(d, m, net.W), h);
    const da = centralDifference((a) => loss(withWeights(net, net.W, a.data), X, y), mat(1, m, net.a), h);
    // truncation h²·|∂³L|/6 with |∂³L| = O(n·(1 + L)) here; rounding ε·L/h is far below
    const tol = 1e-6;
    g.gW.forEach((v, i) => expect(Math.abs(v - dW.grad.data[i]!), `W[${i}]`).toBeLessThan(tol));
    g.ga.forEach((v, i) => expect(Math.abs(v - da.grad.data[i]!), `a[${i}]`).toBeLessThan(tol));
  });
});

describe('twoLayerGdStep64 and neuronBalancedness', () => {
  it('one step is θ − μ∇L, and a_k² − ‖w_k‖² is read per neuron (hand case: one neuron, one input)', () => {
    // f(x) = a·relu(⟨w, x⟩), w = (1, 2), a = 3, x = (1, 1), y = 0: z = 3, f = 9, r = 9
    const net = twoLayerFromNeurons64(Float64Array.from([3]), [1, 2], { d: 2 });
    expect(Array.from(neuronBalancedness(net))).toEqual([9 - 5]);
    const { net: next, loss } = twoLayerGdStep64(net, mat(1, 2, [1, 1]), [0], 0.01);
    expect(loss).toBe(40.5);
    // ∂L/∂a = r·z = 27, ∂L/∂w = r·a·x = (27, 27)
    expect(next.a[0]).toBeCloseTo(3 - 0.27, 14);
    expect(Array.from(next.W).map((v) => +v.toFixed(14))).toEqual([1 - 0.27, 2 - 0.27]);
  });
});

describe('forwardMatmul64 (pre-activations by the linalg matmul)', () => {
  it('agrees with the per-input loops of forwardBatch64 to rounding, for ReLU and tanh, standard and mean-field', async () => {
    const { initTwoLayer64, forwardBatch64, forwardMatmul64 } = await import('../../src/nets/two_layer64.ts');
    const rng = new Rng(4);
    for (const [activation, parameterization] of [['relu', 'standard'], ['tanh', 'mean-field']] as const) {
      const net = initTwoLayer64(rng.fork(activation), { d: 5, m: 300, activation, parameterization });
      const X = mat(40, 5, rng.normals(200));
      const a = forwardBatch64(net, X), b = forwardMatmul64(net, X);
      const scale = Math.max(...a.map(Math.abs));
      for (let j = 0; j < 40; j++) expect(Math.abs(a[j]! - b[j]!)).toBeLessThan(1e-13 * scale);
    }
  });
  it('refuses an input of the wrong dimension', async () => {
    const { initTwoLayer64, forwardMatmul64 } = await import('../../src/nets/two_layer64.ts');
    expect(() => forwardMatmul64(initTwoLayer64(new Rng(1), { d: 3, m: 4 }), mat(2, 4))).toThrow(/4 columns/);
  });
});
