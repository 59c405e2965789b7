import { mat, type Mat } from './dense.ts';

/** A central-difference gradient and the magnitude its rounding scales with, entry by entry. */
export interface CentralDifference {
  /** (f(X + hE_ij) − f(X − hE_ij)) / (2h) */
  grad: Mat;
  /** (|f(X + hE_ij)| + |f(X − hE_ij)|) / (2h): the size of the two terms whose difference is taken */
  magnitude: Mat;
}

/**
 * The gradient of a scalar function of one float64 matrix by central differences,
 * ∂f/∂X_ij ≈ (f(X + hE_ij) − f(X − hE_ij)) / (2h), one pair of evaluations per entry.
 *
 * The truncation error is h²·∂³f/6: zero when f is quadratic in X (a least-squares loss of a
 * factor with the other held fixed), so there the result is the gradient up to rounding, for
 * any h; a gradient computed from the definition, independent of any closed form.
 *
 * @example
 * centralDifference((X) => X.data[0] ** 2, mat(1, 1, [3]), 1).grad.data[0] // 6
 */
export function centralDifference(f: (X: Mat) => number, X: Mat, h: number): CentralDifference {
  if (!(h > 0)) throw new RangeError(`centralDifference: the step h must be positive, got ${h}`);
  const grad = mat(X.rows, X.cols);
  const magnitude = mat(X.rows, X.cols);
  const probe = { rows: X.rows, cols: X.cols, data: X.data.slice() };
  for (let i = 0; i < X.data.length; i++) {
    const x = X.data[i]!;
    probe.data[i] = x + h;
    const plus = f(probe);
    probe.data[i] = x - h;
    const minus = f(probe);
    probe.data[i] = x;
    grad.data[i] = (plus - minus) / (2 * h);
    magnitude.data[i] = (Math.abs(plus) + Math.abs(minus)) / (2 * h);
  }
  return { grad, magnitude };
}
