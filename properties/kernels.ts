/**
 * Catalog D (seeds 001 and 003): kernel lower bounds and learning beyond kernels.
 * D1 complexity calculus (exact, mathjs fractions), D2 KRR sample size (float64, bisection),
 * D3 dimension counting (float64), D4/D5 networks from small init vs kernel baselines
 * (tfjs float32 nets, float64 kernels), D6 convex circuits, D7 hierarchical learner vs every
 * dot-product kernel (float64), D8 feature counts on the hypercube (exact and float64).
 */
import {
  defineClaim,
  fc,
  binomial,
  complexity,
  compositionBound,
  disposeNet,
  disposeVariables,
  forward,
  harmonicDimension,
  initTwoLayerWithBias,
  initResnet3,
  krrFit,
  krrPredict,
  dotProductGram,
  krrSampleThreshold,
  ntkOnSphere,
  mat,
  meanExplainedFraction,
  explainedFractionMonteCarlo,
  polyCompose,
  q,
  reluNtkGram,
  resnet3Forward,
  spherePoints,
  sphericalPolyDimension,
  tf,
  toNumber,
  trainTwoLayerMse,
  trainResnet3,
  type Mat,
  type Poly,
  type Rng,
  linalg,
  matmul,
  transpose,
  zonalGram,
  type CheckContext,
  measureOnce,
} from 'claimcheck';

const SEED001 = '001_08cb02c438334e9c.txt';
const SEED003 = '003_e1a41577358f3c93.txt';

// ---------------------------------------------------------------- D1: complexity calculus
const slideD1 = {
  doc: SEED001,
  where: 'slide "In some case, the complexity of C(G(F)) can be much larger than C(G), C(F)"',
  asStated: 'F(x) = √d⟨w,x⟩: C(F) = √d. G(z) = z^{10}, C(G) = O(1). G(F(x)) = (√d)^{10}(⟨w,x⟩)^{10}, so C(G(F)) = d^5.',
  line: 613,
};
/** d = k² keeps √d rational, so every coefficient is an exact fraction. */
const slideExample = (k: number): { F: Poly; G: Poly } => ({ F: [q(0), q(k)], G: [...Array.from({ length: 10 }, () => q(0)), q(1)] });

export const compositionComplexitySlide = defineClaim({
  id: 'kernels.composition-complexity-slide', catalog: 'D1', variant: 'literal',
  title: 'C(G∘F) = d⁵ for F = √d⟨w,x⟩, G = z¹⁰ (as the slide writes it)',
  source: slideD1,
  statement: String.raw`\mathcal C(G\circ F) = d^5,\quad \mathcal C(\phi)=\textstyle\sum_i |a_i|\, i`,
  hypotheses: ['d = k² (so √d is rational)', 'C(φ) = Σ|a_i|·i exactly as the slide defines it'],
  kind: 'identity', precision: 'exact', expect: 'refuted',
  sides: { lhs: 'C(G∘F) computed exactly (Σ|a_i|·i)', rhs: "the slide's d⁵" },
  note: 'G∘F = d⁵ z¹⁰ has one coefficient d⁵ at degree 10, so Σ|a_i|·i = 10·d⁵: the slide drops the degree factor i (it reports the coefficient size, which is what the lower bound Ω(C²) really depends on up to constants).',
  instances: fc.record({ k: fc.integer({ min: 1, max: 6 }) }),
  check: ({ k }) => {
    const { F, G } = slideExample(k);
    return { lhs: toNumber(complexity(polyCompose(G, F))), rhs: (k * k) ** 5, notes: { d: k * k } };
  },
});

export const compositionComplexityExact = defineClaim({
  id: 'kernels.composition-complexity-exact', catalog: 'D1', variant: 'corrected',
  title: 'C(F) = √d, C(G) = 10 and C(G∘F) = 10·d⁵ exactly',
  source: slideD1,
  statement: String.raw`(\mathcal C(F), \mathcal C(G), \mathcal C(G\circ F)) = (\sqrt d, 10, 10\,d^5)`,
  hypotheses: ['d = k²'],
  kind: 'identity', precision: 'exact', expect: 'supported',
  sides: { lhs: '(C(F), C(G), C(G∘F)) computed exactly', rhs: '(√d, 10, 10·d⁵)' },
  note: 'The slide is right up to the constant 10 = deg G: C(G∘F) = Θ(d⁵) ≫ C(F), C(G).',
  instances: fc.record({ k: fc.integer({ min: 1, max: 6 }) }),
  check: ({ k }) => {
    const { F, G } = slideExample(k);
    return {
      lhs: [complexity(F), complexity(G), complexity(polyCompose(G, F))].map(toNumber),
      rhs: [k, 10, 10 * k ** 10],
    };
  },
});

const coeffs = fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 5 });
export const compositionChainBound = defineClaim({
  id: 'kernels.composition-chain-bound', catalog: 'D1', variant: 'corrected',
  title: 'C(g∘f) ≤ g_abs′(f_abs(1))·C(f) for every pair of polynomials',
  source: { ...slideD1, where: 'slide "Complexity measure of the functions" (φ(z) = Σ a_i zⁱ)', line: 467 },
  sides: { lhs: 'C(g∘f) computed exactly', rhs: "chain-rule bound g_abs′(f_abs(1))·C(f)" },
  statement: String.raw`\mathcal C(g\circ f) \le g_{abs}'\big(f_{abs}(1)\big)\,\mathcal C(f),\quad \phi_{abs}(z)=\textstyle\sum|a_i|z^i`,
  hypotheses: ['g, f polynomials with rational coefficients'],
  kind: 'inequality', precision: 'exact', expect: 'supported',
  note: 'The general form of D1: C(φ) = φ_abs′(1) and the coefficients of g∘f are dominated by those of g_abs∘f_abs (chain rule); equality when all coefficients are ≥ 0, as in the slide example (10·d^{9/2}·√d = 10 d⁵).',
  instances: fc.record({ g: coeffs, f: coeffs, den: fc.integer({ min: 1, max: 7 }) }),
  check: ({ g, f, den }) => {
    const G = g.map((c) => q(c, den));
    const F = f.map((c) => q(c, 1 + (den % 3)));
    return { lhs: toNumber(complexity(polyCompose(G, F))), rhs: toNumber(compositionBound(G, F)) };
  },
});

export const compositionComplexitySubmultiplicative = defineClaim({
  id: 'kernels.composition-complexity-submultiplicative', catalog: 'D1', variant: 'control',
  title: 'Control: C(G∘F) ≤ C(G)·C(F) (false: composition blows complexity up)',
  source: slideD1,
  statement: String.raw`\mathcal C(G\circ F) \le \mathcal C(G)\,\mathcal C(F)`,
  kind: 'inequality', precision: 'exact', expect: 'refuted',
  sides: { lhs: 'C(G∘F)', rhs: 'C(G)·C(F)' },
  note: 'Deliberately false: on the slide example C(G)C(F) = 10√d while C(G∘F) = 10 d⁵.',
  instances: fc.record({ k: fc.integer({ min: 1, max: 6 }) }),
  check: ({ k }) => {
    const { F, G } = slideExample(k);
    return { lhs: toNumber(complexity(polyCompose(G, F))), rhs: toNumber(complexity(G)) * toNumber(complexity(F)) };
  },
});

// ---------------------------------------------------------------- D2: KRR sample size
const sourceD2 = {
  doc: SEED003,
  where: 'slide "Theorem (Ghorbani et. al. \'20)"',
  asStated: 'In the lazy/NTK regime need at least ≳ d^p samples',
  line: 622,
};
const D2_P = 2;
const D2_THRESHOLD = 0.5;

/**
 * One seed's sweep of the KRR sample size n*(d) with the two-layer ReLU NTK on S^{d−1}
 * (ntkOnSphere) for a unit-norm degree-2 zonal harmonic: the pool is 2·D_{≤p}(d) points (a
 * censored n* is counted in the notes), the search starts at n = d.
 */
function sampleSizeSweep(rng: Rng, dims: number[], xOf: (d: number) => number): { x: number[]; y: number[]; series: Record<string, { x: number[]; y: number[] }>; notes: Record<string, number | string> } {
  const x: number[] = [];
  const y: number[] = [];
  let censored = 0;
  let evaluations = 0;
  for (const d of dims) {
    const D = Number(sphericalPolyDimension(d, D2_P));
    const r = krrSampleThreshold(rng.fork(`d${d}`), { d, p: D2_P, kappa: ntkOnSphere, threshold: D2_THRESHOLD, nTest: 600, maxN: 2 * D, minN: d, targets: 8 });
    censored += r.censored ? 1 : 0;
    evaluations += r.evaluations;
    x.push(xOf(d));
    y.push(r.n);
  }
  return { x, y, series: { 'n* against d': { x: dims, y: [...y] } }, notes: { dims: dims.join(','), p: D2_P, threshold: D2_THRESHOLD, censored, krrSolves: evaluations } };
}
/** d up to 40, where the local exponent of N(d,2) = (d+2)(d−1)/2 in d is within 3% of 2. */
const d2Dims = [12, 16, 20, 25, 32, 40];
const d2Hyp = [
  'x uniform on S^{d−1}, d = 12 … 40',
  'target √N(d,p)·P_p(⟨u,x⟩) (unit L² norm), p = 2, u uniform',
  'kernel: infinite-width NTK of a two-layer ReLU net, κ(t) = (√(1−t²) + 2(π − arccos t)·t)/(2π), ridge 1e-6',
  `n* = first n (doubling from d, then bisection over nested training sets) with test MSE / mean f² ≤ ${D2_THRESHOLD}`,
];
const d2Axes = { x: 'dimension $d$', y: 'samples $n^*$ to reach test error 1/2' };
const d2Threshold = `The error level ${D2_THRESHOLD} (half the target's variance unexplained) is ours, not the source's: the theorem says a kernel with n ≪ d^p explains a vanishing share of a degree-p target, so any fixed level between 0 and 1 gives the same exponent.`;

