import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, backendInfo } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { ACTIVATIONS, activation } from '../../src/nets/activation.ts';
import { forward64, forwardBatch64, gradients64, initTwoLayer64, withWeights } from '../../src/nets/two_layer64.ts';
import { registerGradients } from '../../src/nets/autodiff.ts'; // the gradient kernels tf.grads needs
import { backward, disposeBatch, disposeNet, forward, makeBatch, toTensorNet } from '../../src/nets/two_layer.ts';

beforeAll(async () => {
  await registerGradients();
  await initBackend();
});

/**
 * Plain-JS float64 forward written independently of src/nets (no shared helper): the reference
 * the finite differences are taken on. W is d×m row-major, a has m entries.
 */
function refForward(W: Float64Array, a: Float64Array, x: number[], d: number, m: number, c: number, sigma: (z: number) => number): number {
  let f = 0;
  for (let i = 0; i < m; i++) {
    let z = 0;
    for (let k = 0; k < d; k++) z += W[k * m + i]! * x[k]!;
    f += a[i]! * sigma(z);
  }
  return c * f;
}
const sigmas: Record<string, (z: number) => number> = {
  relu: (z) => Math.max(z, 0),
  softplus: (z) => Math.log(1 + Math.exp(z)),
  tanh: Math.tanh,
};

describe('two-layer net: closed-form gradients', () => {
  for (const act of ACTIVATIONS)
    for (const parameterization of ['standard', 'ntk'] as const)
      it(`match central finite differences in float64 (${act}, ${parameterization})`, () => {
        const rng = new Rng(11);
        const d = 5, m = 7;
        const net = initTwoLayer64(rng, { d, m, parameterization, activation: act });
        const x = Array.from(rng.normals(d));
        const { ga, gW } = gradients64(net, x);
        const h = 1e-6;
        // ReLU is piecewise linear: a central difference is exact unless it straddles a kink,
        // which at these draws (|⟨wᵢ,x⟩| ≫ h‖x‖) it does not; smooth activations: error O(h²).
        const fd = (Wp: Float64Array, ap: Float64Array) => refForward(Wp, ap, x, d, m, net.c, sigmas[act]!);
        let worst = 0;
        for (let i = 0; i < m; i++) {
          const ap = Float64Array.from(net.a), am = Float64Array.from(net.a);
          ap[i]! += h; am[i]! -= h;
          worst = Math.max(worst, Math.abs((fd(net.W, ap) - fd(net.W, am)) / (2 * h) - ga[i]!));
        }
        for (let j = 0; j < d * m; j++) {
          const Wp = Float64Array.from(net.W), Wm = Float64Array.from(net.W);
          Wp[j]! += h; Wm[j]! -= h;
          worst = Math.max(worst, Math.abs((fd(Wp, net.a) - fd(Wm, net.a)) / (2 * h) - gW[j]!));
        }
        // rounding of the quotient ≈ eps·|f|/h ≈ 1e-10; truncation ≈ h²·|σ'''| ≈ 1e-12
        expect(worst).toBeLessThan(1e-8);
        expect(forward64(net, x)).toBeCloseTo(fd(net.W, net.a), 12);
      });

  it('the slide\'s formula ∇_{wᵢ} f = 1{⟨wᵢ,x⟩ ≥ 0} x misses the factor c·aᵢ', () => {
    const rng = new Rng(5);
    const net = initTwoLayer64(rng, { d: 3, m: 4, parameterization: 'standard' });
    const x = Array.from(rng.normals(3));
    const { gW } = gradients64(net, x);
    const z = Array.from({ length: 4 }, (_, i) => net.W[i]! * x[0]! + net.W[4 + i]! * x[1]! + net.W[8 + i]! * x[2]!);
    for (let i = 0; i < 4; i++)
      for (let k = 0; k < 3; k++) expect(gW[k * 4 + i]).toBeCloseTo(net.a[i]! * (z[i]! >= 0 ? 1 : 0) * x[k]!, 12);
  });
});

describe('two-layer net on the tensor backend (float32)', () => {
  for (const act of ACTIVATIONS)
    it(`forward and batched backward match float64 and tf.grads autodiff (${act})`, async () => {
      const eps = backendInfo().epsilon;
      const rng = new Rng(3);
      const n = 9, d = 6, m = 33;
      const net64 = initTwoLayer64(rng, { d, m, parameterization: 'ntk', activation: act });
      const Xd = rng.normals(n * d);
      const g = rng.normals(n);
      const before = tf.memory().numTensors;
      const net = toTensorNet(net64);
      const batch = makeBatch(Xd, n, d);
      const gT = tf.tensor1d(Float32Array.from(g));

      const fT = forward(net, batch.X);
      const f32 = await fT.data();
      fT.dispose();
      const f64 = forwardBatch64(net64, mat(n, d, Xd));
      for (let j = 0; j < n; j++) expect(Math.abs(f32[j]! - f64[j]!)).toBeLessThan(64 * eps * Math.sqrt(m * d) * (1 + Math.abs(f64[j]!)));

      // float64 closed form: Σⱼ gⱼ ∇f(xⱼ)
      const ga64 = new Float64Array(m), gW64 = new Float64Array(d * m);
      for (let j = 0; j < n; j++) {
        const gr = gradients64(net64, Xd.subarray(j * d, (j + 1) * d));
        for (let i = 0; i < m; i++) ga64[i]! += g[j]! * gr.ga[i]!;
        for (let i = 0; i < d * m; i++) gW64[i]! += g[j]! * gr.gW[i]!;
      }
      const { gW, ga } = backward(net, batch, gT);
      // autodiff through the same forward, written with tf ops only
      const s = activation(act);
      const auto = tf.grads((W: tf.Tensor, a: tf.Tensor) =>
        tf.sum(tf.mul(gT, tf.reshape(tf.mul(tf.matMul(s.tensor(tf.matMul(batch.X, W)) as tf.Tensor2D, a as tf.Tensor2D), net.c), [n]))),
      )([net.W, net.a]);
      const [gWd, gad, autoW, autoA] = await Promise.all([gW.data(), ga.data(), auto[0]!.data(), auto[1]!.data()]);
      const scale = Math.max(...Array.from(gW64, Math.abs), ...Array.from(ga64, Math.abs));
      const tol = 64 * eps * Math.sqrt(n * d) * scale;
      for (let i = 0; i < d * m; i++) {
        expect(Math.abs(gWd[i]! - gW64[i]!)).toBeLessThan(tol);
        expect(Math.abs(autoW[i]! - gW64[i]!)).toBeLessThan(tol);
      }
      for (let i = 0; i < m; i++) {
        expect(Math.abs(gad[i]! - ga64[i]!)).toBeLessThan(tol);
        expect(Math.abs(autoA[i]! - ga64[i]!)).toBeLessThan(tol);
      }
      tf.dispose([gW, ga, gT, ...auto]);
      disposeNet(net);
      disposeBatch(batch);
      expect(tf.memory().numTensors).toBe(before);
    });

  it('withWeights keeps shape and scale', () => {
    const net = initTwoLayer64(new Rng(1), { d: 2, m: 3, parameterization: 'ntk' });
    const other = withWeights(net, new Float64Array(6), new Float64Array(3));
    expect(other.c).toBe(net.c);
    expect(forward64(other, [1, 2])).toBe(0);
  });
});
