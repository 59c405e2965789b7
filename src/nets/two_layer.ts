import * as tf from '@tensorflow/tfjs-core';
import { activation, type ActivationName } from './activation.ts';
import { initTwoLayer64, type Parameterization, type TwoLayer64, type TwoLayerOptions } from './two_layer64.ts';
import type { Rng } from '../tensor/rng.ts';

/**
 * The two-layer net of two_layer64.ts on the tensor backend (float32): f(x) = c Σᵢ aᵢ σ(⟨wᵢ,x⟩),
 * c = 1 (standard), m^{-1/2} (ntk) or 1/m (mean-field); see `Parameterization`. Weights are stored in the layout the products
 * want (transpose flags are 7–30× slower on wasm): W is d×m so X·W is n×m, a is m×1 so σ(XW)·a
 * is n×1. The owner disposes `W`, `a` and `b` (see `disposeNet`). The closed-form `backward`,
 * `ntkGram` and the float64 copy (`toNet64`) are for bias-free nets and refuse a net with `b`.
 */
export interface TwoLayerNet {
  readonly d: number;
  readonly m: number;
  readonly W: tf.Tensor2D;
  readonly a: tf.Tensor2D;
  /** 1×m biases, f(x) = c Σᵢ aᵢ σ(⟨wᵢ,x⟩ + bᵢ) (Damian, Lee & Soltanolkotabi 2022); absent: no bias */
  readonly b?: tf.Tensor2D;
  readonly c: number;
  readonly parameterization: Parameterization;
  readonly activation: ActivationName;
}

/** Inputs prepared once: X (n×d) and its explicit transpose Xᵀ (d×n), so no product needs a transpose flag. */
export interface Batch {
  readonly n: number;
  readonly X: tf.Tensor2D;
  readonly Xt: tf.Tensor2D;
}

/** Upload a float64 net to the backend (float32). */
export function toTensorNet(net: TwoLayer64): TwoLayerNet {
  const { d, m } = net;
  return {
    d,
    m,
    W: tf.tensor2d(Float32Array.from(net.W), [d, m]),
    a: tf.tensor2d(Float32Array.from(net.a), [m, 1]),
    c: net.c,
    parameterization: net.parameterization,
    activation: net.activation,
  };
}

/** Draw a net at initialization (same draws as `initTwoLayer64`, so the float64 reference is the same net). */
export function initTwoLayer(rng: Rng, options: TwoLayerOptions): TwoLayerNet {
  return toTensorNet(initTwoLayer64(rng, options));
}

/** Throws for a net with biases, where `op` handles bias-free nets only. */
export function assertNoBias(op: string, net: TwoLayerNet): void {
  if (net.b) throw new RangeError(`${op}: the net has biases; ${op} handles bias-free two-layer nets only`);
}

/**
 * A ReLU net with biases at small random init (Damian, Lee & Soltanolkotabi 2022, seed 003 "Our
 * Result"): W ~ N(0, scale²/d), b ~ N(0, scale²), a ~ N(0, scale²/m), drawn in that order; c = 1.
 */
export function initTwoLayerWithBias(rng: Rng, { d, m, scale }: { d: number; m: number; scale: number }): TwoLayerNet {
  const W = rng.normalTensor([d, m], scale / Math.sqrt(d)) as tf.Tensor2D;
  const b = rng.normalTensor([1, m], scale) as tf.Tensor2D;
  const a = rng.normalTensor([m, 1], scale / Math.sqrt(m)) as tf.Tensor2D;
  return { d, m, W, a, b, c: 1, parameterization: 'standard', activation: 'relu' };
}

/** Read a tensor net back into float64. */
export async function toNet64(net: TwoLayerNet): Promise<TwoLayer64> {
  assertNoBias('toNet64', net);
  const [W, a] = await Promise.all([net.W.data(), net.a.data()]);
  return { d: net.d, m: net.m, W: Float64Array.from(W), a: Float64Array.from(a), c: net.c, parameterization: net.parameterization, activation: net.activation };
}

export function disposeNet(net: TwoLayerNet): void {
  net.W.dispose();
  net.a.dispose();
  net.b?.dispose();
}