/** one measured sweep, judged by kernels.krr-sample-size-literal, kernels.krr-sample-size-exponent-high (sharedDraws: evaluated once per instance) */
const krrSampleSizeLiteralSweep = (_i: unknown, ctx: CheckContext) => sampleSizeSweep(ctx.rng, d2Dims, (d) => d);
export const krrSampleSizeLiteral = defineClaim({
  id: 'kernels.krr-sample-size-literal', catalog: 'D2', variant: 'literal',
  title: 'NTK ridge regression needs n ≳ d^p samples for a degree-p target (exponent of n* in d at least p = 2)',
  source: sourceD2,
  statement: String.raw`n^*(d) \gtrsim d^p,\ p = 2:\ \text{slope of } \log n^* \text{ on } \log d \ge 2`,
  hypotheses: d2Hyp,
  kind: 'scaling', precision: 'float64', expect: 'inconclusive',
  scaling: { exponent: D2_P, relation: 'atLeast', axes: d2Axes },
  outOfReach: 'the exponent of n* in d reaches p only as d → ∞: n* tracks D_{≤2}(d) ≈ d²/2 + 3d/2, whose local exponent in d is still below 1.93 at d = 40, so a pure power-law fit over d ≤ 40 sits below 2 while its drift-corrected exponent at d = 40 still reaches 2; telling "≥ 2 − 0.4" from "< 2" with the finite-size term ruled out needs d in the hundreds (pools of 10⁴–10⁵ points and Cholesky factorizations of that size per seed)',
  note: `Fitted against d itself over d = 12…40 at the engine's default resolution (20% of p); the engine's verdict at these sizes is shown with the measured exponent. Had the kernel learned degree-2 targets from markedly fewer samples (a fitted exponent with its drift-corrected value at d = 40 both below 2), the measured verdict would have been refuted. What is decidable at these sizes is the dimension form, kernels.krr-sample-size-dimension (n* ∝ D_{≤p}(d) = Θ(d^p)). ${d2Threshold}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.krr-sample-size-literal',
  check: krrSampleSizeLiteralSweep,
});

/** one measured sweep, judged by kernels.krr-sample-size-dimension, kernels.krr-sample-size-squared, kernels.krr-sample-size-dimension-power (sharedDraws: evaluated once per instance) */
const krrSampleSizeDimensionSweep = (_i: unknown, ctx: CheckContext) => sampleSizeSweep(ctx.rng, d2Dims, (d) => Number(sphericalPolyDimension(d, D2_P)));
export const krrSampleSizeDimension = defineClaim({
  id: 'kernels.krr-sample-size-dimension', catalog: 'D2', variant: 'corrected',
  title: 'The NTK sample size is proportional to the dimension of polynomials of degree ≤ p on the sphere',
  source: sourceD2,
  statement: String.raw`n^*(d) \asymp D_{\le p}(d) = \textstyle\sum_{k\le p} N(d,k)`,
  hypotheses: d2Hyp,
  kind: 'scaling', precision: 'float64', expect: 'supported',
  scaling: { exponent: 1, relation: 'equal', axes: { x: 'dimension $D_{\\le 2}(d)$ of degree-≤2 polynomials', y: 'samples $n^*$ to reach test error 1/2' } },
  note: `The sharper form behind "≳ d^p": the kernel spends samples on every degree ≤ p (its lower-degree eigenvalues are larger), so n* tracks D_{≤p}(d) with exponent 1, at the default resolution (±0.2). An exponent off by 20% either way (n* ∝ D^{0.8} or D^{1.2}) would have refuted it. ${d2Threshold}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.krr-sample-size-dimension',
  check: krrSampleSizeDimensionSweep,
});

export const krrSampleSizeSquared = defineClaim({
  id: 'kernels.krr-sample-size-squared', catalog: 'D2', variant: 'control',
  title: 'Control: the NTK sample size grows like the square of the function-space dimension (n ≳ D_{≤p}²)',
  source: sourceD2,
  statement: String.raw`n^*(d) \gtrsim D_{\le p}(d)^2`,
  hypotheses: d2Hyp,
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  scaling: { exponent: 2, relation: 'atLeast', axes: { x: 'dimension $D_{\\le 2}(d)$ of degree-≤2 polynomials', y: 'samples $n^*$ to reach test error 1/2' } },
  note: 'Deliberately false exponent (2 instead of 1 in the dimension, i.e. n ≳ d^{2p}).',
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.krr-sample-size-dimension',
  check: krrSampleSizeDimensionSweep,
});

export const krrSampleSizeExponentHigh = defineClaim({
  id: 'kernels.krr-sample-size-exponent-high', catalog: 'D2', variant: 'control',
  title: 'Control: the NTK needs n ≳ d^{p+1/2} samples (the exponent 25% too high)',
  source: sourceD2,
  statement: String.raw`n^*(d) \gtrsim d^{p + 1/2} = d^{2.5}`,
  hypotheses: d2Hyp,
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  scaling: { exponent: D2_P + 0.5, relation: 'atLeast', axes: d2Axes },
  note: 'Deliberately false at a realistic distance: the same sweep as the literal entry, with the claimed exponent raised by a quarter.',
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.krr-sample-size-literal',
  check: krrSampleSizeLiteralSweep,
});

export const krrSampleSizeDimensionPower = defineClaim({
  id: 'kernels.krr-sample-size-dimension-power', catalog: 'D2', variant: 'control',
  title: 'Control: the NTK sample size grows like D_{≤p}^{1.25} (exponent 25% too high)',
  source: sourceD2,
  statement: String.raw`n^*(d) \asymp D_{\le p}(d)^{1.25}`,
  hypotheses: d2Hyp,
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  scaling: { exponent: 1.25, relation: 'equal', axes: { x: 'dimension $D_{\\le 2}(d)$ of degree-≤2 polynomials', y: 'samples $n^*$ to reach test error 1/2' } },
  note: 'Deliberately false at a realistic distance: the corrected entry\'s sweep with the exponent raised by a quarter.',
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.krr-sample-size-dimension',
  check: krrSampleSizeDimensionSweep,
});

// ---------------------------------------------------------------- D3: dimension counting
const sourceD3 = {
  doc: SEED003,
  where: 'slide "Theorem (Ghorbani et. al. \'20)" (the dimension-counting argument behind it)',
  asStated: 'In the lazy/NTK regime need at least ≳ d^p samples',
  line: 622,
};
interface D3Instance { d: number; p: number; n: number; logMu: number[] }
/** n < N(d,p) always: with n ≥ N the bound n/N ≥ 1 holds trivially. */
const d3Arb = (spectrum: fc.Arbitrary<number[]>): fc.Arbitrary<D3Instance> =>
  fc.record({ d: fc.integer({ min: 3, max: 6 }), p: fc.integer({ min: 1, max: 3 }) }).chain(({ d, p }) =>
    fc.record({ d: fc.constant(d), p: fc.constant(p), n: fc.integer({ min: 1, max: Number(harmonicDimension(d, p)) - 1 }), logMu: spectrum.map((e) => e.slice(0, p + 3)) }));
const d3Instances = d3Arb(fc.array(fc.integer({ min: -2, max: 1 }), { minLength: 6, maxLength: 6 }));
/** The kernel's degree-p weight dominates (10 against ≤ 0.1), where the bound n/N is nearly attained. */
const d3TightInstances = d3Arb(fc.array(fc.integer({ min: -3, max: -1 }), { minLength: 6, maxLength: 6 })).map((i) => ({ ...i, logMu: i.logMu.map((e, k) => (k === i.p ? 1 : e)) }));
/** One seed: the trace formula, n/N, and the Monte Carlo mean explained fraction over 128 random harmonics (quadrature 2000). */
function d3Measure({ d, p, n, logMu }: D3Instance, rng: Rng): { formula: number; bound: number; mc: number } {
  const mu = logMu.map((e) => 10 ** e);
  const X = spherePoints(rng.fork('points'), n, d);
  const fr = explainedFractionMonteCarlo(rng.fork('mc'), d, mu, p, X, { harmonics: 128 });
  return { formula: meanExplainedFraction(d, mu, p, X), bound: n / Number(harmonicDimension(d, p)), mc: fr.reduce((s, v) => s + v, 0) / fr.length };
}
const d3Hyp = ['x_i uniform on S^{d−1}, d = 3…6, degree p = 1…3, n < N(d,p)', 'zonal kernel K = Σ_k μ_k N(d,k) P_k, μ_k = 10^{e_k}, k ≤ p+2', 'f isotropic Gaussian in the degree-p harmonics (128 per seed); L² products on 2000 uniform quadrature points'];
const d3Resolution = 'The resolution 0.03 of the mean (in explained fraction) is ours, not the source\'s; the quadrature\'s own bias is about n/2000, far below it.';

export const dimensionCountingBound = defineClaim({
  id: 'kernels.dimension-counting-bound', catalog: 'D3', variant: 'literal',
  title: 'A predictor in the span of n kernel sections explains on average at most n/N(d,p) of a random degree-p harmonic (Monte Carlo)',
  source: sourceD3,
  statement: String.raw`\mathbb E_f\,\frac{\|P_{\mathrm{span}\{K(\cdot,x_i)\}} f\|^2}{\|f\|^2} \le \frac{n}{N(d,p)},\quad n < N(d,p)`,
  hypotheses: d3Hyp,
  kind: 'mean', precision: 'float64', expect: 'supported',
  mean: { 'explained − n/N': { atMost: 0, bounds: [-1, 1], resolution: 0.03 } },
  note: `Measured directly: random harmonics projected on the span by least squares on a quadrature, no Funk–Hecke and no trace formula (the old check compared that formula with n/N, which holds by PSD ordering of the same matrices). A span explaining more than its share n/N by 0.03 on average would have refuted it. ${d3Resolution}`,
  instances: d3Instances,
  check: (i, ctx) => {
    const m = d3Measure(i, ctx.rng);
    return { samples: { 'explained − n/N': m.mc - m.bound }, notes: m };
  },
});

