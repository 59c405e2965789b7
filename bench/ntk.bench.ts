import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../src/tensor/rng.ts';
import { disposeBatch, disposeNet, initTwoLayer, makeBatch, type TwoLayerNet } from '../src/nets/two_layer.ts';
import { ntkGram } from '../src/kernels/ntk.ts';
import { gdStep } from '../src/train/gd.ts';

/** Median wall time (ms) of `fn` over `reps` runs after `warmup` runs; fn returns a tensor that is read back (sync) and disposed. */
async function time(fn: () => tf.Tensor, reps: number, warmup = 2): Promise<number> {
  const samples: number[] = [];
  for (let r = 0; r < warmup + reps; r++) {
    const t0 = performance.now();
    const out = fn();
    await out.data();
    const dt = performance.now() - t0;
    out.dispose();
    if (r >= warmup) samples.push(dt);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * NTK Gram matrix and one GD step of the two-layer net at n = 256, d = 32, m ∈ {1024, 4096}.
 * Flops are the matmul flops actually performed (2·rows·inner·cols per product, the transposed
 * pre-activations Zᵀ included); elementwise work is reported separately as `elementwise` (entries
 * of n×m tensors written: σ, σ' on Z and Zᵀ and one scaling for the Gram; σ, σ' for the step)
 * and is not counted as flops. The step's ceiling on wasm is set by X·W, whose inner dimension
 * d = 32 runs at ≈ 45% of a square matmul's rate, and by XNNPACK repacking a right operand it has
 * not seen before (σ'(Z), new every step): `productsMs` reuses its right operands across
 * repetitions, as matmul.square does, so it counts no repacking and the step cannot reach it.
 * ReLU's output-layer gradient is read off the inner layer's (two_layer.ts `backward`), which
 * saves the second n×m repack: at m = 4096, timed interleaved with the former step, the median
 * went from 30.4 to 23.1 ms (and 31.0 to 24.7 ms in a second run) on a noisy 15–21 GFLOP/s machine.
 */
export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number; widths?: number[] }): Promise<void> {
  const n = 256, d = 32;
  const rng = new Rng(1);
  // `--widths` sets them (the device check goes to 65 536, where n×m tensors are 64 MiB)
  for (const m of ctx.widths ?? [1024, 4096]) {
    const net: TwoLayerNet = initTwoLayer(rng, { d, m, parameterization: 'ntk' });
    const batch = makeBatch(rng.normals(n * d), n, d);
    const y = tf.tensor1d(Float32Array.from(rng.normals(n)));
    const reps = m >= 16384 ? 3 : m >= 4096 ? 7 : 15;

    // Z = XW and Zᵀ = WᵀXᵀ (2·2ndm), HHᵀ and DDᵀ (2·2n²m), XXᵀ (2n²d)
    const gramFlops = 4 * n * d * m + 4 * n * n * m + 2 * n * n * d;
    const gramMs = await time(() => ntkGram(net, batch), reps);
    const gramGflops = gramFlops / (gramMs * 1e6);
    emit({ name: 'ntk.gram', n, d, m, ms: +gramMs.toFixed(2), flops: gramFlops, elementwise: 5 * n * m, gflops: +gramGflops.toFixed(2), fractionOfMatmul: +(gramGflops / ctx.matmulGflops).toFixed(3) });

    // forward XW (2ndm), σ(Z)a (2nm), backward M = (Xᵀ diag g) σ'(Z) (2ndm), and for ReLU
    // ∂/∂a = Σₖ W ⊙ M (2dm) in place of gᵀσ(Z) (2nm): the flops the step performs
    const stepFlops = 4 * n * d * m + 2 * n * m + 2 * d * m;
    // steps along a trajectory, as training takes them: every step sees new weights (W is
    // repacked too), not the same net again
    let current = net;
    const stepMs = await time(() => {
      const { net: next, loss } = gdStep(current, batch, y, 1e-3);
      if (current !== net) disposeNet(current);
      current = next;
      return loss;
    }, reps);
    if (current !== net) disposeNet(current);
    const stepGflops = stepFlops / (stepMs * 1e6);
    // the step's two big products alone (X·W with inner dimension d, Xᵀ·S with inner n), same shapes
    const S = tf.randomNormal([n, m]);
    const productsMs = (await time(() => tf.matMul(batch.X, net.W), reps)) + (await time(() => tf.matMul(batch.Xt, S as tf.Tensor2D), reps));
    S.dispose();
    emit({
      name: 'ntk.gd-step', n, d, m, ms: +stepMs.toFixed(2), flops: stepFlops, elementwise: 2 * n * m, gflops: +stepGflops.toFixed(2),
      fractionOfMatmul: +(stepGflops / ctx.matmulGflops).toFixed(3),
      // time of the bare products of these shapes / time of the step: the share a fused step could not beat
      productsMs: +productsMs.toFixed(2), fractionOfSameShapeProducts: +(productsMs / stepMs).toFixed(3),
    });

    y.dispose();
    disposeNet(net);
    disposeBatch(batch);
  }
}
