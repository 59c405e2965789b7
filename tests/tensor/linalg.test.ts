import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRows, identity, mat, matmul, maxAbs, sub, transpose, type Mat } from '../../src/tensor/dense.ts';
import { LinalgError } from '../../src/tensor/errors.ts';
import type { Linalg } from '../../src/tensor/linalg.ts';
import { availableLinalgs, linalgChoiceFromEnv, loadNativeLinalg, resolveLinalg } from '../../src/tensor/linalg_native.ts';
import { mlMatrixLinalg } from '../../src/tensor/linalg_ml.ts';
import { Rng } from '../../src/tensor/rng.ts';

// float64 unit roundoff; backward-stable decompositions reproduce A to O(n·eps·‖A‖), so every
// bound below is C·n·EPS·scale with C = 8 (observed errors are ≤ 1·n·eps·‖A‖; a layout or sign
// bug gives O(‖A‖), twelve orders of magnitude above).
const EPS = Number.EPSILON;
const C = 8;

function gaussian(rows: number, cols: number, rng: Rng): Mat {
  return mat(rows, cols, rng.normals(rows * cols));
}

/** Frobenius norm, the scale of every reconstruction error. */
const fro = (a: Mat): number => Math.sqrt(a.data.reduce((s, x) => s + x * x, 0));

/** U·diag(s)·Vᵀ. */
function compose(u: Mat, s: ArrayLike<number>, v: Mat): Mat {
  const us = mat(u.rows, u.cols, u.data);
  for (let i = 0; i < u.rows; i++) for (let j = 0; j < u.cols; j++) us.data[i * u.cols + j]! *= s[j]!;
  return matmul(us, transpose(v));
}

/** max |QᵀQ − I|. */
const orthogonalityError = (q: Mat): number => maxAbs(sub(matmul(transpose(q), q), identity(q.cols)));

/** A well-conditioned SPD matrix XᵀX + n·I. */
function spd(n: number, rng: Rng): Mat {
  const x = gaussian(n, n, rng);
  const a = matmul(transpose(x), x);
  for (let i = 0; i < n; i++) a.data[i * n + i]! += n;
  return a;
}

