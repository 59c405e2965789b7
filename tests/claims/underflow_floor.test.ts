import fc from 'fast-check';
import { fc as fcv, test as propTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { defineClaim } from '../../src/claims/define.ts';
import { formatApart, formatExcess, formatNumber } from '../../src/claims/format_number.ts';
import { judgeIdentity } from '../../src/claims/kinds/identity.ts';
import { judgeInequality } from '../../src/claims/kinds/inequality.ts';
import { relativeBeyondFloor } from '../../src/claims/rounding.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { Claim, ClaimDefinition } from '../../src/claims/types.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';

// Issue 18, item 3: "lhs 2.225e-308 > rhs 0 by 2.225e-308 (allowed 2.225e-308)" must never
// appear. Two faults made it: four digits cannot tell 2.22508e-308 from the floor 2.22507e-308
// (the message), and a discrepancy at the underflow floor was called "beyond ε^⅕ relative",
// hence mathematical by its size alone, when sides of order min-normal carry no relative
// precision (the rule).

const MIN_NORMAL64 = 2.2250738585072014e-308; // 2⁻¹⁰²²
const EPS32 = 2 ** -23;

/** the numbers a reason prints, in order */
const numbersIn = (reason: string) => [...reason.matchAll(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g)].map((m) => m[0]);

describe('formatApart and formatExcess', () => {
  it('prints two different numbers differently, with at least the usual 4 digits', () => {
    expect(formatApart([2.2251e-308, MIN_NORMAL64])).toEqual(['2.2251e-308', '2.2251e-308'.replace('2.2251', '2.22507')]);
    expect(formatApart([0.8422, 1.2e-13])).toEqual([formatNumber(0.8422), formatNumber(1.2e-13)]);
    expect(formatApart([1 + 2 ** -52, 1])).toEqual(['1.0000000000000002', '1']);
    expect(formatApart([3, 3])).toEqual(['3', '3']);
  });

  propTest.prop([fcv.double({ noNaN: true, noDefaultInfinity: true }), fcv.double({ noNaN: true, noDefaultInfinity: true })])(
    'never prints two different doubles alike',
    (a, b) => {
      const [x, y] = formatApart([a, b]);
      if (!Object.is(a, b) && a !== b) expect(x).not.toBe(y);
    },
  );

  it('never rounds an excess above 1 down to 1×', () => {
    expect(formatExcess(1 + 1e-9)).not.toBe('1×');
    expect(formatExcess(1.00004)).toBe('1.00004×');
    expect(formatExcess(12.345)).toBe('12.3×');
  });
});

describe('a discrepancy at the underflow floor', () => {
  it('is not beyond ε^⅕ relative by its size alone: (error − floor)⁺ / scale', () => {
    expect(relativeBeyondFloor(2.2251e-308, MIN_NORMAL64, 2.2251e-308)).toBeLessThan(1e-4);
    expect(relativeBeyondFloor(1e-300, MIN_NORMAL64, 1e-300)).toBeCloseTo(1, 6);
    expect(relativeBeyondFloor(1, 0, 0)).toBe(Infinity);
    expect(relativeBeyondFloor(0, MIN_NORMAL64, 0)).toBe(0);
  });

  it('the message of the issue: the numbers it compares print apart, with the excess as a multiple', () => {
    const j = judgeInequality({ lhs: 2.2251e-308, rhs: 0 }, 'float64', EPS32);
    expect(j.excess).toBeGreaterThan(1);
    expect(j.zone).toBe('gray'); // was 'beyond': refuted with no evidence of mathematics
    expect(j.reason).toBe('lhs 2.225e-308 > rhs 0 by 2.2251e-308 (1.00001× the allowed 2.22507e-308)');
    const [, , by, , allowed] = numbersIn(j.reason);
    expect(by).not.toBe(allowed);
  });

  it('far above the floor the rule is unchanged: 1e-300 > 0 is beyond', () => {
    expect(judgeInequality({ lhs: 1e-300, rhs: 0 }, 'float64', EPS32).zone).toBe('beyond');
    expect(judgeIdentity({ lhs: 1e-300, rhs: 0 }, 'float64', EPS32).zone).toBe('beyond');
  });

  propTest.prop([
    fcv.integer({ min: 1, max: 64 }),
    fcv.oneof(fcv.constant(0), fcv.double({ min: 0, max: 1e-300, noNaN: true }), fcv.double({ min: 1e-3, max: 1e3, noNaN: true })),
    fcv.double({ min: 1e-12, max: 1e-4, noNaN: true }),
    fcv.constantFrom('float64' as const, 'float32' as const),
  ], { numRuns: 300 })(
    'no violation message ever reads "a > a" or "by e (allowed e)", whatever the size and scale',
    (size, rhs, over, precision) => {
      // lhs just above rhs + allowed: a violation by a hair, where four digits print both alike
      const base = judgeInequality({ lhs: rhs, rhs, size }, precision, EPS32).allowed;
      const lhs = rhs + base * (1 + over) * 1.0000001;
      const j = judgeInequality({ lhs, rhs, size }, precision, EPS32);
      fc.pre(j.violated);
      const [l, r, by, , allowed] = numbersIn(j.reason);
      expect(l).not.toBe(r);
      expect(by).not.toBe(allowed);
      expect(j.reason).not.toMatch(/ 1× /);
      const id = judgeIdentity({ lhs: [lhs], rhs: [rhs], size }, precision, EPS32);
      if (id.violated) {
        const [e, , , a] = numbersIn(id.reason.replace(/\(lhs [^)]*\)/, ''));
        expect(e, id.reason).not.toBe(a);
      }
    },
  );
});

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

function claim<I>(name: string, def: Pick<ClaimDefinition<I, 'inequality'>, 'instances' | 'check' | 'expect'>): Claim<I> {
  return defineClaim<I, 'inequality'>({
    id: `engine.${name}`, family: 'engine', variant: 'control', title: name, kind: 'inequality', precision: 'float64',
    source: { doc: 'tests/claims/underflow_floor.test.ts', where: 'planted', asStated: name }, statement: name, ...def,
  } as ClaimDefinition<I, 'inequality'>);
}
const run = (c: Claim) => runClaim(c, { seed: 20261123, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'js' });

describe('claims at the underflow floor are decided by evidence', () => {
  it('x² ≤ 0 with x² just above min-normal is refuted: the discrepancy is steady under perturbation', async () => {
    const r = await run(claim('square-at-floor', {
      expect: 'refuted',
      instances: fc.record({ x: fc.double({ min: 1.4917e-154, max: 1.6e-154, noNaN: true }) }),
      check: ({ x }) => ({ lhs: x * x, rhs: 0 }),
    }));
    expect(r.verdict, r.reason).toBe('refuted');
    expect(r.reason).toMatch(/steady|mathematical/);
  });

  it('a constant just above the floor with nothing to perturb is not refuted by its size alone', async () => {
    const r = await run(claim('constant-at-floor', {
      expect: 'supported',
      instances: fc.record({ k: fc.integer({ min: 0, max: 3 }) }),
      check: () => ({ lhs: 2.2251e-308, rhs: 0 }),
    }));
    expect(r.verdict, r.reason).toBe('inconclusive');
    expect(r.reason).not.toMatch(/2\.225e-308 .*2\.225e-308/);
  });
});
