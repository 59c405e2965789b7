/**
 * Family A: balancedness and factorized models (CLAIMS.md §A; seed 003 "Proof of Lemma",
 * "Symmetrization I/II"; seed 001 on ‖U‖²_F + ‖V‖²_F versus ‖UVᵀ‖_*).
 */
import {
  defineClaim,
  fc,
  abs,
  add,
  balancedness,
  centralDifference,
  combine,
  deepLinearGdStep,
  descend,
  frobenius,
  layerBalancedness,
  linalg,
  lossGradients64,
  mat,
  matmul,
  maxAbs,
  neuronBalancedness,
  nuclearNorm,
  plantedProblem,
  scale,
  sensingGdStep,
  sensingGradient,
  sensingSharpness,
  spectralNorm,
  squareLoss,
  sub,
  transpose,
  twoLayerFromNeurons64,
  twoLayerGdStep64,
  vstack,
  type Mat,
  type Rng,
  type PlantedSensing,
  type CheckContext,
} from 'claimcheck';

const SEED_003 = '003_e1a41577358f3c93.txt';
const SEED_001 = '001_08cb02c438334e9c.txt';
const LEMMA_SOURCE = {
  doc: SEED_003,
  where: 'slide "Proof of ‖U_τᵀU_τ − V_τᵀV_τ‖_F ≤ c‖U_0ᵀU_0 − V_0ᵀV_0‖_F"',
};

const LEMMA_ASSTATED = { ...LEMMA_SOURCE, asStated: 'Lemma: ‖B_t‖_F ≤ ‖B_0‖_F + 2μ(L(V_0, W_0) − L(V_t, W_t))', line: 470 };
const lemmaSides = { lhs: '‖B_T‖_F after T GD steps', rhs: '‖B_0‖_F + 2μ(L_0 − L_T), the Lemma\'s bound' };

/** One seed per point of a scaling sweep. */
const sweepInstance = fc.record({ seed: fc.integer() });

/** A small planted sensing problem and a random (unbalanced) starting point. */
const sensingInstance = fc.record({
  n: fc.integer({ min: 1, max: 24 }),
  d1: fc.integer({ min: 1, max: 7 }),
  d2: fc.integer({ min: 1, max: 7 }),
  r: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer(),
});
type SensingInstance = { n: number; d1: number; d2: number; r: number; seed: number };

function setup({ n, d1, d2, r }: SensingInstance, rng: Rng, initScale = 1) {
  const p = plantedProblem(rng.fork('problem'), n, d1, d2, r);
  const U = mat(d1, r, rng.fork('U').normals(d1 * r, initScale));
  const V = mat(d2, r, rng.fork('V').normals(d2 * r, initScale));
  return { p, U, V };
}

const gram = (A: Mat) => matmul(transpose(A), A);
/** |A|ᵀ|A|: the magnitude of the terms AᵀA sums. */
const absGram = (A: Mat) => gram(abs(A));

// ---------------------------------------------------------------- A1
/**
 * Both gradients of L from its definition, by central differences, independently of any closed
 * form: L is quadratic in U for fixed V (and in V for fixed U), so the differences are exact up
 * to rounding at any step h (src/tensor/finite_difference.ts). Returns the two sides of the key
 * identity and the magnitude of the terms they sum (|U|ᵀ·|∂L/∂U| terms, rounding of the two
 * loss evaluations whose difference is taken included).
 */
function keyIdentitySides(loss: (U: Mat, V: Mat) => number, U: Mat, V: Mat) {
  const h = 1;
  const dU = centralDifference((P) => loss(P, V), U, h);
  const dV = centralDifference((Q) => loss(U, Q), V, h);
  return {
    lhs: matmul(transpose(U), dU.grad).data,
    rhs: matmul(transpose(dV.grad), V).data,
    scale: Math.max(maxAbs(matmul(transpose(abs(U)), dU.magnitude)), maxAbs(matmul(transpose(dV.magnitude), abs(V)))),
  };
}

const KEY_SOURCE = { ...LEMMA_SOURCE, asStated: 'Key idea: V_t^T ∇_V L(V_t, W_t) = ∇_W L(V_t, W_t)^T W_t', line: 472 };
const keySides = { lhs: 'Uᵀ·∇_U L, ∇_U L by central differences of L in U', rhs: '(∇_V L)ᵀ·V, ∇_V L by central differences of L in V' };

export const keyIdentity = defineClaim({
  id: 'balancedness.key-identity',
  catalog: 'A1',
  variant: 'literal',
  title: 'Key idea: Uᵀ∇_U L = (∇_V L)ᵀ V for L(U, V) = g(UVᵀ), each gradient from its own definition',
  source: KEY_SOURCE,
  statement: String.raw`U^\top \nabla_U \mathcal{L}(U,V) = (\nabla_V \mathcal{L}(U,V))^\top V`,
  hypotheses: ['L(U,V) = g(UVᵀ) with g(M) = ½‖A(M) − y‖² (matrix sensing, Gaussian A, planted y)', 'any U, V, A, y'],
  sides: keySides,
  note: 'The slide names the factors V and W; here U (d1×r) and V (d2×r). Each side uses its own gradient, computed by central differences of L (exact for a loss quadratic in each factor), not the closed form G = A*(A(UVᵀ) − y) both sides share: a loss not of the form g(UVᵀ) (a term in U alone) or a wrong gradient of either factor would have refuted it, as the control shows.',
  kind: 'identity',
  precision: 'float64',
  expect: 'supported',
  instances: sensingInstance,
  check: (inst, { rng }) => {
    const { p, U, V } = setup(inst, rng);
    const s = keyIdentitySides((P, Q) => sensingGradient(p.op, p.y, P, Q).loss, U, V);
    // each entry sums d1 (or d2) products; each loss evaluation sums n·d1·d2 terms
    return { ...s, size: inst.n * inst.d1 * inst.d2 };
  },
});

/** Weight decay on U alone: a realistic regularization strength, and a loss no longer of the form g(UVᵀ). */
const KEY_LAMBDA = 1e-3;

export const keyIdentityDecayControl = defineClaim({
  id: 'balancedness.key-identity-decay-control',
  catalog: 'A1',
  variant: 'control',
  title: `Control: the key identity for g(UVᵀ) + λ‖U‖²_F, λ = ${KEY_LAMBDA} (a term that breaks the U ↔ V symmetry)`,
  source: { ...KEY_SOURCE, asStated: `${KEY_SOURCE.asStated}  [deliberately altered: weight decay λ‖U‖²_F on U alone added to L]` },
  statement: String.raw`U^\top \nabla_U \big(\mathcal{L} + \lambda\|U\|_F^2\big) = \big(\nabla_V (\mathcal{L} + \lambda\|U\|_F^2)\big)^\top V,\ \lambda = 10^{-3}`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖² + λ‖U‖²_F', 'gradients by central differences, as in balancedness.key-identity'],
  sides: keySides,
  note: 'The identity needs L to depend on U and V only through UVᵀ; the decay term adds 2λUᵀU to the left side only, so the check must refute it (the same computation as the literal entry, with one term more in L).',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: sensingInstance,
  check: (inst, { rng }) => {
    const { p, U, V } = setup(inst, rng);
    const s = keyIdentitySides((P, Q) => sensingGradient(p.op, p.y, P, Q).loss + KEY_LAMBDA * frobenius(P) ** 2, U, V);
    return { ...s, size: inst.n * inst.d1 * inst.d2 };
  },
});

// ---------------------------------------------------------------- A2
const stepInstance = fc.record({
  n: fc.integer({ min: 1, max: 24 }),
  d1: fc.integer({ min: 1, max: 7 }),
  d2: fc.integer({ min: 1, max: 7 }),
  r: fc.integer({ min: 1, max: 4 }),
  // the step size; the instance field keeps its published name μ (each instance's RNG derives from its fields)
  mu: fc.double({ min: 1e-3, max: 1, noNaN: true }),
  seed: fc.integer(),
});

/** One GD step and the three matrices the A2 statements compare (B0, B1, the μ² term). */
function oneStep(inst: SensingInstance & { mu: number }, rng: Rng) {
  const { p, U, V } = setup(inst, rng);
  const { U: U1, V: V1, grad } = sensingGdStep(p.op, p.y, U, V, inst.mu);
  const B0 = balancedness(U, V);
  const B1 = balancedness(U1, V1);
  const second = sub(gram(grad.gradU), gram(grad.gradV));
  // float64: B1 and B0 share O(‖U‖²) and O(μ) terms that cancel; rounding scales with them
  const magnitude = maxAbs(add(add(absGram(U1), absGram(V1)), add(add(absGram(U), absGram(V)), scale(inst.mu ** 2, add(absGram(grad.gradU), absGram(grad.gradV))))));
  return { B0, B1, second, magnitude, size: Math.max(inst.d1, inst.d2) };
}

const ONE_STEP_SOURCE = { ...LEMMA_SOURCE, asStated: 'B_{t+1} = ... = B_t + μ^2 (∇_V L(V_t, W_t)^T ∇_V L(V_t, W_t) − ∇_W L(V_t, W_t)^T ∇_W L(V_t, W_t))', line: 476 };
const oneStepSides = { lhs: 'B_{t+1} = U_{t+1}ᵀU_{t+1} − V_{t+1}ᵀV_{t+1} after one GD step', rhs: 'B_t plus the slide\'s step term' };

export const oneStepIdentity = defineClaim({
  id: 'balancedness.one-step-identity',
  catalog: 'A2',
  variant: 'literal',
  title: 'One GD step moves UᵀU − VᵀV by exactly μ²(G_UᵀG_U − G_VᵀG_V)',
  source: ONE_STEP_SOURCE,
  sides: oneStepSides,
  statement: String.raw`B_{t+1} = B_t + \mu^2 (G_U^\top G_U - G_V^\top G_V),\quad B = U^\top U - V^\top V`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'any step μ'],
  note: 'The O(μ) cross terms cancel by the key identity (A1); computed in float64 with the scale of the cancelled terms. A leftover first-order term, or a μ² term with another constant, would have refuted it (the controls).',
  kind: 'identity',
  precision: 'float64',
  expect: 'supported',
  instances: stepInstance,
  check: (inst, { rng }) => {
    const s = oneStep(inst, rng);
    return { lhs: s.B1.data, rhs: add(s.B0, scale(inst.mu ** 2, s.second)).data, scale: s.magnitude, size: s.size };
  },
});