/** A symmetric matrix (X + Xᵀ)/2. */
function symmetric(n: number, rng: Rng): Mat {
  const x = gaussian(n, n, rng);
  const out = mat(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = 0.5 * (x.data[i * n + j]! + x.data[j * n + i]!);
  return out;
}

const dims = fc.record({ m: fc.integer({ min: 1, max: 24 }), n: fc.integer({ min: 1, max: 24 }), seed: fc.integer() });
const square = fc.record({ n: fc.integer({ min: 1, max: 32 }), seed: fc.integer() });
const RUNS = { numRuns: 40 };

const implementations = availableLinalgs();

describe.for(implementations)('Linalg $name', ({ name, impl, reason }) => {
  // A missing implementation shows up as skipped tests with the reason in their name.
  const test = impl ? it : it.skip;
  const la = impl as Linalg;
  const why = reason ? ` [skipped: ${reason}]` : '';

  test(`reports its name${why}`, () => {
    expect(la.name).toBe(name);
  });

  test(`svd: A = UΣVᵀ, UᵀU = VᵀV = I, σ descending ≥ 0${why}`, () => {
    fc.assert(
      fc.property(dims, ({ m, n, seed }) => {
        const a = gaussian(m, n, new Rng(seed));
        const { U, s, V } = la.svd(a);
        const k = Math.min(m, n);
        expect([U.rows, U.cols, s.length, V.rows, V.cols]).toEqual([m, k, k, n, k]);
        const p = Math.max(m, n);
        expect(maxAbs(sub(compose(U, s, V), a))).toBeLessThanOrEqual(C * p * EPS * fro(a));
        expect(orthogonalityError(U)).toBeLessThanOrEqual(C * p * EPS);
        expect(orthogonalityError(V)).toBeLessThanOrEqual(C * p * EPS);
        for (let i = 0; i < k; i++) expect(s[i]!).toBeGreaterThanOrEqual(i + 1 < k ? s[i + 1]! : 0);
      }),
      RUNS,
    );
  });

  test(`symEig: A = QΛQᵀ, QᵀQ = I, λ ascending${why}`, () => {
    fc.assert(
      fc.property(square, ({ n, seed }) => {
        const a = symmetric(n, new Rng(seed));
        const { values, vectors } = la.symEig(a);
        expect(maxAbs(sub(compose(vectors, values, vectors), a))).toBeLessThanOrEqual(C * n * EPS * fro(a));
        expect(orthogonalityError(vectors)).toBeLessThanOrEqual(C * n * EPS);
        for (let i = 1; i < n; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
      }),
      RUNS,
    );
  });

  test(`cholesky: A = LLᵀ with L lower triangular, positive diagonal${why}`, () => {
    fc.assert(
      fc.property(square, ({ n, seed }) => {
        const a = spd(n, new Rng(seed));
        const l = la.cholesky(a);
        expect(maxAbs(sub(matmul(l, transpose(l)), a))).toBeLessThanOrEqual(C * n * EPS * fro(a));
        for (let i = 0; i < n; i++) {
          expect(l.data[i * n + i]!).toBeGreaterThan(0);
          for (let j = i + 1; j < n; j++) expect(l.data[i * n + j]).toBe(0);
        }
      }),
      RUNS,
    );
  });

  test(`solveSpd: A·X = B${why}`, () => {
    fc.assert(
      fc.property(square, fc.integer({ min: 1, max: 5 }), ({ n, seed }, r) => {
        const rng = new Rng(seed);
        const a = spd(n, rng);
        const b = gaussian(n, r, rng);
        const x = la.solveSpd(a, b);
        // residual bound for a backward-stable solve: ‖AX − B‖ ≲ n·eps·‖A‖·‖X‖
        expect(maxAbs(sub(matmul(a, x), b))).toBeLessThanOrEqual(C * n * EPS * fro(a) * fro(x));
      }),
      RUNS,
    );
  });

  test(`pinv: the four Moore–Penrose conditions, also at reduced rank${why}`, () => {
    fc.assert(
      fc.property(dims, fc.integer({ min: 1, max: 24 }), ({ m, n, seed }, r) => {
        const rng = new Rng(seed);
        // rank min(r, m, n): A = B·C with B m×r, C r×n; well-separated nonzero singular values
        // are not guaranteed, so the bounds scale with ‖A‖·‖A⁺‖ (the conditioning of A⁺).
        const a = matmul(gaussian(m, r, rng), gaussian(r, n, rng));
        const p = la.pinv(a);
        expect([p.rows, p.cols]).toEqual([n, m]);
        const kappa = fro(a) * fro(p);
        const size = Math.max(m, n, r);
        const apa = matmul(matmul(a, p), a);
        const pap = matmul(matmul(p, a), p);
        const ap = matmul(a, p);
        const pa = matmul(p, a);
        expect(maxAbs(sub(apa, a))).toBeLessThanOrEqual(C * size * EPS * kappa * fro(a));
        expect(maxAbs(sub(pap, p))).toBeLessThanOrEqual(C * size * EPS * kappa * fro(p));
        expect(maxAbs(sub(ap, transpose(ap)))).toBeLessThanOrEqual(C * size * EPS * kappa);
        expect(maxAbs(sub(pa, transpose(pa)))).toBeLessThanOrEqual(C * size * EPS * kappa);
      }),
      RUNS,
    );
  });

  test(`matmul agrees with the plain triple loop${why}`, () => {
    fc.assert(
      fc.property(dims, fc.integer({ min: 1, max: 24 }), ({ m, n, seed }, k) => {
        const rng = new Rng(seed);
        const a = gaussian(m, k, rng), b = gaussian(k, n, rng);
        expect(maxAbs(sub(la.matmul(a, b), matmul(a, b)))).toBeLessThanOrEqual(C * k * EPS * fro(a) * fro(b));
      }),
      RUNS,
    );
    expect(la.matmul(mat(2, 0), mat(0, 3)).data).toEqual(new Float64Array(6));
  });

  test(`hand-checked cases${why}`, () => {
    // Worked by hand: [[3,1],[1,3]] has λ = 2, 4 with eigenvectors (1,−1)/√2, (1,1)/√2;
    // its Cholesky factor is [[√3, 0], [1/√3, √(8/3)]].
    const a = fromRows([[3, 1], [1, 3]]);
    const e = la.symEig(a);
    expect(Array.from(e.values)).toEqual([expect.closeTo(2, 14), expect.closeTo(4, 14)]);
    const q = e.vectors.data;
    expect(Math.abs(q[0]! * q[2]!)).toBeCloseTo(0.5, 14); // column 0 ∝ (1, −1)
    expect(q[0]! * q[2]!).toBeLessThan(0);
    expect(q[1]! * q[3]!).toBeCloseTo(0.5, 14); // column 1 ∝ (1, 1)
    const l = la.cholesky(a).data;
    [Math.sqrt(3), 0, 1 / Math.sqrt(3), Math.sqrt(8 / 3)].forEach((x, i) => expect(l[i]).toBeCloseTo(x, 14));
    // [[3,0],[4,5]]: AᵀA = [[25,20],[20,25]] has eigenvalues 45 and 5, so σ = 3√5, √5.
    const s = la.svd(fromRows([[3, 0], [4, 5]])).s;
    expect(s[0]).toBeCloseTo(3 * Math.sqrt(5), 13);
    expect(s[1]).toBeCloseTo(Math.sqrt(5), 13);
    // rank one: [[1,2],[2,4]]⁺ = Aᵀ / ‖A‖_F² = A / 25.
    la.pinv(fromRows([[1, 2], [2, 4]])).data.forEach((x, i) => expect(x).toBeCloseTo([1, 2, 2, 4][i]! / 25, 15));
    // 4x + 2y = 2, 2x + 3y = 1 → x = 1/2, y = 0.
    const x = la.solveSpd(fromRows([[4, 2], [2, 3]]), fromRows([[2], [1]])).data;
    expect(x[0]).toBeCloseTo(0.5, 15);
    expect(x[1]).toBeCloseTo(0, 15);
    expect(Array.from(la.matmul(fromRows([[1, 2, 3], [4, 5, 6]]), fromRows([[1, 0], [0, 1], [1, 1]])).data)).toEqual([4, 5, 10, 11]);
    // the zero matrix: σ = 0 and A⁺ = 0
    expect(Array.from(la.pinv(mat(2, 3)).data)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test(`bad input: a typed one-line LinalgError naming the operation${why}`, () => {
    const expectError = (op: string, f: () => unknown, detail: RegExp): void => {
      let caught: unknown;
      try {
        f();
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(LinalgError);
      const e = caught as LinalgError;
      expect(e.operation).toBe(op);
      expect(e.message.startsWith(`${op}: `)).toBe(true);
      expect(e.message).not.toContain('\n');
      expect(e.message).toMatch(detail);
    };
    const good = spd(3, new Rng(1));
    for (const bad of [NaN, Infinity, -Infinity]) {
      const a = mat(3, 3, good.data);
      a.data[4] = bad;
      expectError('svd', () => la.svd(a), /entry \(1, 1\)/);
      expectError('symEig', () => la.symEig(a), /entry \(1, 1\)/);
      expectError('cholesky', () => la.cholesky(a), /entry \(1, 1\)/);
      expectError('solveSpd', () => la.solveSpd(a, mat(3, 1)), /entry \(1, 1\)/);
      expectError('solveSpd', () => la.solveSpd(good, mat(3, 1, [0, bad, 0])), /entry \(1, 0\)/);
      expectError('pinv', () => la.pinv(a), /entry \(1, 1\)/);
      expectError('matmul', () => la.matmul(a, good), /entry \(1, 1\)/);
    }
    // symmetric but indefinite (eigenvalues 3 and −1): the second leading minor is 1 − 4 < 0
    const indefinite = fromRows([[1, 2], [2, 1]]);
    expectError('cholesky', () => la.cholesky(indefinite), /not positive definite \(leading minor of order 2/);
    expectError('solveSpd', () => la.solveSpd(indefinite, mat(2, 1)), /not positive definite/);
    expectError('cholesky', () => la.cholesky(fromRows([[0, 0], [0, 1]])), /leading minor of order 1/);
    expectError('cholesky', () => la.cholesky(fromRows([[1, 2], [0, 1]])), /symmetric/);
    expectError('symEig', () => la.symEig(fromRows([[1, 2], [0, 1]])), /symmetric/);
    expectError('symEig', () => la.symEig(mat(2, 3)), /square/);
    expectError('cholesky', () => la.cholesky(mat(3, 2)), /square/);
    expectError('solveSpd', () => la.solveSpd(good, mat(2, 1)), /right-hand side has 2 rows/);
    expectError('matmul', () => la.matmul(mat(2, 3), mat(2, 3)), /do not chain/);
    expectError('svd', () => la.svd(mat(0, 3)), /non-empty/);
    expectError('pinv', () => la.pinv(mat(3, 0)), /non-empty/);
  });

  test(`asymmetry at rounding level is accepted and the symmetric part decomposed${why}`, () => {
    const a = spd(4, new Rng(5));
    const b = mat(4, 4, a.data);
    b.data[1] = b.data[1]! * (1 + 4 * EPS); // (0,1) ≠ (1,0) by a few ulps
    const l = la.cholesky(b);
    expect(maxAbs(sub(matmul(l, transpose(l)), a))).toBeLessThanOrEqual(C * 4 * EPS * fro(a));
  });
});

describe('LAPACK vs ml-matrix on the same inputs', () => {
  const native = loadNativeLinalg();
  const test = native.impl ? it : it.skip;
  const why = native.reason ? ` [skipped: ${native.reason}]` : '';
  const la = native.impl as Linalg;
  const ml = mlMatrixLinalg;

  test(`unique results agree: σ, λ, L, X, A⁺, A·B${why}`, () => {
    fc.assert(
      fc.property(dims, ({ m, n, seed }) => {
        const rng = new Rng(seed);
        const a = gaussian(m, n, rng);
        const p = Math.max(m, n);
        // Weyl: each σᵢ moves by at most the backward error, O(p·eps·‖A‖), on either path.
        const sa = la.svd(a).s, sb = ml.svd(a).s;
        sa.forEach((x, i) => expect(Math.abs(x - sb[i]!)).toBeLessThanOrEqual(2 * C * p * EPS * fro(a)));
        const sym = symmetric(n, rng);
        const ea = la.symEig(sym).values, eb = ml.symEig(sym).values;
        ea.forEach((x, i) => expect(Math.abs(x - eb[i]!)).toBeLessThanOrEqual(2 * C * n * EPS * fro(sym)));
        // SPD with eigenvalues in [n, n + ‖X‖²]: condition number ≤ ~5, so L and X are stable.
        const s = spd(n, rng);
        expect(maxAbs(sub(la.cholesky(s), ml.cholesky(s)))).toBeLessThanOrEqual(2 * C * n * EPS * fro(s));
        const b = gaussian(n, 2, rng);
        const xa = la.solveSpd(s, b);
        // δX ≈ A⁻¹·δA·X, so |δX| ≲ κ(A)·n·eps·‖X‖ with κ ≤ 5 here.
        expect(maxAbs(sub(xa, ml.solveSpd(s, b)))).toBeLessThanOrEqual(2 * C * n * EPS * 5 * fro(xa));
        // pinv of a full-rank Gaussian matrix; perturbation of A⁺ scales with ‖A⁺‖².
        const pa = la.pinv(a);
        expect(maxAbs(sub(pa, ml.pinv(a)))).toBeLessThanOrEqual(2 * C * p * EPS * fro(a) * fro(pa) * fro(pa));
        const c = gaussian(n, m, rng);
        expect(maxAbs(sub(la.matmul(a, c), ml.matmul(a, c)))).toBeLessThanOrEqual(2 * C * n * EPS * fro(a) * fro(c));
      }),
      { numRuns: 30 },
    );
  });
});

describe('choosing the implementation', () => {
  it('parses CLAIMCHECK_LINALG and rejects unknown values', () => {
    expect(linalgChoiceFromEnv(undefined)).toBe('auto');
    expect(linalgChoiceFromEnv('ml-matrix')).toBe('ml-matrix');
    expect(linalgChoiceFromEnv('lapack')).toBe('lapack');
    expect(() => linalgChoiceFromEnv('fast')).toThrow(LinalgError);
  });

  it('auto takes LAPACK exactly when the addon loads; lapack is refused without it', () => {
    const native = loadNativeLinalg();
    expect(resolveLinalg('ml-matrix').name).toBe('ml-matrix');
    expect(resolveLinalg('auto').name).toBe(native.impl ? 'lapack' : 'ml-matrix');
    if (native.impl) expect(resolveLinalg('lapack').name).toBe('lapack');
    else expect(() => resolveLinalg('lapack')).toThrow(/not built|failed to load/);
  });
});
