import { mat, transpose, type Mat } from '../tensor/dense.ts';
import { linalg } from '../tensor/linalg.ts';
import type { Rng } from '../tensor/rng.ts';

/** A two-layer ReLU net with biases, x ↦ Σ_j a_j relu(w_j·x + b_j): W is m×d (row j is w_j). */
export interface BiasedReluNet {
  W: Mat;
  b: Float64Array;
  a: Float64Array;
}

/** The pre-activations S_ij = w_j·x_i + b_j (n×m), by one matrix product. */
function preActivations(X: Mat, W: Mat, b: ArrayLike<number>): Mat {
  const S = linalg().matmul(X, transpose(W));
  const m = W.rows;
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < m; j++) S.data[i * m + j]! += b[j]!;
  return S;
}

/** Φ_ij = relu(w_j·x_i + b_j) for the rows x_i of X (n×d): the n×m hidden-layer features. */
export function reluFeatures(X: Mat, W: Mat, b: ArrayLike<number>): Mat {
  const S = preActivations(X, W, b);
  for (let k = 0; k < S.data.length; k++) if (!(S.data[k]! > 0)) S.data[k] = 0;
  return S;
}

/** f(x_i) for the rows of X. */
export function biasedReluPredict(net: BiasedReluNet, X: Mat): Float64Array {
  return linalg().matmul(reluFeatures(X, net.W, net.b), mat(net.a.length, 1, net.a)).data;
}

/**
 * ∇_W of the square loss L = (1/2n) Σ_i (f(x_i) − y_i)² of the net, with the ReLU derivative
 * 1{w_j·x_i + b_j > 0}: ∇_{w_j} L = (1/n) Σ_i (f(x_i) − y_i) a_j 1{…} x_i, an m×d matrix (DᵀX with
 * D_ij = (f(x_i) − y_i) a_j 1{…}/n).
 */
export function firstLayerGradient(net: BiasedReluNet, X: Mat, y: ArrayLike<number>): Mat {
  const n = X.rows;
  const { W, b, a } = net;
  const m = W.rows;
  const S = preActivations(X, W, b);
  const D = mat(n, m);
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) { const s = S.data[i * m + j]!; if (s > 0) f += a[j]! * s; }
    const r = (f - y[i]!) / n;
    for (let j = 0; j < m; j++) if (S.data[i * m + j]! > 0) D.data[i * m + j] = r * a[j]!;
  }
  // (XᵀD)ᵀ rather than DᵀX: transposing X (n×d) is cheap, transposing D (n×m) is not
  return transpose(linalg().matmul(transpose(X), D));
}

/**
 * The last layer by ridge regression on fixed features Φ (n×m): a minimises
 * (1/2n)‖Φa − y‖² + (λ/2)‖a‖², i.e. (ΦᵀΦ/n + λI)a = Φᵀy/n, with λ = `ridge`·tr(ΦᵀΦ/n)/m (the
 * ridge relative to the mean feature power, so it does not depend on the features' scale).
 */
export function ridgeHead(Phi: Mat, y: ArrayLike<number>, { ridge = 1e-6 }: { ridge?: number } = {}): Float64Array {
  const { rows: n, cols: m } = Phi;
  const la = linalg();
  const PhiT = transpose(Phi);
  const C = la.matmul(PhiT, Phi);
  let trace = 0;
  for (let j = 0; j < m; j++) trace += C.data[j * m + j]!;
  const lam = (ridge * trace) / m;
  for (let k = 0; k < C.data.length; k++) C.data[k]! /= n;
  for (let j = 0; j < m; j++) C.data[j * m + j]! += lam / n;
  const rhs = mat(m, 1);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += PhiT.data[j * n + i]! * y[i]!;
    rhs.data[j] = s / n;
  }
  return Float64Array.from(la.solveSpd(C, rhs).data);
}

export interface DlsFeatureOptions {
  /** hidden units m (even: the init pairs them) */
  width: number;
  /**
   * the product lr·ε of the step size and the init's output-weight size, in units of √d: W₁ = −lr∇_W L
   * has rows of order (lr·ε)·|u·w_j|, and |u·w_j| ~ 1/√d for w_j uniform on the sphere, so lr·ε = √d
   * gives the aligned rows norm of order one, the scale of the N(0,1) biases
   * @defaultValue 1
   */
  stepScale?: number;
  /** the init's |a_j| = ε (the step's lr is stepScale·√d/ε, so ε only sets the units) @defaultValue 1/m */
  initScale?: number;
}

/**
 * The representation step of Damian, Lee & Soltanolkotabi ("Neural Networks can Learn
 * Representations with Gradient Descent", COLT 2022, Algorithm 1), for a scalar target with zero
 * mean and zero linear part (else subtract them first, as the paper's preprocessing does):
 *
 * 1. symmetric small init: w_j = w_{j+m/2} uniform on the sphere, a_j = −a_{j+m/2} = ε, b = 0,
 *    so f(x; θ₀) ≡ 0;
 * 2. one gradient step on W of the square loss with weight decay 1/lr, which cancels the init:
 *    W₁ = W₀ − lr(∇_W L + W₀/lr) = −lr∇_W L(θ₀); at f ≡ 0 row j is (lr a_j/n) Σ_i y_i 1{w_j·x_i > 0} x_i,
 *    whose mean (lr a_j/√(2π))·E[y(xxᵀ − I)]w_j lies in the target's principal subspace span(Uᵀ);
 * 3. re-initialise the biases b_j ~ N(0, 1).
 *
 * The last layer is then trained by {@link ridgeHead} on `reluFeatures(X, W, b)` (the paper's
 * second stage: GD with weight decay on a alone, a convex problem whose limit is this ridge solution).
 *
 * @example
 * const { W, b } = dlsFeatures(rng.fork('step'), X, y, { width: 128 });
 * const a = ridgeHead(reluFeatures(X2, W, b), y2);
 * const f = biasedReluPredict({ W, b, a }, Xtest);
 */
export function dlsFeatures(rng: Rng, X: Mat, y: ArrayLike<number>, { width, stepScale = 1, initScale }: DlsFeatureOptions): { W: Mat; b: Float64Array } {
  if (!(width >= 2 && width % 2 === 0)) throw new RangeError(`dlsFeatures: width must be even and ≥ 2, got ${width}`);
  const d = X.cols;
  const half = width / 2;
  const eps = initScale ?? 1 / width;
  const W0 = mat(width, d);
  const initRng = rng.fork('init');
  for (let j = 0; j < half; j++) {
    const w = initRng.sphere(d);
    W0.data.set(w, j * d);
    W0.data.set(w, (j + half) * d);
  }
  const a0 = new Float64Array(width).map((_, j) => (j < half ? eps : -eps));
  const lr = (stepScale * Math.sqrt(d)) / eps;
  const grad = firstLayerGradient({ W: W0, b: new Float64Array(width), a: a0 }, X, y);
  const W = mat(width, d, grad.data.map((g) => -lr * g));
  return { W, b: rng.fork('bias').normals(width) };
}
