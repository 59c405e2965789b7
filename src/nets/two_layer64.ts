import type { Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import { linalg } from '../tensor/linalg.ts';
import { activation, type ActivationName } from './activation.ts';

/**
 * The parameterizations of the catalog (CLAIMS.md, "Notation"), f(x) = c Σᵢ aᵢ σ(⟨wᵢ,x⟩):
 * - `standard` (seed 001, "Proper initialization"): c = 1, aᵢ ~ N(0,1), wᵢ ~ N(0, (2/m) I);
 * - `ntk` (Jacot et al. 2018): c = m^{-1/2}, aᵢ, wᵢ ~ N(0, I);
 * - `mean-field` (seed 000, "Two-layer neural networks, path norm"; E, Ma & Wu 2019): c = 1/m, aᵢ, wᵢ ~ N(0, I).
 */
export type Parameterization = 'standard' | 'ntk' | 'mean-field';

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
  /** output multiplier c: 1 (standard), m^{-1/2} (ntk) or 1/m (mean-field) */
  readonly c: number;
  readonly parameterization: Parameterization;
  readonly activation: ActivationName;
}

/** Output multiplier c of a parameterization: 1, m^{-1/2} or 1/m. */
export function outputScale(parameterization: Parameterization, m: number): number {
  return parameterization === 'ntk' ? 1 / Math.sqrt(m) : parameterization === 'mean-field' ? 1 / m : 1;
}

/**
 * c·s for a sum s over the neurons. The mean-field net divides by m, as its definition is
 * written ((1/m) Σ), rather than multiplying by the rounded 1/m: its numbers are those of the
 * mean-field formulas computed directly.
 */
export function scaleOutput(net: TwoLayer64, s: number): number {
  return net.parameterization === 'mean-field' ? s / net.m : net.c * s;
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
  return scaleOutput(net, f);
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

/**
 * f at every row of X (n×d) with the pre-activations X·W from the float64 linalg's matmul (BLAS
 * on the LAPACK path): the same values as {@link forwardBatch64} up to the summation order, an
 * order of magnitude faster for hundreds of inputs at widths in the thousands.
 */
export function forwardMatmul64(net: TwoLayer64, X: Mat): Float64Array {
  if (X.cols !== net.d) throw new RangeError(`forwardMatmul64: X has ${X.cols} columns for a net with d = ${net.d}`);
  const s = activation(net.activation);
  const Z = linalg().matmul(X, { rows: net.d, cols: net.m, data: net.W }).data;
  const out = new Float64Array(X.rows);
  for (let j = 0; j < X.rows; j++) {
    let f = 0;
    const o = j * net.m;
    for (let i = 0; i < net.m; i++) f += net.a[i]! * s.value(Z[o + i]!);
    out[j] = scaleOutput(net, f);
  }
  return out;
}

/**
 * A net from its neurons given as rows: `neurons` is m×d row-major (row i is wᵢ), as papers and
 * per-neuron draws write them; stored transposed into the d×m layout of W.
 */
export function twoLayerFromNeurons64(
  a: Float64Array,
  neurons: ArrayLike<number>,
  { d, parameterization = 'standard', activation: act = 'relu' }: { d: number; parameterization?: Parameterization; activation?: ActivationName },
): TwoLayer64 {
  const m = a.length;
  const W = new Float64Array(d * m);
  for (let i = 0; i < m; i++) for (let k = 0; k < d; k++) W[k * m + i] = neurons[i * d + k]!;
  return { d, m, W, a, c: outputScale(parameterization, m), parameterization, activation: act };
}

/** The neurons as rows: the m×d matrix whose row i is wᵢ (the transpose of the stored W). */
export function neuronRows(net: TwoLayer64): Mat {
  const { d, m, W } = net;
  const out = new Float64Array(m * d);
  for (let i = 0; i < m; i++) for (let k = 0; k < d; k++) out[i * d + k] = W[k * m + i]!;
  return { rows: m, cols: d, data: out };
}

/** A per-example loss ℓ(f, j) at the output f of example j: its value and its slope ∂ℓ/∂f. */
export type ExampleLoss = (f: number, j: number) => { value: number; slope: number };

/** The total loss over a batch, the outputs, and the gradients (gW in the d×m layout of W). */
export interface LossGradients64 {
  loss: number;
  f: Float64Array;
  ga: Float64Array;
  gW: Float64Array;
}

/**
 * L = Σⱼ ℓ(f(xⱼ), j) (or the mean, (1/n)Σⱼ, with `mean`) and its closed-form gradients over the
 * rows of X, in float64, one pass:
 * ∂L/∂aᵢ = Σⱼ ℓ'ⱼ c σ(zⱼᵢ), ∂L/∂wᵢ = Σⱼ ℓ'ⱼ c aᵢ σ'(zⱼᵢ) xⱼ (seed 003, "Overparameterized nonlinear
 * least squares": the chain rule through J(θ)ᵀ). Neurons with σ(z) = 0 or σ'(z) = 0 add nothing
 * and are skipped (ReLU's inactive ones), so ReLU nets cost only their active paths.
 */
export function lossGradients64(net: TwoLayer64, X: Mat, loss: ExampleLoss, { mean = false }: { mean?: boolean } = {}): LossGradients64 {
  const { d, m, a, c } = net;
  const s = activation(net.activation);
  const n = X.rows;
  const ga = new Float64Array(m);
  const gW = new Float64Array(d * m);
  const f = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const x = X.data.subarray(j * d, (j + 1) * d);
    const z = preactivations64(net, x);
    let o = 0;
    for (let i = 0; i < m; i++) o += a[i]! * s.value(z[i]!);
    f[j] = scaleOutput(net, o);
    const { value, slope } = loss(f[j]!, j);
    total += value;
    const gc = (mean ? slope / n : slope) * c;
    for (let i = 0; i < m; i++) {
      const v = s.value(z[i]!), p = s.first(z[i]!);
      if (v !== 0) ga[i]! += gc * v;
      if (p === 0) continue;
      const coef = gc * a[i]! * p;
      for (let k = 0; k < d; k++) gW[k * m + i]! += coef * x[k]!;
    }
  }
  return { loss: mean ? total / n : total, f, ga, gW };
}
