import {
  defineClaim,
  fc,
  closestMinimizer,
  columnBasis,
  conditionedDesign,
  dense,
  detectPhases,
  gaussianSensing,
  leastSquaresGd,
  linalg,
  measure,
  phasePoint,
  reluLogisticGd,
  scaledInit,
  sensingGd64,
  sensingGdTf,
  spectralMatrix,
  spectralNorm,
  type Mat,
  type PhasePoint,
  type Rng,
} from 'claimcheck';

const SEED003 = '003_e1a41577358f3c93.txt';
const SEED002 = '002_60c34ee061c798c6.txt';
const { matmul, transpose, frobenius, sub, mat } = dense;

// ---------------------------------------------------------------- E1, E2: least squares

const lsInstance = fc.record({
  n: fc.integer({ min: 1, max: 6 }),
  extra: fc.integer({ min: 0, max: 10 }),
  /** condition number κ of X on its row space, in tenths */
  kappa10: fc.integer({ min: 10, max: 30 }),
  seed: fc.integer(),
});
type LsInstance = { n: number; extra: number; kappa10: number; seed: number };

function lsProblem({ n, extra, kappa10 }: LsInstance, rng: Rng) {
  const p = n + extra;
  const kappa = kappa10 / 10;
  const X = conditionedDesign(rng.fork('X'), n, p, kappa);
  const y = rng.fork('y').normals(n);
  const theta0 = rng.fork('theta0').normals(p);
  return { X, y, theta0, p, kappa, sigmaMax: kappa };
}

const lsSource = {
  doc: SEED003,
  where: 'slide "Prelude: Overparameterized Least Squares"',
  asStated: 'Gradient descent starting from θ_0 has three properties: Global convergence; Converges to a global optimum which is closest to θ_0; Total gradient path length is relatively short',
};

export const lsClosestMinimizer = defineClaim({
  id: 'lowrank.ls-closest-minimizer',
  catalog: 'E1', variant: 'literal',
  title: 'GD on over-parameterized least squares converges to θ₀ + X⁺(y − Xθ₀)',
  source: lsSource,
  statement: String.raw`\lim_{\tau\to\infty}\theta_\tau = \theta_0 + X^{+}(y - X\theta_0)`,
  hypotheses: ['X ∈ R^{n×p}, n ≤ p, full row rank, κ ≤ 3', 'η = 1/σ_max(X)²', 'run until a step is below 1e-17·‖θ‖ (at most 4000 steps)'],
  kind: 'identity', precision: 'float64', expect: 'supported',
  instances: lsInstance,
  check: (inst, ctx) => {
    const { X, y, theta0, sigmaMax } = lsProblem(inst, ctx.rng);
    const gd = leastSquaresGd(X, y, theta0, { lr: 1 / sigmaMax ** 2, steps: 4000, stepTol: 1e-17 });
    const star = closestMinimizer(X, y, theta0);
    // the computation sums n·p products per step and per pinv entry
    return { lhs: gd.theta, rhs: star, size: X.rows * X.cols, notes: { steps: gd.steps } };
  },
});

export const lsMinNormControl = defineClaim({
  id: 'lowrank.ls-min-norm-control',
  catalog: 'E1', variant: 'control',
  title: 'Control: GD from θ₀ ≠ 0 converges to the minimum-norm solution X⁺y',
  source: lsSource,
  statement: String.raw`\lim_{\tau\to\infty}\theta_\tau = X^{+}y`,
  hypotheses: ['as lowrank.ls-closest-minimizer, θ₀ ~ N(0, I)'],
  kind: 'identity', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: forgets θ₀; the null-space component of θ₀ is never moved by GD.',
  instances: lsInstance,
  check: (inst, ctx) => {
    const { X, y, theta0, sigmaMax } = lsProblem(inst, ctx.rng);
    const gd = leastSquaresGd(X, y, theta0, { lr: 1 / sigmaMax ** 2, steps: 4000, stepTol: 1e-17 });
    const minNorm = matmul(linalg().pinv(X), mat(X.rows, 1, y)).data;
    return { lhs: gd.theta, rhs: minNorm, size: X.rows * X.cols };
  },
});

const pathInstance = (maxC10: number) => fc.record({
  n: fc.integer({ min: 1, max: 6 }),
  extra: fc.integer({ min: 0, max: 10 }),
  kappa10: fc.integer({ min: 10, max: 30 }),
  /** step η = (c10/10)/σ_max² */
  c10: fc.integer({ min: 1, max: maxC10 }),
  seed: fc.integer(),
});

function pathRun(inst: LsInstance & { c10: number }, rng: Rng) {
  const { X, y, theta0, sigmaMax, kappa } = lsProblem(inst, rng);
  const gd = leastSquaresGd(X, y, theta0, { lr: inst.c10 / 10 / sigmaMax ** 2, steps: 6000, stepTol: 1e-16 });
  const star = closestMinimizer(X, y, theta0);
  const dist = Math.sqrt(star.reduce((s, v, i) => s + (v - theta0[i]!) ** 2, 0));
  // each step is a difference of iterates of size ‖θ‖ and the path sums `steps` of them (p entries
  // each): rounding grows with ‖θ‖ and steps·p, not with the (possibly much smaller) path itself
  const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((a, b) => a + b * b, 0));
  const scale = Math.max(norm(theta0), norm(star), gd.pathLength);
  // recursive summation of `steps` same-sign terms errs by up to steps·ε·Σ|terms| (Higham, §4.2),
  // not the random-walk √steps the policy assumes: hence steps² here
  return { path: gd.pathLength, dist, kappa, steps: gd.steps, size: gd.steps ** 2 * (inst.n + inst.extra), scale };
}

export const lsPathLengthStableStep = defineClaim({
  id: 'lowrank.ls-path-length-stable-step',
  catalog: 'E2', variant: 'literal',
  title: 'Path length ≤ κ²‖θ* − θ₀‖ for every stable step η < 2/σ_max²',
  source: lsSource,
  statement: String.raw`\sum_\tau \|\theta_{\tau+1}-\theta_\tau\| \le \kappa^2 \|\theta^\star-\theta_0\|,\quad 0<\eta<2/\sigma_{\max}(X)^2`,
  hypotheses: ['n ≤ p, κ = σ_max/σ_min on the row space ∈ [1, 3]', 'η = c/σ_max², c ∈ (0, 2): every step size for which GD converges'],
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  note: 'The slide only says "relatively short"; the catalog bound κ² is proved for η ≤ 1/σ_max². With 1 < c < 2 the top direction oscillates with factor |1 − c| and its path alone is c/(2 − c)·|e₁|, beyond κ² when κ is near 1.',
  instances: pathInstance(19),
  check: (inst, ctx) => {
    const r = pathRun(inst, ctx.rng);
    return { lhs: r.path, rhs: r.kappa ** 2 * r.dist, size: r.size, scale: r.scale, notes: { ratio: r.path / r.dist, steps: r.steps } };
  },
});

