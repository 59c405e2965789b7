import { combine, type Mat } from '../tensor/dense.ts';

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
