import { mat, type Mat } from '../tensor/dense.ts';

/**
 * Arc-cosine kernels of degree 0 and 1 (Cho & Saul 2009), in the normalization
 *   k0(x,y) = (π − θ)/π,                                  = 2·E_w[1{⟨w,x⟩>0} 1{⟨w,y⟩>0}],
 *   k1(x,y) = ‖x‖‖y‖ (sin θ + (π − θ) cos θ)/π,          = 2·E_w[ReLU(⟨w,x⟩) ReLU(⟨w,y⟩)],
 * w ~ N(0, I), θ the angle between x and y (so k1(x,x) = ‖x‖², k0(x,x) = 1).
 */
export interface ArccosPair {
  k0: number;
  k1: number;
  /** ⟨x, y⟩ */
  dot: number;
  theta: number;
}

/** k0, k1 and ⟨x,y⟩ of one pair (a zero vector gives θ = π/2 and k1 = 0). */
export function arccos(x: ArrayLike<number>, y: ArrayLike<number>): ArccosPair {
  let dot = 0, nx = 0, ny = 0;
  for (let k = 0; k < x.length; k++) {
    dot += x[k]! * y[k]!;
    nx += x[k]! * x[k]!;
    ny += y[k]! * y[k]!;
  }
  const norms = Math.sqrt(nx * ny);
  const cos = norms > 0 ? Math.min(1, Math.max(-1, dot / norms)) : 0;
  const theta = Math.acos(cos);
  const k0 = (Math.PI - theta) / Math.PI;
  const k1 = (norms * (Math.sin(theta) + (Math.PI - theta) * cos)) / Math.PI;
  return { k0, k1, dot, theta };
}

/** Which layers' gradients the kernel sums: both (default), the outer a only, or the inner W only. */
export type NtkLayers = 'both' | 'outer' | 'inner';

export interface InfiniteNtkOptions {
  /** @defaultValue 'both' */
  layers?: NtkLayers;
  /** the init scale s of `TwoLayerOptions.initScale` (a, w ~ N(0, s²)); the kernel scales as s². @defaultValue 1 */
  initScale?: number;
}

/**
 * Infinite-width NTK of the NTK-parameterized ReLU net f(x) = m^{-1/2} Σᵢ aᵢ ReLU(⟨wᵢ,x⟩),
 * aᵢ, wᵢ ~ N(0, s²I), both layers trained (Jacot et al. 2018; golden values in
 * shared/golden/ntk-infinite-width.json):
 *   K∞(x,y) = s² (k1(x,y) + ⟨x,y⟩ k0(x,y)) / 2,
 * the a-part s²·k1/2 = lim (1/m)Σᵢ ReLU(zᵢ(x))ReLU(zᵢ(y)) and the W-part s²⟨x,y⟩k0/2 =
 * lim (1/m)Σᵢ aᵢ² 1{zᵢ(x)>0}1{zᵢ(y)>0}⟨x,y⟩. (Under the standard parameterization the
 * a-part tends to k1 and the W-part grows like m·⟨x,y⟩k0/2: that kernel has no finite limit.)
 */
export function ntkInfinite(x: ArrayLike<number>, y: ArrayLike<number>, options: InfiniteNtkOptions = {}): number {
  const { layers = 'both', initScale = 1 } = options;
  const { k0, k1, dot } = arccos(x, y);
  const outer = layers === 'inner' ? 0 : k1 / 2;
  const inner = layers === 'outer' ? 0 : (dot * k0) / 2;
  return initScale * initScale * (outer + inner);
}

/** Gram matrix K∞(xᵢ, yⱼ) of the rows of X (n×d) and Y (n'×d, default X), in float64. */
export function ntkInfiniteGram(X: Mat, Y: Mat = X, options: InfiniteNtkOptions = {}): Mat {
  const out = mat(X.rows, Y.rows);
  for (let i = 0; i < X.rows; i++) {
    const xi = X.data.subarray(i * X.cols, (i + 1) * X.cols);
    for (let j = 0; j < Y.rows; j++) {
      if (Y === X && j < i) {
        out.data[i * Y.rows + j] = out.data[j * Y.rows + i]!;
        continue;
      }
      out.data[i * Y.rows + j] = ntkInfinite(xi, Y.data.subarray(j * Y.cols, (j + 1) * Y.cols), options);
    }
  }
  return out;
}

/**
 * The infinite-width ReLU NTK of {@link ntkInfinite} (both layers, s = 1, no bias) as a
 * dot-product kernel of unit vectors, κ(t) = (sin θ + (π − θ)·t)/(2π) + t·(π − θ)/(2π) with
 * θ = arccos t (sin θ = √(1 − t²)): the kernel of Ghorbani et al. 2020's lazy regime for a two-layer ReLU net on
 * the sphere (seed 003). κ(1) = 1.
 * @example ntkOnSphere(1) // 1
 */
export function ntkOnSphere(t: number): number {
  const c = Math.max(-1, Math.min(1, t));
  return (Math.sqrt(1 - c * c) + 2 * (Math.PI - Math.acos(c)) * c) / (2 * Math.PI);
}
