import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bonferroni } from '../../src/stats/bonferroni.ts';
import { tQuantile } from '../../src/stats/bootstrap.ts';
import { alphaAtLook, eHolm, holm } from '../../src/stats/sequential/index.ts';
import { Rng } from '../../src/tensor/rng.ts';

describe('alphaAtLook', () => {
  it('spends at most α over any number of looks, by the series Σ 6/(π²k²) = 1 and Σ 2^−k = 1', () => {
    for (const schedule of ['polynomial', 'geometric'] as const) {
      let total = 0;
      for (let k = 1; k <= 100_000; k++) total += alphaAtLook(0.05, k, schedule);
      expect(total).toBeLessThanOrEqual(0.05);
      expect(total).toBeGreaterThan(0.05 * 0.9999);
    }
    // the documented examples: 0.05 · 6/π² and 0.05 / 2
    expect(alphaAtLook(0.05, 1)).toBeCloseTo(0.030396, 6);
    expect(alphaAtLook(0.05, 1, 'geometric')).toBe(0.025);
    expect(alphaAtLook(0.05, 3)).toBeCloseTo(0.05 * 6 / (Math.PI ** 2 * 9), 15);
    expect(() => alphaAtLook(0.05, 0)).toThrow(/positive integer/);
    expect(() => alphaAtLook(1.5, 1)).toThrow(/alpha must be in/);
  });

  it('keeps a t interval recomputed after every added seed valid under optional stopping (2000 streams)', () => {
    // a statistic with no martingale structure, like a refitted exponent: a t interval on the
    // mean of n Gaussian "seeds", looked at after each seed from n = 3 to 40
    const rng = new Rng(41);
    const alpha = 0.05;
    let spentMisses = 0;
    let naiveMisses = 0;
    const spentQ = new Map<number, number>();
    const naiveQ = new Map<number, number>();
    for (let n = 3; n <= 40; n++) {
      spentQ.set(n, tQuantile(1 - alphaAtLook(alpha, n - 2) / 2, n - 1));
      naiveQ.set(n, tQuantile(1 - alpha / 2, n - 1));
    }
    for (let s = 0; s < 2000; s++) {
      let sum = 0;
      let sq = 0;
      let spentMissed = false;
      let naiveMissed = false;
      for (let n = 1; n <= 40; n++) {
        const x = rng.normal();
        sum += x;
        sq += x * x;
        if (n < 3) continue;
        const mean = sum / n;
        const se = Math.sqrt((sq - n * mean * mean) / (n - 1) / n);
        spentMissed ||= Math.abs(mean) > spentQ.get(n)! * se;
        naiveMissed ||= Math.abs(mean) > naiveQ.get(n)! * se;
      }
      if (spentMissed) spentMisses++;
      if (naiveMissed) naiveMisses++;
    }
    expect(spentMisses / 2000).toBeLessThanOrEqual(alpha);
    // the same looks at the unspent α: the error grows with the looks (the test has teeth)
    expect(naiveMisses / 2000).toBeGreaterThan(2 * alpha);
  });
});

describe('holm and eHolm', () => {
  it('match the documented examples', () => {
    expect(holm([0.01, 0.04, 0.03], 0.05)).toEqual([true, false, false]);
    expect(holm([0.01, 0.02, 0.04], 0.05)).toEqual([true, true, true]); // 0.01 ≤ α/3, 0.02 ≤ α/2, 0.04 ≤ α
    expect(eHolm([400, 1, 30], 0.05)).toEqual([true, false, false]);
    expect(holm([], 0.05)).toEqual([]);
    expect(() => holm([1.2], 0.05)).toThrow(/p-values must be in/);
    expect(() => eHolm([-1], 0.05)).toThrow(/nonnegative/);
  });

  propTest.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 })])(
    'rejects everything Bonferroni rejects, and is monotone in each p-value', (ps) => {
      const alpha = 0.05;
      const h = holm(ps, alpha);
      ps.forEach((p, i) => { if (p <= bonferroni(alpha, ps.length)) expect(h[i]).toBe(true); });
      // a rejected hypothesis stays rejected when another p-value falls
      const lowered = ps.map((p, i) => (i === 0 ? p / 2 : p));
      holm(lowered, alpha).forEach((r, i) => { if (h[i]) expect(r).toBe(true); });
    });

  it('keeps the family-wise error at α when all nulls are true (2000 families of 10 uniform p-values)', () => {
    const rng = new Rng(42);
    let any = 0;
    for (let f = 0; f < 2000; f++) if (holm(Array.from({ length: 10 }, () => rng.uniform()), 0.05).some(Boolean)) any++;
    expect(any / 2000).toBeLessThanOrEqual(0.05 + 3 * Math.sqrt(0.05 * 0.95 / 2000));
  });
});