/** Prepare n inputs given row-major as n×d. */
export function makeBatch(data: ArrayLike<number>, n: number, d: number): Batch {
  const X = tf.tensor2d(Float32Array.from(data), [n, d]);
  return { n, X, Xt: tf.transpose(X) };
}

export function disposeBatch(b: Batch): void {
  b.X.dispose();
  b.Xt.dispose();
}

/** Pre-activations Z = X·W (n×m), plus the bias row when the net has one. */
export function preactivations(net: TwoLayerNet, X: tf.Tensor2D): tf.Tensor2D {
  return net.b ? tf.tidy(() => tf.add(tf.matMul(X, net.W), net.b!) as tf.Tensor2D) : tf.matMul(X, net.W);
}

/** f at every row of X: c·σ(XW)·a, shape [n]. */
export function forward(net: TwoLayerNet, X: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const H = activation(net.activation).tensor(preactivations(net, X)) as tf.Tensor2D;
    return tf.reshape(tf.mul(tf.matMul(H, net.a), net.c), [X.shape[0]]) as tf.Tensor1D;
  });
}

/** Gradients of a scalar loss with respect to (W, a), in the layouts of W and a. */
export interface NetGradients {
  gW: tf.Tensor2D;
  ga: tf.Tensor2D;
}

/**
 * Closed-form, batched gradient of Σⱼ gⱼ f(xⱼ) for given output weights g (n) — the backward
 * pass of any loss with ∂L/∂f(xⱼ) = gⱼ, with no per-example loop:
 *   ∂/∂a = c σ(Z)ᵀ g                        computed as the row gᵀ·σ(Z) (1×m), reshaped to m×1;
 *   ∂/∂W = c Xᵀ (σ'(Z) ⊙ g aᵀ) = c ((Xᵀ diag g) σ'(Z)) diag a   (d×m), with Xᵀ stored (Batch.Xt).
 * The diagonal scalings go on the small d×n and d×m factors, so the only n×m elementwise work is
 * σ and σ' (elementwise passes over n×m cost as much as the matmuls on wasm).
 * For a homogeneous σ (ReLU: σ(z) = z σ'(z)) the output-layer gradient needs no second pass over
 * the n×m activations: with M = c (Xᵀ diag g) σ'(Z) (d×m, already computed for ∂/∂W),
 *   (∂/∂a)ᵢ = c Σⱼ gⱼ σ'(zⱼᵢ) zⱼᵢ = c Σⱼ gⱼ σ'(zⱼᵢ) Σₖ xⱼₖ Wₖᵢ = Σₖ Wₖᵢ Mₖᵢ,
 * a d×m reduction instead of gᵀ·σ(Z), whose n×m right operand wasm's XNNPACK must repack every
 * step (measured at n = 256, d = 32, m = 4096: the step drops from ≈ 30 to ≈ 23 ms).
 * `H` and `Z` may be passed when the caller already has them (the GD step does).
 */
export function backward(net: TwoLayerNet, batch: Batch, g: tf.Tensor1D, cache?: { Z: tf.Tensor2D; H: tf.Tensor2D }): NetGradients {
  assertNoBias('backward', net);
  return tf.tidy(() => {
    const s = activation(net.activation);
    const Z = cache?.Z ?? preactivations(net, batch.X);
    const n = batch.n;
    const gRow = tf.reshape(tf.mul(g, net.c), [1, n]) as tf.Tensor2D;
    const XtG = tf.mul(batch.Xt, gRow) as tf.Tensor2D;
    const M = tf.matMul(XtG, s.tensorFirst(Z) as tf.Tensor2D);
    const gW = tf.mul(M, tf.reshape(net.a, [1, net.m])) as tf.Tensor2D;
    const ga = s.homogeneous
      ? (tf.reshape(tf.sum(tf.mul(net.W, M), 0), [net.m, 1]) as tf.Tensor2D)
      : (tf.reshape(tf.matMul(gRow, cache?.H ?? (s.tensor(Z) as tf.Tensor2D)), [net.m, 1]) as tf.Tensor2D);
    return { gW, ga };
  });
}