export const dimensionCountingFormula = defineClaim({
  id: 'kernels.dimension-counting-formula', catalog: 'D3', variant: 'corrected',
  title: 'The derived formula μ_p² tr(K₂⁻¹Z_p)/N(d,p) equals the Monte Carlo mean explained fraction',
  source: sourceD3,
  statement: String.raw`\mathbb E_f\,\frac{\|P_{\mathrm{span}\{K(\cdot,x_i)\}} f\|^2}{\|f\|^2} = \frac{\mu_p^2\,\mathrm{tr}(K_2^{-1} Z_p)}{N(d,p)},\ K_2 = \textstyle\sum_k \mu_k^2 N(d,k) P_k(XX^\top),\ Z_p = N(d,p)P_p(XX^\top)`,
  hypotheses: d3Hyp,
  kind: 'mean', precision: 'float64', expect: 'supported',
  mean: { 'Monte Carlo − formula': { equals: 0, bounds: [-1, 1], resolution: 0.05 } },
  note: `The formula (meanExplainedFraction, via Funk–Hecke) against an independent Monte Carlo over random harmonics, same points. A formula off by more than 0.05 on average (a wrong Funk–Hecke weight, a missing N(d,k)) would not have been supported, and one the Monte Carlo excludes is refuted. The resolution 0.05 is ours (0.03 for the bound entries): an equality needs about (bound width / resolution)² seeds, and 0.03 ran past the quick time limit under load.`,
  instances: d3Instances,
  check: (i, ctx) => {
    const m = d3Measure(i, ctx.rng);
    return { samples: { 'Monte Carlo − formula': m.mc - m.formula }, notes: m };
  },
});

export const dimensionCountingFormulaOff = defineClaim({
  id: 'kernels.dimension-counting-formula-off', catalog: 'D3', variant: 'control',
  title: 'Control: the formula with a constant 15% too large',
  source: sourceD3,
  statement: String.raw`\mathbb E_f\,\text{explained fraction} = 1.15\,\mu_p^2\,\mathrm{tr}(K_2^{-1} Z_p)/N(d,p)`,
  hypotheses: [...d3Hyp, 'the kernel\'s degree-p weight dominates (μ_p = 10, the others ≤ 0.1)'],
  kind: 'mean', precision: 'float64', expect: 'refuted',
  mean: { 'Monte Carlo − 1.15·formula': { equals: 0, bounds: [-2, 1], resolution: 0.03 } },
  note: 'Deliberately false by a realistic constant, on spectra where the explained fraction is close to n/N.',
  instances: d3TightInstances,
  check: (i, ctx) => {
    const m = d3Measure(i, ctx.rng);
    return { samples: { 'Monte Carlo − 1.15·formula': m.mc - 1.15 * m.formula }, notes: m };
  },
});

export const dimensionCountingHalfBound = defineClaim({
  id: 'kernels.dimension-counting-half-bound', catalog: 'D3', variant: 'control',
  title: 'Control: the bound with a constant too small, n / (2 N(d,p))',
  source: sourceD3,
  statement: String.raw`\mathbb E_f\,\text{explained fraction} \le \frac{n}{2\,N(d,p)}`,
  hypotheses: [...d3Hyp, 'the kernel\'s degree-p weight dominates (μ_p = 10, the others ≤ 0.1)'],
  kind: 'mean', precision: 'float64', expect: 'refuted',
  mean: { 'explained − n/(2N)': { atMost: 0, bounds: [-1, 1], resolution: 0.03 } },
  note: 'Deliberately halved constant: the bound is nearly attained when the kernel puts its mass on degree p.',
  instances: d3TightInstances,
  check: (i, ctx) => {
    const m = d3Measure(i, ctx.rng);
    return { samples: { 'explained − n/(2N)': m.mc - m.bound / 2 }, notes: m };
  },
});

export const dimensionCountingBoundOff = defineClaim({
  id: 'kernels.dimension-counting-bound-off', catalog: 'D3', variant: 'control',
  title: 'Control: the bound with a constant 15% too small, 0.85·n/N(d,p)',
  source: sourceD3,
  statement: String.raw`\mathbb E_f\,\text{explained fraction} \le 0.85\,\frac{n}{N(d,p)}`,
  hypotheses: [...d3Hyp, 'the kernel\'s degree-p weight dominates (μ_p = 10, the others ≤ 0.1)'],
  kind: 'mean', precision: 'float64', expect: 'refuted',
  mean: { 'explained − 0.85·n/N': { atMost: 0, bounds: [-1, 1], resolution: 0.03 } },
  note: 'Deliberately false by a realistic constant: where the kernel\'s mass sits on degree p the span explains nearly its full share n/N.',
  instances: d3TightInstances,
  check: (i, ctx) => {
    const m = d3Measure(i, ctx.rng);
    return { samples: { 'explained − 0.85·n/N': m.mc - 0.85 * m.bound }, notes: m };
  },
});

// ---------------------------------------------------------------- D4: small init vs NTK on g(Ux)
const sourceD4 = {
  doc: SEED003,
  where: 'slides "Learning polynomials with neural nets" and "Theorem (Damian, Lee & Soltanolkotabi \'22)"',
  asStated: 'need n ≳ d² + r^{4p+1} vs. n ≳ d^p for NTK/lazy regime',
  line: 634,
};
const d4 = { d: 20, m: 24, steps: 200, lr: 0.2, initScale: 0.1, nTest: 300 };
/** The sweep at n = d², as the seed's "n ≳ d²" (r = 1, so r^{4p+1} = 1). */
const d4Dims = [8, 12, 16, 20];
/** g(z) = He₂(z)/√2 + He₃(z)/√6: degree 3 with a non-degenerate Hessian term (unit variance each). */
const gD4 = (z: number): number => (z * z - 1) / Math.SQRT2 + (z ** 3 - 3 * z) / Math.sqrt(6);

/** Test MSE (relative to Var y = 2) of a small-init two-layer net trained by GD, and of NTK ridge regression (best of four ridges) at the same n. */
async function d4Errors(rng: Rng, d: number = d4.d, { withNet = true }: { withNet?: boolean } = {}): Promise<{ net: number; kernel: number }> {
  const { m, steps, lr, initScale, nTest } = d4;
  const n = d * d;
  const u = rng.sphere(d);
  const draw = (k: number): { X: Mat; y: Mat } => {
    const X = mat(k, d, rng.normals(k * d));
    const y = mat(k, 1);
    for (let i = 0; i < k; i++) {
      let z = 0;
      for (let c = 0; c < d; c++) z += X.data[i * d + c]! * u[c]!;
      y.data[i] = gD4(z);
    }
    return { X, y };
  };
  const tr = draw(n);
  const te = draw(nTest);
  const K = reluNtkGram(tr.X, tr.X);
  const Kte = reluNtkGram(te.X, tr.X);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += K.data[i * n + i]!;
  const kernel = Math.min(...[1e-4, 1e-2, 1e-1, 1].map((r) => relMse(krrPredict(krrFit(K, tr.y, { ridge: (r * trace) / n }), Kte).data, te.y.data)));
  if (!withNet) return { net: NaN, kernel };
  const net0 = initTwoLayerWithBias(rng.fork('init'), { d, m, scale: initScale });
  const [Xt, yt, Xe] = [tf.tensor2d(Float32Array.from(tr.X.data), [n, d]), tf.tensor2d(Float32Array.from(tr.y.data), [n, 1]), tf.tensor2d(Float32Array.from(te.X.data), [nTest, d])];
  const { net } = await trainTwoLayerMse(net0, Xt, yt, { steps, lr });
  const pred = forward(net, Xe);
  const netErr = relMse(await pred.data(), te.y.data);
  tf.dispose([Xt, yt, Xe, pred]);
  disposeNet(net0);
  if (net !== net0) disposeNet(net);
  return { net: netErr, kernel };
}
function relMse(pred: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  let v = 0;
  for (let i = 0; i < y.length; i++) {
    s += (pred[i]! - y[i]!) ** 2;
    v += y[i]! ** 2;
  }
  return s / v;
}
const d4Hyp = [`x ~ N(0, I_d), r = 1, g = He₂/√2 + He₃/√6 (p = 3)`, 'n = d² samples (the NTK needs ≈ d³/6 for the cubic part)', `width ${d4.m}, init scale ${d4.initScale}, ${d4.steps} full-batch GD steps, lr ${d4.lr}`, 'kernel: infinite-width ReLU NTK with bias, best of 4 ridges on the test set (favours the kernel)'];

