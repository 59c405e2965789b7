import * as tf from '@tensorflow/tfjs-core';
import { dotProductGram, krrFit } from '../src/kernels/krr.ts';
import { krrSampleThreshold, spherePoints } from '../src/kernels/krr_sample_threshold.ts';
import { initResnet3 } from '../src/nets/resnet3.ts';
import { trainResnet3 } from '../src/train/full_batch_gd.ts';
import { mat } from '../src/tensor/dense.ts';
import { linalg } from '../src/tensor/linalg.ts';
import { Rng } from '../src/tensor/rng.ts';

/**
 * Hot paths of the kernels family: the float64 KRR solve (Cholesky through linalg(), n³/3
 * flops) at n = 500, 1000, 2000, one D2 sample-size search, and ResNet GD steps (tfjs).
 */
export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number }): Promise<void> {
  const rng = new Rng(1);
  const d = 20;
  for (const n of [500, 1000, 2000]) {
    const X = spherePoints(rng, n, d);
    const K = dotProductGram((t) => Math.exp(2 * t - 2), X, X);
    const y = mat(n, 1, rng.normals(n));
    const t0 = performance.now();
    krrFit(K, y, { ridge: 1e-6 });
    const ms = performance.now() - t0;
    const gflops = n ** 3 / 3 / (ms * 1e6);
    emit({ name: 'kernels.krr-solve', n, linalg: linalg().name, ms, gflops, fractionOfMatmul: gflops / ctx.matmulGflops });
  }
  for (const dd of [10, 20]) {
    const t0 = performance.now();
    const r = krrSampleThreshold(rng.fork(`d${dd}`), { d: dd, p: 2, kappa: (t) => Math.exp(2 * t - 2) });
    emit({ name: 'kernels.krr-sample-threshold', d: dd, p: 2, nStar: r.n, solves: r.evaluations, ms: performance.now() - t0 });
  }
  const [N, m, k, steps] = [200, 32, 8, 200];
  const net = initResnet3(rng, 30, m, k, 0.3);
  const X = tf.tensor2d(Float32Array.from(rng.normals(N * 30)), [N, 30]);
  const Y = tf.tensor2d(Float32Array.from(rng.normals(N * k)), [N, k]);
  const t0 = performance.now();
  await trainResnet3(net, X, Y, { steps, lr: 0.1 });
  const ms = performance.now() - t0;
  const flops = steps * 2 * N * (30 * m + m * m + m * k) * 3;
  emit({ name: 'kernels.resnet3-gd', N, m, steps, ms, gflops: flops / (ms * 1e6), fractionOfMatmul: flops / (ms * 1e6) / ctx.matmulGflops });
  tf.dispose([X, Y, net.W, net.V, net.A]);
}
