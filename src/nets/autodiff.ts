import * as tf from '@tensorflow/tfjs-core';
// tf.grads needs the gradient kernels, which tfjs-core alone does not register. That module is
// ESM with extensionless imports: it loads under vite/vitest (where claims run) but not under
// plain Node, so it is imported on first use: the CLI can load claim files to validate them.
let gradientsRegistered: Promise<unknown> | undefined;
export const registerGradients = (): Promise<unknown> => (gradientsRegistered ??= import('@tensorflow/tfjs-core/dist/register_all_gradients'));
import { activation } from './activation.ts';
import type { TwoLayerNet } from './two_layer.ts';

/**
 * ∇_W f(x) and ∇_a f(x) of one input by tfjs reverse-mode autodiff (tf.grads) through the
 * forward pass: an independent check of the closed forms (catalog B2).
 */
export async function autodiffGradients(net: TwoLayerNet, x: ArrayLike<number>): Promise<{ gW: Float32Array; ga: Float32Array }> {
  await registerGradients();
  const s = activation(net.activation);
  const grads = tf.tidy(() => {
    const xT = tf.tensor2d(Float32Array.from(x), [1, net.d]);
    return tf.grads((W: tf.Tensor, a: tf.Tensor) => tf.sum(tf.mul(tf.matMul(s.tensor(tf.matMul(xT, W as tf.Tensor2D)) as tf.Tensor2D, a as tf.Tensor2D), net.c)))([net.W, net.a]);
  });
  const [gW, ga] = await Promise.all([grads[0]!.data(), grads[1]!.data()]);
  tf.dispose(grads);
  return { gW: gW as Float32Array, ga: ga as Float32Array };
}
