import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bonferroni } from '../../src/stats/bonferroni.ts';
import { bootstrapInterval, tQuantile, zQuantile } from '../../src/stats/bootstrap.ts';
import { clopperPearson } from '../../src/stats/clopper_pearson.ts';
import { groupedLogLogSlope, logLogFit } from '../../src/stats/loglog_fit.ts';
import { Rng } from '../../src/tensor/rng.ts';

/** distinct positive sizes, spread over at least a factor 4 */
const sizes = fc
  .uniqueArray(fc.integer({ min: 1, max: 4096 }), { minLength: 3, maxLength: 12 })
  .filter((xs) => Math.max(...xs) >= 4 * Math.min(...xs));
const exponent = fc.double({ min: -3, max: 3, noNaN: true });
const constant = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

describe('logLogFit', () => {
  propTest.prop([sizes, exponent, constant], { numRuns: 100 })('recovers the exponent and constant of an exact power law', (x, e, c) => {
    const fit = logLogFit(x, x.map((xi) => c * xi ** e));
    // log y is exactly linear in log x: only rounding of log and the sums remains
    expect(Math.abs(fit.slope - e)).toBeLessThan(1e-9);
    expect(Math.abs(fit.intercept - Math.log(c))).toBeLessThan(1e-8 * (1 + Math.abs(Math.log(c))));
    // r² is 0/0 for a flat line (e = 0): only meaningful when log y varies
    if (Math.abs(e) > 0.01) expect(fit.r2).toBeGreaterThan(1 - 1e-9);
    expect(fit.n).toBe(x.length);
  });

  it('matches the documented example and rejects points outside the positive quadrant', () => {
    expect(logLogFit([1, 2, 4], [3, 12, 48]).slope).toBeCloseTo(2, 12);
    expect(() => logLogFit([1, 2], [1, 0])).toThrow(RangeError);
    expect(() => logLogFit([1, 2, 3], [1, 2])).toThrow(/3 x values but 2/);
    expect(() => logLogFit([2, 2], [1, 3])).toThrow(/two distinct x/);
  });
});

describe('groupedLogLogSlope', () => {
  propTest.prop(
    [fc.array(fc.tuple(sizes, constant), { minLength: 1, maxLength: 5 }), exponent],
    { numRuns: 100 },
  )('recovers a common exponent with a different constant per group', (groups, e) => {
    const points = groups.flatMap(([x, c], g) => x.map((xi) => ({ x: xi, y: c * xi ** e, group: g })));
    const fit = groupedLogLogSlope(points);
    expect(Math.abs(fit.slope - e)).toBeLessThan(1e-9);
    groups.forEach(([, c], g) => expect(Math.abs(fit.intercepts.get(g)! - Math.log(c))).toBeLessThan(1e-8 * (1 + Math.abs(Math.log(c)))));
  });

  it('is not biased by constants that differ between groups measured at different sizes, where one pooled line is', () => {
    // group 0 at small x with a large constant, group 1 at large x with a small one: y = C_g x²
    const points = [
      ...[1, 2, 4].map((x) => ({ x, y: 1000 * x ** 2, group: 0 })),
      ...[8, 16, 32].map((x) => ({ x, y: 0.001 * x ** 2, group: 1 })),
    ];
    expect(groupedLogLogSlope(points).slope).toBeCloseTo(2, 10);
    const pooled = logLogFit(points.map((p) => p.x), points.map((p) => p.y)).slope;
    expect(pooled).toBeLessThan(0); // the pooled fit sees the drop in constant as a negative slope
  });
});

