import { describe, expect, it } from 'vitest';
import { gaussianSensing, spectralMatrix } from '../../src/nets/factorized_sensing.ts';
import { mat, type Mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

// The spectral initializer Z = A*A(M) = (1/n) Σ ⟨A_i, M⟩ A_i (seed 003, slide "Role of
// randomness+overparameterization") is unbiased: E Z = M for symmetric M under the symmetric
// design A_i = (G_i + G_iᵀ)/2, and E Z = M for any M under the i.i.d. design. Checked here
// against two independent computations: the definition summed measurement by measurement
// (no batched product), and a Monte Carlo mean over independent operators whose spread gives
// the standard error (the test can fail: a non-symmetric M under the symmetric design has
// E Z = Sym(M) ≠ M, which it detects).

/** (1/n) Σ ⟨A_i, M⟩ A_i from the rows: A_i = √n · row_i, one measurement at a time. */
function zByDefinition(op: ReturnType<typeof gaussianSensing>, M: Mat): Float64Array {
  const D = op.d1 * op.d2;
  const z = new Float64Array(D);
  for (let i = 0; i < op.n; i++) {
    let ip = 0;
    for (let k = 0; k < D; k++) ip += Math.sqrt(op.n) * op.rows.data[i * D + k]! * M.data[k]!;
    for (let k = 0; k < D; k++) z[k] = z[k]! + (ip * Math.sqrt(op.n) * op.rows.data[i * D + k]!) / op.n;
  }
  return z;
}

/** Monte Carlo mean of Z over `reps` independent operators and its per-entry standard error. */
function meanZ(rng: Rng, M: Mat, reps: number, n: number, symmetric: boolean) {
  const D = M.rows * M.cols;
  const s1 = new Float64Array(D), s2 = new Float64Array(D);
  for (let r = 0; r < reps; r++) {
    const z = spectralMatrix(gaussianSensing(rng.fork(`op${r}`), { d1: M.rows, d2: M.cols, n, symmetric }), M).data;
    for (let k = 0; k < D; k++) {
      s1[k] = s1[k]! + z[k]!;
      s2[k] = s2[k]! + z[k]! * z[k]!;
    }
  }
  const mean = s1.map((v) => v / reps);
  const se = s2.map((v, k) => Math.sqrt(Math.max(0, v / reps - mean[k]! ** 2) / reps));
  return { mean, se };
}

describe('spectral initializer Z = A*A(M)', () => {
  it('equals the definition (1/n) Σ ⟨A_i, M⟩ A_i summed one measurement at a time', () => {
    const rng = new Rng(7);
    for (const symmetric of [true, false]) {
      const op = gaussianSensing(rng.fork(`op${symmetric}`), { d1: 4, d2: 4, n: 13, symmetric });
      const M = mat(4, 4, rng.fork('M').normals(16));
      const z = spectralMatrix(op, M).data;
      const ref = zByDefinition(op, M);
      for (let k = 0; k < 16; k++) expect(Math.abs(z[k]! - ref[k]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[k]!)));
    }
  });

  it('is unbiased: the Monte Carlo mean of Z is M within 5 standard errors (symmetric M, symmetric design; any M, i.i.d. design)', () => {
    const rng = new Rng(11);
    const G = rng.fork('G').normals(16);
    const S = mat(4, 4, G.map((_, k) => (G[k]! + G[(k % 4) * 4 + Math.floor(k / 4)]!) / 2));
    const A = mat(4, 4, rng.fork('A').normals(16));
    for (const [M, symmetric] of [[S, true], [A, false]] as const) {
      const { mean, se } = meanZ(rng.fork(`mc${symmetric}`), M, 400, 50, symmetric);
      for (let k = 0; k < 16; k++) expect(Math.abs(mean[k]! - M.data[k]!)).toBeLessThan(5 * se[k]!);
    }
  });

  it('detects a bias: a non-symmetric M under the symmetric design averages to Sym(M), not M', () => {
    const rng = new Rng(13);
    const A = mat(4, 4, rng.fork('A').normals(16));
    const { mean, se } = meanZ(rng.fork('mc'), A, 400, 50, true);
    let far = 0;
    for (let k = 0; k < 16; k++) {
      const sym = (A.data[k]! + A.data[(k % 4) * 4 + Math.floor(k / 4)]!) / 2;
      expect(Math.abs(mean[k]! - sym)).toBeLessThan(5 * se[k]!);
      if (Math.abs(mean[k]! - A.data[k]!) > 5 * se[k]!) far++;
    }
    expect(far).toBeGreaterThan(0);
  });
});
