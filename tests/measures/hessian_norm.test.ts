import { describe, expect, it } from 'vitest';
import { hessianNormPower } from '../../src/measures/hessian_norm.ts';
import { deepReluForward64, deepReluGradient64, initDeepRelu64, withLayers } from '../../src/nets/deep_relu64.ts';
import { linalg } from '../../src/tensor/linalg.ts';
import { mat } from '../../src/tensor/dense.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('hessianNormPower', () => {
  it('a quadratic ½θᵀAθ: the largest |eigenvalue| of A (indefinite A)', () => {
    const A = [[2, 1, 0], [1, -5, 0.5], [0, 0.5, 1]];
    const grad = (t: Float64Array) => Float64Array.from(A.map((row) => row.reduce((s, v, j) => s + v * t[j]!, 0)));
    const ev = linalg().symEig(mat(3, 3, A.flat())).values;
    const expected = Math.max(Math.abs(ev[0]!), Math.abs(ev[2]!));
    expect(hessianNormPower(grad, Float64Array.from([0.3, -1, 2]), Float64Array.from([1, 1, 1]), { iterations: 200 })).toBeCloseTo(expected, 6);
  });
  it('a deep ReLU net: matches the eigenvalues of the Hessian built entry by entry from second differences of f', () => {
    const rng = new Rng(12);
    // a net with a live path to the output (else f ≡ 0 near θ and so is its Hessian)
    let net = initDeepRelu64(rng, { d: 3, m: 4, depth: 3 });
    const x = rng.normals(3);
    while (deepReluForward64(net, x) === 0) net = initDeepRelu64(rng, { d: 3, m: 4, depth: 3 });
    const sizes = net.layers.map((W) => W.length);
    const p = sizes.reduce((a, b) => a + b, 0);
    const unflat = (t: Float64Array) => { let o = 0; return sizes.map((s) => t.slice(o, (o += s))); };
    const theta = Float64Array.from(net.layers.flatMap((W) => Array.from(W)));
    const f = (t: Float64Array) => deepReluForward64(withLayers(net, unflat(t)), x);
    // the independent reference: H_ij = (f(θ+he_i+he_j) − f(θ+he_i−he_j) − f(θ−he_i+he_j) + f(θ−he_i−he_j))/(4h²)
    const h = 1e-4;
    const H = mat(p, p);
    const at = (i: number, si: number, j: number, sj: number) => { const t = Float64Array.from(theta); t[i]! += si * h; t[j]! += sj * h; return f(t); };
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) H.data[i * p + j] = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
    const ev = linalg().symEig(H).values;
    const expected = Math.max(Math.abs(ev[0]!), Math.abs(ev[p - 1]!));
    expect(expected).toBeGreaterThan(0); // cross-layer products: the ReLU net's Hessian is not 0
    const grad = (t: Float64Array) => Float64Array.from(deepReluGradient64(withLayers(net, unflat(t)), x).grads.flatMap((g) => Array.from(g)));
    const est = hessianNormPower(grad, theta, rng.normals(p), { iterations: 300 });
    expect(est / expected).toBeCloseTo(1, 4);
  });
});
