import fc from 'fast-check';
import { cubes, direction, normalise, W } from './helpers/planted_band.ts';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { choiceSearch } from '../../src/claims/choice_search.ts';
import { SEVERITY_FACTOR, shrinkSevere } from '../../src/claims/choice_search_shrink.ts';
import {
  ChoiceReplayError, decodeChoices, encodeChoices, generateFromChoices, replayChoices,
} from '../../src/claims/choice_search_tape.ts';
import { Rng } from '../../src/tensor/rng.ts';

// The evaluations a quick run gives a claim's search: its sampled instances and its search steps
// (25 + 60 = 85). The choice search spends them as 25 fresh samples and 60 climbing steps.
const SAMPLES = BUDGETS.quick.runs;
const STEPS = BUDGETS.quick.searchSteps;

// Planted false inequality 1 + W − |Σuᵢ³ − 0.6| ≤ 1: violated only where Σuᵢ³ lies within W of
// 0.6, ≈ 0.3% of the instance space (measured below by sampling).
const bandSlack = (u: number[]) => 1 + W - Math.abs(cubes(u) - 0.6);
/** the driver's objective for an inequality: lhs/rhs (rhs = 1 here), +∞ once violated */
const bandObjective = (u: number[]) => (bandSlack(u) > 1 ? Infinity : bandSlack(u));

/** fraction of `n` fresh draws of `arb` where `event` holds (the search's own sampler) */
function density<T>(arb: fc.Arbitrary<T>, event: (v: T) => boolean, n: number, seed: number): number {
  const rng = new Rng(seed);
  let hits = 0;
  for (let i = 0; i < n; i++) if (event(generateFromChoices(arb, [], { fill: { kind: 'fresh', rng } }).value)) hits++;
  return hits / n;
}

describe('choice tape', () => {
  it('replays a recorded sequence to the same value, through chain, filter and map', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 50; i++) {
      const g = generateFromChoices(direction, [], { fill: { kind: 'fresh', rng } });
      const again = replayChoices(direction, encodeChoices(g.values));
      expect(again.value).toEqual(g.value);
      expect(again.values).toEqual(g.values);
    }
  });

  it('reads doubles, strings and a biased oneof through typed choices, and replays them', () => {
    const arb = fc.record({ s: fc.string(), x: fc.double(), o: fc.oneof(fc.nat(), fc.boolean()) });
    const g = generateFromChoices(arb, [], { fill: { kind: 'fresh', rng: new Rng(9) }, biasFactor: 3 });
    const handle = encodeChoices(g.values, 3);
    expect(decodeChoices(handle)).toEqual({ values: [...g.values], biasFactor: 3 });
    const again = replayChoices(arb, handle).value;
    expect(Object.is(again.x, g.value.x)).toBe(true);
    expect(again).toEqual(g.value);
  });

  it('says in one line when a handle does not fit the arbitrary', () => {
    expect(() => replayChoices(direction, 'nope')).toThrow(ChoiceReplayError);
    expect(() => replayChoices(direction, encodeChoices([2n]))).toThrow(/reads more than the 1 recorded choices/);
    expect(() => replayChoices(fc.integer({ min: 0, max: 3 }), encodeChoices([7n]))).toThrow(/outside \[0, 3\]/);
  });

  it('keeps a mutated sequence valid: out-of-range values are reduced into the bounds of the call that reads them', () => {
    // d = 9 is outside [2, 6]: reduced to 2 + (9 − 2) mod 5 = 4, and the array then has 4 entries
    const g = generateFromChoices(direction, [9n], { fill: { kind: 'fresh', rng: new Rng(1) } });
    expect(g.values[0]).toBe(4n);
    expect(g.value).toHaveLength(4);
  });
});

