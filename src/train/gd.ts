import * as tf from '@tensorflow/tfjs-core';
import { activation } from '../nets/activation.ts';
import { backward, disposeNet, preactivations, type Batch, type TwoLayerNet } from '../nets/two_layer.ts';

/**
 * One full-batch GD step on L(θ) = ½ Σⱼ (f(xⱼ;θ) − yⱼ)² (seed 003, "Overparameterized nonlinear
 * Least Squares": θ_{τ+1} = θ_τ − η J(θ_τ)ᵀ(f(θ_τ) − y)), all in one tf.tidy. Returns the new net
 * (the caller disposes the old one) and the loss at the old weights as a scalar tensor.
 */
export function gdStep(net: TwoLayerNet, batch: Batch, y: tf.Tensor1D, lr: number): { net: TwoLayerNet; loss: tf.Scalar } {
  const out = tf.tidy(() => {
    const s = activation(net.activation);
    const Z = preactivations(net, batch.X);
    const H = s.tensor(Z) as tf.Tensor2D;
    const f = tf.reshape(tf.mul(tf.matMul(H, net.a), net.c), [batch.n]);
    const r = tf.sub(f, y) as tf.Tensor1D;
    const { gW, ga } = backward(net, batch, r, { Z, H });
    return { W: tf.sub(net.W, tf.mul(gW, lr)) as tf.Tensor2D, a: tf.sub(net.a, tf.mul(ga, lr)) as tf.Tensor2D, loss: tf.mul(tf.sum(tf.square(r)), 0.5) as tf.Scalar };
  });
  return { net: { ...net, W: out.W, a: out.a }, loss: out.loss };
}

/** What the trajectory observer sees at step t (weights θ_t, before the t-th update). */
export interface GdObservation {
  step: number;
  /** ½ Σⱼ (f_t(xⱼ) − yⱼ)² */
  loss: number;
  /** ‖θ_t − θ₀‖ over both layers (Frobenius) */
  movement: number;
  /** movement / ‖θ₀‖ */
  relMovement: number;
  /** movement of the inner layer alone, ‖W_t − W₀‖_F */
  innerMovement: number;
  /** fraction of (neuron i, input j) whose sign of ⟨wᵢ, xⱼ⟩ differs from initialization */
  flipFraction: number;
  /**
   * max_j |f(θ_t, xⱼ) − f(θ₀, xⱼ) − ⟨∇f(θ₀, xⱼ), θ_t − θ₀⟩|: the first-order Taylor model at init
   * evaluated along the actual trajectory (seed 003, Lemma: f(θ_τ) ≈ f(θ₀) + J(θ₀)(θ_τ − θ₀)).
   */
  taylorGap: number;
  /**
   * max_j |f(θ_t, xⱼ) − f^lin_t(xⱼ)|, where f^lin is the linearized model trained by the same GD
   * (Lee et al. 2019): in function space u_{t+1} = u_t − η K₀ (u_t − y), K₀ the empirical NTK at
   * init on the training inputs. NaN when `linearizedKernel` was not given.
   */
  linGap: number;
}

export interface GdOptions {
  lr: number;
  steps: number;
  /** observe every k-th step (and the last state); @defaultValue 1 */
  observeEvery?: number;
  /** K₀ (n×n, row-major, float64) to train the linearized model alongside; see GdObservation.linGap */
  linearizedKernel?: Float64Array;
}

/**
 * Full-batch GD for `steps` steps with a trajectory observer. Every step is one tf.tidy; the
 * observer's numbers are packed into one tensor and read back once per observation. The input
 * net is left to its owner; the returned final net belongs to the caller.
 */