export const oneStepFirstOrderControl = defineClaim({
  id: 'balancedness.one-step-first-order-control',
  catalog: 'A2',
  variant: 'control',
  title: 'Control: the step term with μ instead of μ²',
  source: { ...ONE_STEP_SOURCE, asStated: 'B_{t+1} = B_t + μ^2 (…)  [deliberately altered: μ instead of μ²]' },
  sides: oneStepSides,
  statement: String.raw`B_{t+1} = B_t + \mu (G_U^\top G_U - G_V^\top G_V)`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'any step μ'],
  note: 'Wrong power of the step size: must be refuted whenever μ ≠ 1 and the gradients are not balanced.',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: stepInstance,
  check: (inst, { rng }) => {
    const s = oneStep(inst, rng);
    return { lhs: s.B1.data, rhs: add(s.B0, scale(inst.mu, s.second)).data, scale: s.magnitude, size: s.size };
  },
});

export const exactConservationControl = defineClaim({
  id: 'balancedness.exact-conservation-control',
  catalog: 'A2',
  variant: 'control',
  title: 'Control: gradient descent conserves UᵀU − VᵀV exactly',
  source: { ...ONE_STEP_SOURCE, asStated: 'B_{t+1} = B_t + μ^2 (…)  [deliberately altered: the μ² term dropped]' },
  sides: oneStepSides,
  statement: String.raw`B_{t+1} = B_t`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'any step μ'],
  note: 'Conservation holds for gradient flow, not for a finite step: must be refuted.',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: stepInstance,
  check: (inst, { rng }) => {
    const s = oneStep(inst, rng);
    return { lhs: s.B1.data, rhs: s.B0.data, scale: s.magnitude, size: s.size };
  },
});

export const oneStepConstantControl = defineClaim({
  id: 'balancedness.one-step-constant-control',
  catalog: 'A2',
  variant: 'control',
  title: 'Control: the step term with constant 0.9 (μ² → 0.9μ²)',
  source: { ...ONE_STEP_SOURCE, asStated: 'B_{t+1} = B_t + μ^2 (…)  [deliberately altered: constant 1 → 0.9]' },
  statement: String.raw`B_{t+1} = B_t + 0.9\,\mu^2 (G_U^\top G_U - G_V^\top G_V)`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'any step μ'],
  sides: oneStepSides,
  note: 'A constant 10% off on the term the identity is about: must be refuted (the targeted search climbs toward steps where the μ² term is large against the cancelled O(‖U‖²) terms).',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: stepInstance,
  check: (inst, { rng }) => {
    const s = oneStep(inst, rng);
    return { lhs: s.B1.data, rhs: add(s.B0, scale(0.9 * inst.mu ** 2, s.second)).data, scale: s.magnitude, size: s.size };
  },
});

// ---------------------------------------------------------------- A3
interface Trajectory {
  B0: number;
  Bt: number;
  L0: number;
  Lt: number;
  /** max over steps of μ·β̄_t, the step's smoothness bound (see segmentSmoothness) */
  lrBeta: number;
}

/** ‖A‖_op of the sensing operator (largest singular value of the n × d1d2 matrix). */
const operatorNorm = (p: PlantedSensing) => spectralNorm(p.op.rows);

/**
 * Upper bound on the curvature of L along the segment from (U, V) to (U', V'):
 * β̄ = ‖A‖²(max‖U‖²_op + max‖V‖²_op) + ‖A*r‖_op + ‖A‖²(‖ΔU‖_F‖V‖_op + ‖U‖_op‖ΔV‖_F + ‖ΔU‖_F‖ΔV‖_F).
 * From d²/ds² L = ‖A(ΔU Vᵀ + U ΔVᵀ)‖² + 2⟨r, A(ΔU ΔVᵀ)⟩ (operator norms are convex along the
 * segment). With μβ̄ ≤ 1 the descent lemma gives L_t − L_{t+1} ≥ (μ/2)‖∇L‖², the step the
 * slide's final inequality needs.
 */
function segmentSmoothness(p: PlantedSensing, opA: number, U: Mat, V: Mat, U1: Mat, V1: Mat, G: Mat): number {
  const nU = Math.max(spectralNorm(U), spectralNorm(U1));
  const nV = Math.max(spectralNorm(V), spectralNorm(V1));
  const dU = frobenius(sub(U1, U));
  const dV = frobenius(sub(V1, V));
  const a2 = opA * opA;
  return a2 * (nU * nU + nV * nV) + spectralNorm(G) + a2 * (dU * spectralNorm(V) + spectralNorm(U) * dV + dU * dV);
}

function runLemma(inst: SensingInstance & { steps: number }, rng: Rng, stepOf: (p: PlantedSensing, opA: number, U: Mat, V: Mat) => number): Trajectory & { lr: number } {
  let { p, U, V } = setup(inst, rng, 0.5);
  const opA = operatorNorm(p);
  const lr = stepOf(p, opA, U, V);
  const B0 = frobenius(balancedness(U, V));
  let L0 = NaN;
  let lrBeta = 0;
  for (let t = 0; t < inst.steps; t++) {
    const next = sensingGdStep(p.op, p.y, U, V, lr);
    if (t === 0) L0 = next.grad.loss;
    lrBeta = Math.max(lrBeta, lr * segmentSmoothness(p, opA, U, V, next.U, next.V, next.grad.G));
    ({ U, V } = next);
  }
  const Lt = sensingGradient(p.op, p.y, U, V).loss;
  return { B0, Bt: frobenius(balancedness(U, V)), L0, Lt, lrBeta, lr };
}

const lemmaAnyStep = fc.record({
  n: fc.integer({ min: 1, max: 16 }),
  d1: fc.integer({ min: 1, max: 6 }),
  d2: fc.integer({ min: 1, max: 6 }),
  r: fc.integer({ min: 1, max: 3 }),
  steps: fc.integer({ min: 1, max: 5 }),
  mu: fc.double({ min: 1e-3, max: 1.5, noNaN: true }), // the step size (field name as published)
  seed: fc.integer(),
});

export const lemmaLiteral = defineClaim({
  id: 'balancedness.lemma-any-step',
  catalog: 'A3',
  variant: 'literal',
  title: 'Lemma as stated: ‖B_t‖_F ≤ ‖B_0‖_F + 2μ(L(0) − L(t)), no condition on μ',
  source: LEMMA_ASSTATED,
  sides: lemmaSides,
  statement: String.raw`\|B_t\|_F \le \|B_0\|_F + 2\mu\,(\mathcal{L}_0 - \mathcal{L}_t)`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'GD with any constant step μ (the slide states none)'],
  note: 'The proof\'s last step, μ²‖∇L‖² ≤ 2μ(L_t − L_{t+1}), is the descent lemma and needs μ small against the local smoothness; a large step makes the loss rise and the bound fail.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: lemmaAnyStep,
  check: (inst, { rng }) => {
    const t = runLemma(inst, rng, () => inst.mu);
    return { lhs: t.Bt, rhs: t.B0 + 2 * t.lr * (t.L0 - t.Lt), notes: { lr: t.lr, 'max μβ̄': t.lrBeta } };
  },
});

const lemmaSmallStep = fc.record({
  n: fc.integer({ min: 1, max: 16 }),
  d1: fc.integer({ min: 1, max: 6 }),
  d2: fc.integer({ min: 1, max: 6 }),
  r: fc.integer({ min: 1, max: 3 }),
  steps: fc.integer({ min: 1, max: 12 }),
  /** step as a fraction of 1/β̄ at initialization */
  c: fc.double({ min: 0.01, max: 1, noNaN: true }),
  seed: fc.integer(),
});
type SmallStep = SensingInstance & { steps: number; c: number };
const initialStep = (inst: SmallStep) => (p: PlantedSensing, opA: number, U: Mat, V: Mat) => {
  const G = sensingGradient(p.op, p.y, U, V).G;
  return inst.c / (opA * opA * (spectralNorm(U) ** 2 + spectralNorm(V) ** 2) + spectralNorm(G));
};

/**
 * The seed's regime (003, "Our result": small random initialization): a planted rank-r problem
 * with n ≥ (d1 + d2)r measurements, so that its global minima are the orbit (XR, YR⁻ᵀ) alone,
 * and a step μ = c·2/λ* given as a fraction c of the edge of stability 2/λ* of the flattest of
 * them (the balanced one; λ* = λ_max(∇²L) there, sensingSharpness). `balanced` starts from the
 * balanced factorization of a small random matrix (B₀ = 0); otherwise from the seed's
 * U₀ = αU, V₀ = αV with Gaussian U, V (B₀ of order α²).
 */
const smallInit = (c: { min: number; max: number }, steps: { min: number; max: number }, alpha = { min: 1e-3, max: 1e-1 }) => fc.record({
  extra: fc.integer({ min: 0, max: 12 }),
  d1: fc.integer({ min: 1, max: 6 }),
  d2: fc.integer({ min: 1, max: 6 }),
  r: fc.integer({ min: 1, max: 3 }),
  logAlpha: fc.double({ min: Math.log(alpha.min), max: Math.log(alpha.max), noNaN: true }),
  /** the step as a fraction of the edge of stability 2/λ* */
  c: fc.double({ min: c.min, max: c.max, noNaN: true }),
  steps: fc.integer(steps),
  seed: fc.integer(),
});
type SmallInit = { extra: number; d1: number; d2: number; r: number; logAlpha: number; c: number; steps: number; seed: number };

function smallInitProblem(inst: Pick<SmallInit, 'extra' | 'd1' | 'd2' | 'r'>, rng: Rng) {
  const r = Math.min(inst.r, inst.d1, inst.d2);
  const p = plantedProblem(rng.fork('problem'), (inst.d1 + inst.d2) * r + inst.extra, inst.d1, inst.d2, r);
  const star = balancedFactors(matmul(p.X, transpose(p.Y)), r);
  return { p, r, edge: 2 / sensingSharpness(p.op, star.U, star.V) };
}

function smallStart(inst: SmallInit, rng: Rng, r: number, balanced: boolean): { U: Mat; V: Mat } {
  const alpha = Math.exp(inst.logAlpha);
  if (balanced) return balancedFactors(mat(inst.d1, inst.d2, rng.fork('M').normals(inst.d1 * inst.d2, alpha)), r);
  return { U: mat(inst.d1, r, rng.fork('U').normals(inst.d1 * r, alpha)), V: mat(inst.d2, r, rng.fork('V').normals(inst.d2 * r, alpha)) };
}

/**
 * GD from (U, V) for up to `steps` steps: ‖B₀‖, ‖B_τ‖ at the last step taken, max_τ ‖B_τ‖, L₀,
 * L_τ, and, over the steps taken, min_t (L_t − L_{t+1}) / ((μ/2)‖∇L_t‖²) (the descent the proof's
 * final step needs is ≥ 1) and (with `smoothness`) max_t μβ̄_t. A run that overflows stops at its
 * last finite iterate (every statement here is about every τ, so an earlier τ is as good a test).
 */
