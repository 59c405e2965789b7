import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { backendInfo, initBackend } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { forwardBatch64, gradients64, initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { disposeBatch, disposeNet, makeBatch, toNet64, toTensorNet } from '../../src/nets/two_layer.ts';
import { ntkGram64 } from '../../src/kernels/ntk.ts';
import { gdStep, trainGd } from '../../src/train/gd.ts';

beforeAll(async () => {
  await initBackend();
});

function problem(seed: number, act: 'relu' | 'softplus' | 'tanh' = 'relu') {
  const rng = new Rng(seed);
  const n = 6, d = 4, m = 64;
  const net64 = initTwoLayer64(rng, { d, m, parameterization: 'ntk', activation: act });
  const Xd = rng.normals(n * d);
  const y = rng.normals(n);
  return { n, d, m, net64, Xd, y };
}

describe('full-batch GD', () => {
  it('one step equals the float64 step θ − η Σⱼ (f(xⱼ) − yⱼ) ∇f(xⱼ)', async () => {
    const { n, d, m, net64, Xd, y } = problem(1, 'tanh');
    const lr = 0.3;
    const before = tf.memory().numTensors;
    const net = toTensorNet(net64);
    const batch = makeBatch(Xd, n, d);
    const yT = tf.tensor1d(Float32Array.from(y));
    const { net: next, loss } = gdStep(net, batch, yT, lr);
    const after = await toNet64(next);
    const f = forwardBatch64(net64, mat(n, d, Xd));
    const W = Float64Array.from(net64.W), a = Float64Array.from(net64.a);
    let L = 0;
    for (let j = 0; j < n; j++) {
      const r = f[j]! - y[j]!;
      L += 0.5 * r * r;
      const g = gradients64(net64, Xd.subarray(j * d, (j + 1) * d));
      for (let i = 0; i < d * m; i++) W[i]! -= lr * r * g.gW[i]!;
      for (let i = 0; i < m; i++) a[i]! -= lr * r * g.ga[i]!;
    }
    const tol = 64 * backendInfo().epsilon * Math.sqrt(n * d);
    expect(Math.abs((await loss.data())[0]! - L)).toBeLessThan(tol * (1 + L));
    for (let i = 0; i < d * m; i++) expect(Math.abs(after.W[i]! - W[i]!)).toBeLessThan(tol * (1 + Math.abs(W[i]!)));
    for (let i = 0; i < m; i++) expect(Math.abs(after.a[i]! - a[i]!)).toBeLessThan(tol * (1 + Math.abs(a[i]!)));
    tf.dispose([loss, yT]);
    disposeNet(net);
    disposeNet(next);
    disposeBatch(batch);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('observes a decreasing loss, zero gaps at init, and leaks no tensor', async () => {
    const { n, d, net64, Xd, y } = problem(2);
    const before = tf.memory().numTensors;
    const net = toTensorNet(net64);
    const batch = makeBatch(Xd, n, d);
    const K0 = ntkGram64(net64, mat(n, d, Xd)).data;
    const seen: number[] = [];
    const { net: last, observations } = await trainGd(net, batch, y, { lr: 0.05, steps: 40, observeEvery: 10, linearizedKernel: K0 }, (o) => seen.push(o.step));
    expect(seen).toEqual([0, 10, 20, 30, 40]);
    const first = observations[0]!, end = observations.at(-1)!;
    expect(first.movement).toBe(0);
    expect(first.flipFraction).toBe(0);
    expect(first.taylorGap).toBeLessThan(1e-5);
    expect(first.linGap).toBe(0);
    expect(end.loss).toBeLessThan(first.loss);
    expect(end.movement).toBeGreaterThan(0);
    disposeNet(net);
    disposeNet(last);
    disposeBatch(batch);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('for a smooth activation, the gaps after one step are second order in η', async () => {
    const { n, d, net64, Xd, y } = problem(3, 'softplus');
    const K0 = ntkGram64(net64, mat(n, d, Xd)).data;
    const gaps = [];
    for (const lr of [0.2, 0.1]) {
      const net = toTensorNet(net64);
      const batch = makeBatch(Xd, n, d);
      const { net: last, observations } = await trainGd(net, batch, y, { lr, steps: 1, linearizedKernel: K0 });
      gaps.push(observations[1]!);
      disposeNet(net);
      disposeNet(last);
      disposeBatch(batch);
    }
    // halving η quarters an O(η²) gap (ratio 4 up to O(η) corrections and float32 rounding)
    expect(gaps[0]!.taylorGap / gaps[1]!.taylorGap).toBeGreaterThan(3);
    expect(gaps[0]!.taylorGap / gaps[1]!.taylorGap).toBeLessThan(5);
    expect(gaps[0]!.linGap / gaps[1]!.linGap).toBeGreaterThan(3);
    expect(gaps[0]!.linGap / gaps[1]!.linGap).toBeLessThan(5);
  });
});