export const smallInitBeatsNtk = defineClaim({
  id: 'kernels.small-init-beats-ntk', catalog: 'D4', variant: 'literal',
  title: 'At n = d² (d = 20) a two-layer net trained by GD from small init has significantly lower test error than NTK regression on y = g(Ux)',
  source: sourceD4,
  statement: String.raw`\Pr\big[\mathrm{err}(f_{\text{GD, small init}}) \le \tfrac34\,\mathrm{err}(\text{NTK-KRR})\big] \ge \tfrac12,\ d = 20,\ n = d^2`,
  hypotheses: [...d4Hyp, 'd = 20, n = 400'],
  kind: 'probability', precision: 'float32', expect: 'supported',
  probability: { atLeast: 0.5 },
  note: '"Significantly lower" is read as at most three quarters of the kernel\'s relative test MSE, per seed; both the factor 3/4 and the rate 1/2 are ours, not the source\'s. The training is plain full-batch GD on both layers from small init, as the seed\'s slide says ("Run GD from small random init"), not the layer-wise algorithm of the Damian–Lee–Soltanolkotabi paper. A net that did no better than the kernel at n = d² in most seeds would have refuted it; the size sweep is kernels.small-init-error-at-d2.',
  instances: fc.record({ seed: fc.integer() }),
  check: async (_i, ctx) => {
    const e = await d4Errors(ctx.rng, d4.d);
    return { holds: e.net <= 0.75 * e.kernel, notes: { netError: e.net, kernelError: e.kernel } };
  },
});

/** One seed's sweep at n = d² over d4Dims: the mean relative test MSE of three independent draws (data, u, init) per d, for the net or the kernel. */
async function d4Sweep(rng: Rng, learner: 'net' | 'kernel'): Promise<{ x: number[]; y: number[]; notes: Record<string, string> }> {
  const y: number[] = [];
  for (const d of d4Dims) {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const e = await d4Errors(rng.fork(`d${d}-${r}`), d, { withNet: learner === 'net' });
      runs.push(learner === 'net' ? e.net : e.kernel);
    }
    y.push(runs.reduce((a, b) => a + b, 0) / runs.length);
  }
  return { x: [...d4Dims], y, notes: { dims: d4Dims.join(','), n: 'd²', 'per point': 'mean of 3 draws' } };
}
const d4Axes = { x: 'dimension $d$ (with $n = d^2$ samples)', y: 'relative test MSE' };

export const smallInitErrorAtD2 = defineClaim({
  id: 'kernels.small-init-error-at-d2', catalog: 'D4', variant: 'literal',
  title: 'With n = d² samples the small-init net\'s test error does not grow with d (n ≳ d² suffices)',
  source: { ...sourceD4, asStated: 'E|f(x) − y| ≲ √((d² + r^{4p+1})/n) … need n ≳ d² + r^{4p+1}', line: 632 },
  statement: String.raw`\mathrm{err}\big(f_{\text{GD, small init}};\ n = d^2\big) \lesssim d^{0}\ \ (\text{exponent in } d \le 0)`,
  hypotheses: d4Hyp,
  kind: 'scaling', precision: 'float32', expect: 'inconclusive',
  outOfReach: 'plain GD from small init learns the target at some (d, draw) and not at others, so each seed\'s fitted exponent in d is bimodal and the sweeps\' interval stays about ±1.3 wide at the quick and ci caps of 8 and 12 seeds; resolving the claimed bound to the floor resolution 0.05 takes thousands of sweeps (the engine\'s own estimate), beyond the thorough cap of 24. A sweep-of-sizes check of this seed statement needs a learner that succeeds reliably (the layer-wise algorithm of Damian–Lee–Soltanolkotabi), not this plain-GD stand-in: that sweep is lowrank.dls-error-at-d2 (E12, the toolkit\'s dlsFeatures and ridgeHead, with the n = 64d control lowrank.dls-error-at-linear-n); kernels.small-init-beats-ntk decides the comparison at d = 20',
  scaling: { exponent: 0, relation: 'atMost', axes: d4Axes },
  note: 'The bound √((d² + r^{4p+1})/n) is a constant at n = d² (r = 1), so the error may not grow with d; the engine\'s resolution for exponent 0 is its floor. A net whose error at n = d² grew with d (needing more than d² samples, as the NTK does) would have refuted it; the same sweep with the NTK in place of the net is the control kernels.ntk-error-at-d2-falls.',
  instances: fc.record({ seed: fc.integer() }),
  check: (_i, ctx) => d4Sweep(ctx.rng, 'net'),
});

export const ntkErrorAtD2Falls = defineClaim({
  id: 'kernels.ntk-error-at-d2-falls', catalog: 'D4', variant: 'control',
  title: 'Control: with n = d² samples NTK regression\'s test error falls at least like 1/d',
  source: sourceD4,
  statement: String.raw`\mathrm{err}\big(\text{NTK-KRR};\ n = d^2\big) \lesssim d^{-1}`,
  hypotheses: [...d4Hyp, 'the kernel of kernels.small-init-beats-ntk (best of four ridges)'],
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  scaling: { exponent: -1, relation: 'atMost', axes: d4Axes },
  note: 'Deliberately false: the NTK needs n ≳ d^p = d³ for the cubic part, so at n = d² its relative error tends to that part\'s share of the variance (1/2) instead of falling to 0.',
  instances: fc.record({ seed: fc.integer() }),
  check: (_i, ctx) => d4Sweep(ctx.rng, 'kernel'),
});

// ---------------------------------------------------------------- D5: hierarchical learning
const sourceD5 = {
  doc: SEED001,
  where: 'slides "Theorem (AL\'19, arXiv:1905.10337)" and the experiment "x ∈ {−1,1}^30 … (a) N = 1000 and vary m"',
  asStated: 'three layer ResNet R learns H(x) = F(x) + αG(F(x)) up to generalization error O(α²) (meaning H(x) − R(x) ≈ α²)',
  line: 541,
};
const sourceD5Experiment = { ...sourceD5, asStated: 'x ∈ {−1,1}^30, y ∈ ℝ^8, α = 0.3 … F(x) = (x1x2, …, x15x16), G(y) = (y1y2y3y4, …, y5y6y7y8, …) … (a) N = 1000 and vary m', line: 797 };
const sourceD9Alpha = { ...sourceD5, where: 'slide "Implicit hierarchical learning" (second frame)', asStated: 'The total accuracy is α since F is only learnt (in the first layer) up to accuracy α.', line: 766 };
const d5 = { d: 30, k: 8, alpha: 0.3, N: 1000, m: 32, steps: 200, lr: 0.5, initScale: 0.3, nTest: 500 };

interface D5Errors { netMse: number; netAbs: number; netG: number; kernelMse?: number; kernelAbs?: number; kernelG?: number }
/**
 * Test errors (mean squared and mean absolute, per output) of the ResNet and of NTK ridge
 * regression on H = F + αG(F), and how much of G each learned: the coefficient of αG in the
 * prediction minus F, ⟨P − F, αG⟩ / ‖αG‖² on the test set (1: G learned, 0: G ignored).
 */
async function d5Errors(rng: Rng, { withKernel = true }: { withKernel?: boolean } = {}): Promise<D5Errors> {
  const { d, k, alpha, N, m, steps, lr, initScale, nTest } = d5;
  const draw = (n: number): { X: Mat; Y: Mat; F: Mat; G: Mat } => {
    const X = mat(n, d);
    for (let i = 0; i < n * d; i++) X.data[i] = rng.uniform() < 0.5 ? -1 : 1;
    const [Y, F, G] = [mat(n, k), mat(n, k), mat(n, k)];
    for (let i = 0; i < n; i++) {
      const f = Array.from({ length: 8 }, (_, j) => X.data[i * d + 2 * j]! * X.data[i * d + 2 * j + 1]!);
      const g1 = f[0]! * f[1]! * f[2]! * f[3]!;
      const g2 = f[4]! * f[5]! * f[6]! * f[7]!;
      for (let j = 0; j < 8; j++) {
        F.data[i * k + j] = f[j]!;
        G.data[i * k + j] = j < 4 ? g1 : g2;
        Y.data[i * k + j] = f[j]! + alpha * G.data[i * k + j]!;
      }
    }
    return { X, Y, F, G };
  };
  const tr = draw(N);
  const te = draw(nTest);
  const errs = (P: ArrayLike<number>): [number, number, number] => {
    let s = 0, a = 0, num = 0, den = 0;
    for (let i = 0; i < te.Y.data.length; i++) {
      const r = P[i]! - te.Y.data[i]!;
      s += r * r;
      a += Math.abs(r);
      num += (P[i]! - te.F.data[i]!) * alpha * te.G.data[i]!;
      den += (alpha * te.G.data[i]!) ** 2;
    }
    return [s / te.Y.data.length, a / te.Y.data.length, num / den];
  };
  let kernel: [number, number, number] | undefined;
  if (withKernel) {
    // x ∈ {±1}^30 with a bias coordinate 1 has ‖x‖² = 31, so the ReLU NTK with bias is 31·κ(⟨x,y⟩/31) (ntkOnSphere)
    const kappa = (t: number): number => (d + 1) * ntkOnSphere(t / (d + 1));
    const [Xb, Xeb] = [withBias(tr.X), withBias(te.X)];
    const K = dotProductGram(kappa, Xb, Xb);
    let trace = 0;
    for (let i = 0; i < N; i++) trace += K.data[i * N + i]!;
    kernel = errs(krrPredict(krrFit(K, tr.Y, { ridge: (1e-2 * trace) / N }), dotProductGram(kappa, Xeb, Xb)).data);
  }
  const net = initResnet3(rng.fork('init'), d, m, k, initScale);
  const [Xt, Yt, Xe] = [tf.tensor2d(Float32Array.from(tr.X.data), [N, d]), tf.tensor2d(Float32Array.from(tr.Y.data), [N, k]), tf.tensor2d(Float32Array.from(te.X.data), [nTest, d])];
  await trainResnet3(net, Xt, Yt, { steps, lr });
  const pred = resnet3Forward(net, Xe);
  const [netMse, netAbs, netG] = errs(await pred.data());
  tf.dispose([Xt, Yt, Xe, pred]);
  disposeVariables(net);
  return { netMse, netAbs, netG, ...(kernel ? { kernelMse: kernel[0], kernelAbs: kernel[1], kernelG: kernel[2] } : {}) };
}
function withBias(X: Mat): Mat {
  const out = mat(X.rows, X.cols + 1);
  for (let i = 0; i < X.rows; i++) {
    out.data.set(X.data.subarray(i * X.cols, (i + 1) * X.cols), i * (X.cols + 1));
    out.data[i * (X.cols + 1) + X.cols] = 1;
  }
  return out;
}
const d5Hyp = [`x uniform on {−1,1}^30, α = 0.3, y ∈ ℝ^8 as on the slide`, `N = ${d5.N} (the slide's size), width m = ${d5.m}, init scale ${d5.initScale}, ${d5.steps} full-batch GD steps, lr ${d5.lr}, all layers trained together`, `errors on ${d5.nTest} fresh test points`];
const d5Rate = 'The rate 1/2 ("in most seeds") is ours, not the source\'s, which states the error of one trained net.';

