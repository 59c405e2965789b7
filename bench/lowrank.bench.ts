import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../src/tensor/rng.ts';
import { gaussianSensing } from '../src/nets/factorized_sensing.ts';
import { scaledInit, sensingStepTf, sensingTensors } from '../src/train/sensing_gd.ts';

/**
 * One GD step of asymmetric matrix sensing on the tfjs backend. FLOPs per step:
 * UVᵀ (2·d1·d2·r) + A·vec (2·n·D) + rᵀA (2·n·D) + A*(r)V and A*(r)ᵀU (4·d1·d2·r), D = d1·d2.
 */
export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number }): Promise<void> {
  for (const { d, n, r } of [{ d: 32, n: 1280, r: 8 }, { d: 64, n: 4096, r: 16 }]) {
    const rng = new Rng(1);
    const op = gaussianSensing(rng, { d1: d, d2: d, n });
    const T = sensingTensors(op, rng.normals(n));
    let U = tf.tensor2d(Float32Array.from(scaledInit(rng, d, r, 0.1).data), [d, r]);
    let V = tf.tensor2d(Float32Array.from(scaledInit(rng, d, r, 0.1).data), [d, r]);
    const step = async () => {
      const next = sensingStepTf(op, T, U, V, 1e-3);
      await next.loss.data();
      next.loss.dispose();
      U.dispose();
      V.dispose();
      U = next.U;
      V = next.V;
    };
    for (let i = 0; i < 5; i++) await step();
    const reps = 50;
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) await step();
    const ms = (performance.now() - t0) / reps;
    const flops = 4 * n * d * d + 6 * d * d * r;
    const gflops = flops / (ms * 1e6);
    emit({ name: 'lowrank.sensing-gd-step', d1: d, d2: d, n, r, ms, gflops, fractionOfMatmul: gflops / ctx.matmulGflops });
    U.dispose();
    V.dispose();
    T.dispose();
  }
}
