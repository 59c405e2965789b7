import * as tf from '@tensorflow/tfjs-core';

export type Emit = (line: Record<string, unknown>) => void;

/** Square sizes of the reference product; the best of them is the backend's matmul figure. */
export const MATMUL_SIZES = [256, 512, 1024] as const;

/**
 * Median wall time (ms) of C = A·B (n × n float32, plain tf.matMul) after warm-up runs.
 * Each run reads back one scalar of C (the sum) so the time covers the product itself, not its
 * enqueueing; the sum adds n² flops to 2n³, negligible. Stops early once ~1 s of timed runs has
 * passed (at least 3 runs), so n = 1024 on a slow backend stays short.
 */
async function timeMatmul(n: number, warmup = 2, maxReps = 9): Promise<{ ms: number; reps: number }> {
  const a = tf.randomNormal([n, n], 0, 1, 'float32', 1) as tf.Tensor2D;
  const b = tf.randomNormal([n, n], 0, 1, 'float32', 2) as tf.Tensor2D;
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const s = tf.tidy(() => tf.sum(tf.matMul(a, b)));
    await s.data();
    const dt = performance.now() - t0;
    s.dispose();
    return dt;
  };
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < maxReps && (samples.length < 3 || performance.now() - start < 1000)) samples.push(await once());
  tf.dispose([a, b]);
  samples.sort((x, y) => x - y);
  return { ms: samples[Math.floor(samples.length / 2)]!, reps: samples.length };
}

/**
 * The backend's own float32 matmul throughput, GFLOP/s = 2n³ / time, at each square size in
 * MATMUL_SIZES (one line each); returns the best, which every other bench line is divided by
 * (fractionOfMatmul).
 */
export async function measureMatmul(emit: Emit): Promise<number> {
  let best = 0;
  for (const n of MATMUL_SIZES) {
    const { ms, reps } = await timeMatmul(n);
    const gflops = (2 * n ** 3) / (ms * 1e6);
    best = Math.max(best, gflops);
    emit({ name: 'matmul.square', n, dtype: 'float32', ms: +ms.toFixed(3), reps, gflops: +gflops.toFixed(2) });
  }
  return best;
}
