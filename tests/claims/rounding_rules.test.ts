import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { defineClaim } from '../../src/claims/define.ts';
import type { ClaimResult } from '../../src/claims/result.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { Claim, ClaimDefinition, ClaimKind } from '../../src/claims/types.ts';
import type { IdentitySummary } from '../../src/claims/kinds/identity.ts';
import type { InequalitySummary } from '../../src/claims/kinds/inequality.ts';
import { mathematicalFloor, perturbDoubles, zoneOf } from '../../src/claims/rounding.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';

// Engine rules of issue 14, item 1, on claims whose truth is known: rounding is told from
// mathematics by the engine (normwise comparison, then evidence in the gray zone), never by
// a tolerance in the claim.

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

type Evidence = Omit<IdentitySummary, 'kind'> & Omit<InequalitySummary, 'kind'> & { kind: string };
const run = (claim: Claim, seed = Number(process.env.PW_SEED ?? 20261123)): Promise<ClaimResult & { evidence: Evidence }> =>
  runClaim(claim, { seed, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'js' }) as Promise<ClaimResult & { evidence: Evidence }>;

function claim<I, K extends ClaimKind>(name: string, def: Pick<ClaimDefinition<I, K>, 'kind' | 'instances' | 'check'> & Partial<ClaimDefinition<I, K>>): Claim<I> {
  return defineClaim<I, K>({
    id: `engine.${name}`, family: 'engine', variant: 'control', title: name,
    source: { doc: 'tests/claims/rounding_rules.test.ts', where: 'planted', asStated: name },
    statement: name, expect: 'supported', precision: 'float64', ...def,
  } as ClaimDefinition<I, K>);
}

// ---- linear algebra as a reviewer writes it: Gaussian elimination with partial pivoting ----
type M = number[][];
const matmul = (a: M, b: M): M => a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
function inverse(a: M): M {
  const n = a.length;
  const w = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(w[r]![c]!) > Math.abs(w[p]![c]!)) p = r;
    [w[c], w[p]] = [w[p]!, w[c]!];
    const piv = w[c]![c]!;
    for (let j = 0; j < 2 * n; j++) w[c]![j]! /= piv;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = w[r]![c]!;
      for (let j = 0; j < 2 * n; j++) w[r]![j]! -= f * w[c]![j]!;
    }
  }
  return w.map((row) => row.slice(n));
}
function det(a: M): number {
  const w = a.map((r) => [...r]);
  const n = w.length;
  let d = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(w[r]![c]!) > Math.abs(w[p]![c]!)) p = r;
    if (p !== c) [w[c], w[p], d] = [w[p]!, w[c]!, -d];
    d *= w[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = w[r]![c]! / w[c]![c]!;
      for (let j = c; j < n; j++) w[r]![j]! -= f * w[c]![j]!;
    }
  }
  return d;
}
/** 2-norm condition number estimate from the inverse (Frobenius norms: within a factor n) */
const frob = (a: M) => Math.sqrt(a.flat().reduce((s, x) => s + x * x, 0));

/** Gaussian entries by Box–Muller from pairs of uniform doubles (through .map, as a reviewer writes it; u < 1 keeps every entry nonzero) */
const gaussians = (count: number) =>
  fc.array(fc.tuple(fc.double({ min: 1e-9, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: count, maxLength: count })
    .map((pairs) => pairs.map(([u, v]) => Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)));
const square = (n: number, xs: number[]): M => Array.from({ length: n }, (_, i) => xs.slice(i * n, (i + 1) * n));

/**
 * Gaussian n×n (n ≤ 8) with condition number up to about 10^logK: the last column made a
 * combination of the others plus 10^(−logK) of itself (a near-singular matrix computed naturally).
 */
const illConditioned = (maxLogK: number) => fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({ n: fc.constant(n), g: gaussians(n * n + n), logK: fc.double({ min: 0, max: maxLogK, noNaN: true }) })).map(({ n, g, logK }) => {
  const a = square(n, g);
  const c = g.slice(n * n);
  for (let i = 0; i < n; i++) a[i]![n - 1] = a[i]!.slice(0, n - 1).reduce((s, x, k) => s + c[k]! * x, 0) + 10 ** -logK * a[i]![n - 1]!;
  return a;
});