function smallInitRun(p: PlantedSensing, U: Mat, V: Mat, lr: number, steps: number, smoothness = false) {
  const opA = smoothness ? operatorNorm(p) : 0;
  const B0 = frobenius(balancedness(U, V));
  let g = sensingGradient(p.op, p.y, U, V);
  const L0 = g.loss;
  let maxB = B0, BT = B0, lrBeta = 0, descent = Infinity, taken = 0;
  for (let t = 0; t < steps; t++) {
    const U1 = descend(U, g.gradU, lr), V1 = descend(V, g.gradV, lr);
    const g1 = sensingGradient(p.op, p.y, U1, V1);
    const B1 = frobenius(balancedness(U1, V1));
    if (!Number.isFinite(g1.loss) || !Number.isFinite(B1)) break;
    if (smoothness) lrBeta = Math.max(lrBeta, lr * segmentSmoothness(p, opA, U, V, U1, V1, g.G));
    const gradSq = frobenius(g.gradU) ** 2 + frobenius(g.gradV) ** 2;
    // (μ/2)‖∇L‖² underflows to 0 near a tiny start's saddle, where the loss does not move either: 0/0
    const descentScale = (lr / 2) * gradSq;
    if (descentScale > 0) descent = Math.min(descent, (g.loss - g1.loss) / descentScale);
    else if (gradSq > 0 && g1.loss > g.loss) descent = -Infinity;
    [U, V, g, BT] = [U1, V1, g1, B1];
    maxB = Math.max(maxB, B1);
    taken++;
  }
  return { B0, BT, maxB, L0, LT: g.loss, lrBeta, descent, taken };
}

/** The Lemma's two sides from a balanced small start (B₀ = 0), at step c·2/λ*. */
function lemmaFromBalanced(inst: SmallInit, rng: Rng, smoothness: boolean) {
  const { p, r, edge } = smallInitProblem(inst, rng);
  const { U, V } = smallStart(inst, rng, r, true);
  const lr = inst.c * edge;
  const t = smallInitRun(p, U, V, lr, inst.steps, smoothness);
  return { lhs: t.BT, rhs: t.B0 + 2 * lr * (t.L0 - t.LT), lrBeta: t.lrBeta, descent: t.descent, notes: { lr, 'μ·λ*/2': inst.c, '‖B_0‖_F': t.B0, 'L_0 − L_T': t.L0 - t.LT, 'steps taken': t.taken, ...(Number.isFinite(t.descent) ? { 'min descent ratio': t.descent } : {}), ...(smoothness ? { 'max μβ̄': t.lrBeta } : {}) } };
}


export const lemmaCorrected = defineClaim({
  id: 'balancedness.lemma-descent-step',
  catalog: 'A3',
  variant: 'corrected',
  title: 'Lemma from a balanced small initialization (B₀ = 0), with the descent-lemma step condition μ·β̄_t ≤ 1 at every step',
  source: LEMMA_ASSTATED,
  statement: String.raw`B_0 = 0,\ \mu\,\bar\beta_t \le 1\ \forall t < T \implies \|B_T\|_F \le 2\mu\,(\mathcal{L}_0 - \mathcal{L}_T)`,
  hypotheses: [
    'L(U,V) = ½‖A(UVᵀ) − y‖², planted rank r, n ≥ (d1 + d2)r',
    'U₀ = P√Σ, V₀ = Q√Σ from the SVD of a random d1×d2 matrix of scale α ∈ [10⁻³, 10⁻¹] (balanced: B₀ = 0)',
    'μ = c·2/λ*, c ∈ [0.02, 0.5] (λ* the sharpness of the balanced planted minimum); instances with μβ̄_t > 1 on some step are skipped and counted',
    'β̄_t = ‖A‖²(max‖U‖²_op + max‖V‖²_op) + ‖A*r_t‖_op + ‖A‖²(‖ΔU‖‖V_t‖ + ‖U_t‖‖ΔV‖ + ‖ΔU‖‖ΔV‖) bounds the curvature on step t\'s segment',
  ],
  sides: lemmaSides,
  note: 'From B₀ = 0, the seed\'s small-initialization case, the whole bound is the loss term, so the check tests what the Lemma adds (an unbalanced start lets ‖B₀‖ dominate both sides). The step condition is what the descent lemma needs for L_t − L_{t+1} ≥ (μ/2)‖∇L‖², the proof\'s final step. A trajectory along which B grows faster than 2μ times the loss it spends would have refuted it; the control with a step just past the edge of stability shows that the check sees such trajectories.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'supported',
  instances: smallInit({ min: 0.02, max: 0.5 }, { min: 10, max: 120 }),
  check: (inst, { rng, assume }) => {
    const { lhs, rhs, lrBeta, notes } = lemmaFromBalanced(inst, rng, true);
    assume(lrBeta <= 1, 'μ·β̄_t ≤ 1 on every step');
    return { lhs, rhs, notes };
  },
});

export const lemmaStableStep = defineClaim({
  id: 'balancedness.lemma-stable-step',
  catalog: 'A3',
  variant: 'corrected',
  title: 'Lemma from B₀ = 0 at steps up to the edge of stability, wherever every step descends by (μ/2)‖∇L‖² (the proof\'s final step, measured)',
  source: LEMMA_ASSTATED,
  statement: String.raw`B_0 = 0,\ \mathcal{L}_t - \mathcal{L}_{t+1} \ge \tfrac{\mu}{2}\|\nabla\mathcal{L}_t\|^2\ \forall t < T \implies \|B_T\|_F \le 2\mu\,(\mathcal{L}_0 - \mathcal{L}_T)`,
  hypotheses: [
    'L(U,V) = ½‖A(UVᵀ) − y‖², planted rank r, n ≥ (d1 + d2)r (the minima are one orbit)',
    'balanced small start B₀ = 0 at scale α ∈ [10⁻³, 10⁻¹]',
    'μ = c·2/λ*, c ∈ [0.05, 0.95], λ* = λ_max(∇²L) at the balanced planted minimum, T ∈ [100, 250] steps',
    'every step taken satisfies the descent inequality L_t − L_{t+1} ≥ (μ/2)‖∇L_t‖² (instances where one does not are skipped and counted)',
  ],
  sides: lemmaSides,
  note: 'The proof needs one thing of the step size: the descent inequality of its final step. Here it is measured along the trajectory rather than guaranteed by a smoothness bound, so steps far larger than the proof\'s μβ̄_t ≤ 1 are tested; a step below the edge of stability does not by itself guarantee it (from a small start GD can overshoot), which is why it is a hypothesis. A trajectory meeting it along which ‖B‖ outgrew 2μ times the loss spent would have refuted the entry; the control, steps 15–30% past the edge with no descent hypothesis, is refuted.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'supported',
  instances: smallInit({ min: 0.05, max: 0.95 }, { min: 100, max: 250 }),
  check: (inst, { rng, assume }) => {
    const { lhs, rhs, descent, notes } = lemmaFromBalanced(inst, rng, false);
    assume(descent >= 1, 'L_t − L_{t+1} ≥ (μ/2)‖∇L_t‖² on every step');
    return { lhs, rhs, notes };
  },
});

export const lemmaPastStabilityControl = defineClaim({
  id: 'balancedness.lemma-past-stability-control',
  catalog: 'A3',
  variant: 'control',
  title: 'Control: the Lemma from B₀ = 0 with a step 15–30% past the edge of stability, μ = c·2/λ*, c ∈ [1.15, 1.3]',
  source: { ...LEMMA_ASSTATED, asStated: `${LEMMA_ASSTATED.asStated}  [deliberately altered: a step just past the edge of stability]` },
  statement: String.raw`B_0 = 0,\ \mu = c\cdot 2/\lambda^*,\ c \in [1.15, 1.3] \implies \|B_T\|_F \le 2\mu\,(\mathcal{L}_0 - \mathcal{L}_T)`,
  hypotheses: ['as balancedness.lemma-stable-step, with c ∈ [1.15, 1.3]'],
  sides: lemmaSides,
  note: 'No global minimum is stable at this step, so GD cannot settle: the loss stops falling while each step still adds μ²(G_UᵀG_U − G_VᵀG_V) to B. Must be refuted; it bounds how close to the edge the stable-step entry could be wrong without the check noticing.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: smallInit({ min: 1.15, max: 1.3 }, { min: 100, max: 250 }),
  check: (inst, { rng }) => {
    const { lhs, rhs, notes } = lemmaFromBalanced(inst, rng, false);
    return { lhs, rhs, notes };
  },
});

// ---------------------------------------------------------------- A8
const HEADLINE_SOURCE = {
  doc: SEED_003,
  where: 'slide "Symmetrization II"',
  asStated: 'We show ‖U_τ^T U_τ − V_τ^T V_τ‖_F ≤ c ‖U_0^T U_0 − V_0^T V_0‖_F  Small at initialization',
  line: 460,
};
/** Init scales of the headline sweep: two decades below where the μ² terms overtake ‖B₀‖ ∝ α². */
const headlineScales = (budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T }) =>
  budget.pick({ quick: [1e-3, 10 ** -3.5, 1e-4, 10 ** -4.5, 1e-5], ci: [1e-3, 10 ** -3.5, 1e-4, 10 ** -4.5, 1e-5, 10 ** -5.5], thorough: [1e-3, 10 ** -3.5, 1e-4, 10 ** -4.5, 1e-5, 10 ** -5.5, 1e-6] });

