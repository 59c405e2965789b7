import type { Rng } from '../tensor/rng.ts';

/**
 * A deep fully connected ReLU net in float64, f(x) = aᵀ ReLU(W_L ⋯ ReLU(W₁x)), every Wₗ m×m (W₁ m×d),
 * at the He / seed 001 init ("N(0, 2/m) for each parameter in each hidden neuron"): Wₗ entries
 * N(0, 2/fan-in), a ~ N(0, I). Layers row-major, `layers[l][i*cols + j]` = entry (i, j).
 */
export interface DeepRelu64 {
  readonly d: number;
  readonly m: number;
  /** hidden layers W₁ (m×d), W₂ … W_L (m×m) */
  readonly layers: Float64Array[];
  /** output weights (m) */
  readonly a: Float64Array;
}

/** Draw a depth-L net (L hidden layers) at the He init. */
export function initDeepRelu64(rng: Rng, { d, m, depth }: { d: number; m: number; depth: number }): DeepRelu64 {
  const layers: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const fanIn = l === 0 ? d : m;
    layers.push(rng.normals(m * fanIn, Math.sqrt(2 / fanIn)));
  }
  return { d, m, layers, a: rng.normals(m) };
}

/** A copy of the net with its hidden layers replaced (same shapes). */
export function withLayers(net: DeepRelu64, layers: Float64Array[]): DeepRelu64 {
  return { ...net, layers };
}

function matVec(W: Float64Array, rows: number, cols: number, v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const o = i * cols;
    for (let j = 0; j < cols; j++) s += W[o + j]! * v[j]!;
    out[i] = s;
  }
  return out;
}

/** f(x) for one input. */
export function deepReluForward64(net: DeepRelu64, x: ArrayLike<number>): number {
  let h: ArrayLike<number> = x;
  net.layers.forEach((W, l) => {
    h = matVec(W, net.m, l === 0 ? net.d : net.m, h).map((z) => Math.max(z, 0));
  });
  let f = 0;
  for (let i = 0; i < net.m; i++) f += net.a[i]! * h[i]!;
  return f;
}

/**
 * f(x) and ∂f/∂Wₗ for every hidden layer, by backpropagation: with hₗ = ReLU(zₗ), zₗ = Wₗhₗ₋₁,
 * g_L = a ⊙ 1{z_L > 0}, gₗ₋₁ = (Wₗᵀ gₗ) ⊙ 1{zₗ₋₁ > 0}, ∂f/∂Wₗ = gₗ hₗ₋₁ᵀ. Also returns the
 * activation pattern (1{zₗ > 0} per layer). With `masks` given, that pattern is used instead of
 * the signs at these weights: the gradient of the multilinear function of the layers that f equals
 * on the region of that pattern, so finite differences of it around a point of the region never
 * jump across a kink (the Hessian-vector products of hessianNormPower).
 */
export function deepReluGradient64(net: DeepRelu64, x: ArrayLike<number>, { masks }: { masks?: Uint8Array[] } = {}): { f: number; grads: Float64Array[]; masks: Uint8Array[] } {
  const { m, d, layers, a } = net;
  const hs: ArrayLike<number>[] = [x];
  const pattern: Uint8Array[] = [];
  layers.forEach((W, l) => {
    const z = matVec(W, m, l === 0 ? d : m, hs[l]!);
    const on = masks?.[l] ?? Uint8Array.from(z, (v) => (v > 0 ? 1 : 0));
    pattern.push(on);
    hs.push(z.map((v, i) => (on[i] ? v : 0)));
  });
  let f = 0;
  for (let i = 0; i < m; i++) f += a[i]! * hs[layers.length]![i]!;
  const grads: Float64Array[] = new Array(layers.length);
  let g = Float64Array.from(a, (v, i) => (pattern[layers.length - 1]![i] ? v : 0));
  for (let l = layers.length - 1; l >= 0; l--) {
    const cols = l === 0 ? d : m;
    const h = hs[l]!;
    const G = new Float64Array(m * cols);
    for (let i = 0; i < m; i++) {
      const gi = g[i]!;
      if (gi === 0) continue;
      for (let j = 0; j < cols; j++) G[i * cols + j] = gi * h[j]!;
    }
    grads[l] = G;
    if (l > 0) {
      const W = layers[l]!;
      const next = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        const gi = g[i]!;
        if (gi === 0) continue;
        for (let j = 0; j < m; j++) next[j]! += W[i * m + j]! * gi;
      }
      g = next.map((v, j) => (pattern[l - 1]![j] ? v : 0));
    }
  }
  return { f, grads, masks: pattern };
}
