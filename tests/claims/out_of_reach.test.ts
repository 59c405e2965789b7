import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { defineClaim } from '../../src/claims/define.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';

const base = {
  family: 'reach', variant: 'literal' as const, title: 't', source: { doc: 'd', where: 'w', asStated: 'a' }, statement: 's',
  kind: 'identity' as const, precision: 'float64' as const, instances: fc.record({ x: fc.integer({ min: 0, max: 9 }) }),
  check: ({ x }: { x: number }) => ({ lhs: x, rhs: x + 1 }),
};

let backend: BackendInfo;
beforeAll(async () => { backend = await initBackend(); });

describe('statements beyond the budgets\' reach', () => {
  it('needs a reason for expect inconclusive, and inconclusive for a reason', () => {
    expect(() => defineClaim({ ...base, id: 'reach.a', expect: 'inconclusive' })).toThrow(/claim 'reach.a': field 'outOfReach' is missing/);
    expect(() => defineClaim({ ...base, id: 'reach.b', expect: 'refuted', outOfReach: 'N too large' })).toThrow(/field 'expect' must be 'inconclusive'/);
  });

  it('runs the check, shows what was measured, and says inconclusive rather than refuted', async () => {
    const claim = defineClaim({ ...base, id: 'reach.c', expect: 'inconclusive', outOfReach: 'needs N = 10⁶' });
    const r = await runClaim(claim, { seed: 1, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'ml-matrix' });
    expect(r.verdict).toBe('inconclusive');
    expect(r.asExpected).toBe(true);
    expect(r.reason).toMatch(/^out of reach: needs N = 10⁶\. Measured at these sizes: refuted, violated/);
    expect(r.counterexample).toBeUndefined();
  });
});