export const lsPathLengthShortStep = defineClaim({
  id: 'lowrank.ls-path-length',
  catalog: 'E2', variant: 'corrected',
  title: 'Path length ≤ κ²‖θ* − θ₀‖ for η ≤ 1/σ_max²',
  source: lsSource,
  statement: String.raw`\sum_\tau \|\theta_{\tau+1}-\theta_\tau\| \le \kappa^2 \|\theta^\star-\theta_0\|,\quad 0<\eta\le 1/\sigma_{\max}(X)^2`,
  hypotheses: ['n ≤ p, κ ∈ [1, 3]', 'η = c/σ_max², c ∈ (0, 1]'],
  kind: 'inequality', precision: 'float64', expect: 'supported',
  note: 'Restricts the literal entry to η ≤ 1/σ_max², where each step is at most ηλ_max(1 − ηλ_min)^τ‖e₀‖ and the sum is κ²‖e₀‖.',
  instances: pathInstance(10),
  check: (inst, ctx) => {
    const r = pathRun(inst, ctx.rng);
    return { lhs: r.path, rhs: r.kappa ** 2 * r.dist, size: r.size, scale: r.scale, notes: { ratio: r.path / r.dist, steps: r.steps } };
  },
});

export const lsPathLengthLower = defineClaim({
  id: 'lowrank.ls-path-length-lower',
  catalog: 'E2', variant: 'literal',
  title: 'Path length is at least the distance ‖θ* − θ₀‖',
  source: lsSource,
  statement: String.raw`\|\theta^\star-\theta_0\| \le \sum_\tau \|\theta_{\tau+1}-\theta_\tau\|`,
  hypotheses: ['n ≤ p, κ ∈ [1, 3]', 'η = c/σ_max², c ∈ (0, 1]'],
  kind: 'inequality', precision: 'float64', expect: 'supported',
  instances: pathInstance(10),
  check: (inst, ctx) => {
    const r = pathRun(inst, ctx.rng);
    return { lhs: r.dist, rhs: r.path, size: r.size, scale: r.scale };
  },
});

export const lsStraightPathControl = defineClaim({
  id: 'lowrank.ls-straight-path-control',
  catalog: 'E2', variant: 'control',
  title: 'Control: GD goes in a straight line (path length ≤ ‖θ* − θ₀‖)',
  source: lsSource,
  statement: String.raw`\sum_\tau \|\theta_{\tau+1}-\theta_\tau\| \le \|\theta^\star-\theta_0\|`,
  hypotheses: ['n ≥ 2 so the path can bend, κ ∈ [1, 3]', 'η = c/σ_max², c ∈ (0, 1]'],
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: the κ² factor dropped to 1; the path bends whenever κ > 1 and θ* − θ₀ mixes singular directions.',
  instances: pathInstance(10),
  check: (inst, ctx) => {
    const r = pathRun(inst, ctx.rng);
    return { lhs: r.path, rhs: r.dist, size: r.size, scale: r.scale };
  },
});

// ---------------------------------------------------------------- E3: spectral initialisation

const seedOnly = fc.record({ seed: fc.integer() });

function spectralSweep(ctx: { rng: Rng; budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T } }) {
  const d = 8, rs = 2;
  const ns = ctx.budget.pick({ quick: [100, 200, 400, 800, 1600], ci: [100, 200, 400, 800, 1600, 3200], thorough: [100, 200, 400, 800, 1600, 3200, 6400] });
  const X = scaledInit(ctx.rng.fork('X'), d, rs, 1);
  const M = matmul(X, transpose(X));
  const x: number[] = [], y: number[] = [];
  for (const n of ns) {
    const op = gaussianSensing(ctx.rng.fork(`A${n}`), { d1: d, d2: d, n, symmetric: true });
    const Z = spectralMatrix(op, M);
    x.push(n);
    y.push(spectralNorm(sub(Z, M)) / spectralNorm(M));
  }
  return { x, y, notes: { d, rstar: rs } };
}

const spectralSource = {
  doc: SEED003,
  where: 'slide "Role of randomness+overparameterization"',
  asStated: 'Since A_i are Gaussian, w.h.p. Z = A*A(XX^T) = (1/n) Σ_{i=1}^n ⟨A_i, XX^T⟩ A_i ≈ XX^T',
};

export const spectralInitConcentration = defineClaim({
  id: 'lowrank.spectral-init-concentration',
  catalog: 'E3', variant: 'literal',
  title: '‖Z − XXᵀ‖_op/‖XXᵀ‖_op decays like n^{-1/2}',
  source: spectralSource,
  statement: String.raw`\frac{\|Z - XX^\top\|_{op}}{\|XX^\top\|_{op}} \asymp n^{-1/2},\quad Z = \frac1n\sum_i \langle A_i, XX^\top\rangle A_i`,
  hypotheses: ['A_i = (G_i + G_iᵀ)/2, G_i i.i.d. N(0,1) entries', 'd = 8, r* = 2, n = 100 … 3200'],
  kind: 'scaling', precision: 'float64', expect: 'supported',
  scaling: { exponent: -0.5, relation: 'equal' },
  instances: seedOnly,
  check: (_i, ctx) => spectralSweep(ctx),
});

export const spectralInitRateControl = defineClaim({
  id: 'lowrank.spectral-init-rate-control',
  catalog: 'E3', variant: 'control',
  title: 'Control: ‖Z − XXᵀ‖_op/‖XXᵀ‖_op decays like n^{-1}',
  source: spectralSource,
  statement: String.raw`\frac{\|Z - XX^\top\|_{op}}{\|XX^\top\|_{op}} \asymp n^{-1}`,
  hypotheses: ['as lowrank.spectral-init-concentration'],
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: the Monte Carlo rate squared.',
  scaling: { exponent: -1, relation: 'equal' },
  instances: seedOnly,
  check: (_i, ctx) => spectralSweep(ctx),
});

// ---------------------------------------------------------------- E4: power method

function powerMethodSweep(ctx: { rng: Rng }) {
  const d = 8, rs = 1, r = 3, n = 80, lr = 0.1, t = 10;
  const op = gaussianSensing(ctx.rng.fork('A'), { d1: d, d2: d, n, symmetric: true });
  const X = scaledInit(ctx.rng.fork('X'), d, rs, 1);
  const M = matmul(X, transpose(X));
  const XX = { ...M, data: M.data.map((v) => v / spectralNorm(M)) };
  const yv = measure(op, XX);
  const Z = spectralMatrix(op, XX);
  const G = scaledInit(ctx.rng.fork('U0'), d, r, 1);
  const x: number[] = [], y: number[] = [];
  for (const alpha of [0.1, 0.03, 0.01, 0.003, 0.001]) {
    const U0 = { ...G, data: G.data.map((v) => alpha * v) };
    const gd = sensingGd64(op, yv, U0, undefined, { lr, steps: t });
    let P: Mat = U0;
    for (let k = 0; k < t; k++) P = dense.add(P, dense.scale(lr, matmul(Z, P)));
    x.push(alpha);
    y.push(frobenius(sub(gd.U, P)) / frobenius(P));
  }
  return { x, y, notes: { d, rstar: rs, r, n, lr, t } };
}

const powerSource = {
  doc: SEED003,
  where: 'slides "How does small initialization help?" and "Role of randomness+overparameterization"',
  asStated: 'Hence, for small t, U_t ≈ (I + μZ)^t U_0 =: Ũ_t. Up to normalization, this is the power method!',
};