export const headlineConstant = defineClaim({
  id: 'balancedness.headline-constant-small-init',
  catalog: 'A8',
  variant: 'literal',
  title: '‖B_τ‖_F ≤ c‖B_0‖_F with one constant c at every small initialization scale α (fixed step μ)',
  source: HEADLINE_SOURCE,
  statement: String.raw`\exists c\ \forall \alpha:\ \max_{\tau \le T} \|B_\tau\|_F / \|B_0\|_F \le c,\ \text{i.e. the ratio is } O(\alpha^0)\ \text{as}\ \alpha \to 0`,
  hypotheses: [
    'L(U,V) = ½‖A(UVᵀ) − y‖², n = 40, d1 = 6, d2 = 5, r = 2, planted rank 2',
    'the seed\'s small random init U₀ = αU, V₀ = αV, U, V with i.i.d. N(0, 1) entries (003, "Our result")',
    'one step μ = 2/λ*·½ for every α (half the edge of stability of the balanced minimum), T = 400 steps; α from 10⁻³ down to 10⁻⁵ (quick), 10⁻⁵·⁵ (ci), 10⁻⁶ (thorough)',
  ],
  note: '"For every constant c" made testable as a scaling statement: a ratio bounded by one c for all α has exponent ≥ 0 in α as α → 0. B₀ is of order α² while each step adds μ²(G_UᵀG_U − G_VᵀG_V), whose sum along the escape from the origin does not shrink with α (it is at most 2μL₀ by the Lemma), so the ratio grows like α⁻²: the fitted exponent is refuted for every constant at once. A ratio that levelled off as α shrinks would have supported it.',
  kind: 'scaling',
  expect: 'refuted',
  scaling: { exponent: 0, relation: 'atLeast', axes: { x: 'init scale $\\alpha$', y: String.raw`$\max_\tau \|B_\tau\|_F / \|B_0\|_F$` } },
  instances: sweepInstance,
  check: (_i, { rng, budget }) => {
    const inst = { extra: 18, d1: 6, d2: 5, r: 2 };
    const { p, edge } = smallInitProblem(inst, rng);
    const U = mat(inst.d1, inst.r, rng.fork('U').normals(inst.d1 * inst.r));
    const V = mat(inst.d2, inst.r, rng.fork('V').normals(inst.d2 * inst.r));
    const x: number[] = [], y: number[] = [];
    for (const alpha of headlineScales(budget)) {
      const t = smallInitRun(p, scale(alpha, U), scale(alpha, V), 0.5 * edge, 400);
      x.push(alpha);
      y.push(t.maxB / t.B0);
    }
    return { x, y };
  },
});

/** The headline bound's two sides from the seed's small Gaussian start, at step c·2/λ*. */
function headlineSides(inst: SmallInit, rng: Rng) {
  const { p, r, edge } = smallInitProblem(inst, rng);
  const { U, V } = smallStart(inst, rng, r, false);
  const lr = inst.c * edge;
  const t = smallInitRun(p, U, V, lr, inst.steps);
  const c = 1 + (2 * lr * t.L0) / t.B0;
  return { lhs: t.maxB, rhs: c * t.B0, descent: t.descent, notes: { lr, 'μ·λ*/2': inst.c, '‖B_0‖_F': t.B0, 'c = 1 + 2μL_0/‖B_0‖_F': c, 'steps taken': t.taken, ...(Number.isFinite(t.descent) ? { 'min descent ratio': t.descent } : {}) } };
}
const headlineSides_ = { lhs: 'max over τ ≤ T of ‖B_τ‖_F', rhs: 'c‖B_0‖_F with c = 1 + 2μL_0/‖B_0‖_F' };

export const headlineCondition = defineClaim({
  id: 'balancedness.headline-constant-condition',
  catalog: 'A8',
  variant: 'corrected',
  title: '‖B_τ‖_F ≤ c‖B_0‖_F with c = 1 + 2μL₀/‖B₀‖_F: a given constant c₀ whenever 2μL₀ ≤ (c₀ − 1)‖B₀‖_F, i.e. μ = O(α²)',
  source: HEADLINE_SOURCE,
  statement: String.raw`\mathcal{L}_t - \mathcal{L}_{t+1} \ge \tfrac{\mu}{2}\|\nabla\mathcal{L}_t\|^2\ \forall t \implies \max_{\tau \le T}\|B_\tau\|_F \le \Big(1 + \frac{2\mu \mathcal{L}_0}{\|B_0\|_F}\Big)\|B_0\|_F`,
  hypotheses: [
    'L(U,V) = ½‖A(UVᵀ) − y‖², planted rank r, n ≥ (d1 + d2)r',
    'the seed\'s small random init U₀ = αU, V₀ = αV (Gaussian), α ∈ [10⁻⁴, 10⁻¹], so ‖B₀‖_F is of order α²',
    'μ = c·2/λ*, c ∈ [0.05, 0.95], T ∈ [100, 250]; every step satisfies L_t − L_{t+1} ≥ (μ/2)‖∇L_t‖² (as balancedness.lemma-stable-step; other instances skipped and counted)',
  ],
  sides: headlineSides_,
  note: 'The Lemma read as the headline: the constant c is bounded by a given c₀ when 2μL₀ ≤ (c₀ − 1)‖B₀‖_F, a condition linking the step to the init scale (μ of order α², since ‖B₀‖_F ∝ α² and L₀ stays of order ½‖y‖²); at a fixed μ and α → 0 no constant works (the literal entry). A trajectory whose ‖B_τ‖ outgrew ‖B₀‖ + 2μL₀ at some τ would have refuted it; the control with a step past the edge is refuted.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'supported',
  instances: smallInit({ min: 0.05, max: 0.95 }, { min: 100, max: 250 }, { min: 1e-4, max: 1e-1 }),
  check: (inst, { rng, assume }) => {
    const { descent, ...sides } = headlineSides(inst, rng);
    assume(descent >= 1, 'L_t − L_{t+1} ≥ (μ/2)‖∇L_t‖² on every step');
    return sides;
  },
});

export const headlinePastStabilityControl = defineClaim({
  id: 'balancedness.headline-constant-past-stability-control',
  catalog: 'A8',
  variant: 'control',
  title: 'Control: the corrected headline bound with a step 15–30% past the edge of stability',
  source: { ...HEADLINE_SOURCE, asStated: `${HEADLINE_SOURCE.asStated}  [deliberately altered: a step just past the edge of stability]` },
  statement: String.raw`\mu = c\cdot 2/\lambda^*,\ c \in [1.15, 1.3] \implies \max_{\tau \le T}\|B_\tau\|_F \le \Big(1 + \frac{2\mu \mathcal{L}_0}{\|B_0\|_F}\Big)\|B_0\|_F`,
  hypotheses: ['as balancedness.headline-constant-condition, with c ∈ [1.15, 1.3]'],
  sides: headlineSides_,
  note: 'Past the edge no minimum is stable, GD keeps bouncing and each step still adds μ² terms to B: must be refuted.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: smallInit({ min: 1.15, max: 1.3 }, { min: 100, max: 250 }, { min: 1e-4, max: 1e-1 }),
  check: (inst, { rng }) => {
    const { descent: _unused, ...sides } = headlineSides(inst, rng);
    return sides;
  },
});

export const lemmaNoLossTermControl = defineClaim({
  id: 'balancedness.lemma-no-loss-term-control',
  catalog: 'A3',
  variant: 'control',
  title: 'Control: ‖B_t‖_F ≤ ‖B_0‖_F (the loss-decrease term dropped)',
  source: { ...LEMMA_SOURCE, asStated: 'Lemma: ‖B_t‖_F ≤ ‖B_0‖_F + 2μ(…)  [deliberately altered: the 2μ(L_0 − L_t) term dropped]', line: 470 },
  sides: { lhs: '‖B_T‖_F after T GD steps from a balanced start', rhs: '‖B_0‖_F' },
  statement: String.raw`\|B_T\|_F \le \|B_0\|_F`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖²', 'μ·β̄_t ≤ 1 on every step', 'balanced start B_0 = 0'],
  note: 'Gradient flow\'s exact conservation read as a property of GD: from a balanced start any step makes B nonzero (by μ²(G_UᵀG_U − G_VᵀG_V)), so it must be refuted. A control of what the μ² term is, not of the Lemma\'s constant: balancedness.lemma-past-stability-control is the control at a realistic distance.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: lemmaSmallStep,
  check: (inst, { rng, assume }) => {
    // balanced start: V₀ = U₀ when d1 = d2 is not general; use U₀ = P√Σ, V₀ = Q√Σ of a random matrix
    const { p } = setup(inst, rng, 0.5);
    const M = mat(inst.d1, inst.d2, rng.fork('M').normals(inst.d1 * inst.d2, 0.5));
    let { U, V } = balancedFactors(M, inst.r);
    const lr = initialStep(inst)(p, spectralNorm(p.op.rows), U, V);
    const B0 = frobenius(balancedness(U, V));
    for (let t = 0; t < inst.steps; t++) ({ U, V } = sensingGdStep(p.op, p.y, U, V, lr));
    assume(Number.isFinite(lr), 'finite step');
    return { lhs: frobenius(balancedness(U, V)), rhs: B0, scale: absScale(U, V) };
  },
});

const absScale = (U: Mat, V: Mat) => maxAbs(add(absGram(U), absGram(V)));

/** U = P_r √Σ_r, V = Q_r √Σ_r from the SVD M = PΣQᵀ: the balanced factorization (UᵀU = VᵀV). */
function balancedFactors(M: Mat, r: number): { U: Mat; V: Mat } {
  const { U: P, s, V: Q } = linalg().svd(M);
  const k = Math.min(r, s.length);
  const cut = (F: Mat) => mat(F.rows, k, Array.from({ length: F.rows * k }, (_, i) => F.data[Math.floor(i / k) * F.cols + (i % k)]! * Math.sqrt(s[i % k]!)));
  return { U: cut(P), V: cut(Q) };
}

// ---------------------------------------------------------------- A4, A5
const HORIZON = 0.5;

/**
 * Step sizes μ = H/T for a fixed horizon H = μT, over more than a decade. Quick's five points
 * start at T = 32: at T = 16 the O(μ²) term still bends some seeds' curves (local slope 1.2),
 * which five points cannot average out.
 */
const stepSweep = (budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T }) =>
  budget.pick({ quick: [32, 64, 128, 256, 512], ci: [16, 32, 64, 128, 256, 512], thorough: [16, 32, 64, 128, 256, 512, 1024, 2048] });

const A4_SOURCE = {
  doc: SEED_003,
  where: 'slide "Proof of ‖U_τᵀU_τ − V_τᵀV_τ‖_F ≤ c‖U_0ᵀU_0 − V_0ᵀV_0‖_F" (Proof of Lemma)',
  asStated: 'B_{t+1} = ... = B_t + μ^2 (∇_V L(V_t, W_t)^T ∇_V L(V_t, W_t) − ∇_W L(V_t, W_t)^T ∇_W L(V_t, W_t))',
  line: 476,
};
const driftAxes = { x: 'step $\\mu$ (horizon $\\mu T$ fixed)', y: String.raw`drift $\|B_T - B_0\|_F$` };

