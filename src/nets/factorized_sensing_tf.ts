import * as tf from '@tensorflow/tfjs-core';

/**
 * The factorized sensing GD step of factorized_sensing.ts on the tensor backend (float32), for
 * sizes where float64 JS loops are too slow. The operator is kept as A (n × d1d2) and its
 * transpose Aᵀ (d1d2 × n), V also as Vᵀ, so every product is a plain matMul (transpose
 * flags are 7–30× slower on wasm).
 */
export interface SensingTensors {
  A: tf.Tensor2D;
  At: tf.Tensor2D;
  y: tf.Tensor2D;
  d1: number;
  d2: number;
}

/** Returns the next (U, V) and the loss before the step; the caller disposes the inputs it no longer needs. */
export function sensingGdStepTf(p: SensingTensors, U: tf.Tensor2D, V: tf.Tensor2D, mu: number): { U: tf.Tensor2D; V: tf.Tensor2D; loss: tf.Scalar } {
  return tf.tidy(() => {
    const M = tf.matMul(U, tf.transpose(V)); // d1 × d2
    const r = tf.sub(tf.matMul(p.A, tf.reshape(M, [p.d1 * p.d2, 1])), p.y); // n × 1
    const G = tf.reshape(tf.matMul(p.At, r), [p.d1, p.d2]);
    const gradU = tf.matMul(G, V);
    const gradV = tf.matMul(tf.transpose(G), U);
    return {
      U: tf.sub(U, tf.mul(mu, gradU)) as tf.Tensor2D,
      V: tf.sub(V, tf.mul(mu, gradV)) as tf.Tensor2D,
      loss: tf.mul(0.5, tf.sum(tf.square(r))) as tf.Scalar,
    };
  });
}
