import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { disposeNet, initTwoLayerWithBias } from '../../src/nets/two_layer.ts';
import { disposeVariables } from '../../src/nets/variables.ts';
import { initResnet3 } from '../../src/nets/resnet3.ts';
import { trainResnet3, trainTwoLayerMse } from '../../src/train/full_batch_gd.ts';

beforeAll(async () => {
  await initBackend();
});

const relu = (v: number): number => Math.max(0, v);
/** float64 losses of the two nets from plain arrays (the reference for the closed-form gradients). */
function twoLayerLoss(p: Record<string, Float64Array>, X: number[][], Y: number[], d: number, m: number): number {
  let s = 0;
  X.forEach((x, i) => {
    let f = 0;
    for (let j = 0; j < m; j++) {
      let pre = p.b![j]!;
      for (let c = 0; c < d; c++) pre += x[c]! * p.W![c * m + j]!;
      f += p.v![j]! * relu(pre);
    }
    s += (f - Y[i]!) ** 2;
  });
  return s / X.length;
}
function resnetLoss(p: Record<string, Float64Array>, X: number[][], Y: number[][], d: number, m: number, k: number): number {
  let s = 0;
  X.forEach((x, i) => {
    const h1 = Array.from({ length: m }, (_, j) => relu(x.reduce((a, v, c) => a + v * p.W![c * m + j]!, 0)));
    const z = Array.from({ length: m }, (_, j) => relu(h1.reduce((a, v, c) => a + v * p.V![c * m + j]!, 0)) + h1[j]!);
    for (let o = 0; o < k; o++) s += (z.reduce((a, v, c) => a + v * p.A![c * k + o]!, 0) - Y[i]![o]!) ** 2;
  });
  return s / (X.length * k);
}
/** central finite-difference gradient of a float64 loss. */
function fdGrad(loss: (p: Record<string, Float64Array>) => number, p: Record<string, Float64Array>, name: string): Float64Array {
  const g = new Float64Array(p[name]!.length);
  const h = 1e-6;
  for (let i = 0; i < g.length; i++) {
    const save = p[name]![i]!;
    p[name]![i] = save + h;
    const up = loss(p);
    p[name]![i] = save - h;
    const dn = loss(p);
    p[name]![i] = save;
    g[i] = (up - dn) / (2 * h);
  }
  return g;
}

describe('closed-form GD steps match finite-difference gradients', () => {
  it('two-layer ReLU net with biases', async () => {
    const rng = new Rng(1);
    const [d, m, n] = [3, 4, 5];
    const net0 = initTwoLayerWithBias(rng, { d, m, scale: 1 });
    const X = Array.from({ length: n }, () => Array.from(rng.normals(d)));
    const Y = Array.from(rng.normals(n));
    const p0 = { W: Float64Array.from(net0.W.dataSync()), b: Float64Array.from(net0.b!.dataSync()), v: Float64Array.from(net0.a.dataSync()) };
    const lr = 1e-3;
    const Xt = tf.tensor2d(X);
    const Yt = tf.tensor2d(Y, [n, 1]);
    const { net } = await trainTwoLayerMse(net0, Xt, Yt, { steps: 1, lr });
    const trained = { W: net.W, b: net.b!, v: net.a };
    for (const name of ['W', 'b', 'v'] as const) {
      const g = fdGrad((p) => twoLayerLoss(p, X, Y, d, m), p0, name);
      const moved = Array.from(trained[name].dataSync(), (v, i) => (p0[name][i]! - v) / lr);
      // float32 parameters: a step of lr·g is resolved to ≈ 1e-7·|w|/lr ≈ 1e-3 relative
      moved.forEach((v, i) => expect(Math.abs(v - g[i]!)).toBeLessThan(2e-2 * (1 + Math.abs(g[i]!))));
    }
    tf.dispose([Xt, Yt]);
    disposeNet(net0);
    if (net !== net0) disposeNet(net);
  });
  it('three-layer ResNet A·ReLU(V·ReLU(Wx)) + A·ReLU(Wx)', async () => {
    const rng = new Rng(2);
    const [d, m, k, n] = [3, 4, 2, 5];
    const net = initResnet3(rng, d, m, k, 1);
    const X = Array.from({ length: n }, () => Array.from(rng.normals(d)));
    const Y = Array.from({ length: n }, () => Array.from(rng.normals(k)));
    const p0 = { W: Float64Array.from(net.W.dataSync()), V: Float64Array.from(net.V.dataSync()), A: Float64Array.from(net.A.dataSync()) };
    const lr = 1e-3;
    const Xt = tf.tensor2d(X);
    const Yt = tf.tensor2d(Y);
    await trainResnet3(net, Xt, Yt, { steps: 1, lr: lr });
    for (const name of ['W', 'V', 'A'] as const) {
      const g = fdGrad((p) => resnetLoss(p, X, Y, d, m, k), p0, name);
      const moved = Array.from(net[name].dataSync(), (v, i) => (p0[name][i]! - v) / lr);
      moved.forEach((v, i) => expect(Math.abs(v - g[i]!)).toBeLessThan(2e-2 * (1 + Math.abs(g[i]!))));
    }
    tf.dispose([Xt, Yt]);
    disposeVariables(net);
    expect(tf.memory().numTensors).toBe(0);
  });
});
