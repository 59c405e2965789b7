import { mat, matmul, transpose, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import type { Rng } from '../tensor/rng.ts';

/**
 * A design X = Q₁ diag(s) Q₂ᵀ (n × p, n ≤ p) with singular values spread geometrically from
 * 1 to κ, so its condition number on its row space is exactly κ (up to rounding). Q₁, Q₂ are
 * the singular vectors of a Gaussian matrix (Haar-distributed).
 */
export function conditionedDesign(rng: Rng, n: number, p: number, kappa: number): Mat {
  const g = mat(n, p, rng.normals(n * p));
  const { U, V } = linalg().svd(g); // U: n×n, V: p×n
  const k = Math.min(n, p);
  const us = mat(n, k);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < k; j++) us.data[i * k + j] = U.data[i * U.cols + j]! * (k === 1 ? kappa : Math.pow(kappa, j / (k - 1)));
  return matmul(us, transpose(V));
}

/**
 * The global minimiser of ½‖Xθ − y‖² closest to θ₀: `θ₀ + X⁺(y − Xθ₀)` (seed 003, slide
 * "Prelude: Overparameterized Least Squares").
 */
export function closestMinimizer(X: Mat, y: ArrayLike<number>, theta0: ArrayLike<number>): Float64Array {
  const r = matmul(X, mat(X.cols, 1, theta0)).data.map((v, i) => y[i]! - v);
  const d = matmul(linalg().pinv(X), mat(X.rows, 1, r)).data;
  return d.map((v, i) => v + theta0[i]!);
}

export interface LeastSquaresGdResult {
  theta: Float64Array;
  /** Σ_τ ‖θ_{τ+1} − θ_τ‖ */
  pathLength: number;
  steps: number;
}

/**
 * Gradient descent θ_{τ+1} = θ_τ − η Xᵀ(Xθ_τ − y) in float64, run for `steps` iterations or
 * until a step is below `stepTol`·‖θ‖ (the iterate stopped moving at float64 resolution).
 */
export function leastSquaresGd(
  X: Mat,
  y: ArrayLike<number>,
  theta0: ArrayLike<number>,
  { lr, steps, stepTol = 0 }: { lr: number; steps: number; stepTol?: number },
): LeastSquaresGdResult {
  const Xt = transpose(X);
  let theta = Float64Array.from(theta0);
  let path = 0;
  let t = 0;
  for (; t < steps; t++) {
    const r = matmul(X, mat(X.cols, 1, theta)).data;
    for (let i = 0; i < r.length; i++) r[i] = r[i]! - y[i]!;
    const g = matmul(Xt, mat(X.rows, 1, r)).data;
    let step2 = 0, norm2 = 0;
    for (let j = 0; j < theta.length; j++) {
      const s = lr * g[j]!;
      theta[j] = theta[j]! - s;
      step2 += s * s;
      norm2 += theta[j]! * theta[j]!;
    }
    path += Math.sqrt(step2);
    if (Math.sqrt(step2) <= stepTol * Math.sqrt(norm2)) {
      t++;
      break;
    }
  }
  return { theta, pathLength: path, steps: t };
}