export const powerMethodSmallInit = defineClaim({
  id: 'lowrank.power-method-small-init',
  catalog: 'E4', variant: 'literal',
  title: 'Early GD from α-small init is the power method (I + μZ)ᵗU₀ up to relative error O(α²)',
  source: powerSource,
  statement: String.raw`\frac{\|U_t - (I+\mu Z)^t U_0\|_F}{\|(I+\mu Z)^t U_0\|_F} = O(\alpha^2),\ t = 10`,
  hypotheses: ['symmetric sensing, L(U) = ¼‖A(UUᵀ) − y‖²', 'd = 8, r* = 1, r = 3, n = 80, μ = 0.1, ‖XXᵀ‖ = 1', 'α = 1e-1 … 1e-3'],
  kind: 'scaling', precision: 'float64', expect: 'supported',
  note: 'The slide says "≈"; the O(α²) rate is the catalog’s reading: the neglected term A*A(UUᵀ)U is cubic in α against a linear main term.',
  scaling: { exponent: 2, relation: 'equal' },
  instances: seedOnly,
  check: (_i, ctx) => powerMethodSweep(ctx),
});

export const powerMethodLinearControl = defineClaim({
  id: 'lowrank.power-method-linear-control',
  catalog: 'E4', variant: 'control',
  title: 'Control: the power-method approximation error is O(α) (first order)',
  source: powerSource,
  statement: String.raw`\frac{\|U_t - (I+\mu Z)^t U_0\|_F}{\|(I+\mu Z)^t U_0\|_F} \asymp \alpha`,
  hypotheses: ['as lowrank.power-method-small-init'],
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: the wrong order of the neglected term.',
  scaling: { exponent: 1, relation: 'equal' },
  instances: seedOnly,
  check: (_i, ctx) => powerMethodSweep(ctx),
});

// ---------------------------------------------------------------- E5: final error vs α

async function finalErrorSweep(ctx: { rng: Rng; budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T } }) {
  const d = 8, rs = 1, r = 8, n = 40, lr = 0.3;
  const alphas = ctx.budget.pick({ quick: [0.1, 0.03, 0.01, 0.003], ci: [0.1, 0.03, 0.01, 0.003, 0.001], thorough: [0.1, 0.03, 0.01, 0.003, 0.001, 0.0003] });
  const maxSteps = ctx.budget.pick({ quick: 2500, ci: 4000, thorough: 20000 });
  const op = gaussianSensing(ctx.rng.fork('A'), { d1: d, d2: d, n });
  const X = scaledInit(ctx.rng.fork('X'), d, rs, 1), Y = scaledInit(ctx.rng.fork('Y'), d, rs, 1);
  const M0 = matmul(X, transpose(Y));
  const M = { ...M0, data: M0.data.map((v) => v / frobenius(M0)) };
  const yv = measure(op, M);
  const G = scaledInit(ctx.rng.fork('U'), d, r, 1), H = scaledInit(ctx.rng.fork('V'), d, r, 1);
  const x: number[] = [], y: number[] = [];
  const series: Record<string, { x: number[]; y: number[] }> = {};
  for (const alpha of alphas) {
    const lossT: number[] = [], lossY: number[] = [];
    const gd = sensingGd64(op, yv, { ...G, data: G.data.map((v) => alpha * v) }, { ...H, data: H.data.map((v) => alpha * v) }, {
      lr, steps: maxSteps, lossTol: 1e-13, every: 25,
      observe: (t, _U, _V, l) => { lossT.push(t); lossY.push(l); },
    });
    x.push(alpha);
    y.push(frobenius(sub(matmul(gd.U, transpose(gd.V)), M)));
    series[`loss, α = ${alpha}`] = { x: lossT, y: lossY };
  }
  series['relative error vs α'] = { x, y };
  return { x, y, series, notes: { d, rstar: rs, r, n, lr, maxSteps } };
}

const xssSource = {
  doc: SEED003,
  where: 'slide "Our result", Theorem (Xie, Stoeger & Soltanolkotabi ’22)',
  asStated: '‖U_T V_T^T − XY^T‖_F / ‖XY^T‖_F ≲ poly(d_1 + d_2, r_*, r) α^{21/16}',
};

export const finalErrorRate = defineClaim({
  id: 'lowrank.final-error-alpha-21-16',
  catalog: 'E5', variant: 'literal',
  title: 'Final relative error of GD from α-small init decays at least like α^{21/16}',
  source: xssSource,
  statement: String.raw`\frac{\|U_TV_T^\top - XY^\top\|_F}{\|XY^\top\|_F} \lesssim \mathrm{poly}(d, r_\star, r)\,\alpha^{21/16}`,
  hypotheses: ['asymmetric Gaussian sensing, d1 = d2 = 8, r* = 1, r = d = 8 (full over-parameterisation), n = 5r*d = 40 < d² (many global minima)', 'μ = 0.3, GD until loss ≤ 1e-13 or 2500 (quick) / 4000 (ci) steps', 'α = 1e-1 … 3e-3 (quick), … 1e-3 (ci)'],
  kind: 'scaling', precision: 'float64', expect: 'inconclusive',
  outOfReach: 'the theorem needs α ≤ an unspecified poly(1/d) and n ≥ C·r*²d with C unspecified; the budgets reach α down to 1e-3 at d = 8, n = 40, where the measured exponent (≈ 0.8–0.9) says the bound does not describe GD at these sizes, which is not a refutation of the asymptotic theorem',
  note: 'Measured at the slide’s own example shape (n = 5r*d) but far from the theorem’s regime (α ≤ an unspecified poly(1/d), n ≥ C·r*²d with unspecified C): the measured exponent (0.86 [0.51, 1.21] at quick, 0.82 [0.59, 1.05] at ci) is below 21/16, so the bound does not describe GD at these sizes. This refutes the rate at these sizes, not the asymptotic theorem.',
  scaling: { exponent: 21 / 16, relation: 'atLeast' },
  instances: seedOnly,
  timeoutMs: 240_000,
  check: (_i, ctx) => finalErrorSweep(ctx),
});

// ---------------------------------------------------------------- E6: phases

async function phaseRun(initRng: Rng, probRng: Rng, d: number, rs: number, r: number, n: number, lr: number, steps: number) {
  const op = gaussianSensing(probRng.fork('A'), { d1: d, d2: d, n, symmetric: true });
  const X0 = scaledInit(probRng.fork('X'), d, rs, 1);
  const s = linalg().svd(X0).s;
  const X = { ...X0, data: X0.data.map((v) => v / s[0]!) };
  const M = matmul(X, transpose(X));
  const Q = columnBasis(X);
  const yv = measure(op, M);
  const G = scaledInit(initRng.fork(`U${r}`), d, r, 1);
  const alpha = 1e-3;
  const pts: PhasePoint[] = [];
  await sensingGdTf(op, yv, { ...G, data: G.data.map((v) => alpha * v) }, undefined, {
    lr, steps, every: 1, lossTol: 1e-6,
    observe: (t, U, _V, l) => {
      pts.push(phasePoint(t, l, U, Q, M));
    },
  });
  return detectPhases(pts, { sigmaMinX: linalg().svd(X).s[rs - 1]!, relTol: 1e-2 });
}

const phaseSource = {
  doc: SEED003,
  where: 'slides "Convergence phases" and "Insights and predictions"',
  asStated: 'Prediction by our theory: Spectral phase needs t_⋆ ≍ (1/μ) ln(2n/r) iterations … Overparameterization does not affect other phases',
};

const phaseRanks = (d: number) => [2, 4, 8, 16, d].filter((v, i, a) => v <= d && a.indexOf(v) === i);

