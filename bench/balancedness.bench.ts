import * as tf from '@tensorflow/tfjs-core';
import { plantedProblem } from '../src/nets/factorized_sensing.ts';
import { sensingStepTf, sensingTensors } from '../src/train/sensing_gd.ts';
import { sensingGdStep } from '../src/train/gd64.ts';
import { mat, type Mat } from '../src/tensor/dense.ts';
import { Rng } from '../src/tensor/rng.ts';

/**
 * One GD step of the factorized matrix-sensing model (seed 003) at d1 = d2 = d, rank r, n
 * measurements, D = d1·d2: the float32 tfjs step (sensingStepTf) and the float64 JS step
 * (sensingGdStep). Matmul flops per step, 2·rows·inner·cols per product:
 *   UVᵀ 2·d1·d2·r, A·vec(M) 2·n·D, rᵀ·A 2·n·D, G·V 2·d1·d2·r, Gᵀ·U 2·d1·d2·r
 *   = 4·n·D + 6·d1·d2·r.
 * Elementwise work (residual, update, loss: O(n + D + d·r)) is not counted. The two n × D
 * products are matrix–vector products, so the step is bound by streaming A (twice) from
 * memory, not by arithmetic: expect a small fraction of the square-matmul figure.
 */
const SIZES = [
  { d: 64, r: 8, n: 2000 },
  { d: 128, r: 16, n: 8000 },
];
const LR = 1e-4;

/** Median ms of `step` after `warmup` calls: at least 3 timed calls, more while under ~1.5 s. */
async function median(step: () => Promise<void> | void, warmup: number): Promise<{ ms: number; reps: number }> {
  for (let i = 0; i < warmup; i++) await step();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 15 && (samples.length < 3 || performance.now() - start < 1500)) {
    const t0 = performance.now();
    await step();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, reps: samples.length };
}

function toTensor(m: Mat): tf.Tensor2D {
  return tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
}

export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number }): Promise<void> {
  for (const { d, r, n } of SIZES) {
    const rng = new Rng(3);
    const p = plantedProblem(rng.fork('problem'), n, d, d, r);
    let U = mat(d, r, rng.fork('U').normals(d * r, 0.1));
    let V = mat(d, r, rng.fork('V').normals(d * r, 0.1));
    const flops = 4 * n * d * d + 6 * d * d * r;
    const line = (precision: string, ms: number, reps: number) => {
      const gflops = flops / (ms * 1e6);
      emit({
        name: 'balancedness.sensing-gd-step', precision, d1: d, d2: d, r, n, ms: +ms.toFixed(3), reps, flops,
        gflops: +gflops.toFixed(3), fractionOfMatmul: ctx.matmulGflops > 0 ? +(gflops / ctx.matmulGflops).toFixed(4) : undefined,
      });
    };

    // float32 on the tensor backend; the residual is a row, so every product is a plain matMul
    const T = sensingTensors(p.op, p.y);
    let Ut = toTensor(U);
    let Vt = toTensor(V);
    const f32 = await median(async () => {
      const next = sensingStepTf(p.op, T, Ut, Vt, LR);
      await next.loss.data(); // read back a scalar: the step has run
      tf.dispose([next.loss, Ut, Vt]);
      Ut = next.U;
      Vt = next.V;
    }, 3);
    tf.dispose([Ut, Vt]);
    T.dispose();
    line('float32', f32.ms, f32.reps);

    // float64 in plain JS (dense.ts)
    const f64 = await median(() => {
      const next = sensingGdStep(p.op, p.y, U, V, LR);
      U = next.U;
      V = next.V;
    }, 1);
    line('float64', f64.ms, f64.reps);
  }
}
