import { frobenius, matmul, sub, transpose, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';

/**
 * One observation of a symmetric low-rank trajectory U_t (d × r) against the target XXᵀ,
 * split as in seed 003 ("Saddle avoidance and local convergence phase"): the signal part
 * QQᵀU_t (Q an orthonormal basis of col X) and the noise part (I − QQᵀ)U_t.
 */
export interface PhasePoint {
  t: number;
  loss: number;
  /** σ_{r*}(QᵀU_t): the smallest singular value of the signal part */
  signal: number;
  /** ‖(I − QQᵀ)U_t‖_op: the largest singular value of the noise part */
  noise: number;
  /** ‖U_tU_tᵀ − XXᵀ‖_F / ‖XXᵀ‖_F */
  relError: number;
}

/** Orthonormal basis of col X (d × r*), from its SVD. */
export function columnBasis(X: Mat): Mat {
  const { U, s } = linalg().svd(X);
  const k = s.filter((v) => v > 1e-12 * (s[0] ?? 0)).length;
  const Q = { rows: U.rows, cols: k, data: new Float64Array(U.rows * k) };
  for (let i = 0; i < U.rows; i++) for (let j = 0; j < k; j++) Q.data[i * k + j] = U.data[i * U.cols + j]!;
  return Q;
}

export function phasePoint(t: number, loss: number, U: Mat, Q: Mat, target: Mat): PhasePoint {
  const S = matmul(transpose(Q), U); // r* × r
  const N = sub(U, matmul(Q, S));
  const sS = linalg().svd(S).s;
  const sN = linalg().svd(N).s;
  const rel = frobenius(sub(matmul(U, transpose(U)), target)) / frobenius(target);
  return { t, loss, signal: sS[Q.cols - 1] ?? 0, noise: sN[0] ?? 0, relError: rel };
}

export interface Phases {
  /** end of phase I (spectral alignment): when signal first reaches noise (interpolated between observations), or null */
  alignmentEnd: number | null;
  /** end of phase II (saddle escape): first t after phase I with signal² ≥ ½σ_min(X)², or null */
  escapeEnd: number | null;
  /** end of phase III (refinement): first t after phase II with relError ≤ relTol, or null */
  refinementEnd: number | null;
  /** curves for the report: loss, signal, noise, relative error vs t, and the phase boundaries */
  series: Record<string, { x: number[]; y: number[] }>;
}

/**
 * Split a trajectory into the three phases of seed 003's slide "Convergence phases":
 * I spectral/alignment (the top-r* directions of U_t turn into col X: the power method),
 * II saddle avoidance (σ_min of the signal grows from O(α) to the scale of σ_min(X)),
 * III local refinement (the signal converges to X while the noise stays O(α)).
 * The thresholds (signal = noise; signal² = ½σ_min(X)²; relError = relTol) are this
 * detector's definitions, not the source's: the slide names the phases, not their ends.
 */
export function detectPhases(points: readonly PhasePoint[], { sigmaMinX, relTol = 1e-3 }: { sigmaMinX: number; relTol?: number }): Phases {
  let a: number | null = null, e: number | null = null, f: number | null = null;
  let prev: PhasePoint | undefined;
  for (const p of points) {
    if (a === null && p.signal >= p.noise) {
      // the log ratio grows about linearly in t (power method): interpolate the crossing
      // between observations so the phase length is not quantised to the observation grid
      const l1 = Math.log(p.signal / p.noise);
      const l0 = prev ? Math.log(prev.signal / prev.noise) : NaN;
      a = prev && Number.isFinite(l0) && l1 > l0 ? prev.t + ((p.t - prev.t) * -l0) / (l1 - l0) : p.t;
    }
    prev = p;
    if (a !== null && e === null && p.signal * p.signal >= 0.5 * sigmaMinX * sigmaMinX) e = p.t;
    if (e !== null && f === null && p.relError <= relTol) f = p.t;
  }
  const ts = points.map((p) => p.t);
  const marks = [a, e, f].filter((v): v is number => v !== null);
  const lossAt = (t: number) => points.find((p) => p.t >= t)?.loss ?? NaN;
  return {
    alignmentEnd: a,
    escapeEnd: e,
    refinementEnd: f,
    series: {
      loss: { x: ts, y: points.map((p) => p.loss) },
      'signal σ_min(QᵀU)': { x: ts, y: points.map((p) => p.signal) },
      'noise ‖(I−QQᵀ)U‖': { x: ts, y: points.map((p) => p.noise) },
      'relative error': { x: ts, y: points.map((p) => p.relError) },
      'phase ends (I, II, III)': { x: marks, y: marks.map(lossAt) },
    },
  };
}