export const laterPhasesRankFree = defineClaim({
  id: 'lowrank.later-phases-rank-free',
  catalog: 'E6', variant: 'literal',
  title: 'Over-parameterisation does not change the saddle-escape and refinement phases',
  source: phaseSource,
  statement: String.raw`t_{III} - t_{I} \asymp r^0`,
  hypotheses: ['symmetric sensing, d = 32, r* = 1, n = 1280 measurements, μ = 0.1, α = 1e-3, ‖X‖ = 1', 'r = 2, 4, 8, 16, 32', 'refinement ends at relative error 1e-2', 'tfjs float32 GD'],
  kind: 'scaling', precision: 'float32', expect: 'supported',
  note: 'x = r, y = iterations from the end of phase I to the end of phase III; exponent 0 means independent of r. The companion prediction t* ≍ (1/μ) ln(2d/r) for phase I is not in the suite: at d = 32, n = 1280 the fitted log-log exponent of μt* on ln(2d/r) was 0.61 [0.30, 0.93] and on ln(2√(d/r)) 0.83 [0.41, 1.25] (3 seeds × 4 inits): not resolvable at these budgets, and ≍ fixes no exponent.',
  scaling: { exponent: 0, relation: 'equal' },
  instances: seedOnly,
  timeoutMs: 240_000,
  check: async (_i, ctx) => {
    const d = 32, lr = 0.1, nm = 1280;
    const x: number[] = [], y: number[] = [];
    let series: Record<string, { x: number[]; y: number[] }> = {};
    for (const r of phaseRanks(d)) {
      const ph = await phaseRun(ctx.rng, ctx.rng, d, 1, r, nm, lr, 400);
      ctx.assume(ph.alignmentEnd !== null && ph.refinementEnd !== null, 'all three phases end within 400 steps');
      x.push(r);
      y.push(ph.refinementEnd! - ph.alignmentEnd!);
      if (r === 4) series = Object.fromEntries(Object.entries(ph.series).map(([k, v]) => [`r = 4: ${k}`, v]));
    }
    return { x, y, series, notes: { d, rstar: 1, n: nm, lr, alpha: 1e-3 } };
  },
});

// ---------------------------------------------------------------- E7: Stein / Hermite

const steinInstance = fc.record({
  d: fc.integer({ min: 2, max: 4 }),
  /** bias b in tenths: f(x) = sin(wᵀx + b) */
  b10: fc.integer({ min: 5, max: 15 }),
  seed: fc.integer(),
});

/**
 * One Monte Carlo estimate of E[f(x)S_t(x)] − E[∇^t f(x)] for f = sin(wᵀx + b), t = 1, 2:
 * D = f(x)S_t(x) − ∇^t f(x) has mean zero under the identity, so each of the seed's averages over
 * N draws of Σᵢ D₁ᵢ, of the trace Σᵢ D₂ᵢᵢ and of the off-diagonal sum Σ_{i≠j} D₂ᵢⱼ has mean 0;
 * the engine tests them across seeds (kind 'mean'). Spreads of the averages at N = 4000 are
 * 0.03–0.09; a missing −I shifts the trace by d·E f ≥ 0.58.
 */
function steinSamples(inst: { d: number; b10: number }, rng: Rng, withIdentity: boolean, N: number) {
  const { d } = inst, b = inst.b10 / 10;
  const w = rng.fork('w').sphere(d);
  const xr = rng.fork('x');
  const x = new Float64Array(d);
  let first = 0, trace = 0, off = 0;
  for (let k = 0; k < N; k++) {
    let z = b;
    for (let i = 0; i < d; i++) {
      x[i] = xr.normal();
      z += w[i]! * x[i]!;
    }
    const f = Math.sin(z), fp = Math.cos(z);
    for (let i = 0; i < d; i++) {
      first += f * x[i]! - fp * w[i]!;
      for (let j = 0; j < d; j++) {
        // S₂ = xxᵀ − I; ∇²f = −sin(z)wwᵀ
        const S = x[i]! * x[j]! - (withIdentity && i === j ? 1 : 0);
        const u = f * S + f * w[i]! * w[j]!;
        if (i === j) trace += u;
        else off += u;
      }
    }
  }
  return { samples: { 'Σᵢ D₁ᵢ': first / N, 'tr D₂': trace / N, 'Σᵢ≠ⱼ D₂ᵢⱼ': off / N }, notes: { N } };
}

/** Each average has mean 0 under the identity, resolved to ±0.1. */
const steinSpec = {
  'Σᵢ D₁ᵢ': { equals: 0, bounds: [-2, 2] as [number, number], resolution: 0.1 },
  'tr D₂': { equals: 0, bounds: [-3, 3] as [number, number], resolution: 0.1 },
  'Σᵢ≠ⱼ D₂ᵢⱼ': { equals: 0, bounds: [-3, 3] as [number, number], resolution: 0.1 },
};

const steinSource = {
  doc: SEED003,
  where: 'slide "Very brief proof sketch"',
  asStated: 'S_1(x) = x, S_2(x) = xx^T − I, … f(x) = Σ ⟨E[f(x)S_t(x)], S_t(x)⟩ By Stein = Σ ⟨E[f^{(t)}(x)], S_t(x)⟩',
};

export const steinHermite = defineClaim({
  id: 'lowrank.stein-hermite',
  catalog: 'E7', variant: 'literal',
  title: 'Stein: E[f(x)S_t(x)] = E[∇^t f(x)] for t = 1, 2 (Monte Carlo)',
  source: steinSource,
  statement: String.raw`\mathbb E[f(x)\,x] = \mathbb E[\nabla f(x)],\quad \mathbb E[f(x)(xx^\top - I)] = \mathbb E[\nabla^2 f(x)],\quad x\sim N(0,I_d)`,
  hypotheses: ['f(x) = sin(wᵀx + b), ‖w‖ = 1, b ∈ [0.5, 1.5], d = 2 … 4', '4000 samples per seed; the engine tests the seeds\' averages of Σᵢ D₁ᵢ, tr D₂ and Σᵢ≠ⱼ D₂ᵢⱼ (D = f S_t − ∇^t f) against 0'],
  kind: 'mean', precision: 'float64', expect: 'supported',
  mean: steinSpec,
  instances: steinInstance,
  check: (inst, ctx) => steinSamples(inst, ctx.rng, true, 4000),
});

export const steinNoIdentityControl = defineClaim({
  id: 'lowrank.stein-no-identity-control',
  catalog: 'E7', variant: 'control',
  title: 'Control: second-order Stein with S₂ = xxᵀ (without −I)',
  source: steinSource,
  statement: String.raw`\mathbb E[f(x)\,xx^\top] = \mathbb E[\nabla^2 f(x)]`,
  hypotheses: ['as lowrank.stein-hermite'],
  kind: 'mean', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: drops the −I of S₂, off by E[f]·I = sin(b)e^{−1/2}·I, at least 0.29 here.',
  mean: steinSpec,
  instances: steinInstance,
  check: (inst, ctx) => steinSamples(inst, ctx.rng, false, 4000),
});

// ---------------------------------------------------------------- E8: concentration lemma

