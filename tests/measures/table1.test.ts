import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromRows, mat } from '../../src/tensor/dense.ts';
import { forwardChain, scaleChain, type ReluChain } from '../../src/nets/relu_chain64.ts';
import { forwardBatch64, twoLayerFromNeurons64 } from '../../src/nets/two_layer64.ts';
import type { Mat } from '../../src/tensor/dense.ts';
import { frobeniusNormSq } from '../../src/measures/frobenius_norm.ts';
import { distanceToInitSq } from '../../src/measures/distance_to_init.ts';
import { l21Norm, spectralComplexity, spectralProduct } from '../../src/measures/spectral_complexity.ts';
import { chainOfTwoLayer, pathNorm } from '../../src/measures/path_norm.ts';
import { l1PathNorm } from '../../src/measures/l1_path_norm.ts';
import { fisherRaoNormSq } from '../../src/measures/fisher_rao.ts';
import { barronBracket, cubeVertexMax, reduceRepresentation } from '../../src/measures/barron_bounds.ts';
import { featureLpNorm } from '../../src/measures/feature_lp_norm.ts';

// properties/golden/table1-hand-net.json (copied verbatim from the project's shared/golden): computed independently in float64 numpy (see its "source").
const golden = JSON.parse(readFileSync(new URL('../../properties/golden/table1-hand-net.json', import.meta.url), 'utf8'));
const net: ReluChain = { layers: [fromRows(golden.W1), fromRows(golden.W2)] };
const init: ReluChain = { layers: [fromRows(golden.W1_0), fromRows(golden.W2_0)] };
const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(1, Math.abs(y));

describe('Table 1 measures on the golden 2-2-1 net', () => {
  it('Frobenius and distance to init: by hand 1+4+9+¼+4+1 = 19.25 and 0+1+1+¼+1+0 = 3.25', () => {
    expect(frobeniusNormSq(net)).toBe(19.25);
    expect(golden.frobenius_sq_sum).toBe(19.25);
    expect(distanceToInitSq(net, init)).toBe(3.25);
    expect(golden.dist_to_init_sq).toBe(3.25);
  });
  it('path norms: ℓ1 = [2,1]·[3,3.5] = 9.5, ℓ2² = [4,1]·[5,9.25] = 29.25 (by hand, matches golden)', () => {
    expect(pathNorm(net, 1)).toBe(9.5);
    expect(pathNorm(net, 2, { root: false })).toBe(29.25);
    expect(golden.path_norm_l1).toBe(9.5);
    expect(golden.path_norm_l2_squared).toBe(29.25);
  });
  it('spectral norms, ‖·‖_{2,1} of the transposes, and the BFT spectral complexity match golden', () => {
    expect(rel(spectralProduct(net), golden.spec_product)).toBeLessThan(1e-13);
    expect(rel(l21Norm(mat(2, 2, [1, 3, -2, 0.5])), golden.l21_of_transpose[0])).toBeLessThan(1e-14);
    // by hand: ‖W1ᵀ‖_{2,1} = √5 + √9.25
    expect(rel(l21Norm(mat(2, 2, [1, 3, -2, 0.5])), Math.sqrt(5) + Math.sqrt(9.25))).toBeLessThan(1e-15);
    expect(rel(spectralComplexity(net), golden.spectral_complexity_BFT)).toBeLessThan(1e-13);
    // W2 = [2, −1] has spectral norm √5 (a row vector)
    expect(rel(spectralProduct({ layers: [net.layers[1]!] }), Math.sqrt(5))).toBeLessThan(1e-15);
  });
  it('spectral complexity with reference = the weights themselves is 0', () => {
    expect(spectralComplexity(net, net)).toBe(0);
  });
});

/** The mean-field net (1/m) Σ a_k relu(⟨w_k, x⟩) with neuron rows W (m×d). */
const meanField = (a: Float64Array, W: Mat) => twoLayerFromNeurons64(a, W.data, { d: W.cols, parameterization: 'mean-field' });

