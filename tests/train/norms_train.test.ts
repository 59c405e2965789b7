import { describe, expect, it } from 'vitest';
import { mat, transpose } from '../../src/tensor/dense.ts';
import { linalg } from '../../src/tensor/linalg.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { projectL1Ball } from '../../src/train/l1_ball_projection.ts';
import { l1ConstrainedLeastSquares } from '../../src/train/l1_constrained_ls.ts';
import { reluCorrelation, studentTeacherGradient, studentTeacherLoss } from '../../src/train/relu_student_teacher.ts';

describe('projectL1Ball', () => {
  it('by hand: (3, 1) onto radius 2 soft-thresholds at θ = 1 → (2, 0); (3, −2, 1) onto 3 at θ = 1 → (2, −1, 0)', () => {
    expect(Array.from(projectL1Ball(Float64Array.from([3, 1]), 2))).toEqual([2, 0]);
    expect(Array.from(projectL1Ball(Float64Array.from([3, -2, 1]), 3))).toEqual([2, -1, 0]);
    expect(Array.from(projectL1Ball(Float64Array.from([0.5, -0.25]), 1))).toEqual([0.5, -0.25]);
  });
  it('is the nearest point: no random point of the ball is closer', () => {
    const rng = new Rng(5);
    const c = rng.normals(6, 2);
    const p = projectL1Ball(c, 1);
    const dist = (q: Float64Array) => Math.hypot(...q.map((v, i) => v - c[i]!));
    for (let t = 0; t < 2000; t++) {
      const q = projectL1Ball(rng.normals(6), rng.uniform());
      expect(dist(q)).toBeGreaterThanOrEqual(dist(p) - 1e-12);
    }
  });
});

describe('l1ConstrainedLeastSquares', () => {
  it('with an inactive constraint it reaches the unconstrained solution G⁻¹b (Cholesky solve)', () => {
    const rng = new Rng(9);
    const A = mat(20, 4, rng.normals(80));
    const G = linalg().matmul(transpose(A), A);
    const b = rng.normals(4);
    const exact = linalg().solveSpd(G, mat(4, 1, b)).data;
    const c = l1ConstrainedLeastSquares(G, b, 1e6, { iterations: 5000 });
    for (let i = 0; i < 4; i++) expect(Math.abs(c[i]! - exact[i]!)).toBeLessThan(1e-8 * Math.max(1, Math.abs(exact[i]!)));
  });
});

describe('l1ConstrainedLeastSquares with the constraint active', () => {
  /**
   * Independent exact solution by enumeration: on the optimum's support S with signs s the
   * constraint is sᵀc_S = R, so (c_S, μ) solves the KKT system [G_SS s; sᵀ 0][c_S; μ] = [b_S; R];
   * among all (S, s) whose solution has the signs s, the one with the least objective is the optimum.
   */
  function enumerate(G: number[][], b: number[], R: number): { c: number[]; value: number } {
    const N = b.length;
    const obj = (c: number[]) => 0.5 * c.reduce((q, ci, i) => q + ci * c.reduce((r, cj, j) => r + G[i]![j]! * cj, 0), 0) - c.reduce((q, ci, i) => q + ci * b[i]!, 0);
    let best = { c: new Array<number>(N).fill(0), value: 0 };
    for (let mask = 1; mask < 1 << N; mask++) {
      const S = [...Array(N).keys()].filter((i) => (mask >> i) & 1);
      for (let sm = 0; sm < 1 << S.length; sm++) {
        const s = S.map((_, k) => ((sm >> k) & 1 ? -1 : 1));
        const n = S.length + 1;
        const A = mat(n, n), rhs = mat(n, 1);
        S.forEach((i, r) => { S.forEach((j, q) => (A.data[r * n + q] = G[i]![j]!)); A.data[r * n + S.length] = s[r]!; A.data[S.length * n + r] = s[r]!; rhs.data[r] = b[i]!; });
        rhs.data[S.length] = R;
        const sol = linalg().matmul(linalg().pinv(A), rhs).data; // the KKT matrix is indefinite but nonsingular
        if (!S.every((_, r) => Math.sign(sol[r]!) === s[r])) continue;
        const c = new Array<number>(N).fill(0);
        S.forEach((i, r) => (c[i] = sol[r]!));
        const v = obj(c);
        if (v < best.value) best = { c, value: v };
      }
    }
    return best;
  }
  it('matches the enumerated KKT solution when the unconstrained optimum lies outside the ball', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rng = new Rng(100 + seed);
      const A = mat(12, 4, rng.normals(48));
      const G = linalg().matmul(transpose(A), A);
      const b = rng.normals(4, 3);
      const free = linalg().solveSpd(G, mat(4, 1, b)).data;
      const R = 0.5 * Array.from(free).reduce((q, v) => q + Math.abs(v), 0); // active: half the free optimum's ℓ1 norm
      const rows = [0, 1, 2, 3].map((i) => Array.from(G.data.subarray(i * 4, i * 4 + 4)));
      const exact = enumerate(rows, Array.from(b), R);
      const c = l1ConstrainedLeastSquares(G, b, R, { iterations: 20000 });
      expect(Math.abs(Array.from(c).reduce((q, v) => q + Math.abs(v), 0) - R)).toBeLessThan(1e-9 * R);
      for (let i = 0; i < 4; i++) expect(Math.abs(c[i]! - exact.c[i]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(exact.c[i]!)));
    }
  });
});

describe('student–teacher population loss', () => {
  it('closed-form E[relu(u·x) relu(v·x)] agrees with Monte Carlo within 5 standard errors', () => {
    const rng = new Rng(3);
    const u = rng.normals(4), v = rng.normals(4);
    const n = 200_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.normals(4);
      let a = 0, b = 0;
      for (let j = 0; j < 4; j++) { a += u[j]! * x[j]!; b += v[j]! * x[j]!; }
      const p = Math.max(a, 0) * Math.max(b, 0);
      s += p; s2 += p * p;
    }
    const mean = s / n, se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(reluCorrelation(u, v) - mean)).toBeLessThan(5 * se);
    // θ = 0: E relu(u·x)² = ‖u‖²/2
    expect(reluCorrelation(u, u)).toBeCloseTo(u.reduce((q, t) => q + t * t, 0) / 2, 14);
  });
  it('gradient matches central finite differences of the loss (float64)', () => {
    const rng = new Rng(11);
    const W = [rng.normals(3), rng.normals(3), rng.normals(3)];
    const V = [rng.normals(3), rng.normals(3)];
    const G = studentTeacherGradient(W, V);
    const h = 1e-6;
    for (let i = 0; i < W.length; i++) for (let j = 0; j < 3; j++) {
      const plus = W.map((w) => Float64Array.from(w)), minus = W.map((w) => Float64Array.from(w));
      plus[i]![j]! += h; minus[i]![j]! -= h;
      const fd = (studentTeacherLoss(plus, V) - studentTeacherLoss(minus, V)) / (2 * h);
      expect(Math.abs(fd - G[i]![j]!)).toBeLessThan(1e-7);
    }
  });
});
