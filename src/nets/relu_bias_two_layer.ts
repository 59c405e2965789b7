import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../tensor/rng.ts';
import { ownedVariable } from './variables.ts';

/**
 * Two-layer ReLU net with biases, `f(x) = vᵀ ReLU(W x + b)` (Damian, Lee & Soltanolkotabi 2022,
 * seed 003 "Our Result"), stored as W: d×m so that the batch product is a plain `X·W`.
 */
export interface ReluBiasTwoLayer {
  W: tf.Variable;
  b: tf.Variable;
  v: tf.Variable;
}

/** Small random init: W ~ N(0, scale²/d), b ~ N(0, scale²), v ~ N(0, scale²/m). */
export function initReluBiasTwoLayer(rng: Rng, d: number, m: number, scale: number): ReluBiasTwoLayer {
  return {
    W: ownedVariable(rng.normalTensor([d, m], scale / Math.sqrt(d))),
    b: ownedVariable(rng.normalTensor([1, m], scale)),
    v: ownedVariable(rng.normalTensor([m, 1], scale / Math.sqrt(m))),
  };
}

/** Forward pass on a batch X (n×d) → n×1. */
export function reluBiasTwoLayerForward(net: ReluBiasTwoLayer, X: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.matMul(tf.relu(tf.add(tf.matMul(X, net.W), net.b)), net.v) as tf.Tensor2D);
}
