import type { ExampleLoss } from '../nets/two_layer64.ts';

/** Square loss ½(f − yⱼ)², slope f − yⱼ. */
export function squareLoss(y: ArrayLike<number>): ExampleLoss {
  return (f, j) => {
    const r = f - y[j]!;
    return { value: 0.5 * r * r, slope: r };
  };
}

/**
 * Logistic loss ln(1 + e^{−yⱼ f}) for labels yⱼ = ±1, slope −yⱼ σ(−yⱼ f); ln(1 + e^q) is taken
 * as q for q > 30, where the two agree in float64 (and e^q would overflow for large q).
 */
export function logisticLoss(y: ArrayLike<number>): ExampleLoss {
  return (f, j) => {
    const q = -y[j]! * f;
    return { value: q > 30 ? q : Math.log1p(Math.exp(q)), slope: -y[j]! / (1 + Math.exp(y[j]! * f)) };
  };
}