describe('choiceSearch', () => {
  it('the planted band fills about 0.3% of the instance space', () => {
    const p = density(direction, (u) => bandSlack(u) > 1, 40_000, 17);
    // 0.31% at 400k draws; the binomial sd at 40k is 0.028%
    expect(p).toBeGreaterThan(0.002);
    expect(p).toBeLessThan(0.004);
  });

  it(`finds a 0.3% violation band behind .chain/.filter/.map in ≥ 19 of 20 seeds with ${SAMPLES}+${STEPS} evaluations`, async () => {
    let found = 0;
    let bySearch = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = await choiceSearch(direction, bandObjective, { seed, samples: SAMPLES, steps: STEPS });
      expect(r.evaluations).toBeLessThanOrEqual(SAMPLES + STEPS + 1);
      if (r.reached) {
        found++;
        if (r.best!.foundBy === 'search') bySearch++;
        expect(bandSlack(r.best!.value)).toBeGreaterThan(1);
      }
    }
    // sampling alone: 85 draws hit a 0.3% band with probability 1 − 0.997^85 ≈ 23%
    expect(found).toBeGreaterThanOrEqual(19);
    expect(bySearch).toBeGreaterThanOrEqual(15);
  });

  it('finds a 1% existence witness by climbing its value in ≥ 19 of 20 seeds', async () => {
    // witness: u₀u₁ > 0.4975 (≈ 1% of draws); the claim's value is u₀u₁
    const value = (u: number[]) => u[0]! * u[1]!;
    const isWitness = (u: number[]) => value(u) > 0.4975;
    const p = density(direction, isWitness, 20_000, 5);
    expect(p).toBeGreaterThan(0.006);
    expect(p).toBeLessThan(0.015);
    let found = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = await choiceSearch(direction, (u) => (isWitness(u) ? Infinity : value(u)), { seed, samples: SAMPLES, steps: STEPS });
      if (r.reached) found++;
    }
    expect(found).toBeGreaterThanOrEqual(19);
  });

  it('never violates a true inequality and climbs towards its equality case', async () => {
    // Σ|uᵢ|³ ≤ 1 on the unit sphere (|uᵢ| ≤ 1 so |uᵢ|³ ≤ uᵢ²), equality at ±eⱼ only
    for (let seed = 1; seed <= 5; seed++) {
      const r = await choiceSearch(direction, (u) => {
        const ratio = u.reduce((s, x) => s + Math.abs(x) ** 3, 0);
        return ratio > 1 + 1e-12 ? Infinity : ratio;
      }, { seed, samples: SAMPLES, steps: STEPS });
      expect(r.reached).toBe(false);
      expect(r.best!.score).toBeLessThanOrEqual(1 + 1e-12);
      expect(r.best!.score).toBeGreaterThanOrEqual(r.startScore);
      expect(r.best!.score).toBeGreaterThan(0.999);
    }
  });

  it('searches through a selective .filter, and every instance it scores passes the filter', async () => {
    // vectors whose entries sum to at least 1500 (about a fifth of draws pass); target Σuᵢ³ in the band
    const kept = fc.integer({ min: 2, max: 6 })
      .chain((d) => fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: d, maxLength: d }))
      .filter((v) => v.reduce((s, x) => s + x, 0) >= 1500);
    let found = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = await choiceSearch(kept, (v) => {
        expect(v.reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(1500);
        return bandObjective(normalise(v));
      }, { seed, samples: SAMPLES, steps: STEPS });
      if (r.reached) found++;
    }
    expect(found).toBeGreaterThanOrEqual(9);
  });

  it('is deterministic given its seed, and the handle of the found instance replays it exactly', async () => {
    const opts = { seed: 4, samples: SAMPLES, steps: STEPS };
    const [a, b] = [await choiceSearch(direction, bandObjective, opts), await choiceSearch(direction, bandObjective, opts)];
    expect(b.best!.handle).toBe(a.best!.handle);
    expect(b.evaluations).toBe(a.evaluations);
    expect(b.moves).toEqual(a.moves);
    const replayed = replayChoices(direction, a.best!.handle).value;
    expect(replayed).toEqual(a.best!.value);
    replayed.forEach((x, i) => expect(Object.is(x, a.best!.value[i])).toBe(true));
    expect(bandObjective(replayed)).toBe(a.best!.score);
  });

  it('treats undefined scores as unmet hypotheses: skipped, never the best', async () => {
    const r = await choiceSearch(direction, (u) => (u.length === 2 ? undefined : cubes(u)), { seed: 1, samples: SAMPLES, steps: STEPS });
    expect(r.skipped).toBeGreaterThan(0);
    expect(r.best!.value.length).toBeGreaterThan(2);
  });
});

describe('shrinkSevere', () => {
  it('shrinks to the simplest instance still violated by k× the allowance, not to the tolerance edge', async () => {
    // claim x ≤ 1 with allowance 0.01, x = n/1000 for n ∈ [0, 10⁶] (through .map). Violated for
    // n ≥ 1011; violated by ≥ 10× the allowance for (n/1000 − 1)/0.01 ≥ 10, i.e. n ≥ 1100
    // (1100/1000 − 1 = 0.1000000000000001 in float64; n = 1099 gives 9.9)
    const arb = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000);
    const excess = (x: number) => (x - 1) / 0.01;
    const start = generateFromChoices(arb, [734_512n], { fill: { kind: 'strict' } });
    const r = await shrinkSevere(arb, start, excess);
    expect(SEVERITY_FACTOR).toBe(10);
    expect(r.threshold).toBe(10);
    expect(r.shrunk.value).toBe(1.1);
    expect(r.shrunk.excess).toBeGreaterThanOrEqual(10);
    expect(r.worst.value).toBe(734.512);
    expect(replayChoices(arb, r.shrunk.handle).value).toBe(1.1);
    expect(r.evaluations).toBeLessThan(100);
  });

  it("keeps a mildly violated start's own excess as the bar, and shrinks a .chain instance found by the search", async () => {
    // the planted band: excess over the allowance 1e-4 of 1 + W − |Σuᵢ³ − 0.6| ≤ 1
    const excess = (u: number[]) => (bandSlack(u) - 1) / 1e-4;
    const found = await choiceSearch(direction, bandObjective, { seed: 2, samples: SAMPLES, steps: STEPS });
    expect(found.reached).toBe(true);
    const startExcess = excess(found.best!.value);
    const r = await shrinkSevere(direction, found.best!.handle, excess, { k: 1000 });
    expect(r.threshold).toBe(Math.min(1000, startExcess));
    expect(r.shrunk.excess).toBeGreaterThanOrEqual(r.threshold);
    expect(bandSlack(r.shrunk.value)).toBeGreaterThan(1);
    expect(r.shrunk.values.length).toBeLessThanOrEqual(found.best!.values.length);
    expect(r.worst.excess).toBeGreaterThanOrEqual(startExcess);
    expect(replayChoices(direction, r.shrunk.handle).value).toEqual(r.shrunk.value);
  });
});
