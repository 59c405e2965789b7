import { mat, type Mat } from '../tensor/dense.ts';
import type { SensingOperator } from '../nets/factorized_sensing.ts';
import type { SensingGdOptions, SensingGdResult } from './sensing_gd.ts';

/**
 * Gradient descent on the factorized sensing loss in float64, as {@link sensingGd64} (same
 * loss, same gradients, same update, same `observe`/`lossTol`/`steps` semantics), but with every
 * buffer allocated once: the long runs of seed 003's final-error claim take 10⁵ steps, where the
 * allocating step spends most of its time in the allocator. Each step computes M = UVᵀ, the
 * residual A(M) − y, G = A*(residual), then U ← U − lr·GV and V ← V − lr·GᵀU from the old U, V
 * (symmetric: V ≡ U, loss ¼‖·‖², ∇_U = GU).
 *
 * @example
 * const r = sensingGdInPlace(op, y, U0, V0, { lr: 0.3, steps: 1000, lossTol: 1e-12 });
 */
export function sensingGdInPlace(op: SensingOperator, y: ArrayLike<number>, U0: Mat, V0: Mat | undefined, opts: SensingGdOptions): SensingGdResult {
  const { lr, steps, every = 1, lossTol = 0, observe } = opts;
  const { d1, d2, n, symmetric } = op;
  const r = U0.cols;
  const D = d1 * d2;
  const A = op.rows.data;
  const U = Float64Array.from(U0.data);
  const V = symmetric ? U : Float64Array.from(V0!.data);
  const Un = new Float64Array(U.length), Vn = symmetric ? Un : new Float64Array(V.length);
  const M = new Float64Array(D), res = new Float64Array(n), G = new Float64Array(D);
  let loss = NaN;
  let t = 0;
  const view = (x: Float64Array, rows: number) => mat(rows, r, Float64Array.from(x));
  for (; t <= steps; t++) {
    // M = U Vᵀ
    M.fill(0);
    for (let i = 0; i < d1; i++)
      for (let k = 0; k < r; k++) {
        const u = U[i * r + k]!;
        if (u === 0) continue;
        for (let j = 0; j < d2; j++) M[i * d2 + j]! += u * V[j * r + k]!;
      }
    // residual and G = A*(residual)
    let s = 0;
    G.fill(0);
    for (let q = 0; q < n; q++) {
      const o = q * D;
      let v = 0;
      for (let e = 0; e < D; e++) v += A[o + e]! * M[e]!;
      v -= y[q]!;
      res[q] = v;
      s += v * v;
      for (let e = 0; e < D; e++) G[e]! += v * A[o + e]!;
    }
    const l = (loss = symmetric ? s / 4 : s / 2);
    const halt = observe && (t % every === 0 || t === steps || l <= lossTol) ? observe(t, view(U, d1), view(V, d2), l) === true : false;
    if (t === steps || l <= lossTol || halt) break;
    // U − lr·G V and V − lr·Gᵀ U, both from the old U, V
    for (let i = 0; i < d1; i++)
      for (let k = 0; k < r; k++) {
        let g = 0;
        for (let j = 0; j < d2; j++) g += G[i * d2 + j]! * V[j * r + k]!;
        Un[i * r + k] = U[i * r + k]! - lr * g;
      }
    if (!symmetric)
      for (let j = 0; j < d2; j++)
        for (let k = 0; k < r; k++) {
          let g = 0;
          for (let i = 0; i < d1; i++) g += G[i * d2 + j]! * U[i * r + k]!;
          Vn[j * r + k] = V[j * r + k]! - lr * g;
        }
    U.set(Un);
    if (!symmetric) V.set(Vn);
  }
  return { U: view(U, d1), V: view(V, d2), loss, steps: t };
}
