import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { backendInfo, initBackend } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { ACTIVATIONS } from '../../src/nets/activation.ts';
import { gradients64, initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { disposeBatch, disposeNet, makeBatch, toTensorNet } from '../../src/nets/two_layer.ts';
import { ntkGram, ntkGram64, ntkGramOnBackend } from '../../src/kernels/ntk.ts';

beforeAll(async () => {
  await initBackend();
});

describe('empirical NTK Gram matrix', () => {
  it('float64 closed form equals the Gram of explicit gradient vectors', () => {
    const rng = new Rng(8);
    const n = 5, d = 3, m = 6;
    for (const act of ACTIVATIONS) {
      const net = initTwoLayer64(rng, { d, m, parameterization: 'standard', activation: act });
      const X = mat(n, d, rng.normals(n * d));
      const feats = Array.from({ length: n }, (_, j) => {
        const g = gradients64(net, X.data.subarray(j * d, (j + 1) * d));
        return [...g.ga, ...g.gW];
      });
      const K = ntkGram64(net, X);
      for (let p = 0; p < n; p++)
        for (let q = 0; q < n; q++) {
          const ref = feats[p]!.reduce((s, v, i) => s + v * feats[q]![i]!, 0);
          expect(K.data[p * n + q]).toBeCloseTo(ref, 12);
        }
      const outer = ntkGram64(net, X, { layers: 'outer' }), inner = ntkGram64(net, X, { layers: 'inner' });
      for (let i = 0; i < n * n; i++) expect(outer.data[i]! + inner.data[i]!).toBeCloseTo(K.data[i]!, 12);
    }
  });

  for (const act of ACTIVATIONS)
    it(`float32 tensor path matches the float64 reference (${act}) and leaks no tensor`, async () => {
      const rng = new Rng(21);
      const n = 12, d = 7, m = 300;
      const net64 = initTwoLayer64(rng, { d, m, parameterization: 'ntk', activation: act });
      const Xd = rng.normals(n * d);
      const before = tf.memory().numTensors;
      const net = toTensorNet(net64);
      const batch = makeBatch(Xd, n, d);
      const K = ntkGram(net, batch);
      const K32 = await K.data();
      const K64 = ntkGram64(net64, mat(n, d, Xd));
      const scale = Math.max(...Array.from(K64.data, Math.abs));
      for (let i = 0; i < n * n; i++) expect(Math.abs(K32[i]! - K64.data[i]!)).toBeLessThan(64 * backendInfo().epsilon * Math.sqrt(m * d) * scale);
      K.dispose();
      disposeNet(net);
      disposeBatch(batch);
      expect(tf.memory().numTensors).toBe(before);
    });

  it('ntkGramOnBackend returns the float64-read Gram and disposes its tensors', async () => {
    const rng = new Rng(4);
    const net64 = initTwoLayer64(rng, { d: 3, m: 50, parameterization: 'ntk' });
    const X = mat(5, 3, rng.normals(15));
    const before = tf.memory().numTensors;
    const K = await ntkGramOnBackend(net64, X);
    expect(tf.memory().numTensors).toBe(before);
    const ref = ntkGram64(net64, X);
    const scale = Math.max(...Array.from(ref.data, Math.abs));
    ref.data.forEach((v, i) => expect(Math.abs(K.data[i]! - v)).toBeLessThan(64 * backendInfo().epsilon * Math.sqrt(150) * scale));
  });

  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 20 }), fc.integer()])(
    'laws: deterministic given the seed, invariant under a permutation of the neurons',
    (d, m, seed) => {
      const draw = () => initTwoLayer64(new Rng(seed), { d, m, parameterization: 'ntk', activation: 'tanh' });
      const net = draw();
      const X = mat(4, d, new Rng(seed ^ 1).normals(4 * d));
      const K = ntkGram64(net, X);
      expect(Array.from(ntkGram64(draw(), X).data)).toEqual(Array.from(K.data));
      const perm = Array.from({ length: m }, (_, i) => (i * 7 + 3) % m); // a bijection when gcd(7, m) = 1, else use the reversal
      const bijective = new Set(perm).size === m;
      const W = new Float64Array(d * m), a = new Float64Array(m);
      const p = bijective ? perm : Array.from({ length: m }, (_, i) => m - 1 - i);
      for (let i = 0; i < m; i++) {
        a[i] = net.a[p[i]!]!;
        for (let k = 0; k < d; k++) W[k * m + i] = net.W[k * m + p[i]!]!;
      }
      const Kp = ntkGram64({ ...net, W, a }, X);
      K.data.forEach((v, i) => expect(Kp.data[i]).toBeCloseTo(v, 10));
    },
  );
});
