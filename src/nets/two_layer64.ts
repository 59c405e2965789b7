import type { Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import { activation, type ActivationName } from './activation.ts';

/**
 * The two parameterizations of the catalog (CLAIMS.md, "Notation"):
 * - `standard` (seed 001, "Proper initialization"): f(x) = Σᵢ aᵢ σ(⟨wᵢ,x⟩), aᵢ ~ N(0,1), wᵢ ~ N(0, (2/m) I);
 * - `ntk` (Jacot et al. 2018): f(x) = m^{-1/2} Σᵢ aᵢ σ(⟨wᵢ,x⟩), aᵢ, wᵢ ~ N(0, I).
 */
export type Parameterization = 'standard' | 'ntk';

export interface TwoLayerOptions {
  d: number;
  m: number;
  /** @defaultValue 'standard' */
  parameterization?: Parameterization;
  /** @defaultValue 'relu' */
  activation?: ActivationName;
  /** multiplies the standard deviation of every initial weight (both layers); @defaultValue 1 */
  initScale?: number;
}

/**
 * A two-layer net in float64, the reference the float32 tensor path is tested against and the
 * path claims use where two sides cancel. Layout: W is d×m row-major, `W[k*m + i]` is
 * coordinate k of neuron i (so X·W gives the n×m pre-activations); f(x) = c Σᵢ aᵢ σ(⟨wᵢ,x⟩).
 */
export interface TwoLayer64 {
  readonly d: number;
  readonly m: number;
  readonly W: Float64Array;
  readonly a: Float64Array;
  /** output multiplier c: 1 (standard) or m^{-1/2} (ntk) */
  readonly c: number;
  readonly parameterization: Parameterization;
  readonly activation: ActivationName;
}

/** Output multiplier c of a parameterization: 1 or m^{-1/2}. */
export function outputScale(parameterization: Parameterization, m: number): number {
  return parameterization === 'ntk' ? 1 / Math.sqrt(m) : 1;
}

/**
 * Draw a net at initialization: a ~ N(0, s²), W ~ N(0, s²·v) with v = 2/m (standard) or 1 (ntk),
 * s = initScale. Draws a first, then W in row-major order, from `rng`.
 */
export function initTwoLayer64(rng: Rng, options: TwoLayerOptions): TwoLayer64 {
  const { d, m, parameterization = 'standard', activation: act = 'relu', initScale = 1 } = options;
  const wStd = initScale * (parameterization === 'standard' ? Math.sqrt(2 / m) : 1);
  const a = rng.normals(m, initScale);
  const W = rng.normals(d * m, wStd);
  return { d, m, W, a, c: outputScale(parameterization, m), parameterization, activation: act };
}

/** A copy of `net` with new weights (same shape, scale and activation). */
export function withWeights(net: TwoLayer64, W: Float64Array, a: Float64Array): TwoLayer64 {
  return { ...net, W, a };
}

/** Pre-activations zᵢ = ⟨wᵢ, x⟩ for one input. */
export function preactivations64(net: TwoLayer64, x: ArrayLike<number>): Float64Array {
  const { d, m, W } = net;
  const z = new Float64Array(m);
  for (let k = 0; k < d; k++) {
    const xk = x[k]!;
    if (xk === 0) continue;
    const row = k * m;
    for (let i = 0; i < m; i++) z[i]! += xk * W[row + i]!;
  }
  return z;
}

/** f(x) = c Σᵢ aᵢ σ(⟨wᵢ,x⟩) for one input, in float64. */
export function forward64(net: TwoLayer64, x: ArrayLike<number>): number {
  const s = activation(net.activation);
  const z = preactivations64(net, x);
  let f = 0;
  for (let i = 0; i < net.m; i++) f += net.a[i]! * s.value(z[i]!);
  return net.c * f;
}

/** f at every row of X (n×d). */
export function forwardBatch64(net: TwoLayer64, X: Mat): Float64Array {
  const out = new Float64Array(X.rows);
  for (let j = 0; j < X.rows; j++) out[j] = forward64(net, X.data.subarray(j * X.cols, (j + 1) * X.cols));
  return out;
}

/**
 * Closed-form gradient of f(x) for one input:
 * ∂f/∂aᵢ = c σ(⟨wᵢ,x⟩),  ∂f/∂wᵢ = c aᵢ σ'(⟨wᵢ,x⟩) x  (gW in the d×m layout of W).
 */
export function gradients64(net: TwoLayer64, x: ArrayLike<number>): { ga: Float64Array; gW: Float64Array } {
  const { d, m, a, c } = net;
  const s = activation(net.activation);
  const z = preactivations64(net, x);
  const ga = new Float64Array(m);
  const coef = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    ga[i] = c * s.value(z[i]!);
    coef[i] = c * a[i]! * s.first(z[i]!);
  }
  const gW = new Float64Array(d * m);
  for (let k = 0; k < d; k++) {
    const xk = x[k]!;
    const row = k * m;
    for (let i = 0; i < m; i++) gW[row + i] = coef[i]! * xk;
  }
  return { ga, gW };
}