const identityOf = (n: number) => Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 1 : 0));

describe('zones', () => {
  it('within the model ≤ 1; beyond at ε^⅕ relative; the gray zone between', () => {
    expect(mathematicalFloor('float64')).toBeCloseTo(Number.EPSILON ** 0.2, 20);
    expect(mathematicalFloor('float32', 2 ** -23)).toBeCloseTo(2 ** (-23 / 5), 12);
    expect(zoneOf(0.9, 1e-15, 'float64')).toBe('within');
    expect(zoneOf(50, 1e-13, 'float64')).toBe('gray');
    expect(zoneOf(1e9, 2e-6, 'float64')).toBe('gray'); // κ ≈ 1e10 rounding
    expect(zoneOf(1e12, 1e-2, 'float64')).toBe('beyond');
    expect(zoneOf(2, 1e-20, 'exact')).toBe('beyond');
  });

  it('perturbs non-integer doubles only, by the relative size asked', () => {
    const rng = new Rng(1);
    const inst = { n: 3, x: [0.5, 2, -1.25], y: new Float64Array([0.1, 4]) };
    const p = perturbDoubles(inst, 1e-13, rng);
    expect(p.count).toBe(3);
    const v = p.value as typeof inst;
    expect(v.n).toBe(3);
    expect(v.x[1]).toBe(2);
    for (const [a, b] of [[v.x[0]!, 0.5], [v.x[2]!, -1.25], [v.y[0]!, 0.1]] as const) {
      const rel = Math.abs(a / b - 1);
      expect(rel).toBeGreaterThanOrEqual(0.4e-13);
      expect(rel).toBeLessThanOrEqual(1.1e-13);
    }
  });
});

describe('ill-conditioned true identities are supported', () => {
  it('inv(A)·A = I on Gaussian matrices of size ≤ 8 with κ up to about 1e10', async () => {
    let worstKappa = 0;
    const r = await run(claim('inverse-identity', {
      kind: 'identity',
      instances: illConditioned(8.5),
      check: (a: M, ctx) => {
        const n = a.length;
        const inv = inverse(a);
        ctx.assume(inv.flat().every(Number.isFinite), 'A invertible');
        worstKappa = Math.max(worstKappa, frob(a) * frob(inv));
        return { lhs: matmul(inv, a).flat(), rhs: identityOf(n) };
      },
    }));
    expect(r.verdict, r.reason).toBe('supported');
    // the run did meet instances far above the rounding model, and settled them as rounding

    // (κ estimated as ‖A‖_F·‖inv(A)‖_F over every evaluated instance, perturbed and searched ones included)
    expect(worstKappa).toBeGreaterThan(1e9);
    expect(r.evidence.rounding!.aboveModel).toBeGreaterThan(0);
    expect(r.evidence.rounding!.rounding).toBe(r.evidence.rounding!.aboveModel);
  });

  it('det(AB) = det A · det B on Gaussian matrices of size ≤ 8', async () => {
    const r = await run(claim('det-product', {
      kind: 'identity',
      instances: fc.integer({ min: 2, max: 8 }).chain((n) => gaussians(2 * n * n).map((g) => [square(n, g), square(n, g.slice(n * n))] as const)),
      check: ([a, b]) => ({ lhs: det(matmul(a, b)), rhs: det(a) * det(b) }),
    }));
    expect(r.verdict, r.reason).toBe('supported');
  });

  it('an identity whose right side cancels large terms: b² = (a + b)² − a² − 2ab with a from 1e3·b to 1e5·b', async () => {
    const r = await run(claim('cancelling-square', {
      kind: 'identity',
      instances: fc.record({ b: fc.double({ min: 0.5, max: 2, noNaN: true }), a: fc.double({ min: 1e3, max: 1e5, noNaN: true }) }),
      check: ({ a, b }) => ({ lhs: b * b, rhs: (a + b) ** 2 - a * a - 2 * a * b }),
    }));
    expect(r.verdict, r.reason).toBe('supported');
    expect(r.evidence.rounding!.aboveModel).toBeGreaterThan(0);
  });
});