export const resnetBeatsKernel = defineClaim({
  id: 'kernels.resnet-beats-kernel', catalog: 'D5', variant: 'literal',
  title: 'At the slide\'s N = 1000 the three-layer ResNet has lower test MSE on H = F + αG(F) than NTK ridge regression',
  source: sourceD5Experiment,
  statement: String.raw`\Pr\big[\mathrm{MSE}(R) < \mathrm{MSE}(\text{NTK-KRR})\big] \ge \tfrac12,\ N = 1000`,
  hypotheses: [...d5Hyp, 'kernel: ReLU NTK with bias, ridge regression (ridge 1e-2·mean diagonal) on the same N'],
  kind: 'probability', precision: 'float32', expect: 'supported',
  probability: { atLeast: 0.5 },
  note: `Both learners at the slide's size. A kernel that matched or beat the ResNet in most seeds would have refuted it. ${d5Rate} Whether the ResNet's advantage comes from learning G is kernels.resnet-learns-g.`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netMse < e.kernelMse!, notes: { ...e } };
  },
});

export const resnetErrorAlphaSquared = defineClaim({
  id: 'kernels.resnet-error-alpha-squared', catalog: 'D9', variant: 'literal',
  title: '"α²" reading, absolute: the ResNet learns H up to mean absolute error α² ("H(x) − R(x) ≈ α²")',
  source: sourceD5,
  statement: String.raw`\Pr\big[\mathbb E|H(x) - R(x)| \le \alpha^2\big] \ge \tfrac12,\ \alpha = 0.3,\ N = 1000`,
  hypotheses: d5Hyp,
  kind: 'probability', precision: 'float32', expect: 'refuted',
  probability: { atLeast: 0.5 },
  note: `The slide's gloss read literally: |H − R| ≈ α² = 0.09 on average would require learning G(F), the degree-8 part. A ResNet that learned G (kernels.resnet-learns-g) would have supported it. ${d5Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netAbs <= d5.alpha ** 2, notes: { ...e } };
  },
});

export const resnetErrorAlphaSquaredMse = defineClaim({
  id: 'kernels.resnet-error-alpha-squared-mse', catalog: 'D9', variant: 'literal',
  title: '"α²" reading, squared: the ResNet\'s test MSE is at most α²',
  source: sourceD5,
  statement: String.raw`\Pr\big[\mathbb E(H(x) - R(x))^2 \le \alpha^2\big] \ge \tfrac12,\ \alpha = 0.3,\ N = 1000`,
  hypotheses: d5Hyp,
  kind: 'probability', precision: 'float32', expect: 'refuted',
  probability: { atLeast: 0.5 },
  note: `"Generalization error O(α²)" read as squared error with constant 1. Ignoring G entirely gives MSE = α²·E[G²] = α² plus the error in F, so this reading is met only if G is partly learned; a ResNet at or below α² in most seeds would have supported it. ${d5Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netMse <= d5.alpha ** 2, notes: { ...e } };
  },
});

export const resnetErrorAlphaReading = defineClaim({
  id: 'kernels.resnet-error-alpha-reading', catalog: 'D9', variant: 'corrected',
  title: '"α" reading: the ResNet\'s mean absolute error is at most 1.25·α (F learned, G not)',
  source: sourceD9Alpha,
  statement: String.raw`\Pr\big[\mathbb E|H(x) - R(x)| \le 1.25\,\alpha\big] \ge \tfrac12,\ \alpha = 0.3,\ N = 1000`,
  hypotheses: d5Hyp,
  kind: 'probability', precision: 'float32', expect: 'supported',
  probability: { atLeast: 0.5 },
  note: `The seed's second frame ("the total accuracy is α"). Ignoring G gives mean |H − R| = α exactly when F is learned; the constant 1.25 (room for F's own error) is ours. A ResNet that did not even learn F (error near E|H| ≈ 1) would have refuted it; the control kernels.resnet-error-alpha-reading-tight shows the constant matters. ${d5Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netAbs <= 1.25 * d5.alpha, notes: { ...e } };
  },
});

export const resnetErrorAlphaReadingTight = defineClaim({
  id: 'kernels.resnet-error-alpha-reading-tight', catalog: 'D9', variant: 'control',
  title: 'Control: the ResNet\'s mean absolute error is at most 0.85·α',
  source: sourceD9Alpha,
  statement: String.raw`\Pr\big[\mathbb E|H(x) - R(x)| \le 0.85\,\alpha\big] \ge \tfrac12`,
  hypotheses: d5Hyp,
  kind: 'probability', precision: 'float32', expect: 'refuted',
  probability: { atLeast: 0.5 },
  note: 'Deliberately false by 15%: below α the net would have to learn part of G.',
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netAbs <= 0.85 * d5.alpha, notes: { ...e } };
  },
});

export const resnetLearnsG = defineClaim({
  id: 'kernels.resnet-learns-g', catalog: 'D5', variant: 'literal',
  title: 'The ResNet learns the hierarchical part αG(F) (its prediction minus F carries at least half of αG)',
  source: { ...sourceD5, where: 'slide "ResNet is performing implicit hierarchical learning"', asStated: 'ResNet first learns F(x) using (the first layer) NTK, then it feeds F(x) to the second layer to learn G using (the second layer) NTK.', line: 680 },
  statement: String.raw`\Pr\Big[\beta := \frac{\langle R - F,\ \alpha G(F)\rangle}{\|\alpha G(F)\|^2} \ge \tfrac12\Big] \ge \tfrac12,\ N = 1000`,
  hypotheses: d5Hyp,
  kind: 'probability', precision: 'float32', expect: 'refuted',
  probability: { atLeast: 0.5 },
  note: `β is 1 when G is learned and 0 when it is ignored; the cut at 1/2 is ours. At the slide's N, width and a full-batch GD run to a small training loss, the ResNet learns F and not G (the measured β is in the notes, as is the kernel's); this is what the seed's theorem needs more samples or width for (poly(1/α)), not a refutation of the asymptotic statement. ${d5Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  sharedDraws: 'kernels.resnet-beats-kernel',
  check: async (_i, ctx) => {
    const e = await measureOnce(ctx, 'd5', () => d5Errors(ctx.rng));
    return { holds: e.netG >= 0.5, notes: { ...e } };
  },
});

// ---------------------------------------------------------------- D6: convex circuits
const sourceD6 = {
  doc: SEED001,
  where: 'slide "Definition (Convex circuit)"',
  asStated: 'When L is ℓ_2 and the support of y is the full space: easy to prove that C(W,x) must be linear in W if L(C(W,x),y) is convex.',
  line: 1041,
};
const int3 = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 });
const circuitInstances = fc.record({ x: int3, w1: int3, w2: int3, y: fc.integer({ min: -10, max: 10 }) });
const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i]!, 0);
type Circuit = (w: number[], x: number[]) => number;
/** Midpoint defect of the loss ℓ(C − y) on the segment W₁W₂: ℓ at the midpoint minus the average (> 0 breaks convexity). */
function midpointDefect(C: Circuit, { x, w1, w2 }: { x: number[]; w1: number[]; w2: number[] }, y: number, loss: (r: number) => number = (r) => r * r): number {
  const wm = w1.map((v, i) => (v + w2[i]!) / 2);
  return loss(C(wm, x) - y) - (loss(C(w1, x) - y) + loss(C(w2, x) - y)) / 2;
}
/** Affinity defect δ = C(midpoint) − average of C on the segment (0 for every segment iff C is affine in W, C continuous). */
function affinityDefect(C: Circuit, { x, w1, w2 }: { x: number[]; w1: number[]; w2: number[] }): number {
  const wm = w1.map((v, i) => (v + w2[i]!) / 2);
  return C(wm, x) - (C(w1, x) + C(w2, x)) / 2;
}
/** Size of the losses the defects cancel (the identity's rounding scale). */
function lossScale(C: Circuit, { x, w1, w2 }: { x: number[]; w1: number[]; w2: number[] }, y1: number, y2: number, loss: (r: number) => number = (r) => r * r): number {
  const wm = w1.map((v, i) => (v + w2[i]!) / 2);
  return [w1, w2, wm].reduce((s, w) => s + loss(C(w, x) - y1) + loss(C(w, x) - y2), 0);
}
const affineCircuit = (b: number): Circuit => (w, x) => dot(w, x) + b;
const reluCircuit: Circuit = (w, x) => Math.max(0, dot(w, x));
/** Circuits nonlinear in W (and one affine one), for the seed's direction. */
const CIRCUITS: Record<string, Circuit> = {
  relu: reluCircuit,
  square: (w, x) => dot(w, x) ** 2 / 10,
  product: (w, x) => w[0]! * w[1]! * x[0]! + w[2]! * x[1]!,
  abs: (w, x) => Math.abs(dot(w, x) - x[2]!),
  tanh: (w, x) => 5 * Math.tanh(dot(w, x) / 5),
  affine: affineCircuit(3),
};
const circuitNames = Object.keys(CIRCUITS);
const proofInstances = fc.record({ circuit: fc.constantFrom(...circuitNames), x: int3, w1: int3, w2: int3, y1: fc.integer({ min: -20, max: 20 }), y2: fc.integer({ min: -20, max: 20 }) });