function lemmaSweep(ctx: { rng: Rng; budget: { pick<T>(c: { quick: T; ci: T; thorough: T }): T } }) {
  const d = 5;
  const ns = ctx.budget.pick({ quick: [100, 200, 400, 800, 1600, 3200], ci: [100, 200, 400, 800, 1600, 3200, 6400], thorough: [100, 200, 400, 800, 1600, 3200, 6400, 12800] });
  const U = mat(2, d, ctx.rng.fork('U').normals(2 * d, 1 / Math.sqrt(d)));
  const w = ctx.rng.fork('w').sphere(d);
  const b = 0.3;
  // g(z) = z₁² + z₁z₂ − ½, a degree-2 polynomial in r = 2 variables
  const term = (x: Float64Array, out: Float64Array): number => {
    let z1 = 0, z2 = 0, h = b;
    for (let k = 0; k < d; k++) {
      z1 += U.data[k]! * x[k]!;
      z2 += U.data[d + k]! * x[k]!;
      h += w[k]! * x[k]!;
    }
    const g = z1 * z1 + z1 * z2 - 0.5;
    for (let k = 0; k < d; k++) out[k] = h >= 0 ? g * x[k]! : 0;
    return g * g;
  };
  // the mean and E[g²] from an independent sample 64× the largest n (its error ≤ 1/8 of the smallest deviation)
  const ref = ctx.rng.fork('ref');
  const Nref = 64 * ns[ns.length - 1]!;
  const mean = new Float64Array(d), x = new Float64Array(d), v = new Float64Array(d);
  let g2 = 0;
  for (let i = 0; i < Nref; i++) {
    for (let k = 0; k < d; k++) x[k] = ref.normal();
    g2 += term(x, v);
    for (let k = 0; k < d; k++) mean[k] = mean[k]! + v[k]!;
  }
  for (let k = 0; k < d; k++) mean[k] = mean[k]! / Nref;
  const rms = Math.sqrt(g2 / Nref);
  const xs: number[] = [], ys: number[] = [];
  // the norm of one 5-vector deviation is a χ₅-like draw: report the root mean square over a few
  // independent samples of size n, so the fitted exponent is not swamped by that spread
  const reps = 6;
  for (const n of ns) {
    const s = ctx.rng.fork(`n${n}`);
    let dev = 0;
    for (let rep = 0; rep < reps; rep++) {
      const avg = new Float64Array(d);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < d; k++) x[k] = s.normal();
        term(x, v);
        for (let k = 0; k < d; k++) avg[k] = avg[k]! + v[k]!;
      }
      for (let k = 0; k < d; k++) dev += (avg[k]! / n - mean[k]!) ** 2;
    }
    xs.push(n);
    ys.push(Math.sqrt(dev / reps) / rms);
  }
  return { x: xs, y: ys, notes: { d, r: 2, p: 2, Nref } };
}

const lemmaSource = {
  doc: SEED003,
  where: 'slide "Lemma 1" (Damian, Lee & Soltanolkotabi ’22)',
  asStated: '‖(1/n) Σ g(Ux_i) x_i 1{w^T x_i + b ≥ 0} − E[g(Ux) x 1{w^T x + b ≥ 0}]‖ ≤ δ √(E[g²(Ux)]) … as long as n ≥ max(cd 2πp(Cp³β log n)^p/δ², …)',
};

export const concentrationLemma = defineClaim({
  id: 'lowrank.concentration-lemma-rate',
  catalog: 'E8', variant: 'literal',
  title: 'Lemma 1: the empirical average deviates by O(n^{-1/2})·√E[g²]',
  source: lemmaSource,
  statement: String.raw`\Big\|\frac1n\sum_i g(Ux_i)x_i\mathbb 1\{w^\top x_i+b\ge0\} - \mathbb E[\cdot]\Big\| \big/ \sqrt{\mathbb E g^2} \asymp n^{-1/2}`,
  hypotheses: ['d = 5, r = 2, g(z) = z₁² + z₁z₂ − ½ (p = 2), b = 0.3', 'n = 100 … 3200 (quick), … 6400 (ci); root mean square over 6 samples per n'],
  kind: 'scaling', precision: 'float64', expect: 'supported',
  note: 'The lemma’s n ≥ … condition solved for δ gives δ ∝ n^{-1/2} up to log factors; the catalog lists it as probability, but without the unspecified constants c, C only the rate is measurable, so this tests the rate in n at fixed d.',
  scaling: { exponent: -0.5, relation: 'equal' },
  instances: seedOnly,
  check: (_i, ctx) => lemmaSweep(ctx),
});

// ---------------------------------------------------------------- E9: margin near initialisation

const nearInitInstance = fc.record({
  /** width m = 2^log2m */
  log2m: fc.integer({ min: 6, max: 7 }),
  seed: fc.integer(),
});

/**
 * The near-initialisation regime of seed 002 on one instance: n = 16 points on S³ labelled
 * sign(x₁) with |x₁| ≥ 0.2, f = m^{-1/2} Σ a_j relu(w_jᵀx) with a_j = ±1 fixed and W₀ i.i.d.
 * N(0, 1) ("standard initialisation" in NTK scaling), gradient flow on the inner layer for the
 * logistic loss (reluMarginFlow: Euler steps of 0.4 along the time-changed path; the margins agree to 3 digits with steps of 0.05) until the weights
 * have moved R = 4√m. Returns the NTK margin of the initial features, γ_m = max_{‖V‖_F ≤ 1}
 * min_i y_i⟨∇_W f(W₀; x_i), V⟩ (kernelMaxMargin on the inner-layer NTK Gram), the distance moved
 * and the unnormalised margin min_i y_i f(x_i; W_R), and the test error of sign f on 400 fresh
 * points of the same distribution.
 */
function nearInitMargin({ log2m }: { log2m: number }, rng: Rng) {
  const d = 4, n = 16, m = 2 ** log2m;
  const draw = (r: Rng, count: number) => {
    const x = new Float64Array(count * d), y = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      let p: Float64Array;
      do p = r.sphere(d); while (Math.abs(p[0]!) < 0.2);
      x.set(p, i * d);
      y[i] = p[0]! > 0 ? 1 : -1;
    }
    return { x, y };
  };
  const train = draw(rng.fork('data'), n), test = draw(rng.fork('test'), 400);
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : -1));
  const W0 = rng.fork('W').normals(m * d);
  const ntk = kernelMaxMargin(reluInnerNtk(W0, a, train.x, d), train.y);
  const radius = 4 * Math.sqrt(m);
  const run = reluMarginFlow(W0, a, train.x, train.y, { d, lr: 0.4, radius, maxSteps: 20000 });
  let wrong = 0;
  for (let i = 0; i < test.y.length; i++) {
    let o = 0;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += run.neurons[j * d + k]! * test.x[i * d + k]!;
      if (s > 0) o += a[j]! * s;
    }
    if (o * test.y[i]! <= 0) wrong++;
  }
  return { m, gammaNtk: ntk.margin, gammaUpper: ntk.upper, motion: run.motion, margin: run.margin, steps: run.steps, loss: run.loss, testError: wrong / test.y.length };
}

