import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { defineClaim } from '../../src/claims/define.ts';
import { FailureDb } from '../../src/claims/failure_db.ts';
import { NO_LONGER_FAILS, STILL_FAILS } from '../../src/claims/known_failure.ts';
import { parseRunOptions, runOptionsFromEnv } from '../../src/claims/options.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { Claim, ClaimDefinition, ClaimKind } from '../../src/claims/types.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});
const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(join(tmpdir(), 'claimcheck-known-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const run = (claim: Claim, failureDir: string | undefined, path?: string) => runClaim(claim, {
  seed: 20261123, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'ml-matrix', failureDir, ...(path ? { path } : {}),
});

function claim<I, K extends ClaimKind>(def: Pick<ClaimDefinition<I, K>, 'kind' | 'instances' | 'check'> & Partial<ClaimDefinition<I, K>>): Claim<I> {
  return defineClaim<I, K>({
    id: 'engine.planted', family: 'engine', variant: 'control', title: 'planted',
    source: { doc: 'tests/claims/known_failure.test.ts', where: 'planted', asStated: 'planted' },
    statement: 'planted', expect: 'refuted', precision: 'exact',
    ...def,
  } as ClaimDefinition<I, K>);
}

/** x ≤ limit over 1..1000 with the check's calls counted: the minimal counterexample is x = limit + 1 */
function bounded(limit: number, calls: number[]) {
  return claim({
    kind: 'inequality',
    instances: fc.record({ x: fc.integer({ min: 1, max: 1000 }) }),
    check: ({ x }: { x: number }) => { calls.push(x); return { lhs: x, rhs: limit }; },
  });
}

describe('the failure database in a run', () => {
  it('stores a refutation\'s shrunk instance, refutes with it in one evaluation next time, and drops it once it holds', async () => {
    const dir = freshDir();
    const calls: number[] = [];
    const first = await run(bounded(10, calls), dir);
    expect(first.verdict).toBe('refuted');
    expect(first.counterexample?.instance).toEqual({ x: 11 }); // fast-check shrinks to the boundary
    expect(new FailureDb(dir).instanceOf('engine.planted')).toEqual({ instance: { x: 11 } });
    expect(calls.length).toBeGreaterThan(1);

    calls.length = 0;
    const second = await run(bounded(10, calls), dir);
    expect(calls).toEqual([11]); // one evaluation, of the stored instance
    expect(second.verdict).toBe('refuted');
    expect(second.reason).toMatch(new RegExp(`^${STILL_FAILS}: lhs 11 > rhs 10`));
    expect(second.evidence.notes?.evaluations).toBe(1);
    expect(second.counterexample?.instance).toEqual({ x: 11 });

    // the claim is fixed (the bound moved past the stored instance): the run goes on as usual
    calls.length = 0;
    const fixed = await run(bounded(2000, calls), dir);
    expect(calls[0]).toBe(11);
    expect(calls.length).toBeGreaterThan(1);
    expect(fixed.verdict).toBe('supported');
    expect(String(fixed.evidence.notes?.[NO_LONGER_FAILS])).toMatch(/lhs 11 ≤ rhs 2000; record removed/);
    expect(new FailureDb(dir).list()).toEqual([]);
  });

  it('stores nothing when off, and an explicit replay path goes past the database', async () => {
    const calls: number[] = [];
    expect((await run(bounded(10, calls), undefined)).verdict).toBe('refuted');
    const dir = freshDir();
    const first = await run(bounded(10, calls), dir);
    calls.length = 0;
    const replayed = await run(bounded(10, calls), dir, first.counterexample!.path);
    expect(replayed.reason).not.toMatch(STILL_FAILS);
    expect(replayed.counterexample?.instance).toEqual({ x: 11 });
  });

  it('does not store what a statistical kind or an existence claim decides', async () => {
    const dir = freshDir();
    const rate = claim({
      kind: 'probability', probability: { atLeast: 0.9 },
      instances: fc.record({ seed: fc.integer() }), check: ({ seed }: { seed: number }) => ({ holds: seed % 2 === 0 }),
    } as never);
    expect((await run(rate, dir)).verdict).toBe('refuted');
    const witness = claim({
      kind: 'existence', expect: 'supported',
      instances: fc.record({ x: fc.integer({ min: 0, max: 100 }) }), check: ({ x }: { x: number }) => ({ witness: x > 50 ? { x } : null }),
    } as never);
    expect((await run(witness, dir)).verdict).toBe('supported');
    expect(new FailureDb(dir).list()).toEqual([]);
  });

  it('a stored instance the check now raises on (an arbitrary that changed shape) is dropped, and the run decides', async () => {
    const dir = freshDir();
    await run(bounded(10, []), dir);
    // the instances gained a field the check needs: the stored { x: 11 } lacks it
    const reshaped = claim({
      kind: 'inequality', instances: fc.record({ x: fc.integer({ min: 1, max: 1000 }), y: fc.integer({ min: 0, max: 5 }) }),
      check: ({ x, y }: { x: number; y: number }) => { if (y === undefined) throw new TypeError('y is undefined'); return { lhs: x + y, rhs: 10 }; },
    });
    const r = await run(reshaped, dir);
    expect(String(r.evidence.notes?.[NO_LONGER_FAILS])).toMatch(/the check raised on it \(TypeError: y is undefined\), a stale record; removed/);
    expect(r.verdict).toBe('refuted');
    expect(r.reason).toMatch(/^violated/);
    expect(new FailureDb(dir).instanceOf('engine.planted')).toEqual({ instance: r.counterexample?.instance });
  });
});

describe('where the database lives', () => {
  it('npm test: .claimcheck/failures under the package root, CLAIMCHECK_DATABASE=off or a folder of its own', () => {
    expect(runOptionsFromEnv({}, '/pkg').failureDir).toBe('/pkg/.claimcheck/failures');
    expect(runOptionsFromEnv({ CLAIMCHECK_DATABASE: 'off' }, '/pkg').failureDir).toBeUndefined();
    expect(runOptionsFromEnv({ CLAIMCHECK_DATABASE: 'ci-db' }, '/pkg').failureDir).toBe('/pkg/ci-db');
  });

  it('the CLI: resolved against its cwd once, so the workers get an absolute folder; off under --no-database', () => {
    expect(parseRunOptions({ failureDir: '.claimcheck/failures' }).failureDir).toBe(join(process.cwd(), '.claimcheck/failures'));
    expect(parseRunOptions({ failureDir: false }).failureDir).toBeUndefined();
  });
});
