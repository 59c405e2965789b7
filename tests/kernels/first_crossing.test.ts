import { describe, expect, it } from 'vitest';
import { firstCrossing } from '../../src/kernels/first_crossing.ts';

describe('firstCrossing', () => {
  it('finds the first n with 1/n ≤ t in O(log n) evaluations', () => {
    const r = firstCrossing((n) => 1 / n, 1 / 777, { lo: 1, max: 1 << 20 });
    expect(r.n).toBe(777);
    expect(r.evaluations).toBeLessThanOrEqual(2 * 11 + 1);
    expect(r.censored).toBe(false);
  });
  it('reports a censored search when max is not enough', () => {
    expect(firstCrossing(() => 1, 0.5, { max: 64 })).toMatchObject({ n: 64, censored: true });
  });
  it('returns lo when already below', () => {
    expect(firstCrossing(() => 0, 0.5, { lo: 3 }).n).toBe(3);
  });
});
