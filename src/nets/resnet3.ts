import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../tensor/rng.ts';
import { ownedVariable } from './variables.ts';

/**
 * The three-layer ResNet of Allen-Zhu & Li 2019 (seed 001):
 * `R(x) = A·ReLU(V·ReLU(W x)) + A·ReLU(W x)`, stored transposed for batch products:
 * W: d×m, V: m×m, A: m×k, so `R(X) = (ReLU(ReLU(XW)·V) + ReLU(XW))·A` for rows X.
 */
export interface Resnet3 {
  W: tf.Variable;
  V: tf.Variable;
  A: tf.Variable;
}

/** Small random init: entries N(0, scale²/fan_in). */
export function initResnet3(rng: Rng, d: number, m: number, k: number, scale: number): Resnet3 {
  return {
    W: ownedVariable(rng.normalTensor([d, m], scale / Math.sqrt(d))),
    V: ownedVariable(rng.normalTensor([m, m], scale / Math.sqrt(m))),
    A: ownedVariable(rng.normalTensor([m, k], scale / Math.sqrt(m))),
  };
}

/** Forward pass on a batch X (n×d) → n×k. */
export function resnet3Forward(net: Resnet3, X: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const h = tf.relu(tf.matMul(X, net.W));
    return tf.matMul(tf.add(tf.relu(tf.matMul(h, net.V)), h), net.A) as tf.Tensor2D;
  });
}