/** one measured sweep, judged by balancedness.flow-conservation, balancedness.flow-conservation-exponent-control, balancedness.flow-conservation-quadratic-control (sharedDraws: evaluated once per instance) */
const flowConservationSweep = (_i: unknown, { rng, budget }: CheckContext) => sensingDriftSweep(rng, stepSweep(budget));
export const flowConservation = defineClaim({
  id: 'balancedness.flow-conservation',
  catalog: 'A4',
  variant: 'literal',
  title: 'Per-step change μ²(G_UᵀG_U − G_VᵀG_V) summed over a fixed horizon μT: the drift of UᵀU − VᵀV is Θ(μ) (gradient flow conserves it)',
  source: A4_SOURCE,
  statement: String.raw`\|B_T - B_0\|_F = \Theta(\mu)\ \text{at fixed}\ \mu T = H`,
  hypotheses: ['L(U,V) = ½‖A(UVᵀ) − y‖², n = 30, d1 = 6, d2 = 5, r = 3', 'μ = H/T with H = 0.5, T = 32 … 512 (quick), 16 … 512 (ci), 16 … 2048 (thorough)'],
  note: 'The seed writes the one-step identity (tested exactly as balancedness.one-step-identity); this entry tests its consequence over a horizon, the catalog\'s reading (CLAIMS.md A4): T = H/μ steps of size O(μ²) add O(μH), so the drift vanishes as μ → 0 and gradient flow conserves B. A drift that stayed finite as μ → 0, or shrank at an exponent 20% off, would have refuted it (the controls).',
  kind: 'scaling',
  expect: 'supported',
  scaling: { exponent: 1, relation: 'equal', resolution: 0.15, axes: driftAxes },
  instances: sweepInstance,
  sharedDraws: 'balancedness.flow-conservation',
  check: flowConservationSweep,
});

export const flowConservationExponentControl = defineClaim({
  id: 'balancedness.flow-conservation-exponent-control',
  catalog: 'A4',
  variant: 'control',
  title: 'Control: the drift at fixed horizon shrinks like μ^1.2 (exponent 20% off)',
  source: { ...A4_SOURCE, asStated: `${A4_SOURCE.asStated}  [deliberately altered: the summed drift's exponent 1 → 1.2]` },
  statement: String.raw`\|B_T - B_0\|_F = \Theta(\mu^{1.2})\ \text{at fixed}\ \mu T = H`,
  hypotheses: ['same sweep as balancedness.flow-conservation'],
  note: 'An exponent off by more than the resolution the literal entry claims: must be refuted.',
  kind: 'scaling',
  expect: 'refuted',
  scaling: { exponent: 1.2, relation: 'equal', resolution: 0.15, axes: driftAxes },
  instances: sweepInstance,
  sharedDraws: 'balancedness.flow-conservation',
  check: flowConservationSweep,
});

function sensingDriftSweep(rng: Rng, Ts: number[]) {
  const inst = { n: 30, d1: 6, d2: 5, r: 3, seed: 0 };
  const { p, U: U0, V: V0 } = setup(inst, rng, 0.7);
  const B0 = balancedness(U0, V0);
  const x: number[] = [];
  const y: number[] = [];
  for (const T of Ts) {
    const lr = HORIZON / T;
    let U = U0, V = V0;
    for (let t = 0; t < T; t++) ({ U, V } = sensingGdStep(p.op, p.y, U, V, lr));
    x.push(lr);
    y.push(frobenius(sub(balancedness(U, V), B0)));
  }
  return { x, y };
}

export const flowConservationQuadraticControl = defineClaim({
  id: 'balancedness.flow-conservation-quadratic-control',
  catalog: 'A4',
  variant: 'control',
  title: 'Control: the drift at fixed horizon shrinks like μ² (wrong exponent)',
  source: { ...A4_SOURCE, asStated: `${A4_SOURCE.asStated}  [deliberately altered: per-step μ² read as the total drift]` },
  statement: String.raw`\|B_T - B_0\|_F = \Theta(\mu^2)\ \text{at fixed}\ \mu T = H`,
  hypotheses: ['same sweep as balancedness.flow-conservation'],
  note: 'Confuses the per-step change μ² with the drift over T = H/μ steps: must be refuted.',
  kind: 'scaling',
  expect: 'refuted',
  scaling: { exponent: 2, relation: 'equal', resolution: 0.15, axes: driftAxes },
  instances: sweepInstance,
  sharedDraws: 'balancedness.flow-conservation',
  check: flowConservationSweep,
});

const A5_SOURCE = {
  doc: SEED_003,
  where: 'slide "Proof of ‖U_τᵀU_τ − V_τᵀV_τ‖_F ≤ c‖U_0ᵀU_0 − V_0ᵀV_0‖_F" (its per-step identity, carried to other homogeneous models: CLAIMS.md A5)',
  asStated: 'B_{t+1} = ... = B_t + μ^2 (∇_V L(V_t, W_t)^T ∇_V L(V_t, W_t) − ∇_W L(V_t, W_t)^T ∇_W L(V_t, W_t))',
  line: 476,
};

/** A two-layer net, data and one GD step: the per-neuron quantities the A5 identity compares. */
const reluStepInstance = fc.record({
  m: fc.integer({ min: 1, max: 24 }),
  d: fc.integer({ min: 1, max: 6 }),
  n: fc.integer({ min: 1, max: 20 }),
  mu: fc.double({ min: 1e-3, max: 1, noNaN: true }), // the step size
  seed: fc.integer(),
});
function neuronStep({ m, d, n, mu }: { m: number; d: number; n: number; mu: number }, rng: Rng, act: 'relu' | 'softplus') {
  const X = mat(n, d, rng.fork('X').normals(n * d, 1 / Math.sqrt(d)));
  const y = rng.fork('y').normals(n);
  const init = rng.fork('net');
  const net = twoLayerFromNeurons64(init.normals(m), init.normals(m * d, 1 / Math.sqrt(d)), { d, activation: act });
  const g = lossGradients64(net, X, squareLoss(y));
  const next = twoLayerGdStep64(net, X, y, mu).net;
  const D0 = neuronBalancedness(net), D1 = neuronBalancedness(next);
  const second = new Float64Array(m);
  let magnitude = 0;
  for (let k = 0; k < m; k++) {
    let gw2 = 0, w2 = 0, w2next = 0, cross = 0;
    for (let j = 0; j < d; j++) {
      const i = j * m + k;
      gw2 += g.gW[i]! ** 2;
      w2 += net.W[i]! ** 2;
      w2next += next.W[i]! ** 2;
      cross += Math.abs(net.W[i]! * g.gW[i]!);
    }
    second[k] = g.ga[k]! ** 2 - gw2;
    // float64: the O(μ) terms 2μ(a g_a − ⟨w, g_w⟩) cancel; rounding scales with what cancels
    magnitude = Math.max(magnitude, net.a[k]! ** 2 + w2 + next.a[k]! ** 2 + w2next + 2 * mu * (Math.abs(net.a[k]! * g.ga[k]!) + cross) + mu * mu * (g.ga[k]! ** 2 + gw2));
  }
  return { lhs: Array.from(D1), rhs: Array.from(D0, (v, k) => v + mu * mu * second[k]!), scale: magnitude, size: n * (d + 1) };
}
const neuronStepSides = { lhs: '(a_k² − ‖w_k‖²) after one GD step, per neuron', rhs: '(a_k² − ‖w_k‖²) before it + μ²(g_{a,k}² − ‖g_{w,k}‖²)' };

export const reluNeuronStepIdentity = defineClaim({
  id: 'balancedness.relu-neuron-step-identity',
  catalog: 'A5',
  variant: 'literal',
  title: 'Two-layer ReLU nets: one GD step changes a_k² − ‖w_k‖² by exactly μ²(g_a² − ‖g_w‖²), per neuron',
  source: A5_SOURCE,
  statement: String.raw`(a_k^2 - \|w_k\|^2)_{t+1} = (a_k^2 - \|w_k\|^2)_t + \mu^2\big((\partial_{a_k}\mathcal{L})^2 - \|\nabla_{w_k}\mathcal{L}\|^2\big)\ \forall k`,
  hypotheses: ['f(x) = Σ_k a_k ReLU(⟨w_k, x⟩), square loss ½Σ_j(f(x_j) − y_j)², one full-batch GD step', 'any step μ, width m, input dimension d, n inputs'],
  sides: neuronStepSides,
  note: 'ReLU is positively homogeneous (z·ReLU\'(z) = ReLU(z), at the kink too with ReLU\'(0) = 0), so a_k∂L/∂a_k = ⟨w_k, ∇_{w_k}L⟩ and the O(μ) terms of the step cancel exactly, as the key identity does for UVᵀ. Computed in float64 with the scale of the cancelled terms. A non-homogeneous activation leaves a first-order term and would have refuted it: the softplus control.',
  kind: 'identity',
  precision: 'float64',
  expect: 'supported',
  instances: reluStepInstance,
  check: (inst, { rng }) => neuronStep(inst, rng, 'relu'),
});

export const softplusNeuronStepControl = defineClaim({
  id: 'balancedness.softplus-neuron-step-control',
  catalog: 'A5',
  variant: 'control',
  title: 'Control: the same per-step identity for softplus, which is not homogeneous',
  source: { ...A5_SOURCE, asStated: `${A5_SOURCE.asStated}  [deliberately altered: the homogeneity hypothesis dropped (softplus for ReLU)]` },
  statement: String.raw`\sigma = \mathrm{softplus}:\ (a_k^2 - \|w_k\|^2)_{t+1} = (a_k^2 - \|w_k\|^2)_t + \mu^2\big((\partial_{a_k}\mathcal{L})^2 - \|\nabla_{w_k}\mathcal{L}\|^2\big)`,
  hypotheses: ['as balancedness.relu-neuron-step-identity, with σ(z) = ln(1 + e^z)'],
  sides: neuronStepSides,
  note: 'softplus(z) ≠ z·softplus\'(z), so the step keeps a first-order term 2μ(a_k∂L/∂a_k − ⟨w_k, ∇_{w_k}L⟩): must be refuted.',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: reluStepInstance,
  check: (inst, { rng }) => neuronStep(inst, rng, 'softplus'),
});

/**
 * Step counts for the ReLU drift sweep: μ ≤ H/256 (quick), where the O(μ²) term no longer bends
 * the curve, over three decades of μ at ci and thorough.
 */
const reluStepSweep = (budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T }) =>
  budget.pick({ quick: [256, 512, 1024, 2048, 4096], ci: [256, 512, 1024, 2048, 4096], thorough: [256, 512, 1024, 2048, 4096, 8192, 16384] });

function reluDriftSweep(rng: Rng, Ts: number[]) {
  const m = 20, d = 5, n = 20;
  const X = mat(n, d, rng.fork('X').normals(n * d, 1 / Math.sqrt(d)));
  const y = rng.fork('y').normals(n);
  const init = rng.fork('net');
  // f(x) = Σ a_k ReLU(⟨w_k, x⟩): a ~ N(0, 1), w_k ~ N(0, I/d), drawn a first, then neuron by neuron
  const net0 = twoLayerFromNeurons64(init.normals(m), init.normals(m * d, 1 / Math.sqrt(d)), { d });
  const D0 = neuronBalancedness(net0);
  const x: number[] = [], ys: number[] = [];
  for (const T of Ts) {
    const lr = (HORIZON / T) * 0.5;
    let net = net0;
    for (let t = 0; t < T; t++) net = twoLayerGdStep64(net, X, y, lr).net;
    const D = neuronBalancedness(net);
    x.push(lr);
    ys.push(Math.hypot(...D.map((v, k) => v - D0[k]!)));
  }
  return { x, y: ys };
}