const motionSource = {
  doc: SEED002,
  where: 'Summary',
  asStated: 'The first regime is near initialization, specifically until the weights have moved by O(√m), where m denotes the network width, which is in sharp contrast to the O(1) weight motion allowed by the Neural Tangent Kernel (NTK); here it is shown that GF and SGD only need a network width and number of samples inversely proportional to the NTK margin, and moreover that GF attains at least the NTK margin itself',
  line: 7,
};
const nearInitHyp = [
  'two-layer ReLU, f = m^{-1/2} Σ a_j relu(w_jᵀx), a_j = ±1 fixed, W₀ i.i.d. N(0, 1); m = 64, 128 (above ln(n)/γ_m² ≈ 45, the order of the width the near-init analysis needs, its constant unknown; at m = 32 the init output f(W₀) is comparable to γ_m·R)',
  'n = 16 points on S³ labelled sign(x₁), |x₁| ≥ 0.2',
  'gradient flow on W for the mean logistic loss, followed along its path (Euler steps of 0.4 in the time change ds = L dt; steps of 0.05 give the same margins to 3 digits) until ‖W_R − W₀‖_F = R = 4√m',
  'γ_m: the hard-margin SVM value of the initial inner-layer NTK features (exact dual, certified to 1e-9)',
];

export const weightMotionSqrtM = defineClaim({
  id: 'lowrank.weight-motion-sqrt-m',
  catalog: 'E9', variant: 'literal',
  title: 'Near initialisation, after the weights move by O(√m), GF attains at least the NTK margin (per unit of motion)',
  source: motionSource,
  statement: String.raw`\gamma_{\mathrm{ntk}}(W_0)\,\|W_R - W_0\|_F \le \min_i y_i f(x_i; W_R),\quad \|W_R - W_0\|_F = 4\sqrt m`,
  hypotheses: nearInitHyp,
  sides: { lhs: 'NTK margin × distance moved', rhs: 'margin of the trained net' },
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  note: 'Read per unit of motion, the normalisation in which the NTK margin is defined (a move V of norm R changes the linearised margin by at most γ_m·R); the seed does not say which normalisation or constant is meant, and the paper’s theorems (not quoted in the seed) carry constants. At motion 4√m the trained net falls short of γ_m·R on most instances, by about the margin the logistic implicit bias has not yet reached (it approaches the max-margin direction only like 1/log t) plus |f(W₀)|/R: a finite-size shortfall, which is why the corrected entry keeps a constant. The check would have supported the literal reading had GF’s margin been at least γ_m·R at every instance.',
  instances: nearInitInstance,
  check: (inst, ctx) => {
    const r = nearInitMargin(inst, ctx.rng);
    return { lhs: r.gammaNtk * r.motion, rhs: r.margin, notes: { m: r.m, ratio: r.margin / (r.gammaNtk * r.motion), gammaNtk: r.gammaNtk, steps: r.steps, testError: r.testError } };
  },
});

export const weightMotionWithinSqrtM = defineClaim({
  id: 'lowrank.weight-motion-within-sqrt-m',
  catalog: 'E9', variant: 'corrected',
  title: 'After moving by 4√m, GF attains at least half the NTK margin per unit of motion',
  source: motionSource,
  statement: String.raw`\tfrac12\,\gamma_{\mathrm{ntk}}(W_0)\,\|W_R - W_0\|_F \le \min_i y_i f(x_i; W_R),\quad \|W_R - W_0\|_F = 4\sqrt m`,
  hypotheses: nearInitHyp,
  sides: { lhs: '½ NTK margin × distance moved', rhs: 'margin of the trained net' },
  kind: 'inequality', precision: 'float64', expect: 'supported',
  note: 'The constant ½ is ours (the seed gives none). What it shows: well beyond the O(1) motion of the NTK analysis, at motion of order √m, GF keeps a margin of the order of the NTK margin. A GF that stalled near a bad KKT point of arbitrarily small margin, or a linearisation that broke down at this motion, would refute it; the literal entry (constant 1) is refuted on the same instances, so the check resolves a shortfall well under a factor 2. The test error of the trained net on fresh points is in each instance’s notes.',
  instances: nearInitInstance,
  check: (inst, ctx) => {
    const r = nearInitMargin(inst, ctx.rng);
    return { lhs: 0.5 * r.gammaNtk * r.motion, rhs: r.margin, notes: { m: r.m, ratio: r.margin / (r.gammaNtk * r.motion), gammaNtk: r.gammaNtk, steps: r.steps, testError: r.testError } };
  },
});

// ---------------------------------------------------------------- E10–E14: rows added in wave 2

import {
  gaussianExpectation,
  hermiteCoefficients,
  hermiteSeriesValue,
  hermiteTensor,
  kernelMaxMargin,
  reluInnerNtk,
  reluMarginFlow,
} from 'claimcheck';

// ---------------------------------------------------------------- E10: the Hermite/Stein series

/** A polynomial on R^d as monomials c·Π x_i^{e_i}. */
type Monomial = { c: number; e: number[] };

const hermiteSeriesInstance = fc.record({
  d: fc.integer({ min: 1, max: 3 }),
  /** total degree p of the polynomial f */
  p: fc.integer({ min: 2, max: 4 }),
  terms: fc.integer({ min: 2, max: 5 }),
  seed: fc.integer(),
});
type HermiteSeriesInstance = { d: number; p: number; terms: number; seed: number };

/**
 * A random polynomial of degree ≤ p on R^d: a constant, one monomial of degree exactly p, and
 * `terms` − 1 monomials of random degree, N(0,1) coefficients. The evaluation points are 4 draws
 * of N(0, I).
 */
function randomPolynomial({ d, p, terms }: HermiteSeriesInstance, rng: Rng) {
  const r = rng.fork('poly');
  const monomial = (deg: number): Monomial => {
    const e = new Array<number>(d).fill(0);
    for (let k = 0; k < deg; k++) e[Math.min(d - 1, Math.floor(r.uniform() * d))]! += 1;
    return { c: r.normal(), e };
  };
  const mons: Monomial[] = [{ c: r.normal(), e: new Array<number>(d).fill(0) }, monomial(p)];
  for (let k = 1; k < terms; k++) mons.push(monomial(Math.floor(r.uniform() * (p + 1))));
  const points = Array.from({ length: 4 }, (_, k) => rng.fork(`point${k}`).normals(d));
  return { mons, points };
}

const evalPoly = (mons: Monomial[], x: ArrayLike<number>) =>
  mons.reduce((s, { c, e }) => s + c * e.reduce((pr, k, i) => pr * x[i]! ** k, 1), 0);

/** The t-th derivative tensor ∇^t f(x), flat row-major (d^t entries), by differentiating each monomial. */
function derivativeTensor(mons: Monomial[], t: number, x: ArrayLike<number>): Float64Array {
  const d = x.length;
  const out = new Float64Array(d ** t);
  for (let I = 0; I < out.length; I++) {
    const times = new Array<number>(d).fill(0);
    for (let k = 0, J = I; k < t; k++, J = Math.floor(J / d)) times[J % d]! += 1;
    let s = 0;
    for (const { c, e } of mons) {
      let v = c;
      for (let i = 0; i < d && v !== 0; i++) {
        // ∂^k x^e = e(e−1)…(e−k+1) x^{e−k}
        for (let j = 0; j < times[i]!; j++) v *= e[i]! - j;
        if (v !== 0) v *= x[i]! ** (e[i]! - times[i]!);
      }
      s += v;
    }
    out[I] = s;
  }
  return out;
}

const factorial = (t: number): number => (t <= 1 ? 1 : t * factorial(t - 1));