describe('ℓ1 path norm (mean-field) and its relation to the path-sum norm', () => {
  it('hand net: a = (2, −4), w1 = (1, −2), w2 = (0.5, 0.5): (|2|·3 + |−4|·1)/2 = 5', () => {
    const a = Float64Array.from([2, -4]);
    const net = meanField(a, fromRows([[1, -2], [0.5, 0.5]]));
    expect(l1PathNorm(net)).toBe(5);
    expect(pathNorm(chainOfTwoLayer(net), 1)).toBe(5);
    const x = fromRows([[1, 1], [-1, 0.5]]);
    // f(1,1) = (2·relu(−1) − 4·relu(1))/2 = −2 ; f(−1,0.5) = (2·relu(−2) − 4·relu(−0.25))/2 = 0
    expect(Array.from(forwardBatch64(net, x))).toEqual([-2, 0]);
    expect(Array.from(forwardChain(chainOfTwoLayer(net), x).data)).toEqual([-2, 0]);
  });
  it('Barron bracket of a single neuron is exact: ‖f‖_B = |a|‖w‖₁/m', () => {
    const b = barronBracket(meanField(Float64Array.from([3]), fromRows([[1, -2, 0.5]])));
    expect(b.lower).toBe(10.5);
    expect(b.upper).toBe(10.5);
  });
  it('cubeVertexMax: the largest |f| over the 16 vertices of a 3-neuron net in d = 4 is 3, at (1, 1, −1, 1) (numpy brute force)', () => {
    // numpy: a = [1.5, −2, 0.75], rows of W below, f(x) = mean_k a_k relu(w_k·x) over itertools.product([−1, 1], repeat=4);
    // the runner-up is |f(−1, 1, −1, 1)| = 2.1583, so a vertex enumeration that missed one sign pattern would show
    const net = meanField(Float64Array.from([1.5, -2, 0.75]), fromRows([[1, -2, 0.5, 0.25], [0.5, 1, -1, 2], [-1, 0.3, 0.2, -0.4]]));
    expect(rel(cubeVertexMax(net), 3)).toBeLessThan(1e-15);
    expect(() => cubeVertexMax(meanField(Float64Array.from([1]), fromRows([new Array(17).fill(1)])))).toThrow(/d = 17 > 16/);
  });
  it('reduction cancels an opposite pair and merges a rescaled copy', () => {
    const net = meanField(Float64Array.from([1, -1, 2, 1]), fromRows([[1, 1], [1, 1], [0, 1], [0, 3]]));
    const red = reduceRepresentation(net);
    expect(l1PathNorm(net)).toBe((2 + 2 + 2 + 3) / 4);
    expect(l1PathNorm(red)).toBe(5 / 4);
    const x = fromRows([[0.3, -0.7], [1, 1], [-1, 0.2]]);
    expect(Array.from(forwardBatch64(red, x))).toEqual(Array.from(forwardBatch64(net, x)));
  });
});

describe('Fisher–Rao norm', () => {
  it('equals (1/n)Σ⟨θ, ∇_θℓ⟩² with the directional derivative taken by central differences', () => {
    const x = fromRows([[0.5, -1], [2, 1], [-0.3, 0.8]]);
    const y = [1, -2, 0.5];
    const lossAt = (t: number) => Array.from(forwardChain(scaleChain(net, 1 + t), x).data).map((f, i) => 0.5 * (f - y[i]!) ** 2);
    const h = 1e-5;
    const lp = lossAt(h), lm = lossAt(-h);
    const fd = lp.reduce((s, _, i) => s + ((lp[i]! - lm[i]!) / (2 * h)) ** 2, 0) / 3;
    expect(rel(fisherRaoNormSq(net, x, y), fd)).toBeLessThan(1e-8);
  });
});

describe('feature L^p norms', () => {
  it('spike a = (2,0,0,0): probability norm 2·4^{-1/p}, counting norm 2', () => {
    const a = [2, 0, 0, 0];
    expect(featureLpNorm(a, 1)).toBe(0.5);
    expect(featureLpNorm(a, 2)).toBe(1);
    expect(featureLpNorm(a, 2, { measure: 'counting' })).toBe(2);
    expect(featureLpNorm(a, Infinity)).toBe(2);
  });
  it('weighted: π = (¾, ¼), a = (1, 3): L¹ = ¾ + ¾ = 1.5, L² = √(¾ + 9/4) = √3, L^∞ = 3; an atom of weight 0 does not count', () => {
    // by hand
    expect(featureLpNorm([1, 3], 1, { weights: [0.75, 0.25] })).toBe(1.5);
    expect(featureLpNorm([1, 3], 2, { weights: [0.75, 0.25] })).toBeCloseTo(Math.sqrt(3), 15);
    expect(featureLpNorm([1, 3], Infinity, { weights: [0.75, 0.25] })).toBe(3);
    expect(featureLpNorm([1, 3, 100], Infinity, { weights: [0.75, 0.25, 0] })).toBe(3);
    // uniform weights reproduce the probability measure
    expect(featureLpNorm([1, -2, 5], 3, { weights: [1 / 3, 1 / 3, 1 / 3] })).toBeCloseTo(featureLpNorm([1, -2, 5], 3), 14);
  });
});
