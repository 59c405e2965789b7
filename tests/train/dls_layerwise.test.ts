import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { mat } from '../../src/tensor/dense.ts';
import { centralDifference } from '../../src/tensor/finite_difference.ts';
import { mlMatrixLinalg } from '../../src/tensor/linalg_ml.ts';
import { biasedReluPredict, dlsFeatures, firstLayerGradient, reluFeatures, ridgeHead } from '../../src/train/dls_layerwise.ts';

const loss = (W: { rows: number; cols: number; data: Float64Array }, b: Float64Array, a: Float64Array, X: ReturnType<typeof mat>, y: Float64Array) => {
  const f = biasedReluPredict({ W, b, a }, X);
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (f[i]! - y[i]!) ** 2;
  return s / (2 * y.length);
};

describe('Damian–Lee–Soltanolkotabi layer-wise learner', () => {
  it('firstLayerGradient equals the central difference of the square loss (away from ReLU kinks)', () => {
    const rng = new Rng(7);
    const n = 9, d = 3, m = 4;
    const X = mat(n, d, rng.normals(n * d));
    const y = rng.normals(n);
    const W = mat(m, d, rng.normals(m * d));
    const b = rng.normals(m), a = rng.normals(m);
    const g = firstLayerGradient({ W, b, a }, X, y);
    // h = 1e-6: no pre-activation w_j·x_i + b_j of these draws lies within h·‖x_i‖ of 0, so the
    // loss is a smooth quadratic in each entry on [−h, h] and the difference is exact up to rounding
    const fd = centralDifference((V) => loss(V, b, a, X, y), W, 1e-6).grad;
    for (let k = 0; k < g.data.length; k++) expect(g.data[k]).toBeCloseTo(fd.data[k]!, 7);
  });

  it('the paired init has f ≡ 0, and the step is W₁ = −lr∇_W L(θ₀) with opposite rows in each pair', () => {
    const rng = new Rng(3);
    const n = 50, d = 5, m = 6;
    const X = mat(n, d, rng.normals(n * d));
    const y = rng.normals(n);
    const { W } = dlsFeatures(rng.fork('dls'), X, y, { width: m, initScale: 0.5 });
    // rebuild θ₀ from the same stream: rows w_j = w_{j+3} on the sphere, a = (ε, ε, ε, −ε, −ε, −ε)
    const init = rng.fork('dls').fork('init');
    const W0 = mat(m, d);
    for (let j = 0; j < 3; j++) { const w = init.sphere(d); W0.data.set(w, j * d); W0.data.set(w, (j + 3) * d); }
    const a0 = Float64Array.from([0.5, 0.5, 0.5, -0.5, -0.5, -0.5]);
    const zeros = new Float64Array(m);
    // the pairs cancel up to the rounding of the sum over j (ε·relu terms of size ≤ 3)
    expect(Math.max(...biasedReluPredict({ W: W0, b: zeros, a: a0 }, X).map(Math.abs))).toBeLessThan(1e-14);
    const fd = centralDifference((V) => loss(V, zeros, a0, X, y), W0, 1e-6).grad;
    const lr = Math.sqrt(d) / 0.5;
    for (let k = 0; k < W.data.length; k++) expect(W.data[k]).toBeCloseTo(-lr * fd.data[k]!, 6);
    for (let c = 0; c < d; c++) expect(W.data[c]! + W.data[3 * d + c]!).toBeCloseTo(0, 14);
  });

  it('ridgeHead solves the ridge problem: checked against least squares on the augmented system by SVD', () => {
    const rng = new Rng(11);
    const n = 30, d = 4, m = 8, ridge = 0.05;
    const X = mat(n, d, rng.normals(n * d));
    const Phi = reluFeatures(X, mat(m, d, rng.normals(m * d)), rng.normals(m));
    const y = rng.normals(n);
    const a = ridgeHead(Phi, y, { ridge });
    // min (1/2n)‖Φa − y‖² + (λ/2)‖a‖² is least squares on [Φ/√n; √λ I] a = [y/√n; 0]
    let trace = 0;
    for (const v of Phi.data) trace += v * v;
    const lam = (ridge * trace) / n / m;
    const A = mat(n + m, m);
    const rhs = mat(n + m, 1);
    for (let i = 0; i < n; i++) { for (let j = 0; j < m; j++) A.data[i * m + j] = Phi.data[i * m + j]! / Math.sqrt(n); rhs.data[i] = y[i]! / Math.sqrt(n); }
    for (let j = 0; j < m; j++) A.data[(n + j) * m + j] = Math.sqrt(lam);
    const ref = mlMatrixLinalg.matmul(mlMatrixLinalg.pinv(A), rhs).data;
    for (let j = 0; j < m; j++) expect(a[j]).toBeCloseTo(ref[j]!, 9);
  });

  it('on y = He₂(u·x)/√2 with n = 64d² the step aligns the rows with u and the ridge head fits', () => {
    const rng = new Rng(5);
    const d = 4, n = 64 * d * d, m = 64;
    const u = rng.sphere(d);
    const draw = (k: number, r: Rng) => {
      const X = mat(k, d, r.normals(k * d));
      const y = new Float64Array(k);
      for (let i = 0; i < k; i++) { let z = 0; for (let c = 0; c < d; c++) z += X.data[i * d + c]! * u[c]!; y[i] = (z * z - 1) / Math.SQRT2; }
      return { X, y };
    };
    const tr = draw(n, rng.fork('train')), te = draw(2000, rng.fork('test'));
    const { W, b } = dlsFeatures(rng.fork('dls'), tr.X, tr.y, { width: m });
    // the aligned component: Σ_j (u·w_j)² / Σ_j ‖w_j‖², 1 for rows in span(u), 1/d for random ones
    let along = 0, total = 0;
    for (let j = 0; j < m; j++) {
      let p = 0;
      for (let c = 0; c < d; c++) { p += W.data[j * d + c]! * u[c]!; total += W.data[j * d + c]! ** 2; }
      along += p * p;
    }
    expect(along / total).toBeGreaterThan(0.9);
    const a = ridgeHead(reluFeatures(tr.X, W, b), tr.y);
    const f = biasedReluPredict({ W, b, a }, te.X);
    let err = 0;
    for (let i = 0; i < te.y.length; i++) err += Math.abs(f[i]! - te.y[i]!);
    // E|y| = √2·E|z²−1|/2 ≈ 0.68: the learned net is far below the zero predictor's error
    expect(err / te.y.length).toBeLessThan(0.15);
  });
});
