import { activation } from '../nets/activation.ts';
import { scaleOutput, withWeights, type TwoLayer64 } from '../nets/two_layer64.ts';
import type { Mat } from '../tensor/dense.ts';

export interface SpanGdRun {
  /** the net after `steps` steps */
  final: TwoLayer64;
  /** ½Σⱼ(f(xⱼ) − yⱼ)² at the start and after the last step */
  initialLoss: number;
  finalLoss: number;
}

/**
 * Full-batch GD on ½Σⱼ(f(xⱼ) − yⱼ)² for a float64 two-layer net f = c Σᵢ aᵢσ(⟨wᵢ,x⟩), both layers,
 * at O(n²·m) per step instead of the O(n·d·m) of {@link twoLayerGdStep64}. Every gradient of wᵢ
 * is a combination Σⱼ gᵢⱼ xⱼ of the training inputs, so W stays W₀ + Xᵀ C and the
 * pre-activations are Z = Z₀ + C·(XXᵀ): each step updates the n×m coefficients C and Z through the
 * n×n Gram matrix, and W is formed once at the end. The same iterates as repeated
 * twoLayerGdStep64 calls (the gradient at the old weights, then θ − lr·∇θ), up to rounding; it is
 * faster when n < d (n = 8 inputs in d = 16 halves the work and skips the d×m gradient).
 * @example trainTwoLayerInSpan64(net, X, y, 1 / lambdaMax, 50)
 */
export function trainTwoLayerInSpan64(net: TwoLayer64, X: Mat, y: ArrayLike<number>, lr: number, steps: number): SpanGdRun {
  const { d, m, W, c } = net;
  const n = X.rows;
  if (X.cols !== d || y.length !== n) throw new RangeError(`trainTwoLayerInSpan64: X is ${X.rows}×${X.cols} and y has ${y.length} entries for a net with d = ${d}`);
  const x = X.data;
  const gram = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let l = 0; l < n; l++) {
    let g = 0;
    for (let k = 0; k < d; k++) g += x[j * d + k]! * x[l * d + k]!;
    gram[j * n + l] = g;
  }
  // neuron-major: Z[i·n + j] = ⟨wᵢ, xⱼ⟩, C[i·n + j] the coefficient of xⱼ in wᵢ − wᵢ(0)
  const Z = new Float64Array(m * n);
  for (let j = 0; j < n; j++) for (let k = 0; k < d; k++) {
    const xk = x[j * d + k]!;
    if (xk === 0) continue;
    const row = k * m;
    for (let i = 0; i < m; i++) Z[i * n + j]! += xk * W[row + i]!;
  }
  const C = new Float64Array(m * n);
  const a = Float64Array.from(net.a);
  const s = activation(net.activation);
  /** ½Σ(f − y)² from the raw sums Σᵢ aᵢσ(zᵢⱼ) in `raw`, and the output-side factors gcⱼ = c·(fⱼ − yⱼ) */
  const gc = new Float64Array(n);
  const lossFrom = (raw: Float64Array): number => {
    let loss = 0;
    for (let j = 0; j < n; j++) {
      const r = scaleOutput(net, raw[j]!) - y[j]!;
      loss += 0.5 * r * r;
      gc[j] = c * r;
    }
    return loss;
  };
  const raw = new Float64Array(n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) raw[j]! += a[i]! * s.value(Z[i * n + j]!);
  const initialLoss = lossFrom(raw);
  const relu = net.activation === 'relu';
  const dC = new Float64Array(n), next = new Float64Array(n);
  for (let t = 0; t < steps; t++) {
    if (t > 0) lossFrom(raw);
    if (relu) reluSweep(Z, C, a, gram, gc, dC, next, lr, n, m);
    else {
      // one pass per step: neuron i's gradient at the old weights, its update, and its share of the next outputs
      next.fill(0);
      for (let i = 0; i < m; i++) {
        const ai = a[i]!, o = i * n;
        let ga = 0;
        for (let j = 0; j < n; j++) {
          const z = Z[o + j]!;
          ga += gc[j]! * s.value(z);
          const v = -lr * gc[j]! * ai * s.first(z);
          dC[j] = v;
          C[o + j]! += v;
        }
        for (let l = 0; l < n; l++) {
          const dl = dC[l]!, g = l * n;
          for (let j = 0; j < n; j++) Z[o + j]! += dl * gram[g + j]!;
        }
        const an = ai - lr * ga;
        a[i] = an;
        for (let j = 0; j < n; j++) next[j]! += an * s.value(Z[o + j]!);
      }
    }
    raw.set(next);
  }
  const finalLoss = lossFrom(raw);
  const WT = Float64Array.from(W);
  for (let k = 0; k < d; k++) {
    const row = k * m;
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v += C[i * n + j]! * x[j * d + k]!;
      WT[row + i]! += v;
    }
  }
  return { final: withWeights(net, WT, a), initialLoss, finalLoss };
}

/**
 * One GD step of {@link trainTwoLayerInSpan64} for ReLU, written out (the activation table's calls
 * are not inlined in this loop: 2× slower): per neuron, its gradient at the old weights, its update
 * (Z row += dC·Gram over the inputs where it is active, dC = 0 elsewhere), and its share of the
 * next step's raw outputs in `next`.
 */
function reluSweep(Z: Float64Array, C: Float64Array, a: Float64Array, gram: Float64Array, gc: Float64Array, dC: Float64Array, next: Float64Array, lr: number, n: number, m: number): void {
  next.fill(0);
  for (let i = 0; i < m; i++) {
    const ai = a[i]!, o = i * n;
    let ga = 0;
    for (let j = 0; j < n; j++) {
      const z = Z[o + j]!;
      if (z > 0) {
        ga += gc[j]! * z;
        const v = -lr * gc[j]! * ai;
        dC[j] = v;
        C[o + j]! += v;
      } else dC[j] = 0;
    }
    for (let l = 0; l < n; l++) {
      const dl = dC[l]!;
      if (dl === 0) continue;
      const g = l * n;
      for (let j = 0; j < n; j++) Z[o + j]! += dl * gram[g + j]!;
    }
    const an = ai - lr * ga;
    a[i] = an;
    for (let j = 0; j < n; j++) {
      const z = Z[o + j]!;
      if (z > 0) next[j]! += an * z;
    }
  }
}