describe('false identities are refuted', () => {
  it('det(AB) = det A · det B · (1 + 1e-7) in float64', async () => {
    const r = await run(claim('det-product-off', {
      kind: 'identity', expect: 'refuted',
      instances: fc.integer({ min: 2, max: 8 }).chain((n) => gaussians(2 * n * n).map((g) => [square(n, g), square(n, g.slice(n * n))] as const)),
      check: ([a, b]) => ({ lhs: det(matmul(a, b)), rhs: det(a) * det(b) * (1 + 1e-7) }),
    }));
    expect(r.verdict, r.reason).toBe('refuted');
    expect(r.reason).toMatch(/mathematical/);
  });

  it('inv(A)·A = (1 + 1e-7)·I in float64, on the same ill-conditioned matrices', async () => {
    const r = await run(claim('inverse-off', {
      kind: 'identity', expect: 'refuted',
      instances: illConditioned(9.5),
      check: (a: M, ctx) => {
        const inv = inverse(a);
        // shrinking makes rows equal: a singular matrix is outside the claim
        ctx.assume(inv.flat().every(Number.isFinite), 'A invertible');
        return { lhs: matmul(inv, a).flat(), rhs: identityOf(a.length).map((x) => x * (1 + 1e-7)) };
      },
    }));
    expect(r.verdict, r.reason).toBe('refuted');
  });

  it('‖x‖² = Σ xᵢ² · (1 + 1e-3) in float32 (Math.fround arithmetic)', async () => {
    const f = Math.fround;
    const r = await run(claim('float32-off', {
      kind: 'identity', expect: 'refuted', precision: 'float32',
      instances: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 16 }),
      check: (x: number[]) => {
        const sq = x.reduce((s, v) => f(s + f(f(v) * f(v))), 0);
        const sqRev = [...x].reverse().reduce((s, v) => f(s + f(f(v) * f(v))), 0);
        return { lhs: sq, rhs: f(sqRev * f(1 + 1e-3)), size: x.length };
      },
    }));
    expect(r.verdict, r.reason).toBe('refuted');
  });

  // A sum in two orders differs by a term one order absorbs: that discrepancy is a smooth
  // function of the inputs (it is one of them), so no perturbation tells it from mathematics;
  // the magnitude of the terms summed (a measurement, not a tolerance) puts it in the model.
  it('a true float32 identity with cancellation is supported (Σ in two orders, with the terms\' magnitude as scale)', async () => {
    const f = Math.fround;
    const r = await run(claim('float32-true', {
      kind: 'identity', precision: 'float32',
      instances: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 16 }),
      check: (x: number[]) => {
        const s1 = x.reduce((s, v) => f(s + f(v)), 0);
        const s2 = [...x].reverse().reduce((s, v) => f(s + f(v)), 0);
        return { lhs: s1, rhs: s2, size: x.length, scale: x.reduce((s, v) => s + Math.abs(f(v)), 0) };
      },
    }));
    expect(r.verdict, r.reason).toBe('supported');
  });
});

