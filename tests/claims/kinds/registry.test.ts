import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../../src/claims/budgets.ts';
import { CLAIM_KINDS, KINDS, reportSection, type EvidenceSummary } from '../../../src/claims/kinds/registry.ts';
import { vacuousReason } from '../../../src/claims/vacuity.ts';

describe('the kind registry', () => {
  it('lists the kinds of DESIGN.md (and mean, samples whose mean the engine tests), each module under its own name', () => {
    expect(CLAIM_KINDS).toEqual(['identity', 'inequality', 'scaling', 'probability', 'existence', 'mean']);
    for (const k of CLAIM_KINDS) expect(KINDS[k].name).toBe(k);
    expect(CLAIM_KINDS.filter((k) => KINDS[k].statistical)).toEqual(['scaling', 'probability', 'mean']);
  });

  it('gives every kind a report section, even for the bare summary of an error', () => {
    for (const kind of CLAIM_KINDS) {
      const section = reportSection({ kind, drawn: 0, met: 0 } as EvidenceSummary);
      expect(section.blocks, kind).toEqual([]);
      expect(Array.isArray(section.details)).toBe(true);
    }
  });

  it("reads a summary without its kind (claimcheck/1 written before summaries carried it) by the claim's kind", () => {
    const old = { drawn: 3, met: 3, tightest: { ratio: 0.5, lhs: 1, rhs: 2, instance: { x: 1 }, foundBy: 'sampling' } } as unknown as EvidenceSummary;
    const section = reportSection(old, 'inequality');
    expect(section.blocks.map((b) => b.title)).toEqual(['Tightness (lhs ≤ rhs is claimed)']);
  });

  it('judges vacuity by one rule per kind: a probability needs 10 seeds and a fifth of the draws', () => {
    const rule = KINDS.probability.vacuity(BUDGETS.quick);
    expect(vacuousReason(100, 9, rule)).toBe('vacuous: 9 of 100 drawn seeds met the hypotheses');
    expect(vacuousReason(100, 19, rule)).toMatch(/^vacuous/);
    expect(vacuousReason(100, 20, rule)).toBeUndefined();
    const pointwise = KINDS.identity.vacuity(BUDGETS.quick);
    expect(vacuousReason(5, 0, pointwise)).toMatch(/^vacuous: 0 of 5 drawn instances/);
    expect(vacuousReason(10 * BUDGETS.quick.runs + 1, 1, pointwise)).toMatch(/^vacuous/);
    expect(vacuousReason(30, 25, pointwise)).toBeUndefined();
  });
});