describe('bootstrapInterval', () => {
  it('returns estimate ± z·SE with the statistic on the full sample as the estimate', () => {
    const data = Array.from(new Rng(1).normals(40));
    const mean = (idx: number[]) => idx.reduce((a, i) => a + data[i]!, 0) / idx.length;
    const rng = new Rng(2);
    const b = bootstrapInterval(data.length, mean, { resamples: 500, alpha: 0.05, random: () => rng.uniform() });
    expect(b.estimate).toBe(mean(data.map((_, i) => i)));
    expect(b.level).toBe(0.95);
    expect(b.interval[0]).toBeCloseTo(b.estimate - zQuantile(0.975) * b.se, 12);
    expect(b.interval[1]).toBeCloseTo(b.estimate + zQuantile(0.975) * b.se, 12);
    // SE of a mean of 40 standard normals is 1/√40 ≈ 0.158; the bootstrap estimate is within 25%
    expect(Math.abs(b.se - 1 / Math.sqrt(40))).toBeLessThan(0.25 / Math.sqrt(40));
  });

  it('with dof, widens by √(n/dof) and uses the t quantile', () => {
    const data = Array.from(new Rng(3).normals(12));
    const mean = (idx: number[]) => idx.reduce((a, i) => a + data[i]!, 0) / idx.length;
    const at = (dof?: number) => { const rng = new Rng(4); return bootstrapInterval(12, mean, { resamples: 300, alpha: 0.05, random: () => rng.uniform(), ...(dof ? { dof } : {}) }); };
    const raw = at(), cor = at(11);
    expect(cor.se).toBeCloseTo(raw.se * Math.sqrt(12 / 11), 12);
    expect(cor.interval[1] - cor.estimate).toBeCloseTo(tQuantile(0.975, 11) * cor.se, 12);
  });

  it('covers the true mean at about its nominal level (sanity, 400 repetitions)', () => {
    const reps = 400, n = 30, level = 0.9;
    const rng = new Rng(12345);
    let covered = 0;
    for (let r = 0; r < reps; r++) {
      const data = rng.normals(n);
      const mean = (idx: number[]) => idx.reduce((a, i) => a + data[i]!, 0) / idx.length;
      const b = bootstrapInterval(n, mean, { resamples: 200, alpha: 1 - level, random: () => rng.uniform() });
      if (b.interval[0] <= 0 && 0 <= b.interval[1]) covered++;
    }
    // nominal 0.90 (the bootstrap SE is a little small at n = 30: ~0.88 expected); binomial SD over 400 reps is 0.015
    expect(covered / reps).toBeGreaterThan(0.82);
    expect(covered / reps).toBeLessThan(0.95);
  });

});

describe('tQuantile', () => {
  it('matches table values and tends to the normal quantile', () => {
    // Student's t table (e.g. Abramowitz & Stegun 26.10): t_{0.975,1} = 12.706, t_{0.975,10} = 2.228, t_{0.995,20} = 2.845
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(tQuantile(0.995, 20)).toBeCloseTo(2.8453, 4);
    // ν = 1 is Cauchy: t_p = tan(π(p − 1/2)) exactly
    expect(tQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 9);
    expect(tQuantile(1 - 2.5e-5, 1e7)).toBeCloseTo(zQuantile(1 - 2.5e-5), 4);
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(() => tQuantile(0.4, 3)).toThrow(/tQuantile/);
  });
});

describe('clopperPearson', () => {
  it('matches hand values at the boundaries', () => {
    // k = n: lower end solves p^n = α/2, i.e. 0.025^(1/10) = 0.69150 (hand computation)
    const [lo, hi] = clopperPearson(10, 10, 0.05);
    expect(lo).toBeCloseTo(0.025 ** (1 / 10), 10);
    expect(lo).toBeCloseTo(0.6915, 4);
    expect(hi).toBe(1);
    // k = 0: upper end solves (1 − p)^n = α/2
    for (const n of [1, 7, 50, 200]) {
      const [l0, h0] = clopperPearson(0, n, 0.05);
      expect(l0).toBe(0);
      expect(h0).toBeCloseTo(1 - 0.025 ** (1 / n), 10);
    }
  });

  it('matches a table value in the interior', () => {
    // 5 of 10 at 95%: [0.18709, 0.81291] (R: binom.test(5, 10)$conf.int)
    const [lo, hi] = clopperPearson(5, 10, 0.05);
    expect(lo).toBeCloseTo(0.187086, 5);
    expect(hi).toBeCloseTo(0.812914, 5);
  });

  propTest.prop([fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))), fc.double({ min: 1e-6, max: 0.5, noNaN: true })], { numRuns: 100 })(
    'is symmetric under k → n − k, contains k/n and widens as α shrinks',
    ([n, k], alpha) => {
      const [lo, hi] = clopperPearson(k, n, alpha);
      const [lo2, hi2] = clopperPearson(n - k, n, alpha);
      expect(lo).toBeCloseTo(1 - hi2, 9);
      expect(hi).toBeCloseTo(1 - lo2, 9);
      expect(lo).toBeLessThanOrEqual(k / n);
      expect(hi).toBeGreaterThanOrEqual(k / n);
      const [wlo, whi] = clopperPearson(k, n, alpha / 10);
      expect(wlo).toBeLessThanOrEqual(lo);
      expect(whi).toBeGreaterThanOrEqual(hi);
    },
  );

  it('rejects impossible counts', () => {
    expect(() => clopperPearson(11, 10, 0.05)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 10, 0.05)).toThrow(RangeError);
    expect(() => clopperPearson(0, 0, 0.05)).toThrow(RangeError);
  });
});

describe('bonferroni', () => {
  it('splits α evenly and rejects nonsense', () => {
    expect(bonferroni(0.01, 200)).toBe(5e-5);
    expect(() => bonferroni(0, 3)).toThrow(RangeError);
    expect(() => bonferroni(0.05, 0)).toThrow(RangeError);
  });
});
