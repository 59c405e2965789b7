import * as tf from '@tensorflow/tfjs-core';
// tf.grads needs the gradient kernels, which tfjs-core alone does not register. This is an ESM
// file with extensionless imports: it loads under vite/vitest (where claims run), not under plain
// Node, which is why autodiff lives apart from the two-layer net (the bench imports that one).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { activation } from './activation.ts';
import type { TwoLayerNet } from './two_layer.ts';

/**
 * ∇_W f(x) and ∇_a f(x) of one input by tfjs reverse-mode autodiff (tf.grads) through the
 * forward pass: an independent check of the closed forms (catalog B2).
 */
export async function autodiffGradients(net: TwoLayerNet, x: ArrayLike<number>): Promise<{ gW: Float32Array; ga: Float32Array }> {
  const s = activation(net.activation);
  const grads = tf.tidy(() => {
    const xT = tf.tensor2d(Float32Array.from(x), [1, net.d]);
    return tf.grads((W: tf.Tensor, a: tf.Tensor) => tf.sum(tf.mul(tf.matMul(s.tensor(tf.matMul(xT, W as tf.Tensor2D)) as tf.Tensor2D, a as tf.Tensor2D), net.c)))([net.W, net.a]);
  });
  const [gW, ga] = await Promise.all([grads[0]!.data(), grads[1]!.data()]);
  tf.dispose(grads);
  return { gW: gW as Float32Array, ga: ga as Float32Array };
}