/** one measured sweep, judged by balancedness.relu-neuron-conservation, balancedness.relu-neuron-conservation-exponent-control (sharedDraws: evaluated once per instance) */
const reluNeuronConservationSweep = (_i: unknown, { rng, budget }: CheckContext) => reluDriftSweep(rng, reluStepSweep(budget));
export const reluNeuronConservation = defineClaim({
  id: 'balancedness.relu-neuron-conservation',
  catalog: 'A5',
  variant: 'literal',
  title: 'Two-layer ReLU nets: a_k² − ‖w_k‖² drifts by O(μ) at fixed horizon μT (summing the per-step μ² terms)',
  source: A5_SOURCE,
  statement: String.raw`\|(a_k^2 - \|w_k\|^2)_T - (a_k^2 - \|w_k\|^2)_0\|_2 = O(\mu)\ \text{at fixed}\ \mu T = H\ \text{(exponent in}\ \mu \ge 1)`,
  hypotheses: ['f(x) = Σ a_k ReLU(⟨w_k, x⟩), m = 20, d = 5, n = 20 inputs', 'square loss, GD with μ = H/2T, H = 0.5, T = 256 … 4096 (quick, ci; ci draws more seeds), … 16384 (thorough)'],
  note: 'Summing the per-step identity (balancedness.relu-neuron-step-identity) over T = H/2μ steps gives μ times a Riemann sum of g_a² − ‖g_w‖² along the flow, plus O(μ²): the drift vanishes at least linearly in μ, which is what conservation under the flow needs (tested as an exponent ≥ 1; the O(μ²) part can only raise the local exponent at finite steps, and a fit precise enough resolves that bias, so an "= 1" reading would be decided by the bias, not by the claim). A drift that vanished more slowly than μ (an exponent below 1, e.g. a first-order term left by a non-homogeneous activation) would have refuted it; the exponent control, O(μ^1.2), is refuted.',
  kind: 'scaling',
  expect: 'supported',
  scaling: { exponent: 1, relation: 'atLeast', axes: { x: 'step $\\mu$ (horizon $\\mu T$ fixed)', y: String.raw`drift $\|(a_k^2 - \|w_k\|^2)_T - (\cdot)_0\|_2$` } },
  instances: sweepInstance,
  sharedDraws: 'balancedness.relu-neuron-conservation',
  check: reluNeuronConservationSweep,
});

export const reluNeuronExponentControl = defineClaim({
  id: 'balancedness.relu-neuron-conservation-exponent-control',
  catalog: 'A5',
  variant: 'control',
  title: 'Control: the ReLU per-neuron drift at fixed horizon is O(μ^1.2) (exponent 20% off)',
  source: { ...A5_SOURCE, asStated: `${A5_SOURCE.asStated}  [deliberately altered: the summed drift's exponent 1 → 1.2]` },
  statement: String.raw`\|(a_k^2 - \|w_k\|^2)_T - (a_k^2 - \|w_k\|^2)_0\|_2 = O(\mu^{1.2})\ \text{at fixed}\ \mu T = H`,
  hypotheses: ['same sweep as balancedness.relu-neuron-conservation'],
  note: 'An exponent 20% above the true one, the distance the literal entry must resolve: must be refuted.',
  kind: 'scaling',
  expect: 'refuted',
  scaling: { exponent: 1.2, relation: 'atLeast', axes: { x: 'step $\\mu$ (horizon $\\mu T$ fixed)', y: String.raw`drift $\|(a_k^2 - \|w_k\|^2)_T - (\cdot)_0\|_2$` } },
  instances: sweepInstance,
  sharedDraws: 'balancedness.relu-neuron-conservation',
  check: reluNeuronConservationSweep,
});

function deepLinearDriftSweep(rng: Rng, Ts: number[]) {
  const dims = [4, 5, 5, 3];
  const n = 12;
  const X = mat(dims[0]!, n, rng.fork('X').normals(dims[0]! * n));
  const Y = mat(dims.at(-1)!, n, rng.fork('Y').normals(dims.at(-1)! * n, 0.5));
  const layers0 = dims.slice(1).map((out, j) => mat(out, dims[j]!, rng.fork(`W${j}`).normals(out * dims[j]!, 0.6 / Math.sqrt(dims[j]!))));
  const C0 = layerBalancedness(layers0);
  const x: number[] = [], y: number[] = [];
  for (const T of Ts) {
    const lr = (0.5 * HORIZON) / T / n;
    let layers = layers0;
    for (let t = 0; t < T; t++) layers = deepLinearGdStep(layers, X, Y, lr).layers;
    const C = layerBalancedness(layers);
    x.push(lr);
    y.push(C.reduce((s, Cj, j) => s + frobenius(sub(Cj, C0[j]!)), 0));
  }
  return { x, y };
}
const deepAxes = { x: 'step $\\mu$ (horizon $\\mu T$ fixed)', y: String.raw`$\sum_j$ drift of $W_{j+1}^\top W_{j+1} - W_j W_j^\top$` };

/** one measured sweep, judged by balancedness.deep-linear-conservation, balancedness.deep-linear-conservation-exponent-control (sharedDraws: evaluated once per instance) */
const deepLinearConservationSweep = (_i: unknown, { rng, budget }: CheckContext) => deepLinearDriftSweep(rng, stepSweep(budget));
export const deepLinearConservation = defineClaim({
  id: 'balancedness.deep-linear-conservation',
  catalog: 'A5',
  variant: 'literal',
  title: 'Deep linear nets: W_{j+1}ᵀW_{j+1} − W_jW_jᵀ drifts by Θ(μ) at fixed horizon μT',
  source: { ...A5_SOURCE, asStated: `${A5_SOURCE.asStated}  (CLAIMS.md A5: W_{j+1}ᵀW_{j+1} − W_j W_jᵀ in deep linear nets)` },
  statement: String.raw`\sum_j \|(W_{j+1}^\top W_{j+1} - W_j W_j^\top)_T - (\cdot)_0\|_F = \Theta(\mu)\ \text{at fixed}\ \mu T = H`,
  hypotheses: ['three layers 4 → 5 → 5 → 3, n = 12 samples, loss ½‖W₃W₂W₁X − Y‖²_F', 'GD with μ = H/(2nT), H = 0.5, T as balancedness.flow-conservation'],
  note: 'Between layers j and j+1, W_{j+1}ᵀ∇_{W_{j+1}}L = ∇_{W_j}L·W_jᵀ (the key identity for the product W_{j+1}W_j), so each step changes W_{j+1}ᵀW_{j+1} − W_jW_jᵀ by μ² terms only, and T = H/μ steps add O(μ). A drift that did not vanish with μ, or shrank at an exponent 20% off, would have refuted it (the control).',
  kind: 'scaling',
  expect: 'supported',
  scaling: { exponent: 1, relation: 'equal', resolution: 0.15, axes: deepAxes },
  instances: sweepInstance,
  sharedDraws: 'balancedness.deep-linear-conservation',
  check: deepLinearConservationSweep,
});

export const deepLinearExponentControl = defineClaim({
  id: 'balancedness.deep-linear-conservation-exponent-control',
  catalog: 'A5',
  variant: 'control',
  title: 'Control: the deep linear drift at fixed horizon shrinks like μ^1.2 (exponent 20% off)',
  source: { ...A5_SOURCE, asStated: `${A5_SOURCE.asStated}  [deliberately altered: the summed drift's exponent 1 → 1.2]` },
  statement: String.raw`\sum_j \|(W_{j+1}^\top W_{j+1} - W_j W_j^\top)_T - (\cdot)_0\|_F = \Theta(\mu^{1.2})`,
  hypotheses: ['same sweep as balancedness.deep-linear-conservation'],
  note: 'An exponent off by more than the literal entry\'s resolution: must be refuted.',
  kind: 'scaling',
  expect: 'refuted',
  scaling: { exponent: 1.2, relation: 'equal', resolution: 0.15, axes: deepAxes },
  instances: sweepInstance,
  sharedDraws: 'balancedness.deep-linear-conservation',
  check: deepLinearConservationSweep,
});

// ---------------------------------------------------------------- A6 (exact, integer entries)
const symInstance = fc.record({
  n: fc.integer({ min: 1, max: 6 }),
  d1: fc.integer({ min: 1, max: 4 }),
  d2: fc.integer({ min: 1, max: 4 }),
  r: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer(),
});

/** Integer matrices in [−4, 4]: every product below is exact in float64. */
const intMat = (rng: Rng, rows: number, cols: number) => mat(rows, cols, Array.from({ length: rows * cols }, () => rng.int(9) - 4));

/** Sym(A) = [[0, A], [Aᵀ, 0]] (slide "Symmetrization I"). */
function sym(A: Mat): Mat {
  const n = A.rows + A.cols;
  const out = mat(n, n);
  for (let i = 0; i < A.rows; i++)
    for (let j = 0; j < A.cols; j++) {
      const v = A.data[i * A.cols + j]!;
      out.data[i * n + A.rows + j] = v;
      out.data[(A.rows + j) * n + i] = v;
    }
  return out;
}
const inner = (a: Mat, b: Mat) => a.data.reduce((s, v, i) => s + v * b.data[i]!, 0);
const sqNorm = (v: number[]) => v.reduce((s, x) => s + x * x, 0);

/**
 * A matrix G (rows × r, rows ≥ F.rows) with GᵀG = FᵀF exactly: the rows of F with random signs,
 * placed at random distinct rows, the others zero. With integer F it stays integer.
 */