export const convexCircuitLinearLiteral = defineClaim({
  id: 'kernels.convex-circuit-linear-literal', catalog: 'D6', variant: 'literal',
  title: 'A circuit whose ℓ2 loss is convex in W for every y is linear in W (as the slide states)',
  source: sourceD6,
  statement: String.raw`\big(\forall y:\ W \mapsto (C(W,x)-y)^2 \text{ convex}\big) \Rightarrow C(W_1+W_2,x) = C(W_1,x)+C(W_2,x)`,
  hypotheses: ['C(W,x) = ⟨W,x⟩ + b with an integer offset b: its ℓ2 loss is a convex quadratic in W for every y (kernels.linear-circuit-convex checks it)'],
  kind: 'identity', precision: 'float64', expect: 'refuted',
  sides: { lhs: 'C(W₁ + W₂, x)', rhs: 'C(W₁, x) + C(W₂, x)' },
  note: 'False as written: an affine circuit ⟨W,x⟩ + b meets the hypothesis (its loss is convex in W for every y) but is not linear when b ≠ 0. What the proof gives is "affine" (kernels.convex-circuit-affine).',
  instances: fc.record({ x: int3, w1: int3, w2: int3, b: fc.integer({ min: -5, max: 5 }) }),
  check: ({ x, w1, w2, b }) => {
    const C = affineCircuit(b);
    return { lhs: C(w1.map((v, i) => v + w2[i]!), x), rhs: C(w1, x) + C(w2, x), notes: { offset: b } };
  },
});

export const convexCircuitAffine = defineClaim({
  id: 'kernels.convex-circuit-affine', catalog: 'D6', variant: 'corrected',
  title: 'The step that makes "convex for every y ⇒ C affine in W" true: the ℓ2 midpoint defect is affine in y with slope −2δ',
  source: sourceD6,
  statement: String.raw`D(y) := L(C_m - y) - \tfrac12\big(L(C_1-y)+L(C_2-y)\big) \text{ satisfies } D(y_1) - D(y_2) = -2\,\delta\,(y_1-y_2),\ \delta = C_m - \tfrac{C_1+C_2}2`,
  hypotheses: ['L(r) = r² (ℓ2), y ranging over all of ℝ', 'circuits: ReLU, (⟨W,x⟩)²/10, a product of weights, |⟨W,x⟩ − x₃|, 5·tanh(⟨W,x⟩/5) and one affine circuit', 'C_m, C_1, C_2: C at the midpoint of W₁W₂ and at its ends'],
  kind: 'identity', precision: 'float64', expect: 'supported',
  sides: { lhs: 'D(y₁) − D(y₂), from the losses', rhs: '−2δ(y₁ − y₂), from the circuit alone' },
  note: 'The seed\'s direction, corrected to "affine": since D is affine in y with slope −2δ, D(y) ≤ 0 for every real y (convexity at this midpoint for every y) forces δ = 0, so C is midpoint-affine on every segment, hence affine when continuous. A non-ℓ2 loss breaks the step (control kernels.convex-circuit-affine-l4); a slope wrong by a constant would be refuted at the first instance with δ ≠ 0. The converse (affine ⇒ convex) is kernels.linear-circuit-convex; a concrete non-affine circuit with its witness y is kernels.relu-circuit-not-convex.',
  instances: proofInstances,
  check: (i) => {
    const C = CIRCUITS[i.circuit]!;
    const delta = affinityDefect(C, i);
    return { lhs: midpointDefect(C, i, i.y1) - midpointDefect(C, i, i.y2), rhs: -2 * delta * (i.y1 - i.y2), scale: lossScale(C, i, i.y1, i.y2), notes: { delta } };
  },
});

export const convexCircuitAffineL4 = defineClaim({
  id: 'kernels.convex-circuit-affine-l4', catalog: 'D6', variant: 'control',
  title: 'Control: the same step with the ℓ2 hypothesis dropped (loss r⁴)',
  source: sourceD6,
  statement: String.raw`D_4(y_1) - D_4(y_2) = -2\,\delta\,(y_1-y_2),\ L(r) = r^4`,
  hypotheses: ['L(r) = r⁴ instead of ℓ2', 'circuits as in kernels.convex-circuit-affine'],
  kind: 'identity', precision: 'float64', expect: 'refuted',
  sides: { lhs: 'D₄(y₁) − D₄(y₂), from the r⁴ losses', rhs: '−2δ(y₁ − y₂)' },
  note: 'Deliberately false: the hypothesis "L is ℓ2" is what makes the defect affine in y.',
  instances: proofInstances,
  check: (i) => {
    const C = CIRCUITS[i.circuit]!;
    const l4 = (r: number): number => r ** 4;
    return { lhs: midpointDefect(C, i, i.y1, l4) - midpointDefect(C, i, i.y2, l4), rhs: -2 * affinityDefect(C, i) * (i.y1 - i.y2), scale: lossScale(C, i, i.y1, i.y2, l4) };
  },
});

export const linearCircuitConvex = defineClaim({
  id: 'kernels.linear-circuit-convex', catalog: 'D6', variant: 'corrected',
  title: 'Converse (not the slide\'s direction): a circuit affine in W has an ℓ2 loss convex in W for every y',
  source: sourceD6,
  statement: String.raw`L\big(C(\tfrac{W_1+W_2}2,x),y\big) \le \tfrac12 L(C(W_1,x),y) + \tfrac12 L(C(W_2,x),y),\quad C(W,x) = \langle W,x\rangle + b`,
  hypotheses: ['L ℓ2, b an integer offset'],
  kind: 'inequality', precision: 'float64', expect: 'supported',
  sides: { lhs: 'loss at the midpoint of W₁W₂', rhs: 'average of the losses at W₁ and W₂' },
  note: 'The easy half, which the literal entry used to test under the slide\'s label; it also shows that affine circuits meet the hypothesis of kernels.convex-circuit-linear-literal. A circuit with any curvature in W along the segment would have refuted it.',
  instances: fc.record({ x: int3, w1: int3, w2: int3, y: fc.integer({ min: -10, max: 10 }), b: fc.integer({ min: -5, max: 5 }) }),
  check: (i) => {
    const C = affineCircuit(i.b);
    const wm = i.w1.map((v, k) => (v + i.w2[k]!) / 2);
    const L = (w: number[]): number => (C(w, i.x) - i.y) ** 2;
    return { lhs: L(wm), rhs: (L(i.w1) + L(i.w2)) / 2 };
  },
});

/** The y grid a witness search scans: every integer up to 10, then a geometric ladder to ±10⁴. */
const Y_GRID = [...Array.from({ length: 21 }, (_, k) => k - 10), ...[20, 50, 100, 200, 500, 1000, 10000].flatMap((v) => [v, -v])];

export const reluCircuitWitness = defineClaim({
  id: 'kernels.relu-circuit-not-convex', catalog: 'D6', variant: 'corrected',
  title: 'A ReLU unit is not a convex circuit: a witness (x, y, W₁, W₂) violates midpoint convexity',
  source: sourceD6,
  statement: String.raw`\exists\,x,y,W_1,W_2:\ L\big(C(\tfrac{W_1+W_2}2,x),y\big) > \tfrac12\big(L(C(W_1,x),y)+L(C(W_2,x),y)\big),\ C = \mathrm{ReLU}(\langle W,x\rangle)`,
  kind: 'existence', precision: 'float64', expect: 'supported',
  note: 'The seed\'s direction on its simplest nonlinear circuit: ReLU is not affine on a segment where ⟨W,x⟩ changes sign, so some y breaks convexity there. Each instance (x, W₁, W₂) scans a fixed grid of y (the witness\'s y is reported); no witness at all would have refuted "ReLU is not convex".',
  instances: circuitInstances,
  check: (i) => {
    let best = -Infinity;
    let bestY = 0;
    for (const y of Y_GRID) {
      const v = midpointDefect(reluCircuit, i, y);
      if (v > best) [best, bestY] = [v, y];
    }
    return { witness: best > 0 ? { x: i.x, w1: i.w1, w2: i.w2, y: bestY, midpointDefect: best } : null, value: best };
  },
});

export const reluCircuitConvex = defineClaim({
  id: 'kernels.relu-circuit-convex', catalog: 'D6', variant: 'control',
  title: 'Control: the ℓ2 loss of a ReLU unit is convex in W',
  source: sourceD6,
  statement: String.raw`L\big(\mathrm{ReLU}\langle \tfrac{W_1+W_2}2,x\rangle - y\big)^2 \le \tfrac12\sum_j (\mathrm{ReLU}\langle W_j,x\rangle - y)^2`,
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  sides: { lhs: 'loss at the midpoint', rhs: 'average of the end losses' },
  note: 'Deliberately false: fails e.g. for y > 0 with ⟨W₁,x⟩ = −⟨W₂,x⟩ > 0.',
  instances: circuitInstances,
  check: ({ x, w1, w2, y }) => {
    const L = (w: number[]): number => (reluCircuit(w, x) - y) ** 2;
    return { lhs: L(w1.map((v, k) => (v + w2[k]!) / 2)), rhs: (L(w1) + L(w2)) / 2 };
  },
});

