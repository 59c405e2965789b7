import * as tf from '@tensorflow/tfjs-core';
import { disposeNet, type TwoLayerNet } from '../nets/two_layer.ts';
import type { Resnet3 } from '../nets/resnet3.ts';

/** Options of the full-batch GD loops. */
export interface FullBatchGdOptions {
  steps: number;
  lr: number;
}

/**
 * Full-batch gradient descent on `L = mean((f(X) − Y)²)` for a two-layer ReLU net with biases
 * (`initTwoLayerWithBias`: c = 1), with closed-form gradients (tfjs-core registers no autodiff
 * kernels unless the whole gradient registry is imported, and the hand-written backward pass
 * needs no transpose flags): one tidy per step. Returns the trained net (the input net stays
 * its owner's; the caller disposes the result) and its final loss.
 */
export async function trainTwoLayerMse(net0: TwoLayerNet, X: tf.Tensor2D, Y: tf.Tensor2D, { steps, lr }: FullBatchGdOptions): Promise<{ net: TwoLayerNet; loss: number }> {
  if (!net0.b || net0.c !== 1 || net0.activation !== 'relu') throw new RangeError('trainTwoLayerMse: needs a ReLU net with biases and c = 1 (initTwoLayerWithBias)');
  const Xt = tf.transpose(X);
  const n = X.shape[0];
  let net = net0;
  for (let t = 0; t < steps; t++) {
    const cur = net;
    const next = tf.tidy(() => {
      const pre = tf.add(tf.matMul(X, cur.W), cur.b!);
      const h = tf.relu(pre);
      const g = tf.mul(tf.sub(tf.matMul(h, cur.a), Y), 2 / n);
      const ga = tf.matMul(tf.transpose(h), g);
      const gpre = tf.mul(tf.mul(g, tf.reshape(cur.a, [1, -1])), tf.step(pre));
      return {
        W: tf.sub(cur.W, tf.mul(tf.matMul(Xt, gpre), lr)) as tf.Tensor2D,
        b: tf.sub(cur.b!, tf.mul(tf.sum(gpre, 0, true), lr)) as tf.Tensor2D,
        a: tf.sub(cur.a, tf.mul(ga, lr)) as tf.Tensor2D,
      };
    });
    if (cur !== net0) disposeNet(cur);
    net = { ...cur, ...next };
  }
  Xt.dispose();
  const loss = tf.tidy(() => tf.mean(tf.square(tf.sub(tf.matMul(tf.relu(tf.add(tf.matMul(X, net.W), net.b!)), net.a), Y))));
  const value = (await loss.data())[0]!;
  loss.dispose();
  return { net, loss: value };
}

/**
 * Full-batch GD on `L = mean((R(X) − Y)²)` (mean over samples and outputs) for the
 * three-layer ResNet `R(x) = A·ReLU(V·ReLU(Wx)) + A·ReLU(Wx)`, closed-form gradients:
 * with h₁ = ReLU(XW), z = ReLU(h₁V) + h₁ and G = ∂L/∂R: ∂A = zᵀG, ∂z = GAᵀ,
 * ∂V = h₁ᵀ(∂z ⊙ 1[h₁V>0]), ∂h₁ = ∂z + (∂z ⊙ 1[h₁V>0])Vᵀ, ∂W = Xᵀ(∂h₁ ⊙ 1[XW>0]).
 * All three layers train together, as the slide insists. Returns the final loss.
 */
export async function trainResnet3(net: Resnet3, X: tf.Tensor2D, Y: tf.Tensor2D, { steps, lr }: FullBatchGdOptions): Promise<number> {
  const Xt = tf.transpose(X);
  const scale = 2 / (Y.shape[0] * Y.shape[1]);
  for (let t = 0; t < steps; t++)
    tf.tidy(() => {
      const pre1 = tf.matMul(X, net.W);
      const h1 = tf.relu(pre1);
      const pre2 = tf.matMul(h1, net.V);
      const z = tf.add(tf.relu(pre2), h1);
      const G = tf.mul(tf.sub(tf.matMul(z, net.A), Y), scale);
      const gz = tf.matMul(G, tf.transpose(net.A));
      const gpre2 = tf.mul(gz, tf.step(pre2));
      const gh1 = tf.add(gz, tf.matMul(gpre2, tf.transpose(net.V)));
      const gW = tf.matMul(Xt, tf.mul(gh1, tf.step(pre1)));
      const gV = tf.matMul(tf.transpose(h1), gpre2);
      const gA = tf.matMul(tf.transpose(z), G);
      net.W.assign(tf.sub(net.W, tf.mul(gW, lr)));
      net.V.assign(tf.sub(net.V, tf.mul(gV, lr)));
      net.A.assign(tf.sub(net.A, tf.mul(gA, lr)));
    });
  Xt.dispose();
  const loss = tf.tidy(() => {
    const h1 = tf.relu(tf.matMul(X, net.W));
    return tf.mean(tf.square(tf.sub(tf.matMul(tf.add(tf.relu(tf.matMul(h1, net.V)), h1), net.A), Y)));
  });
  const value = (await loss.data())[0]!;
  loss.dispose();
  return value;
}
