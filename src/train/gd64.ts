import { combine, type Mat } from '../tensor/dense.ts';
import { deepLinearGradient } from '../nets/deep_linear64.ts';
import { lossGradients64, withWeights, type TwoLayer64 } from '../nets/two_layer64.ts';
import { sensingGradient, type SensingGradient, type SensingOperator } from '../nets/factorized_sensing.ts';
import { squareLoss } from './example_losses.ts';

// The float64 gradient-descent steps, in one place: every model's step is its closed-form
// gradient (src/nets) followed by the one update below.

/**
 * The float64 gradient-descent update θ − lr·∇θ, the one place every float64 GD step applies it
 * (computed as 1·θ + (−lr)·∇θ, which rounds exactly as θ − lr·∇θ).
 */
export function descend(param: Mat, grad: Mat, lr: number): Mat {
  return combine(1, param, -lr, grad);
}

/** The same update on a flat parameter vector. */
export function descendArray(param: Float64Array, grad: ArrayLike<number>, lr: number): Float64Array {
  return param.map((v, k) => v - lr * grad[k]!);
}

/** One GD step on ½ Σⱼ (f(xⱼ) − yⱼ)² for a float64 two-layer net (both layers); the loss is at the old weights. */
export function twoLayerGdStep64(net: TwoLayer64, X: Mat, y: ArrayLike<number>, lr: number): { net: TwoLayer64; loss: number } {
  const g = lossGradients64(net, X, squareLoss(y));
  return { net: withWeights(net, descendArray(net.W, g.gW, lr), descendArray(net.a, g.ga, lr)), loss: g.loss };
}

/** One GD step on ½‖W_L⋯W_1 X − Y‖_F² for a deep linear net (every layer); the loss is at the old weights. */
export function deepLinearGdStep(layers: Mat[], X: Mat, Y: Mat, lr: number): { layers: Mat[]; loss: number } {
  const { loss, grads } = deepLinearGradient(layers, X, Y);
  return { layers: layers.map((W, j) => descend(W, grads[j]!, lr)), loss };
}

/**
 * One gradient-descent step (U, V) ← (U − lr·∇_U L, V − lr·∇_V L) in float64, with the gradient
 * at the old point (its loss is the loss before the step). For a symmetric operator V stays tied to U.
 */
export function sensingGdStep(op: SensingOperator, y: ArrayLike<number>, U: Mat, V: Mat, lr: number): { U: Mat; V: Mat; grad: SensingGradient } {
  const grad = sensingGradient(op, y, U, V);
  const U1 = descend(U, grad.gradU, lr);
  return { U: U1, V: op.symmetric ? U1 : descend(V, grad.gradV, lr), grad };
}