// ---------------------------------------------------------------- D7: O(d) samples for the hierarchy, ≫ for kernels
const sourceD7 = {
  doc: SEED001,
  where: 'slide "In some case, the complexity of C(G(F)) can be much larger than C(G), C(F)" (last frames)',
  asStated: 'ResNet learns √d(⟨w,x⟩) + α(√d(⟨w,x⟩))^{10} up to accuracy O(α²) with O(d/poly(α)) samples, for any α = o(1). Kernel methods must use d^{10} samples to learn up to accuracy o(α)',
  line: 628,
};
const d7 = { rho: 0.3, perD: 8, nTest: 2000 };
/**
 * One draw at dimension d with n = perD·d samples, x uniform on S^{d−1}: H = F + αG(F),
 * F = √d⟨w,x⟩, G(z) = z² − 1 (a pure degree-2 harmonic), α·‖G(F)‖ = ρ. The hierarchical
 * learner (the seed's mechanism: learn F first, then G on top of it) is least squares for F
 * (F̂ = √d⟨v̂,x⟩ + b̂), then least squares of y on (1, F̂, F̂²); its test MSE is on fresh points.
 * The kernel side is exact and holds for every dot-product kernel and every weights on the
 * same n points: the degree-2 part of any Σ c_i K(·, x_i) lies in span{P₂(⟨·, x_i⟩)}, which
 * explains e₂ = vᵀG⁻¹v (v_i = P₂(⟨w,x_i⟩), G = P₂(XXᵀ)) of αG, so its MSE is ≥ ρ²(1 − e₂).
 */
function d7Draw(rng: Rng, d: number): { netMse: number; kernelBound: number; n: number; degree2Dim: number } {
  const { rho, perD, nTest } = d7;
  const n = perD * d;
  const alpha = rho / Math.sqrt((2 * (d - 1)) / (d + 2));
  const w = rng.sphere(d);
  const target = (X: Mat): Float64Array => {
    const y = new Float64Array(X.rows);
    for (let i = 0; i < X.rows; i++) {
      let t = 0;
      for (let c = 0; c < d; c++) t += X.data[i * d + c]! * w[c]!;
      y[i] = Math.sqrt(d) * t + alpha * (d * t * t - 1);
    }
    return y;
  };
  const X = spherePoints(rng.fork('train'), n, d);
  const Xt = spherePoints(rng.fork('test'), nTest, d);
  const [y, yt] = [target(X), target(Xt)];
  const leastSquares = (A: Mat, b: Float64Array): Float64Array => {
    const At = transpose(A);
    return linalg().solveSpd(matmul(At, A), matmul(At, mat(b.length, 1, b))).data;
  };
  const A = mat(n, d + 1);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < d; c++) A.data[i * (d + 1) + c] = Math.sqrt(d) * X.data[i * d + c]!;
    A.data[i * (d + 1) + d] = 1;
  }
  const v = leastSquares(A, y);
  const fHat = (Z: Mat, i: number): number => {
    let s = v[d]!;
    for (let c = 0; c < d; c++) s += Math.sqrt(d) * Z.data[i * d + c]! * v[c]!;
    return s;
  };
  const quad = (Z: Mat): Mat => {
    const B = mat(Z.rows, 3);
    for (let i = 0; i < Z.rows; i++) {
      const f = fHat(Z, i);
      B.data.set([1, f, f * f], 3 * i);
    }
    return B;
  };
  const b = leastSquares(quad(X), y);
  const Bt = quad(Xt);
  let netMse = 0;
  for (let i = 0; i < nTest; i++) netMse += (Bt.data[3 * i]! * b[0]! + Bt.data[3 * i + 1]! * b[1]! + Bt.data[3 * i + 2]! * b[2]! - yt[i]!) ** 2;
  netMse /= nTest;
  // zonalGram with weights (0, 0, 1) is N(d,2)·P₂(⟨·,·⟩): the N's cancel in vᵀG⁻¹v / N
  const N = Number(harmonicDimension(d, 2));
  const G = zonalGram(d, [0, 0, 1], X, X);
  const vw = zonalGram(d, [0, 0, 1], X, mat(1, d, w));
  const sol = linalg().solveSpd(G, vw).data;
  let e2 = 0;
  for (let i = 0; i < n; i++) e2 += vw.data[i]! * sol[i]!;
  e2 /= N;
  return { netMse, kernelBound: rho * rho * (1 - e2), n, degree2Dim: N };
}
const d7Hyp = (d: number): string[] => [
  `x uniform on S^{d−1}, d = ${d}, n = ${d7.perD}d = ${d7.perD * d} samples, no label noise`,
  `H = F + αG(F), F = √d⟨w,x⟩, G(z) = z² − 1 (degree 2, so a kernel needs n ≍ N(d,2) ≈ d²/2), α·‖G(F)‖ = ρ = ${d7.rho}`,
  'learner: least squares for F, then least squares of y on (1, F̂, F̂²) (the seed\'s "learn F, then G on F", without a trained net)',
  'kernel: the exact lower bound ρ²(1 − vᵀG⁻¹v) on the test MSE of every Σ c_i K(·,x_i) with K a dot-product kernel',
  `learner's MSE on ${d7.nTest} fresh points`,
];
const d7Rate = 'The rate 1/2 ("in most seeds") is ours, not the source\'s.';
const d7Check = (d: number) => (_i: unknown, ctx: { rng: Rng }) => {
  const e = d7Draw(ctx.rng, d);
  return { holds: e.netMse < e.kernelBound, notes: { d, ...e } };
};

export const kernelSamplesD10 = defineClaim({
  id: 'kernels.kernel-samples-d10', catalog: 'D7', variant: 'literal',
  title: 'With O(d) samples the hierarchical learner learns F + αG(F) while kernels need d^{10} (G = z^{10}, as the slide states)',
  source: sourceD7,
  statement: String.raw`n_{\text{hier}} = O(d/\mathrm{poly}\,\alpha)\ \text{vs}\ n_{\text{kernel}} \gtrsim d^{10}\ \text{for}\ H = \sqrt d\langle w,x\rangle + \alpha(\sqrt d\langle w,x\rangle)^{10}`,
  hypotheses: [...d7Hyp(48), 'measured instead: the degree-2 analogue of kernels.hierarchical-beats-every-kernel at d = 48'],
  kind: 'probability', precision: 'float64', expect: 'inconclusive',
  probability: { atLeast: 0.5 },
  outOfReach: 'both halves at G = z¹⁰. Kernel half: a dot-product kernel explains the degree-10 harmonics only with n ≍ N(d,10) points (N(10,10) = 68 068, N(16,10) = 2 778 446; d¹⁰ itself is 10¹⁰ at d = 10), and n×n Gram factorizations of that size are out of every budget. Learner half: 98% of the L² energy of z¹⁰ (z ~ N(0,1)) comes from |z| > 3, where 0.27% of the samples fall, so any learner\'s error on αG is set by a d-independent tail cost that hides the linear term in d at every reachable d (by hand, Gaussian x, d = 16: a degree-10 fit along the true direction still had test error 6 to 270 times ‖αG‖² at n = 800, and above ‖αG‖²/4 in one of three draws at n = 3200)',
  note: `What the slide's example predicts at reachable sizes is measured on its degree-2 analogue (kernels.hierarchical-beats-every-kernel): at n ∝ d a learner that learns F and then G on top of it beats every kernel, because a kernel needs n ≍ d^p for a degree-p G. The measured verdict at d = 48 is shown; it cannot decide the d¹⁰ or the d-linear statements. ${d7Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  check: d7Check(48),
});

export const hierarchicalBeatsEveryKernel = defineClaim({
  id: 'kernels.hierarchical-beats-every-kernel', catalog: 'D7', variant: 'corrected',
  title: 'At n = 8d (d = 48) learning F then G on F has lower test MSE than any dot-product kernel method can reach on the same samples (degree-2 G)',
  source: sourceD7,
  statement: String.raw`\Pr\Big[\mathrm{MSE}(\hat h(\hat F)) < \min_{K,\,c}\ \mathrm{MSE}\big(\textstyle\sum_i c_i K(\cdot,x_i)\big)\Big] \ge \tfrac12,\ n = 8d,\ d = 48`,
  hypotheses: d7Hyp(48),
  kind: 'probability', precision: 'float64', expect: 'supported',
  probability: { atLeast: 0.5 },
  note: `The measurable form of the slide's picture: the hierarchical learner spends O(d) samples (its error falls like d/n), while every dot-product kernel (any kernel, any weights, even chosen with the test function known) leaves unexplained the share of αG outside the span of n zonal sections, about 1 − n/N(d,2) ≈ 1 − 16/d. The factor 8 in n = 8d and ρ are ours; at d = 16 the same n no longer separates them (the control kernels.hierarchical-beats-every-kernel-small-d), as n = 8d is then close to N(d,2). A learner that did not learn G on top of F (MSE ≈ ρ²), or kernels that were not limited by N(d,2), would have refuted it. ${d7Rate}`,
  instances: fc.record({ seed: fc.integer() }),
  check: d7Check(48),
});

export const hierarchicalBeatsEveryKernelSmallD = defineClaim({
  id: 'kernels.hierarchical-beats-every-kernel-small-d', catalog: 'D7', variant: 'control',
  title: 'Control: the same comparison at d = 16, where n = 8d = 128 is close to N(16,2) = 135',
  source: sourceD7,
  statement: String.raw`\Pr\Big[\mathrm{MSE}(\hat h(\hat F)) < \min_{K,\,c}\ \mathrm{MSE}\Big] \ge \tfrac12,\ n = 8d,\ d = 16`,
  hypotheses: d7Hyp(16),
  kind: 'probability', precision: 'float64', expect: 'refuted',
  probability: { atLeast: 0.5 },
  note: 'Deliberately false: the separation needs n ≪ N(d,2) ≈ d²/2; at d = 16 the kernel\'s n = 8d points span nearly all degree-2 harmonics, so the kernel bound falls below the learner\'s error. It shows the corrected entry measures the d-versus-d² gap, not a fixed advantage of the learner.',
  instances: fc.record({ seed: fc.integer() }),
  check: d7Check(16),
});

