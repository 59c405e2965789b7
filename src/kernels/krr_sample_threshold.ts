import { mat, type Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import { firstCrossing, type Crossing } from './first_crossing.ts';
import { dotProductGram, krrFit, krrPredict, meanSquaredError } from './krr.ts';
import { gegenbauerAll, harmonicDimension } from './spherical_harmonics.ts';

/** n points uniform on S^{d−1}, as rows. */
export function spherePoints(rng: Rng, n: number, d: number): Mat {
  const X = mat(n, d);
  for (let i = 0; i < n; i++) X.data.set(rng.sphere(d), i * d);
  return X;
}

/** Options of {@link krrSampleThreshold}. */
export interface SampleThresholdOptions {
  d: number;
  /** degree of the target harmonic */
  p: number;
  /** normalized test MSE to reach (the target has unit L² norm) @defaultValue 0.5 */
  threshold?: number;
  /** test points @defaultValue 400 */
  nTest?: number;
  /** largest training set tried @defaultValue 2048 */
  maxN?: number;
  /** dot-product kernel κ(⟨x,y⟩) @defaultValue exp */
  kappa?: (t: number) => number;
  /** ridge added to the Gram diagonal @defaultValue 1e-6 */
  ridge?: number;
}

/**
 * The smallest n at which kernel ridge regression on n uniform points of S^{d−1} reaches
 * normalized test error ≤ threshold on the unit-norm zonal harmonic
 * `f(x) = √N(d,p) · P_p(⟨u, x⟩)` (u uniform): the sample size of catalog D2 (Ghorbani et al.
 * 2020: rotation-invariant kernels need n ≳ d^p for degree-p targets). Training sets are
 * nested prefixes of one pool, so the error is (nearly) monotone in n, and n is located by
 * doubling and bisection.
 */
export function krrSampleThreshold(rng: Rng, opts: SampleThresholdOptions): Crossing & { testErrorAtN: number } {
  const { d, p, threshold = 0.5, nTest = 400, maxN = 2048, kappa = Math.exp, ridge = 1e-6 } = opts;
  const u = rng.sphere(d);
  const N = Number(harmonicDimension(d, p));
  const target = (X: Mat): Mat => {
    const y = mat(X.rows, 1);
    for (let i = 0; i < X.rows; i++) {
      let t = 0;
      for (let c = 0; c < d; c++) t += X.data[i * d + c]! * u[c]!;
      y.data[i] = Math.sqrt(N) * gegenbauerAll(d, p, t)[p]!;
    }
    return y;
  };
  const pool = spherePoints(rng.fork('train'), maxN, d);
  const yPool = target(pool);
  const Xte = spherePoints(rng.fork('test'), nTest, d);
  const yte = target(Xte);
  let varTest = 0;
  for (const v of yte.data) varTest += v * v;
  varTest /= nTest;
  const errorAt = (n: number): number => {
    const X = mat(n, d, pool.data.subarray(0, n * d));
    const y = mat(n, 1, yPool.data.subarray(0, n));
    const fit = krrFit(dotProductGram(kappa, X, X), y, { ridge });
    return meanSquaredError(krrPredict(fit, dotProductGram(kappa, Xte, X)), yte) / varTest;
  };
  const crossing = firstCrossing(errorAt, threshold, { lo: 1, max: maxN });
  return { ...crossing, testErrorAtN: errorAt(crossing.n) };
}