describe('equality cases of true inequalities never refute by rounding', () => {
  /** geometric mean as exp(mean log x) ≤ arithmetic mean, at equality (all entries equal) near 10^exp */
  const amgm = (exp: number) => claim(`amgm-equality-${exp < 0 ? 'tiny' : 'huge'}`, {
    kind: 'inequality',
    instances: fc.record({ m: fc.double({ min: 1, max: 10, noNaN: true }), n: fc.integer({ min: 1, max: 12 }), spread: fc.constantFrom(0, 0, 0, 1e-9, 1e-3) }),
    check: ({ m, n, spread }) => {
      const x = Array.from({ length: n }, (_, i) => m * 10 ** exp * (1 + spread * i));
      const gm = Math.exp(x.reduce((s, v) => s + Math.log(v), 0) / n);
      const am = x.reduce((s, v) => s + v, 0) / n;
      return { lhs: gm, rhs: am, size: n };
    },
  });
  it.each([-290, 290])('AM-GM computed as exp(mean log x) at x ≈ 1e%i', async (exp) => {
    const r = await run(amgm(exp));
    expect(r.verdict, r.reason).toBe('supported');
  });

  it('a false inequality off by 1e-7 relative is still refuted (lhs = (1 + 1e-7)·rhs)', async () => {
    const r = await run(claim('inequality-off', {
      kind: 'inequality', expect: 'refuted',
      instances: fc.record({ m: fc.double({ min: 1, max: 10, noNaN: true }), n: fc.integer({ min: 1, max: 12 }) }),
      check: ({ m, n }) => {
        const x = Array.from({ length: n }, () => m * 1e-290);
        const am = x.reduce((s, v) => s + v, 0) / n;
        return { lhs: am * (1 + 1e-7), rhs: am, size: n };
      },
    }));
    expect(r.verdict, r.reason).toBe('refuted');
  });
});

describe('data drawn from ctx.rng are perturbed too; data out of reach leave the gray zone inconclusive', () => {
  const fromStream = (n: number, rng: { normals(k: number): Float64Array }) => square(n, Array.from(rng.normals(n * n)));
  it('det(AB) = det A · det B with the matrices drawn from ctx.rng: supported', async () => {
    const r = await run(claim('det-product-stream', {
      kind: 'identity',
      instances: fc.record({ n: fc.integer({ min: 2, max: 8 }) }),
      check: ({ n }, ctx) => {
        const [a, b] = [fromStream(n, ctx.rng), fromStream(n, ctx.rng)];
        return { lhs: det(matmul(a, b)), rhs: det(a) * det(b) };
      },
    }));
    expect(r.verdict, r.reason).toBe('supported');
  });

  it('the same identity off by 1e-12 relative: refuted (gray zone, steady under the stream perturbation)', async () => {
    const r = await run(claim('det-product-stream-off', {
      kind: 'identity', expect: 'refuted',
      instances: fc.record({ n: fc.integer({ min: 2, max: 8 }) }),
      check: ({ n }, ctx) => {
        const [a, b] = [fromStream(n, ctx.rng), fromStream(n, ctx.rng)];
        return { lhs: det(matmul(a, b)), rhs: det(a) * det(b) * (1 + 1e-11) };
      },
    }));
    expect(r.verdict, r.reason).toBe('refuted');
    expect(r.reason).toMatch(/stays put/);
  });

  it('a gray-zone discrepancy whose data come from a seed of the check\'s own: inconclusive, saying what would decide it', async () => {
    const r = await run(claim('own-seed', {
      kind: 'identity',
      instances: fc.record({ seed: fc.integer() }),
      check: ({ seed }) => {
        const x = new Rng(seed).uniform() + 1;
        return { lhs: x, rhs: x * (1 + 1e-12) };
      },
    }));
    expect(r.verdict, r.reason).toBe('inconclusive');
    expect(r.reason).toMatch(/would decide it: a `reference`/);
    expect(r.evidence.rounding!.worstUnresolved!.note).toMatch(/did not reach the computation/);
  });

  it('a `reference` the check computes in higher precision decides the gray zone', async () => {
    const make = (off: number) => claim(`reference-${off}`, {
      kind: 'identity',
      instances: fc.record({ k: fc.integer({ min: 1, max: 100 }) }),
      check: ({ k }) => ({ lhs: k, rhs: k * (1 + 1e-12), reference: { lhs: k, rhs: k * (1 + off) } }),
    });
    expect((await run(make(0))).verdict).toBe('supported');
    expect((await run(make(1e-12))).verdict).toBe('refuted');
  });
});