// ---------------------------------------------------------------- D8: features any linear regression needs
const sourceD8 = {
  doc: SEED001,
  where: 'slide "Theorem (AL\'19)" (linear regression over any feature mappings)',
  asStated: 'linear regression over any feature mappings (with any regularization) that learns the concept function H(x) = F(x) + αG(F(x)) up to generalization error o(α) must use Number of features: Ω(C(G(F))²)',
  line: 657,
};
/** Σ_{j ≤ 10} C(d, j): the multilinear monomials of degree ≤ 10 in d variables. */
const monomialsUpTo10 = (d: number): number => Array.from({ length: 11 }, (_, j) => Number(binomial(d, j))).reduce((a, b) => a + b, 0);

export const featureCountComplexitySquared = defineClaim({
  id: 'kernels.feature-count-complexity-squared', catalog: 'D8', variant: 'literal',
  title: 'Linear regression over a feature map that learns F + αG(F) needs at least C(G∘F)² features (the Ω read with constant 1)',
  source: sourceD8,
  statement: String.raw`D \ge \mathcal C(G\circ F)^2 = (10\,d^5)^2\ \text{for every feature map}\ \phi:\ \mathbb R^d\to\mathbb R^D\ \text{that learns every}\ H_w`,
  hypotheses: ['x ∈ {±1}^d/√d (random unit vectors), w ∈ {±1}^d/√d, d = k²', 'F = √d⟨w,x⟩, G(z) = z¹⁰, C computed exactly as in D1', 'the feature map: all multilinear monomials of degree ≤ 10 in x, D = Σ_{j≤10} C(d,j)'],
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  sides: { lhs: 'C(G∘F)² (C exact, squared in float64: it passes 2⁵³ at d = 36)', rhs: 'features of a map whose linear regression has error 0 on every H_w' },
  note: 'On the hypercube every H_w is a polynomial of degree 10 in x, and x_i² = 1/d reduces it to a multilinear one: linear regression over the monomials of degree ≤ 10 has error exactly 0 on every target of the family (for every w at once) with Σ_{j≤10} C(d,j) ≈ d¹⁰/10! features, far fewer than C(G∘F)² = 100 d¹⁰. So "Ω(C²)" hides a constant of order 1/(100·10!), and what the theorem bounds is the dimension the family spreads over; kernels.feature-count-dimension-bound tests that form.',
  instances: fc.record({ k: fc.integer({ min: 2, max: 6 }) }),
  check: ({ k }) => {
    const { F, G } = slideExample(k);
    const C = toNumber(complexity(polyCompose(G, F)));
    return { lhs: C * C, rhs: monomialsUpTo10(k * k), notes: { d: k * k } };
  },
});

interface D8Instance { d: number; p: number; D: number; map: 'monomials' | 'tasks' | 'gaussian' }
/** All p-subsets of {0, …, d−1}, in lexicographic order. */
function subsets(d: number, p: number): number[][] {
  const out: number[][] = [];
  const rec = (start: number, acc: number[]): void => {
    if (acc.length === p) return void out.push([...acc]);
    for (let i = start; i < d; i++) rec(i + 1, [...acc, i]);
  };
  rec(0, []);
  return out;
}
/**
 * One feature map and 16 fresh targets. The degree-p Walsh part of G(F_w) on the hypercube
 * (G(z) = z^p, F_w = √d⟨w,x⟩, w ∈ {±1}^d/√d) is a constant times c_w = (Π_{i∈S} w_i√d)_{|S|=p}:
 * ± signs on all M = C(d,p) monomials. The best linear fit over a D-dimensional feature space V
 * keeps at most the part of c_w in the degree-p projection of V, so the share of the degree-p
 * part it explains is at most ‖Π c_w‖²/‖c_w‖², Π the projection on an orthonormal basis of that
 * projection (Gram–Schmidt here). V: D random monomials, the span of D other targets' degree-p
 * parts (a map fitted to D tasks), or D Gaussian directions.
 */
function d8Measure({ d, p, D, map }: D8Instance, rng: Rng): { explained: number; share: number; rank: number; M: number } {
  const S = subsets(d, p);
  const M = S.length;
  const signs = (r: Rng): Float64Array => {
    const w = Array.from({ length: d }, () => (r.uniform() < 0.5 ? -1 : 1));
    return Float64Array.from(S, (s) => s.reduce((a, i) => a * w[i]!, 1));
  };
  const raw: Float64Array[] = [];
  if (map === 'monomials') {
    const order = Array.from({ length: M }, (_, i) => i);
    for (let i = M - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let j = 0; j < D; j++) raw.push(Float64Array.from({ length: M }, (_, i) => (i === order[j] ? 1 : 0)));
  } else for (let j = 0; j < D; j++) raw.push(map === 'tasks' ? signs(rng) : rng.normals(M));
  const basis: Float64Array[] = [];
  for (const v of raw) {
    const u = Float64Array.from(v);
    const norm0 = Math.hypot(...u);
    for (let pass = 0; pass < 2; pass++)
      for (const q of basis) {
        let t = 0;
        for (let i = 0; i < M; i++) t += q[i]! * u[i]!;
        for (let i = 0; i < M; i++) u[i] = u[i]! - t * q[i]!;
      }
    const norm = Math.hypot(...u);
    if (norm > 1e-9 * norm0) basis.push(u.map((x) => x / norm));
  }
  let explained = 0;
  const tasks = 16;
  for (let k = 0; k < tasks; k++) {
    const c = signs(rng.fork(`task${k}`));
    let e = 0;
    for (const q of basis) {
      let t = 0;
      for (let i = 0; i < M; i++) t += q[i]! * c[i]!;
      e += t * t;
    }
    explained += e / M / tasks;
  }
  return { explained, share: basis.length / M, rank: basis.length, M };
}
const d8Arb = (minShare: number): fc.Arbitrary<D8Instance> =>
  fc.record({ d: fc.integer({ min: 5, max: 10 }), p: fc.integer({ min: 2, max: 4 }), map: fc.constantFrom('monomials' as const, 'tasks' as const, 'gaussian' as const) })
    .filter(({ d, p }) => p < d)
    .chain(({ d, p, map }) => {
      const M = Number(binomial(d, p));
      return fc.record({ d: fc.constant(d), p: fc.constant(p), map: fc.constant(map), D: fc.integer({ min: Math.max(1, Math.ceil(minShare * M)), max: M - 1 }) });
    });
const d8Hyp = ['x uniform on {±1}^d/√d, w uniform on {±1}^d/√d, d = 5…10', 'F = √d⟨w,x⟩, G(z) = z^p, p = 2…4: the degree-p Walsh part of G(F) has equal-size coefficients on all M = C(d,p) monomials', 'feature maps with D < M features: D random monomials, the span of D other targets (fitted to D tasks), D Gaussian directions; 16 fresh targets each'];
const d8Resolution = 'The resolution 0.03 of the mean (in explained share) is ours, not the source\'s.';

export const featureCountDimensionBound = defineClaim({
  id: 'kernels.feature-count-dimension-bound', catalog: 'D8', variant: 'corrected',
  title: 'A feature map with D features explains on average at most D/C(d,p) of the degree-p part of G(F) (C(d,p) ≈ C(G∘F)²/(p²·p!))',
  source: sourceD8,
  statement: String.raw`\mathbb E_w\,\frac{\|P_V\, H_w^{(p)}\|^2}{\|H_w^{(p)}\|^2} \le \frac{D}{\binom dp},\quad \binom dp \sim \frac{d^p}{p!} = \frac{\mathcal C(G\circ F)^2}{p^2\,p!}`,
  hypotheses: d8Hyp,
  kind: 'mean', precision: 'float64', expect: 'supported',
  mean: { 'explained − D/M': { atMost: 0, bounds: [-1, 1], resolution: 0.03 } },
  note: `The finite form of the Ω(C²) bound: over random w the degree-p coefficient vectors are isotropic on M = C(d,p) monomials (E c_w c_wᵀ = I), so any D-dimensional span (its degree-p projection has dimension at most D) explains on average at most D/M of them, and reaching error o(α) for most w needs D ≳ M = Θ(C(G∘F)²) up to the constant p²·p!. Measured directly on fresh targets, not from the trace identity; D is the dimension of the span (dependent features count once). A span explaining more than its share D/M by 0.03 on average would have refuted it. ${d8Resolution}`,
  instances: d8Arb(0),
  check: (i, ctx) => {
    const m = d8Measure(i, ctx.rng);
    return { samples: { 'explained − D/M': m.explained - m.share }, notes: { ...m, map: i.map } };
  },
});

export const featureCountDimensionBoundOff = defineClaim({
  id: 'kernels.feature-count-dimension-bound-off', catalog: 'D8', variant: 'control',
  title: 'Control: the feature bound with a constant 15% too small, 0.85·D/C(d,p)',
  source: sourceD8,
  statement: String.raw`\mathbb E_w\,\text{explained share} \le 0.85\,D/\tbinom dp`,
  hypotheses: [...d8Hyp, 'D ≥ M/2'],
  kind: 'mean', precision: 'float64', expect: 'refuted',
  mean: { 'explained − 0.85·D/M': { atMost: 0, bounds: [-1, 1], resolution: 0.03 } },
  note: 'Deliberately false by a realistic constant: a span inside the degree-p part explains its full share D/M on average.',
  instances: d8Arb(0.5),
  check: (i, ctx) => {
    const m = d8Measure(i, ctx.rng);
    return { samples: { 'explained − 0.85·D/M': m.explained - 0.85 * m.share }, notes: { ...m, map: i.map } };
  },
});