function balancedPartner(rng: Rng, F: Mat, rows: number): Mat {
  const G = mat(rows, F.cols);
  const slots = Array.from({ length: rows }, (_, i) => i);
  for (let i = rows - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  for (let i = 0; i < F.rows; i++) {
    const sign = rng.int(2) === 0 ? 1 : -1;
    for (let c = 0; c < F.cols; c++) G.data[slots[i]! * F.cols + c] = sign * F.data[i * F.cols + c]!;
  }
  return G;
}

function symSetup({ n, d1, d2, r }: { n: number; d1: number; d2: number; r: number }, rng: Rng, { balanced = false } = {}) {
  const As = Array.from({ length: n }, (_, k) => intMat(rng.fork(`A${k}`), d1, d2));
  let U: Mat, V: Mat;
  if (!balanced) [U, V] = [intMat(rng.fork('U'), d1, r), intMat(rng.fork('V'), d2, r)];
  else if (d1 <= d2) (U = intMat(rng.fork('U'), d1, r)), (V = balancedPartner(rng.fork('V'), U, d2));
  else (V = intMat(rng.fork('V'), d2, r)), (U = balancedPartner(rng.fork('U'), V, d1));
  const X = intMat(rng.fork('X'), d1, r), Y = intMat(rng.fork('Y'), d2, r);
  const Bs = As.map(sym);
  const lift = (P: Mat, Q: Mat) => vstack(P, Q);
  const W = lift(U, V), Wt = lift(U, scale(-1, V)), Z = lift(X, Y), Zt = lift(X, scale(-1, Y));
  const outer = (F: Mat) => matmul(F, transpose(F));
  const diffA = sub(matmul(U, transpose(V)), matmul(X, transpose(Y)));
  const loss = 0.5 * sqNorm(As.map((A) => inner(A, diffA)));
  const line2 = 0.25 * sqNorm(Bs.map((B) => inner(B, sym(diffA))));
  const line3 = 0.25 * sqNorm(Bs.map((B) => inner(B, outer(W)) - inner(B, outer(Z)) - (inner(B, outer(Wt)) - inner(B, outer(Zt)))));
  /** B(WWᵀ), B(W̃W̃ᵀ) and ‖B(WWᵀ) − B(ZZᵀ)‖² (Symmetrization II) */
  const BW = Bs.map((B) => inner(B, outer(W)));
  const BWt = Bs.map((B) => inner(B, outer(Wt)));
  const liftedSq = sqNorm(Bs.map((B, k) => BW[k]! - inner(B, outer(Z))));
  return { U, V, W, Wt, loss, line2, line3, BW, BWt, liftedSq };
}

const symSource = { doc: SEED_003, where: 'slide "Symmetrization I"' };
/** Seed 003 writes the loss two ways: ¼Σ(y_i − ⟨A_i, UVᵀ⟩)² (line 337, the problem) and ½‖A(UVᵀ) − A(XYᵀ)‖² (line 447, the chain tested here). */
const LOSS_FRAMES = 'Seed 003 defines the loss with ¼ on the problem slide (line 337: L = ¼Σ(y_i − ⟨A_i, UVᵀ⟩)²) and with ½ on this one (line 447: L = ½‖A(UVᵀ) − A(XYᵀ)‖²); the left side here is the ½ form, the chain\'s own first line, and with the ¼ form the slide\'s right side would be off by twice as much.';

export const liftedGram = defineClaim({
  id: 'balancedness.lifted-gram',
  catalog: 'A6',
  variant: 'literal',
  title: 'With W = [U; V], W̃ = [U; −V]: WᵀW̃ = UᵀU − VᵀV',
  source: { doc: SEED_003, where: 'slide "Symmetrization II"', asStated: 'When U^T U ≈ V^T V ⇒ W^T W̃ ≈ 0', line: 454 },
  sides: { lhs: 'WᵀW̃ with W = [U; V], W̃ = [U; −V]', rhs: 'UᵀU − VᵀV' },
  note: 'The exact identity behind the slide\'s "≈": WᵀW̃ = UᵀU − VᵀV, so W ⟂ W̃ exactly when the factors are balanced. Integer entries make both sides exact; any entry off would have refuted it.',
  statement: String.raw`W^\top \tilde W = U^\top U - V^\top V`,
  hypotheses: ['integer matrices (exact arithmetic)'],
  kind: 'identity',
  precision: 'exact',
  expect: 'supported',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: matmul(transpose(s.W), s.Wt).data, rhs: balancedness(s.U, s.V).data };
  },
});

export const symLossLiteral = defineClaim({
  id: 'balancedness.sym-loss-quarter',
  catalog: 'A6',
  variant: 'literal',
  title: 'Slide: ½‖A(UVᵀ) − A(XYᵀ)‖² = ¼‖B(sym(UVᵀ)) − B(sym(XYᵀ))‖²',
  source: { ...symSource, asStated: 'L(W) = 1/2 ‖A(UV^T) − A(XY^T)‖² = 1/4 ‖B(sym(UV^T)) − B(sym(XY^T))‖²,  B_k := Sym(A_k)', line: 447 },
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖² (line 447)', rhs: '¼‖B(Sym(UVᵀ)) − B(Sym(XYᵀ))‖² (line 448)' },
  statement: String.raw`\tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac14\|\mathcal{B}(\mathrm{Sym}(UV^\top)) - \mathcal{B}(\mathrm{Sym}(XY^\top))\|^2`,
  hypotheses: ['B_k = Sym(A_k) = [[0, A_k], [A_kᵀ, 0]]', 'integer matrices (exact arithmetic)'],
  note: `⟨Sym(A), Sym(M)⟩ = 2⟨A, M⟩, so the right side is ¼·4‖A(·)‖² = 2L: off by a factor 2 (exact integer arithmetic: any discrepancy refutes, none is a rounding artefact). ${LOSS_FRAMES}`,
  kind: 'identity',
  precision: 'exact',
  expect: 'refuted',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: s.loss, rhs: s.line2 };
  },
});

export const symLossLiftedLiteral = defineClaim({
  id: 'balancedness.sym-loss-lifted',
  catalog: 'A6',
  variant: 'literal',
  title: 'Slide: L = ¼‖B(WWᵀ) − B(ZZᵀ) − (B(W̃W̃ᵀ) − B(Z̃Z̃ᵀ))‖²',
  source: { ...symSource, asStated: '= 1/4 ‖B(WW^T) − B(ZZ^T) − (B(W̃W̃^T) − B(Z̃Z̃^T))‖²', line: 449 },
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖² (line 447)', rhs: '¼‖B(WWᵀ) − B(ZZᵀ) − (B(W̃W̃ᵀ) − B(Z̃Z̃ᵀ))‖² (line 449)' },
  statement: String.raw`\tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac14\|\mathcal{B}(WW^\top) - \mathcal{B}(ZZ^\top) - (\mathcal{B}(\tilde W\tilde W^\top) - \mathcal{B}(\tilde Z\tilde Z^\top))\|^2`,
  hypotheses: ['W = [U; V], W̃ = [U; −V], Z = [X; Y], Z̃ = [X; −Y]', 'integer matrices (exact arithmetic)'],
  note: `WWᵀ − W̃W̃ᵀ = 2 Sym(UVᵀ), so the bracket is 4A(UVᵀ − XYᵀ) and the right side is 8L. ${LOSS_FRAMES}`,
  kind: 'identity',
  precision: 'exact',
  expect: 'refuted',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: s.loss, rhs: s.line3 };
  },
});

export const symLossCorrected = defineClaim({
  id: 'balancedness.sym-loss-corrected',
  catalog: 'A6',
  variant: 'corrected',
  title: 'Corrected constants: L = ⅛‖B(Sym(UVᵀ − XYᵀ))‖² = (1/32)‖B(WWᵀ − ZZᵀ) − B(W̃W̃ᵀ − Z̃Z̃ᵀ)‖²',
  source: { ...symSource, asStated: 'L(W) = 1/2 ‖A(UV^T) − A(XY^T)‖² = 1/4 ‖B(sym(UV^T)) − B(sym(XY^T))‖² = 1/4 ‖…‖²', line: 447 },
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖², twice', rhs: '⅛‖B(Sym(UVᵀ − XYᵀ))‖² and (1/32)‖B(WWᵀ − ZZᵀ) − B(W̃W̃ᵀ − Z̃Z̃ᵀ)‖²' },
  statement: String.raw`\tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac18\|\mathcal{B}(\mathrm{Sym}(UV^\top - XY^\top))\|^2 = \tfrac1{32}\|\mathcal{B}(WW^\top - ZZ^\top) - \mathcal{B}(\tilde W\tilde W^\top - \tilde Z\tilde Z^\top)\|^2`,
  hypotheses: ['B_k = Sym(A_k)', 'integer matrices (exact arithmetic)'],
  note: `The constants that make the slide\'s chain exact: ¼ → ⅛ on the second line, ¼ → 1/32 on the third; in exact integer arithmetic, so any other constant would have refuted it. ${LOSS_FRAMES}`,
  kind: 'identity',
  precision: 'exact',
  expect: 'supported',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: [s.loss, s.loss], rhs: [s.line2 / 2, s.line3 / 8] };
  },
});

// ---------------------------------------------------------------- A9 (exact, integer entries)
const SYM2_SOURCE = {
  doc: SEED_003,
  where: 'slide "Symmetrization II"',
  asStated: 'When U^T U ≈ V^T V ⇒ W^T W̃ ≈ 0. As if we have L(W) = 1/4 ‖B(WW^T) − B(ZZ^T)‖²',
  line: 454,
};

export const sym2AsIf = defineClaim({
  id: 'balancedness.sym2-loss-quarter-balanced',
  catalog: 'A9',
  variant: 'literal',
  title: 'Slide: for balanced factors (UᵀU = VᵀV), L(W) = ¼‖B(WWᵀ) − B(ZZᵀ)‖²',
  source: SYM2_SOURCE,
  statement: String.raw`U^\top U = V^\top V \implies \tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac14\|\mathcal{B}(WW^\top) - \mathcal{B}(ZZ^\top)\|^2`,
  hypotheses: ['B_k = Sym(A_k), W = [U; V], Z = [X; Y]', 'exactly balanced integer factors: V holds U\'s rows with random signs in random places, zeros elsewhere (or U holds V\'s)', 'L in the ½ form of line 447'],
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖² (line 447)', rhs: '¼‖B(WWᵀ) − B(ZZᵀ)‖² (line 457)' },
  note: `B(WWᵀ)_k = ⟨Sym(A_k), WWᵀ⟩ = 2⟨A_k, UVᵀ⟩, so the right side is ¼·4‖A(·)‖² = 2L: off by a factor 2 even where the factors are exactly balanced, the case the slide\'s "as if" covers. ${LOSS_FRAMES}`,
  kind: 'identity',
  precision: 'exact',
  expect: 'refuted',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng, { balanced: true });
    return { lhs: s.loss, rhs: 0.25 * s.liftedSq, notes: { '‖UᵀU − VᵀV‖_F': frobenius(balancedness(s.U, s.V)) } };
  },
});

