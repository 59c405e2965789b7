import { describe, expect, it } from 'vitest';
import { q, polyCompose, complexity, compositionBound, polyMul, toNumber } from '../../src/kernels/power_series.ts';

describe('power-series complexity', () => {
  it('C(φ) = Σ|a_i|·i on a hand-computed case', () => {
    // φ(z) = 1/2 − (3/4) z + 5 z³: |−3/4|·1 + 5·3 = 15.75 (by hand)
    expect(toNumber(complexity([q(1, 2), q(-3, 4), q(0), q(5)]))).toBe(15.75);
  });
  it('composition is exact: (1 + z)² ∘ (z/3) = 1 + 2z/3 + z²/9', () => {
    const c = polyCompose(polyMul([q(1), q(1)], [q(1), q(1)]), [q(0), q(1, 3)]);
    expect(c.map(toNumber)).toEqual([1, 2 / 3, 1 / 9]);
  });
  it('slide example: C(G∘F) = 10·d⁵ for F = √d z, G = z¹⁰ (d = k²)', () => {
    for (const k of [1, 2, 3]) {
      const G = [...Array.from({ length: 10 }, () => q(0)), q(1)];
      expect(toNumber(complexity(polyCompose(G, [q(0), q(k)])))).toBe(10 * k ** 10);
      expect(toNumber(compositionBound(G, [q(0), q(k)]))).toBe(10 * k ** 10);
    }
  });
  it('the chain bound is strict when signs cancel: g = z², f = 1 − z', () => {
    // g∘f = 1 − 2z + z²: C = 2 + 2 = 4; bound g_abs′(f_abs(1))·C(f) = 2·2·1 = 4 (equal);
    // g = z² − z, f = z: g∘f = z² − z: C = 3, bound = (2·1 + 1)·1 = 3
    expect(toNumber(complexity(polyCompose([q(0), q(0), q(1)], [q(1), q(-1)])))).toBe(4);
    expect(toNumber(compositionBound([q(0), q(0), q(1)], [q(1), q(-1)]))).toBe(4);
  });
});
