import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { ntkInfiniteGram } from '../../src/kernels/arccos.ts';
import { ntkGram64 } from '../../src/kernels/ntk.ts';
import { drawProblem, lazyRun } from '../../src/train/lazy_run.ts';

beforeAll(async () => {
  await initBackend();
});

describe('lazyRun', () => {
  it('trains to a small loss at width 512, observes every step, and leaks no tensor', async () => {
    const rng = new Rng(9);
    const p = drawProblem(rng, 6, 10);
    const limit = ntkInfiniteGram(mat(6, 10, p.X)).data;
    const before = tf.memory().numTensors;
    const run = await lazyRun(rng.fork('init'), p, limit, { m: 512, kernelAtInit: (net, X, n) => ntkGram64(net, mat(n, 10, X)).data });
    expect(tf.memory().numTensors).toBe(before);
    expect(run.trajectory).toHaveLength(run.steps + 1);
    // the limit dynamics shrink the residual by (1 − λ_min/λ_max)^T ≤ e^{-6}: the loss by e^{-12}
    expect(run.last.loss).toBeLessThan(1e-2 * run.first.loss);
    expect(run.supLinGap).toBeGreaterThan(0);
    expect(run.last.relMovement).toBeLessThan(0.2);
  });
});