export const sym2Negation = defineClaim({
  id: 'balancedness.sym2-tilde-negation',
  catalog: 'A9',
  variant: 'corrected',
  title: 'B(W̃W̃ᵀ) = −B(WWᵀ) for every W, balanced or not',
  source: SYM2_SOURCE,
  statement: String.raw`\mathcal{B}(\tilde W\tilde W^\top) = -\mathcal{B}(WW^\top)\ \text{for all}\ U, V`,
  hypotheses: ['B_k = Sym(A_k), W = [U; V], W̃ = [U; −V]', 'any integer U, V (exact arithmetic), unbalanced in general'],
  sides: { lhs: 'B(W̃W̃ᵀ)_k for every measurement k', rhs: '−B(WWᵀ)_k' },
  note: 'Sym(A_k) has zero diagonal blocks, so it sees only the off-diagonal blocks ±UVᵀ of WWᵀ and W̃W̃ᵀ: the two lifted measurements are exact negatives for every W, and the slide\'s balancedness condition plays no role in this step. A diagonal block in B_k, or an approximation that only held near balance, would have refuted it.',
  kind: 'identity',
  precision: 'exact',
  expect: 'supported',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: s.BWt, rhs: s.BW.map((v) => -v) };
  },
});

export const sym2Eighth = defineClaim({
  id: 'balancedness.sym2-loss-eighth',
  catalog: 'A9',
  variant: 'corrected',
  title: 'L(W) = ⅛‖B(WWᵀ) − B(ZZᵀ)‖² for every W (no balancedness needed)',
  source: SYM2_SOURCE,
  statement: String.raw`\tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac18\|\mathcal{B}(WW^\top) - \mathcal{B}(ZZ^\top)\|^2\ \text{for all}\ U, V`,
  hypotheses: ['B_k = Sym(A_k), W = [U; V], Z = [X; Y]', 'any integer U, V (exact arithmetic)', 'L in the ½ form of line 447 (with the ¼ form of line 337 the constant is 1/16)'],
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖²', rhs: '⅛‖B(WWᵀ) − B(ZZᵀ)‖²' },
  note: `B(WWᵀ) − B(ZZᵀ) = 2A(UVᵀ − XYᵀ) for every W (balanced or not), so ‖·‖² = 8L. In exact integer arithmetic: any other constant would have refuted it, as the control shows. ${LOSS_FRAMES}`,
  kind: 'identity',
  precision: 'exact',
  expect: 'supported',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: s.loss, rhs: s.liftedSq / 8 };
  },
});

export const sym2NinthControl = defineClaim({
  id: 'balancedness.sym2-loss-ninth-control',
  catalog: 'A9',
  variant: 'control',
  title: 'Control: L(W) = (1/9)‖B(WWᵀ) − B(ZZᵀ)‖² (constant 11% off)',
  source: { ...SYM2_SOURCE, asStated: `${SYM2_SOURCE.asStated}  [deliberately altered: constant ⅛ → 1/9]` },
  statement: String.raw`\tfrac12\|\mathcal{A}(UV^\top - XY^\top)\|^2 = \tfrac19\|\mathcal{B}(WW^\top) - \mathcal{B}(ZZ^\top)\|^2`,
  hypotheses: ['as balancedness.sym2-loss-eighth'],
  sides: { lhs: '½‖A(UVᵀ − XYᵀ)‖²', rhs: '(1/9)‖B(WWᵀ) − B(ZZᵀ)‖²' },
  note: 'Off by 1/9 against ⅛: must be refuted wherever L ≠ 0.',
  kind: 'identity',
  precision: 'exact',
  expect: 'refuted',
  instances: symInstance,
  check: (inst, { rng }) => {
    const s = symSetup(inst, rng);
    return { lhs: s.loss, rhs: s.liftedSq / 9 };
  },
});

// ---------------------------------------------------------------- A7
const factorInstance = fc.record({
  d1: fc.integer({ min: 1, max: 8 }),
  d2: fc.integer({ min: 1, max: 8 }),
  r: fc.integer({ min: 1, max: 5 }),
  /** rescaling U → cU, V → V/c leaves UVᵀ unchanged and moves the right side */
  logc: fc.double({ min: -2, max: 2, noNaN: true }),
  seed: fc.integer(),
});
const nuclearSource = { doc: SEED_001, where: 'slide on matrix sensing / matrix completion (repeated on lines 1059–1082)', asStated: 'Actually ‖U‖_F^2 + ‖V‖_F^2 is very similar to ‖UV^⊤‖_*', line: 1059 };
const nuclearSides = { lhs: '‖UVᵀ‖_* (float64 SVD)', rhs: 'the constant times ‖U‖²_F + ‖V‖²_F' };

function factors({ d1, d2, r, logc }: { d1: number; d2: number; r: number; logc: number }, rng: Rng) {
  const c = Math.exp(logc);
  const U = scale(c, mat(d1, r, rng.fork('U').normals(d1 * r)));
  const V = scale(1 / c, mat(d2, r, rng.fork('V').normals(d2 * r)));
  return { U, V, nuc: nuclearNorm(matmul(U, transpose(V))), half: (frobenius(U) ** 2 + frobenius(V) ** 2) / 2 };
}

export const nuclearBound = defineClaim({
  id: 'balancedness.nuclear-norm-bound',
  catalog: 'A7',
  variant: 'literal',
  title: '‖UVᵀ‖_* ≤ (‖U‖²_F + ‖V‖²_F)/2 for every factorization',
  sides: nuclearSides,
  source: nuclearSource,
  statement: String.raw`\|UV^\top\|_* \le \tfrac12(\|U\|_F^2 + \|V\|_F^2)`,
  hypotheses: ['any U ∈ ℝ^{d1×r}, V ∈ ℝ^{d2×r}'],
  note: 'The precise form of "very similar": ‖M‖_* = min over factorizations M = UVᵀ of (‖U‖²_F + ‖V‖²_F)/2. The targeted search pushes the rescaling c toward the tight case; a factorization below the nuclear norm would have refuted it, and the 10%-off control shows the search reaches the tight case.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'supported',
  instances: factorInstance,
  check: (inst, { rng }) => {
    const f = factors(inst, rng);
    return { lhs: f.nuc, rhs: f.half, size: inst.d1 * inst.d2 };
  },
});

export const nuclearBalancedEquality = defineClaim({
  id: 'balancedness.nuclear-norm-balanced-equality',
  catalog: 'A7',
  variant: 'literal',
  title: 'Equality for the balanced SVD factorization U = P√Σ, V = Q√Σ',
  sides: nuclearSides,
  source: nuclearSource,
  statement: String.raw`M = P\Sigma Q^\top,\ U = P\Sigma^{1/2},\ V = Q\Sigma^{1/2} \implies \|UV^\top\|_* = \tfrac12(\|U\|_F^2 + \|V\|_F^2)`,
  note: 'Both sides equal Σσ_i: the factorization that attains the minimum in ‖M‖_* = min (‖U‖²_F + ‖V‖²_F)/2. A constant other than ½, or a balanced factorization that missed the minimum, would have refuted it.',
  hypotheses: ['M any d1 × d2 matrix, full thin SVD'],
  kind: 'identity',
  precision: 'float64',
  expect: 'supported',
  instances: fc.record({ d1: fc.integer({ min: 1, max: 8 }), d2: fc.integer({ min: 1, max: 8 }), seed: fc.integer() }),
  check: ({ d1, d2 }, { rng }) => {
    const M = mat(d1, d2, rng.normals(d1 * d2));
    const { U, V } = balancedFactors(M, Math.min(d1, d2));
    const half = (frobenius(U) ** 2 + frobenius(V) ** 2) / 2;
    // SVD is iterative: its error is ε·‖M‖ per singular value, min(d1,d2) of them summed
    return { lhs: nuclearNorm(matmul(U, transpose(V))), rhs: half, size: d1 * d2 * Math.min(d1, d2) };
  },
});

export const nuclearConstantControl = defineClaim({
  id: 'balancedness.nuclear-norm-constant-control',
  catalog: 'A7',
  variant: 'control',
  title: 'Control: ‖UVᵀ‖_* ≤ 0.45(‖U‖²_F + ‖V‖²_F) (constant 10% too small)',
  sides: nuclearSides,
  source: { ...nuclearSource, asStated: `${nuclearSource.asStated}  [deliberately altered: constant ½ → 0.45]` },
  statement: String.raw`\|UV^\top\|_* \le 0.45\,(\|U\|_F^2 + \|V\|_F^2)`,
  hypotheses: ['any U, V'],
  note: 'Fails near the balanced rescaling, where the ½ bound is tight: must be refuted, which needs the search to get within 10% of the tight case.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: factorInstance,
  check: (inst, { rng }) => {
    const f = factors(inst, rng);
    return { lhs: f.nuc, rhs: 0.9 * f.half, size: inst.d1 * inst.d2 };
  },
});

export const nuclearQuarterControl = defineClaim({
  id: 'balancedness.nuclear-norm-quarter-control',
  catalog: 'A7',
  variant: 'control',
  title: 'Control: ‖UVᵀ‖_* ≤ (‖U‖²_F + ‖V‖²_F)/4 (constant too small)',
  sides: nuclearSides,
  source: { ...nuclearSource, asStated: `${nuclearSource.asStated}  [deliberately altered: constant ½ → ¼]` },
  statement: String.raw`\|UV^\top\|_* \le \tfrac14(\|U\|_F^2 + \|V\|_F^2)`,
  hypotheses: ['any U, V'],
  note: 'Fails at the balanced factorization, where the ½ bound is tight: must be refuted.',
  kind: 'inequality',
  precision: 'float64',
  expect: 'refuted',
  instances: factorInstance,
  check: (inst, { rng }) => {
    const f = factors(inst, rng);
    return { lhs: f.nuc, rhs: f.half / 2, size: inst.d1 * inst.d2 };
  },
});

export const nuclearAnyEqualityControl = defineClaim({
  id: 'balancedness.nuclear-norm-any-equality-control',
  catalog: 'A7',
  variant: 'control',
  title: 'Control: equality ‖UVᵀ‖_* = (‖U‖²_F + ‖V‖²_F)/2 for every factorization',
  sides: nuclearSides,
  source: { ...nuclearSource, asStated: `${nuclearSource.asStated}  [deliberately altered: "similar" read as "equal"]` },
  statement: String.raw`\|UV^\top\|_* = \tfrac12(\|U\|_F^2 + \|V\|_F^2)`,
  hypotheses: ['any U, V'],
  note: 'Equality needs a balanced factorization: an unbalanced one (c ≠ 1) is a counterexample.',
  kind: 'identity',
  precision: 'float64',
  expect: 'refuted',
  instances: factorInstance,
  check: (inst, { rng }) => {
    const f = factors(inst, rng);
    return { lhs: f.nuc, rhs: f.half, size: inst.d1 * inst.d2 };
  },
});