/**
 * Both sides of a Hermite series of f at the instance's points: lhs f(x), rhs the series with
 * the given weights and coefficient tensors. The sum runs to t = p: for a degree-p polynomial
 * E[f S_t] = E[∇^t f] = 0 for t > p, so that is the whole series. Quadrature with p + 1 points per
 * coordinate is exact for f·S_t (degree ≤ 2p per coordinate).
 */
function hermiteSeriesSides(
  inst: HermiteSeriesInstance,
  rng: Rng,
  { weight, coefficients }: { weight: (t: number) => number; coefficients: 'f S_t' | 'stein' | 'f S_t, variance 1.2' },
) {
  const { mons, points } = randomPolynomial(inst, rng);
  const f = (x: ArrayLike<number>) => evalPoly(mons, x);
  const q = inst.p + 1;
  const C = coefficients === 'stein'
    ? Array.from({ length: inst.p + 1 }, (_, t) => gaussianExpectation((x) => derivativeTensor(mons, t, x), inst.d, q))
    : hermiteCoefficients(f, inst.d, inst.p, { q, variance: coefficients === 'f S_t' ? 1 : 1.2 });
  const lhs = points.map(f);
  const rhs = points.map((x) => hermiteSeriesValue(C, x, weight));
  // magnitude the rounding scales with: the terms summed on either side, in absolute value (the
  // monomials of f at x; the products w_t·C_t·S_t(x) of the series)
  const absTerms = (x: Float64Array) => Math.max(
    mons.reduce((s, { c, e }) => s + Math.abs(c * e.reduce((pr, k, i) => pr * x[i]! ** k, 1)), 0),
    C.reduce((s, Ct, t) => s + Math.abs(weight(t)) * hermiteTensor(t, x).reduce((a, v, k) => a + Math.abs(v * Ct[k]!), 0), 0),
  );
  const scale = Math.max(1, ...points.map(absTerms));
  // summed terms: the q^d quadrature nodes per coefficient entry, d^t entries per order
  return { lhs, rhs, scale, size: q ** inst.d * (inst.p + 1) * inst.d ** inst.p, notes: { monomials: mons.length } };
}

const hermiteSeriesSource = {
  doc: SEED003,
  where: 'slide "Very brief proof sketch"',
  asStated: 'S_1(x) = x, S_2(x) = xx^T − I, … We have the series f(x) = Σ_{t=1}^{+∞} ⟨E[f(x)S_t(x)], S_t(x)⟩ By Stein = Σ_{t=1}^{+∞} ⟨E[f^{(t)}(x)], S_t(x)⟩',
  line: 684,
};
const hermiteHyp = ['x ∼ N(0, I_d), d = 1 … 3', 'f a random polynomial of degree p = 2 … 4 with a constant term; S_t the Hermite tensors (−1)^t∇^tφ/φ', 'E[f S_t] by tensor Gauss–Hermite quadrature with p + 1 nodes per coordinate (exact for these integrands); the series summed to t = p (the terms t > p vanish exactly)', 'both sides at 4 points x ∼ N(0, I)'];

export const hermiteSeriesAsWritten = defineClaim({
  id: 'lowrank.hermite-series-as-written',
  catalog: 'E10', variant: 'literal',
  title: 'Hermite series as written: f(x) = Σ_{t≥1} ⟨E[f S_t], S_t(x)⟩ (no t = 0 term, no 1/t!)',
  source: hermiteSeriesSource,
  statement: String.raw`f(x) = \sum_{t=1}^{\infty} \langle \mathbb E[f(x)S_t(x)],\, S_t(x)\rangle`,
  hypotheses: hermiteHyp,
  sides: { lhs: 'f(x)', rhs: "the slide's series at x (weights 1, from t = 1)" },
  kind: 'identity', precision: 'float64', expect: 'refuted',
  note: 'Off in two ways: the t = 0 term E[f] is missing, and ⟨E[f S_t], S_t⟩ needs the factor 1/t! (E[S_t ⊗ S_t] is t! times the symmetriser, so the degree-t component is counted t! times). For f = He₂(x₁) = x₁² − 1 the slide’s sum is 2f. Exact quadrature leaves only rounding between the sides, so any instance with a constant term or degree ≥ 2 refutes it.',
  instances: hermiteSeriesInstance,
  check: (inst, ctx) => hermiteSeriesSides(inst, ctx.rng, { weight: (t) => (t === 0 ? 0 : 1), coefficients: 'f S_t' }),
});

export const hermiteSeriesCorrected = defineClaim({
  id: 'lowrank.hermite-series-corrected',
  catalog: 'E10', variant: 'corrected',
  title: 'Hermite series with the t = 0 term and 1/t!: f(x) = Σ_{t≥0} (1/t!)⟨E[f S_t], S_t(x)⟩',
  source: hermiteSeriesSource,
  statement: String.raw`f(x) = \sum_{t=0}^{\infty} \frac{1}{t!}\langle \mathbb E[f(x)S_t(x)],\, S_t(x)\rangle`,
  hypotheses: hermiteHyp,
  sides: { lhs: 'f(x)', rhs: 'the Hermite expansion at x (1/t!, from t = 0)' },
  kind: 'identity', precision: 'float64', expect: 'supported',
  note: 'The Hermite expansion in L²(N(0, I)): {S_t} orthogonal with E[⟨A, S_t⟩⟨B, S_t⟩] = t!⟨A, B⟩ for symmetric A, B. Both sides are computed independently (f by direct evaluation, the series by exact quadrature of f·S_t), so a wrong weight, a missing term or a wrong S_t would refute it.',
  instances: hermiteSeriesInstance,
  check: (inst, ctx) => hermiteSeriesSides(inst, ctx.rng, { weight: (t) => 1 / factorial(t), coefficients: 'f S_t' }),
});

export const hermiteSeriesStein = defineClaim({
  id: 'lowrank.hermite-series-stein',
  catalog: 'E10', variant: 'corrected',
  title: 'Stein form of the corrected series: f(x) = Σ_{t≥0} (1/t!)⟨E[∇^t f], S_t(x)⟩',
  source: hermiteSeriesSource,
  statement: String.raw`f(x) = \sum_{t=0}^{\infty} \frac{1}{t!}\langle \mathbb E[\nabla^t f(x)],\, S_t(x)\rangle`,
  hypotheses: [...hermiteHyp.slice(0, 2), 'E[∇^t f] by the same quadrature of the exact derivative tensors (no Hermite tensor enters the coefficients)', 'both sides at 4 points x ∼ N(0, I)'],
  sides: { lhs: 'f(x)', rhs: 'Σ (1/t!)⟨E[∇^t f], S_t(x)⟩ at x' },
  kind: 'identity', precision: 'float64', expect: 'supported',
  note: 'The slide’s "By Stein" step (E[f S_t] = E[∇^t f], Gaussian integration by parts t times) applied to the corrected series; the coefficients here come from derivatives of f alone, so this also checks Stein’s identity at every order t ≤ 4, exactly rather than by the Monte Carlo of lowrank.stein-hermite.',
  instances: hermiteSeriesInstance,
  check: (inst, ctx) => hermiteSeriesSides(inst, ctx.rng, { weight: (t) => 1 / factorial(t), coefficients: 'stein' }),
});

