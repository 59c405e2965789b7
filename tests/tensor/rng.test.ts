import { describe, expect, it } from 'vitest';
import { Rng, deriveSeed } from '../../src/tensor/rng.ts';

describe('Rng', () => {
  it('is deterministic given a seed and forks independent streams', () => {
    const a = new Rng(42), b = new Rng(42);
    expect(Array.from(a.normals(5))).toEqual(Array.from(b.normals(5)));
    expect(a.fork('x').uniform()).not.toEqual(a.fork('y').uniform());
    expect(deriveSeed(1, 'a.b')).not.toEqual(deriveSeed(2, 'a.b'));
  });

  it('draws standard normals: mean 0 and variance 1 within 5 standard errors', () => {
    const n = 200_000;
    const x = new Rng(7).normals(n);
    let s = 0, s2 = 0;
    for (const v of x) { s += v; s2 += v * v; }
    const mean = s / n, variance = s2 / n - mean * mean;
    // standard errors: 1/√n for the mean, √(2/n) for the variance of a normal sample
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('draws uniforms on [0,1) with the right mean', () => {
    const r = new Rng(3);
    let s = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const u = r.uniform(); expect(u >= 0 && u < 1).toBe(true); s += u; }
    expect(Math.abs(s / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });
});
