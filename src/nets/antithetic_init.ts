import type { Rng } from '../tensor/rng.ts';
import { outputScale, type Parameterization, type TwoLayer64 } from './two_layer64.ts';

/**
 * A two-layer ReLU net whose output is identically 0 at init (the "doubling trick" of Chizat,
 * Oyallon & Bach 2019, §2; Bai & Lee 2020): m/2 neurons (aᵢ, wᵢ) drawn as `initTwoLayer64` draws
 * them at width m (aᵢ ~ N(0,1), wᵢ ~ N(0, v·I), v = 2/m standard or 1 ntk), each repeated with
 * the opposite output weight −aᵢ. Every neuron has the marginal law of the ordinary init, so the
 * empirical NTK has the same infinite-width limit, but f(W₀, ·) ≡ 0: the random initial function
 * that the ordinary init adds to every kernel prediction is gone. m must be even. Neuron i and
 * i + m/2 are the pair. Draws a (m/2 values) then W (d·m/2, row-major d×(m/2)) from `rng`.
 * @example antitheticTwoLayer64(rng, { d: 16, m: 1024 })
 */
export function antitheticTwoLayer64(rng: Rng, { d, m, parameterization = 'standard' }: { d: number; m: number; parameterization?: Exclude<Parameterization, 'mean-field'> }): TwoLayer64 {
  if (m % 2 !== 0 || m < 2) throw new RangeError(`antitheticTwoLayer64: width must be even and ≥ 2, got ${m}`);
  const h = m / 2;
  const half = rng.normals(h);
  const Wh = rng.normals(d * h, parameterization === 'standard' ? Math.sqrt(2 / m) : 1);
  const a = new Float64Array(m);
  const W = new Float64Array(d * m);
  for (let i = 0; i < h; i++) {
    a[i] = half[i]!;
    a[i + h] = -half[i]!;
    for (let k = 0; k < d; k++) W[k * m + i] = W[k * m + i + h] = Wh[k * h + i]!;
  }
  return { d, m, W, a, c: outputScale(parameterization, m), parameterization, activation: 'relu' };
}
