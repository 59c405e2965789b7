import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { replayChoices } from '../../src/claims/choice_search_tape.ts';
import { defineClaim } from '../../src/claims/define.ts';
import type { ExistenceSummary } from '../../src/claims/kinds/existence.ts';
import type { InequalitySummary } from '../../src/claims/kinds/inequality.ts';
import { KINDS } from '../../src/claims/kinds/registry.ts';
import type { ClaimResult } from '../../src/claims/result.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { Claim, ClaimDefinition, ClaimKind } from '../../src/claims/types.ts';
import { mathematicalFloor } from '../../src/claims/rounding.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';
import { cubes, direction, W } from './helpers/planted_band.ts';

// Issue 14, items 4 and 5, through the driver: the targeted search moves through .chain/.map
// instance spaces (choice space), a found instance replays from its `choices:` path, and a
// refutation reports its worst violation next to a counterexample still decisively violated.

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

type Evidence = Omit<InequalitySummary, 'kind'> & Omit<ExistenceSummary, 'kind' | 'search'> & { kind: string };
const run = (claim: Claim, seed = 20261123, path?: string): Promise<ClaimResult & { evidence: Evidence }> =>
  runClaim(claim, { seed, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'js', ...(path ? { path } : {}) }) as Promise<ClaimResult & { evidence: Evidence }>;

function claim<I, K extends ClaimKind>(name: string, def: Pick<ClaimDefinition<I, K>, 'kind' | 'instances' | 'check'> & Partial<ClaimDefinition<I, K>>): Claim<I> {
  return defineClaim<I, K>({
    id: `engine.${name}`, family: 'engine', variant: 'control', title: name,
    source: { doc: 'tests/claims/pointwise_search.test.ts', where: 'planted', asStated: name },
    statement: name, expect: 'refuted', ...(def.kind === 'existence' ? {} : { precision: 'float64' as const }), ...def,
  } as ClaimDefinition<I, K>);
}

// violated only where Σuᵢ³ lies within W of 0.6: ≈ 0.3% of the space (helpers/planted_band.ts)
const band = claim('narrow-band-behind-chain', {
  kind: 'inequality',
  instances: direction,
  check: (u: number[]) => ({ lhs: 1 + W - Math.abs(cubes(u) - 0.6), rhs: 1 }),
});

describe('search through any instance space', () => {
  it('refutes a false inequality whose violations fill 0.3% of a .chain/.map space in ≥ 19 of 20 seeds at quick', async () => {
    let refuted = 0;
    let inChoiceSpace = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = await run(band, seed);
      expect(r.verdict).not.toBe('error');
      if (r.verdict === 'refuted') {
        refuted++;
        const u = r.counterexample!.instance as number[];
        expect(1 + W - Math.abs(cubes(u) - 0.6)).toBeGreaterThan(1);
        if (r.counterexample!.path?.startsWith('choices:')) inChoiceSpace++;
      }
    }
    expect(refuted).toBeGreaterThanOrEqual(19);
    // sampling alone (25 draws) finds the band in about 7% of seeds: the rest is the search's
    expect(inChoiceSpace).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('replays a counterexample found in choice space from its choices: path', async () => {
    let found: ClaimResult | undefined;
    for (let seed = 1; seed <= 20 && !found; seed++) {
      const r = await run(band, seed);
      if (r.counterexample?.path?.startsWith('choices:')) found = r;
    }
    expect(found).toBeDefined();
    const path = found!.counterexample!.path!;
    expect(found!.replay).toContain(`--path ${path}`);
    expect(replayChoices(direction, path.slice('choices:'.length)).value).toEqual(found!.counterexample!.instance);
    const again = await run(band, found!.seed, path);
    expect(again.verdict).toBe('refuted');
    expect(again.counterexample!.instance).toEqual(found!.counterexample!.instance);
    expect(again.counterexample!.path).toBe(path);
  });

  it('finds a 1% existence witness behind .chain/.map in ≥ 19 of 20 seeds', async () => {
    // witness: u₀u₁ > 0.4975 (≈ 1% of draws); the claim's value, u₀u₁, is what the search climbs
    const witness = claim('rare-witness', {
      kind: 'existence', expect: 'supported',
      instances: direction,
      check: (u: number[]) => ({ witness: u[0]! * u[1]! > 0.4975 ? { u } : null, value: u[0]! * u[1]! }),
    });
    let found = 0;
    let replayed = false;
    for (let seed = 1; seed <= 20; seed++) {
      const r = await run(witness, seed);
      if (r.verdict === 'supported') {
        found++;
        const u = r.counterexample!.instance as number[];
        expect(u[0]! * u[1]!).toBeGreaterThan(0.4975);
        if (!replayed && r.counterexample!.path?.startsWith('choices:')) {
          replayed = true;
          const again = await run(witness, seed, r.counterexample!.path);
          expect(again.verdict).toBe('supported');
          expect(again.counterexample!.instance).toEqual(u);
        }
      }
    }
    expect(found).toBeGreaterThanOrEqual(19);
    expect(replayed).toBe(true);
  }, 120_000);

  it('keeps the value climb on plain records of doubles', async () => {
    const r = await run(claim('plain-record', {
      kind: 'inequality', expect: 'supported',
      instances: fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }),
      check: ({ x, y }) => ({ lhs: x * y, rhs: (x * x + y * y) / 2 }),
    }));
    expect(r.verdict, r.reason).toBe('supported');
    expect(r.evidence.search!.method).toBe('value');
  });
});

describe('severity', () => {
  it('reports the worst violation seen and a counterexample shrunk while still decisively violated', async () => {
    // x ≤ 1 on x ∈ [0, 1000]: fast-check alone shrinks to the tolerance edge (x = 1 + a few ulps)
    const r = await run(claim('x-at-most-one', {
      kind: 'inequality',
      instances: fc.record({ x: fc.double({ min: 0, max: 1000, noNaN: true }) }),
      check: ({ x }) => ({ lhs: x, rhs: 1 }),
    }));
    expect(r.verdict).toBe('refuted');
    const s = r.evidence.severity!;
    expect(s.k).toBe(10);
    expect(s.shrunk.excess).toBeGreaterThanOrEqual(s.threshold);
    expect(s.worst.excess).toBeGreaterThanOrEqual(s.shrunk.excess);
    // the first violation was beyond ε^⅕ relative, so the shrunk one is too: decisive, not rounding-sized
    const x = (r.counterexample!.instance as { x: number }).x;
    expect(x - 1).toBeGreaterThan(mathematicalFloor('float64'));
    const rows = KINDS.inequality.report(r.evidence as InequalitySummary).blocks.flatMap((b) => b.rows ?? []).map(([k]) => k);
    expect(rows).toEqual(expect.arrayContaining(['worst violation seen', 'shown counterexample (shrunk)']));
  });

  it('shrinks a violation found in choice space under the same rule', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = await run(band, seed);
      if (!r.counterexample?.path?.startsWith('choices:')) continue;
      const s = r.evidence.severity!;
      expect(s.shrunk.excess).toBeGreaterThanOrEqual(s.threshold);
      expect(s.worst.excess).toBeGreaterThanOrEqual(s.shrunk.excess);
      expect(s.threshold).toBe(10);
      return;
    }
    throw new Error('no seed refuted in choice space');
  });
});
