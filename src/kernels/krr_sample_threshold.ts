import { mat, type Mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import { firstCrossing, type Crossing } from './first_crossing.ts';
import { dotProductGram, krrFit, krrPredict } from './krr.ts';
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
  /** largest training set tried (the pool's size) @defaultValue 2048 */
  maxN?: number;
  /** smallest training set tried: the search doubles from here @defaultValue 1 */
  minN?: number;
  /** dot-product kernel κ(⟨x,y⟩) @defaultValue exp */
  kappa?: (t: number) => number;
  /** ridge added to the Gram diagonal @defaultValue 1e-6 */
  ridge?: number;
  /** independent target directions u whose normalized errors are averaged (one solve, several right-hand sides) @defaultValue 1 */
  targets?: number;
}

/** The leading n×n block of a square matrix (row-major). */
function leadingBlock(A: Mat, n: number): Mat {
  const out = mat(n, n);
  for (let i = 0; i < n; i++) out.data.set(A.data.subarray(i * A.cols, i * A.cols + n), i * n);
  return out;
}
/** The first n columns of a matrix. */
function leadingColumns(A: Mat, n: number): Mat {
  const out = mat(A.rows, n);
  for (let i = 0; i < A.rows; i++) out.data.set(A.data.subarray(i * A.cols, i * A.cols + n), i * n);
  return out;
}

/**
 * The smallest n at which kernel ridge regression on n uniform points of S^{d−1} reaches
 * normalized test error ≤ threshold on the unit-norm zonal harmonic
 * `f(x) = √N(d,p) · P_p(⟨u, x⟩)` (u uniform): the sample size of catalog D2 (Ghorbani et al.
 * 2020: rotation-invariant kernels need n ≳ d^p for degree-p targets). The error is the test
 * MSE divided by the test set's mean of f², averaged over `targets` directions u. Training sets are nested prefixes of one pool, so
 * the error is (nearly) monotone in n, and n is located by doubling from `minN` and bisection
 * ({@link firstCrossing}). The pool's and the test set's Gram matrices are computed once.
 */
export function krrSampleThreshold(rng: Rng, opts: SampleThresholdOptions): Crossing & { testErrorAtN: number } {
  const { d, p, threshold = 0.5, nTest = 400, maxN = 2048, minN = 1, kappa = Math.exp, ridge = 1e-6, targets = 1 } = opts;
  const us = Array.from({ length: targets }, () => rng.sphere(d));
  const N = Number(harmonicDimension(d, p));
  /** one column per target direction */
  const target = (X: Mat): Mat => {
    const y = mat(X.rows, targets);
    for (let i = 0; i < X.rows; i++)
      us.forEach((u, k) => {
        let t = 0;
        for (let c = 0; c < d; c++) t += X.data[i * d + c]! * u[c]!;
        y.data[i * targets + k] = Math.sqrt(N) * gegenbauerAll(d, p, t)[p]!;
      });
    return y;
  };
  const pool = spherePoints(rng.fork('train'), maxN, d);
  const yPool = target(pool);
  const Xte = spherePoints(rng.fork('test'), nTest, d);
  const yte = target(Xte);
  const varTest = new Float64Array(targets);
  for (let i = 0; i < nTest; i++) for (let k = 0; k < targets; k++) varTest[k]! += yte.data[i * targets + k]! ** 2 / nTest;
  const Kpool = dotProductGram(kappa, pool, pool);
  const Ktest = dotProductGram(kappa, Xte, pool);
  const errorAt = (n: number): number => {
    const fit = krrFit(leadingBlock(Kpool, n), mat(n, targets, yPool.data.subarray(0, n * targets)), { ridge });
    const pred = krrPredict(fit, leadingColumns(Ktest, n));
    let e = 0;
    for (let k = 0; k < targets; k++) {
      let s = 0;
      for (let i = 0; i < nTest; i++) s += (pred.data[i * targets + k]! - yte.data[i * targets + k]!) ** 2;
      e += s / nTest / varTest[k]! / targets;
    }
    return e;
  };
  const crossing = firstCrossing(errorAt, threshold, { lo: Math.min(minN, maxN), max: maxN });
  return { ...crossing, testErrorAtN: errorAt(crossing.n) };
}
