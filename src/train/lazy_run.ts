import { mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import type { Rng } from '../tensor/rng.ts';
import { initTwoLayer64, type TwoLayer64 } from '../nets/two_layer64.ts';
import { disposeBatch, disposeNet, makeBatch, toTensorNet } from '../nets/two_layer.ts';
import { trainGd, type GdObservation } from './gd.ts';

/** A small regression problem: n unit-norm inputs in R^d, labels y ~ N(0,1). */
export interface Problem {
  n: number;
  d: number;
  X: Float64Array;
  y: Float64Array;
}

export function drawProblem(rng: Rng, n: number, d: number): Problem {
  const X = new Float64Array(n * d);
  for (let j = 0; j < n; j++) X.set(rng.sphere(d), j * d);
  return { n, d, X, y: rng.normals(n) };
}

export interface LazyRunOptions {
  m: number;
  /** learning rate η·(1/λ_max(K∞)) in units of the limit kernel's top eigenvalue */
  lrUnits?: number;
  /** init scale s (a, w ~ N(0, s²)) of the NTK parameterization; @defaultValue 1 */
  initScale?: number;
  /** steps; @defaultValue ⌈horizon·λ_max/λ_min⌉ */
  steps?: number;
  /** time horizon in units of the slowest mode of the limit kernel; @defaultValue 6 */
  horizon?: number;
  observeEvery?: number;
  /** the empirical NTK Gram at init (row-major n×n float64), for the linearized model; src/kernels' ntkGram64 */
  kernelAtInit?: (net: TwoLayer64, X: Float64Array, n: number) => Float64Array;
}

export interface LazyRunSummary {
  m: number;
  steps: number;
  lr: number;
  lambdaMin: number;
  lambdaMax: number;
  first: GdObservation;
  last: GdObservation;
  /** sup over observed steps of the Taylor gap and of the linearized-model gap */
  supTaylorGap: number;
  supLinGap: number;
  trajectory: GdObservation[];
}

/**
 * Train an NTK-parameterized ReLU net f(x) = m^{-1/2} Σ aᵢ ReLU(⟨wᵢ,x⟩) by full-batch GD on
 * ½‖f − y‖² with learning rate lrUnits/λ_max(K∞) (K∞ the infinite-width NTK Gram of the inputs
 * at init scale 1, so the step is width-independent), for enough steps that the slowest mode of the
 * limit dynamics decays by e^{-horizon}. The same problem at several widths gives a width sweep.
 */
export async function lazyRun(rng: Rng, problem: Problem, limitGram: Float64Array, options: LazyRunOptions): Promise<LazyRunSummary> {
  const { m, lrUnits = 1, initScale = 1, horizon = 6, observeEvery = 1, kernelAtInit } = options;
  const { n, d, X, y } = problem;
  const ev = linalg().symEig(mat(n, n, limitGram)).values;
  const lambdaMin = ev[0]!, lambdaMax = ev[n - 1]!;
  const steps = options.steps ?? Math.min(500, Math.ceil((horizon * lambdaMax) / lambdaMin));
  const lr = lrUnits / lambdaMax;
  const net64 = initTwoLayer64(rng, { d, m, parameterization: 'ntk', initScale });
  const K0 = kernelAtInit?.(net64, X, n);
  const net = toTensorNet(net64);
  const batch = makeBatch(X, n, d);
  try {
    const { net: last, observations } = await trainGd(net, batch, y, { lr, steps, observeEvery, ...(K0 ? { linearizedKernel: K0 } : {}) });
    disposeNet(last);
    return {
      m, steps, lr, lambdaMin, lambdaMax,
      first: observations[0]!,
      last: observations.at(-1)!,
      supTaylorGap: Math.max(...observations.map((o) => o.taylorGap)),
      supLinGap: Math.max(...observations.map((o) => o.linGap)),
      trajectory: observations,
    };
  } finally {
    disposeNet(net);
    disposeBatch(batch);
  }
}