export async function trainGd(
  net0: TwoLayerNet,
  batch: Batch,
  y: Float64Array,
  options: GdOptions,
  observe?: (o: GdObservation) => void,
): Promise<{ net: TwoLayerNet; observations: GdObservation[] }> {
  const { lr, steps, observeEvery = 1, linearizedKernel } = options;
  const n = batch.n;
  const s = activation(net0.activation);
  const yT = tf.tensor1d(Float32Array.from(y));
  // quantities at init the observer compares against
  const init = tf.tidy(() => {
    const Z0 = preactivations(net0, batch.X);
    const H0 = s.tensor(Z0) as tf.Tensor2D;
    return {
      H0,
      S0: s.tensorFirst(Z0) as tf.Tensor2D,
      sign0: tf.step(Z0, 0) as tf.Tensor2D,
      f0: tf.reshape(tf.mul(tf.matMul(H0, net0.a), net0.c), [n]) as tf.Tensor1D,
      norm0: tf.sqrt(tf.add(tf.sum(tf.square(net0.W)), tf.sum(tf.square(net0.a)))) as tf.Scalar,
    };
  });
  const norm0 = (await init.norm0.data())[0]!;
  let u: Float64Array | undefined;
  const observations: GdObservation[] = [];
  let net = net0;
  try {
    for (let t = 0; t <= steps; t++) {
      if (t % observeEvery === 0 || t === steps) {
        const packed = tf.tidy(() => {
          const Z = preactivations(net, batch.X);
          const f = tf.reshape(tf.mul(tf.matMul(s.tensor(Z) as tf.Tensor2D, net.a), net.c), [n]);
          const dW = tf.sub(net.W, net0.W) as tf.Tensor2D;
          const da = tf.sub(net.a, net0.a) as tf.Tensor2D;
          // J(θ₀)(θ − θ₀) = c [σ(Z₀)·Δa + (σ'(Z₀) ⊙ XΔW)·a₀]
          const jv = tf.mul(tf.add(tf.matMul(init.H0, da), tf.matMul(tf.mul(init.S0, tf.matMul(batch.X, dW)), net0.a)), net0.c);
          const taylor = tf.sub(f, tf.add(init.f0, tf.reshape(jv, [n])));
          const scalars = tf.stack([
            tf.mul(tf.sum(tf.square(tf.sub(f, yT))), 0.5),
            tf.sum(tf.square(dW)),
            tf.sum(tf.square(da)),
            tf.sum(tf.abs(tf.sub(tf.step(Z, 0), init.sign0))),
          ]);
          return tf.concat([scalars, f, taylor]);
        });
        const v = await packed.data();
        packed.dispose();
        const f = v.subarray(4, 4 + n);
        if (linearizedKernel && !u) u = Float64Array.from(f); // u₀ = f(θ₀)
        let taylorGap = 0, linGap = u ? 0 : NaN;
        for (let j = 0; j < n; j++) {
          taylorGap = Math.max(taylorGap, Math.abs(v[4 + n + j]!));
          if (u) linGap = Math.max(linGap, Math.abs(f[j]! - u[j]!));
        }
        const movement = Math.sqrt(v[1]! + v[2]!);
        const o: GdObservation = {
          step: t,
          loss: v[0]!,
          movement,
          relMovement: movement / norm0,
          innerMovement: Math.sqrt(v[1]!),
          flipFraction: v[3]! / (n * net.m),
          taylorGap,
          linGap,
        };
        observations.push(o);
        observe?.(o);
      }
      if (linearizedKernel) {
        if (!u) {
          const f0 = await init.f0.data();
          u = Float64Array.from(f0);
        }
        // u ← u − η K₀ (u − y), in float64
        const r = u.map((v, j) => v - y[j]!);
        const next = new Float64Array(n);
        for (let p = 0; p < n; p++) {
          let acc = 0;
          for (let q = 0; q < n; q++) acc += linearizedKernel[p * n + q]! * r[q]!;
          next[p] = u[p]! - lr * acc;
        }
        if (t < steps) u = next;
      }
      if (t === steps) break;
      const { net: next, loss } = gdStep(net, batch, yT, lr);
      loss.dispose();
      if (net !== net0) disposeNet(net);
      net = next;
    }
  } finally {
    tf.dispose([yT, init.H0, init.S0, init.sign0, init.f0, init.norm0]);
  }
  return { net, observations };
}