export const hermiteSeriesVarianceControl = defineClaim({
  id: 'lowrank.hermite-series-variance-control',
  catalog: 'E10', variant: 'control',
  title: 'Control: the corrected series with coefficients taken under N(0, 1.2·I) (variance 20% off)',
  source: hermiteSeriesSource,
  statement: String.raw`f(x) = \sum_{t=0}^{\infty} \frac{1}{t!}\langle \mathbb E_{x\sim N(0,1.2 I)}[f(x)S_t(x)],\, S_t(x)\rangle`,
  hypotheses: [...hermiteHyp.slice(0, 2), 'E[f S_t] under N(0, 1.2·I) while S_t is the standard-Gaussian Hermite tensor', 'both sides at 4 points x ∼ N(0, I)'],
  sides: { lhs: 'f(x)', rhs: 'the series with coefficients under the wrong variance' },
  kind: 'identity', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: the S_t are orthogonal only under N(0, I); under variance 1.2 the coefficients of a degree-p polynomial pick up its higher-degree components (e.g. E[x²] = 1.2, not 1), an error of order 0.2·|f|.',
  instances: hermiteSeriesInstance,
  check: (inst, ctx) => hermiteSeriesSides(inst, ctx.rng, { weight: (t) => 1 / factorial(t), coefficients: 'f S_t, variance 1.2' }),
});

// ---------------------------------------------------------------- E11: Mystery II, large against small init

/**
 * The slide's over-parameterised sensing problem at E5's shape: asymmetric Gaussian sensing,
 * d1 = d2 = 8, r* = 1, r = 8, n = 5r*d = 40 measurements (r*(d1 + d2) ≤ n ≤ r(d1 + d2), and
 * n < d1d2, so the global minima form a manifold), ‖XYᵀ‖_F = 1. GD from U₀ = αG, V₀ = αH
 * (G, H i.i.d. N(0,1), one draw per seed for every α), step 0.3/max(1, ‖U₀‖², ‖V₀‖²) (the loss's
 * curvature grows like ‖U‖²), until the loss is below `lossTol` or `maxSteps`. Returns, per α,
 * the relative test error ‖U_TV_Tᵀ − XYᵀ‖_F/‖XYᵀ‖_F and the final training loss.
 */
function initScaleSweep(rng: Rng, alphas: number[], { lossTol, maxSteps }: { lossTol: number; maxSteps: number }) {
  const d = 8, rs = 1, r = 8, n = 40;
  const op = gaussianSensing(rng.fork('A'), { d1: d, d2: d, n });
  const X = scaledInit(rng.fork('X'), d, rs, 1), Y = scaledInit(rng.fork('Y'), d, rs, 1);
  const M0 = matmul(X, transpose(Y));
  const M = { ...M0, data: M0.data.map((v) => v / frobenius(M0)) };
  const yv = measure(op, M);
  const G = scaledInit(rng.fork('U'), d, r, 1), H = scaledInit(rng.fork('V'), d, r, 1);
  const err: number[] = [], loss: number[] = [], steps: number[] = [];
  for (const alpha of alphas) {
    const U0 = { ...G, data: G.data.map((v) => alpha * v) }, V0 = { ...H, data: H.data.map((v) => alpha * v) };
    const lr = 0.3 / Math.max(1, spectralNorm(U0) ** 2, spectralNorm(V0) ** 2);
    const gd = sensingGd64(op, yv, U0, V0, { lr, steps: maxSteps, lossTol });
    err.push(frobenius(sub(matmul(gd.U, transpose(gd.V)), M)));
    loss.push(gd.loss);
    steps.push(gd.steps);
  }
  return { err, loss, steps, notes: { d, rstar: rs, r, n, lossTol, maxSteps } };
}

const LARGE_ALPHAS = [1, 2, 4, 8];

function largeInitSweep(ctx: { rng: Rng; assume(c: boolean, h?: string): void }) {
  const s = initScaleSweep(ctx.rng, LARGE_ALPHAS, { lossTol: 1e-13, maxSteps: 20000 });
  ctx.assume(s.loss.every((l) => l <= 1e-13), 'GD from every large init reaches a global minimum (loss ≤ 1e-13) within 20000 steps');
  return {
    x: LARGE_ALPHAS, y: s.err,
    series: { 'GD steps to loss 1e-13': { x: LARGE_ALPHAS, y: s.steps } },
    notes: s.notes,
  };
}

const mysterySource = {
  doc: SEED003,
  where: 'slide "Challenge II: Generalization"',
  asStated: 'With large initialization global convergence occurs as soon as rd ≳ n [Oymak & S. ’19] Many global optima - Small training loss L(U, V) ≈ 0 - Test error ‖UV^T − XY^T‖_F potentially large',
  line: 378,
};
const mysteryHyp = ['asymmetric Gaussian sensing, d1 = d2 = 8, r* = 1, r = 8, n = 5r*d = 40 < d1d2 (a manifold of global minima), ‖XYᵀ‖_F = 1', 'U₀ = αG, V₀ = αH, G, H i.i.d. N(0,1), step 0.3/max(1, ‖U₀‖², ‖V₀‖²)'];

export const largeInitGeneralizesBadly = defineClaim({
  id: 'lowrank.large-init-generalizes-badly',
  catalog: 'E11', variant: 'literal',
  title: 'Large init: GD reaches a global minimum whose test error grows like α² (the init’s null-space part survives)',
  source: mysterySource,
  statement: String.raw`\mathcal L(U_T,V_T)\le 10^{-13}\ \text{and}\ \frac{\|U_TV_T^\top - XY^\top\|_F}{\|XY^\top\|_F} \asymp \alpha^{2},\ \alpha = 1 \dots 8`,
  hypotheses: [...mysteryHyp, 'α = 1, 2, 4, 8; GD until loss ≤ 1e-13 (a sweep where any run stops short is not counted)'],
  kind: 'scaling', precision: 'float64', expect: 'supported',
  note: 'The slide’s "global convergence … test error potentially large", measured: every large-init run reaches training loss ≤ 1e-13, and the test error of the optimum it reaches grows like α². The exponent 2 is the lazy-regime prediction (ours, not the slide’s): with a stable step the factors move by O(1/α) relative to their size, GD is the linearised least-squares flow, and the part of U₀V₀ᵀ = α²GHᵀ that the n < d1d2 measurements do not see is never removed. An error bounded in α (exponent 0, "GD finds a good optimum anyway") or growing like α (exponent 1) would refute it.',
  scaling: { exponent: 2, relation: 'equal', axes: { x: 'init scale $\\alpha$', y: 'relative test error at the global minimum reached' } },
  instances: seedOnly,
  check: (_i, ctx) => largeInitSweep(ctx),
});

export const largeInitExponentControl = defineClaim({
  id: 'lowrank.large-init-exponent-control',
  catalog: 'E11', variant: 'control',
  title: 'Control: the large-init test error grows like α^{1.6} (exponent 20% off)',
  source: mysterySource,
  statement: String.raw`\frac{\|U_TV_T^\top - XY^\top\|_F}{\|XY^\top\|_F} \asymp \alpha^{1.6}`,
  hypotheses: ['as lowrank.large-init-generalizes-badly'],
  kind: 'scaling', precision: 'float64', expect: 'refuted',
  note: 'Deliberately false: the exponent 2 of lowrank.large-init-generalizes-badly, 20% low.',
  scaling: { exponent: 1.6, relation: 'equal', axes: { x: 'init scale $\\alpha$', y: 'relative test error at the global minimum reached' } },
  instances: seedOnly,
  check: (_i, ctx) => largeInitSweep(ctx),
});
