import { describe, expect, it } from 'vitest';
import { deepReluForward64, deepReluGradient64, initDeepRelu64, withLayers } from '../../src/nets/deep_relu64.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('deep ReLU net (float64)', () => {
  it('forward of a hand-written depth-2 net', () => {
    // W₁ = [[1, −1], [2, 0]], W₂ = [[1, 1], [−1, 1]], a = (1, 2), x = (1, 0.5):
    // z₁ = (0.5, 2) → h₁ = (0.5, 2); z₂ = (2.5, 1.5) → h₂ = (2.5, 1.5); f = 2.5 + 3 = 5.5
    const net = { d: 2, m: 2, layers: [Float64Array.from([1, -1, 2, 0]), Float64Array.from([1, 1, -1, 1])], a: Float64Array.from([1, 2]) };
    expect(deepReluForward64(net, [1, 0.5])).toBeCloseTo(5.5, 14);
    expect(deepReluGradient64(net, [1, 0.5]).f).toBeCloseTo(5.5, 14);
  });
  it('backprop gradient matches central finite differences of the forward pass', () => {
    const rng = new Rng(4);
    const net = initDeepRelu64(rng, { d: 5, m: 6, depth: 4 });
    const x = rng.normals(5);
    const { grads } = deepReluGradient64(net, x);
    const h = 1e-6;
    for (let l = 0; l < 4; l++)
      for (let k = 0; k < net.layers[l]!.length; k += 3) {
        const shifted = (s: number) => withLayers(net, net.layers.map((W, j) => (j === l ? W.map((v, i) => (i === k ? v + s : v)) : W)));
        const fd = (deepReluForward64(shifted(h), x) - deepReluForward64(shifted(-h), x)) / (2 * h);
        expect(grads[l]![k]!).toBeCloseTo(fd, 6);
      }
  });
  it('He init keeps the hidden activations at the input\'s scale: E‖h_L‖² = (m/d)‖x‖² (Monte Carlo)', () => {
    const rng = new Rng(8);
    let s = 0;
    const R = 400, m = 32, L = 4;
    const x = rng.sphere(32); // d = m: E‖h_L‖² = ‖x‖² = 1
    for (let r = 0; r < R; r++) {
      const net = initDeepRelu64(rng, { d: 32, m, depth: L });
      // f = aᵀh_L with a ~ N(0, I): E f² = E‖h_L‖²
      s += deepReluForward64(net, x) ** 2;
    }
    // E f² = (m/d)‖x‖² = 1 at every depth (each ReLU halves the second moment, the 2/fan-in doubles it); sd of the mean ≈ 0.08
    expect(s / R).toBeGreaterThan(0.7);
    expect(s / R).toBeLessThan(1.3);
  });
});

describe('deepReluGradient64 with a frozen activation pattern', () => {
  it('equals the ordinary gradient at the point whose pattern it is, and stays smooth across a kink', () => {
    const rng = new Rng(30);
    const net = initDeepRelu64(rng, { d: 4, m: 5, depth: 3 });
    const x = rng.normals(4);
    const base = deepReluGradient64(net, x);
    const frozen = deepReluGradient64(net, x, { masks: base.masks });
    frozen.grads.forEach((G, l) => G.forEach((v, k) => expect(v).toBe(base.grads[l]![k]!)));
    // a large move flips signs; the frozen-pattern f is then the multilinear polynomial of the
    // layers on W₀'s region, which must equal aᵀD_L W_L ⋯ D₁W₁x computed by hand with those masks
    const moved = withLayers(net, net.layers.map((W) => W.map((v) => v + 0.7 * rng.normal())));
    let h: number[] = Array.from(x);
    moved.layers.forEach((W, l) => {
      const cols = l === 0 ? 4 : 5;
      h = Array.from({ length: 5 }, (_, i) => base.masks[l]![i]! * h.reduce((s, v, j) => s + W[i * cols + j]! * v, 0));
    });
    const byHand = h.reduce((s, v, i) => s + moved.a[i]! * v, 0);
    expect(deepReluGradient64(moved, x, { masks: base.masks }).f).toBeCloseTo(byHand, 12);
  });
});
