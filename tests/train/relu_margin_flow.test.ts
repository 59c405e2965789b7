import { describe, expect, it } from 'vitest';
import { reluInnerNtk, reluMarginFlow } from '../../src/train/relu_margin_flow.ts';
import { ntkGram64 } from '../../src/kernels/ntk.ts';
import { twoLayerFromNeurons64 } from '../../src/nets/two_layer64.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

const d = 3, m = 6, n = 5;
function problem(seed: number) {
  const rng = new Rng(seed);
  const W0 = rng.normals(m * d), x = rng.normals(n * d);
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 ? -1 : 1));
  const y = Float64Array.from({ length: n }, (_, i) => (x[i * d]! > 0 ? 1 : -1));
  return { W0, x, a, y };
}
const loss = (W: ArrayLike<number>, a: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>) => {
  let L = 0;
  for (let i = 0; i < n; i++) {
    let o = 0;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += W[j * d + k]! * x[i * d + k]!;
      o += a[j]! * Math.max(s, 0);
    }
    L += Math.log(1 + Math.exp(-y[i]! * o / Math.sqrt(m)));
  }
  return L / n;
};

describe('reluMarginFlow', () => {
  it('one step is W − (lr/L)·∇L with ∇L from central finite differences of the loss', () => {
    const { W0, x, a, y } = problem(3);
    const lr = 1e-3;
    const r = reluMarginFlow(W0, a, x, y, { d, lr, radius: Infinity, maxSteps: 1 });
    const L0 = loss(W0, a, x, y), h = 1e-6;
    for (let p = 0; p < W0.length; p++) {
      const Wp = Float64Array.from(W0), Wm = Float64Array.from(W0);
      Wp[p]! += h;
      Wm[p]! -= h;
      const fd = (loss(Wp, a, x, y) - loss(Wm, a, x, y)) / (2 * h);
      expect(r.neurons[p]!).toBeCloseTo(W0[p]! - (lr / L0) * fd, 8);
    }
    expect(r.loss).toBeCloseTo(loss(r.neurons, a, x, y), 12);
  });
  it('stops once the weights have moved the given radius, and the margin is min y f at the end', () => {
    const { W0, x, a, y } = problem(4);
    const r = reluMarginFlow(W0, a, x, y, { d, lr: 0.01, radius: 0.5, maxSteps: 100000 });
    expect(r.motion).toBeGreaterThanOrEqual(0.5);
    expect(r.motion).toBeLessThan(0.6);
    let mv = 0;
    for (let p = 0; p < W0.length; p++) mv += (r.neurons[p]! - W0[p]!) ** 2;
    expect(Math.sqrt(mv)).toBeCloseTo(r.motion, 12);
  });
});

describe('reluInnerNtk', () => {
  it('equals the inner-layer empirical NTK of ntkGram64 (a separate implementation)', () => {
    const { W0, x, a } = problem(5);
    const net = twoLayerFromNeurons64(a, W0, { d, parameterization: 'ntk' });
    const ref = ntkGram64(net, mat(n, d, x), { layers: 'inner' });
    const K = reluInnerNtk(W0, a, x, d);
    for (let p = 0; p < n * n; p++) expect(K.data[p]!).toBeCloseTo(ref.data[p]!, 12);
  });
});

describe('reluMarginFlow lossTol', () => {
  it('stops at the first step whose loss is at most lossTol', () => {
    const { W0, x, a, y } = problem(6);
    const r = reluMarginFlow(W0, a, x, y, { d, lr: 0.05, radius: Infinity, maxSteps: 100000, lossTol: 0.1 });
    expect(r.loss).toBeLessThanOrEqual(0.1);
    const before = reluMarginFlow(W0, a, x, y, { d, lr: 0.05, radius: Infinity, maxSteps: r.steps - 1 });
    expect(before.loss).toBeGreaterThan(0.1);
  });
});
