import { mat } from '../tensor/dense.ts';
import type { Rng } from '../tensor/rng.ts';
import { lossGradients64, twoLayerFromNeurons64, withWeights } from '../nets/two_layer64.ts';
import { logisticLoss } from './example_losses.ts';
import { descendArray } from './gd64.ts';

/**
 * Train a two-layer ReLU net in NTK scaling, f(x) = (1/√m) Σ_j a_j relu(w_jᵀx), on the mean
 * logistic loss L(W) = (1/n) Σ_i ln(1 + exp(−y_i f(x_i))) by full-batch GD on the inner weights
 * in float64, from "standard initialization" (seed 002): W₀ with i.i.d. N(0,1) entries (drawn
 * neuron by neuron), outer signs a_j = ±1 fixed (half each), until the loss is below `lossTol`.
 * x is n × d row-major. Returns how far the inner weights moved, ‖W_T − W₀‖_F, and the final
 * normalised margin min_i y_i f(x_i)/‖W_T‖_F.
 */
export function reluLogisticGd(
  rng: Rng,
  x: Float64Array,
  y: Float64Array,
  { d, m, lr, lossTol, maxSteps }: { d: number; m: number; lr: number; lossTol: number; maxSteps: number },
): { movement: number; steps: number; loss: number; margin: number } {
  const X = mat(y.length, d, x);
  const loss = logisticLoss(y);
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : -1));
  const net0 = twoLayerFromNeurons64(a, rng.normals(m * d), { d, parameterization: 'ntk' });
  let net = net0;
  let cur = lossGradients64(net, X, loss, { mean: true });
  let t = 0;
  for (; t < maxSteps && cur.loss > lossTol; t++) {
    net = withWeights(net, descendArray(net.W, cur.gW, lr), a);
    cur = lossGradients64(net, X, loss, { mean: true });
  }
  // sums neuron by neuron (w_1, then w_2, …), as the draws were made
  let mv = 0, wn = 0;
  for (let j = 0; j < m; j++)
    for (let k = 0; k < d; k++) {
      const w = net.W[k * m + j]!;
      mv += (w - net0.W[k * m + j]!) ** 2;
      wn += w ** 2;
    }
  let margin = Infinity;
  for (let i = 0; i < y.length; i++) margin = Math.min(margin, y[i]! * cur.f[i]!);
  return { movement: Math.sqrt(mv), steps: t, loss: cur.loss, margin: margin / Math.sqrt(wn) };
}
