import { describe, expect, it } from 'vitest';
import { BettingMeanSequence, createMeanTest, createVarianceTest, PairedVarianceSequence } from '../../src/stats/sequential/index.ts';
import { Rng } from '../../src/tensor/rng.ts';

/**
 * The hedged capital of Waudby-Smith & Ramdas (2024, eqs. 26–27) recomputed from scratch at one
 * m, written out from the paper's formulas rather than the class's running sums.
 */
function hedgedLogCapitals(xs: number[], m: number, alpha: number, c = 0.5): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (let t = 1; t <= xs.length; t++) {
    // σ̂²_{t−1} = (¼ + Σ_{i<t} (X_i − μ̂_i)²) / t, μ̂_i = (½ + Σ_{j≤i} X_j) / (i + 1)
    let sq = 0.25;
    for (let i = 1; i < t; i++) {
      let s = 0.5;
      for (let j = 1; j <= i; j++) s += xs[j - 1]!;
      sq += (xs[i - 1]! - s / (i + 1)) ** 2;
    }
    const lam = Math.sqrt((2 * Math.log(2 / alpha)) / ((sq / t) * t * Math.log(1 + t)));
    const x = xs[t - 1]!;
    up += Math.log(1 + Math.min(lam, c / m) * (x - m));
    down += Math.log(1 - Math.min(lam, c / (1 - m)) * (x - m));
  }
  return { up, down };
}

describe('BettingMeanSequence', () => {
  it('its interval is the set {m : K⁺ < 2/α and K⁻ < 2/α} recomputed from the paper\'s formulas', () => {
    const rng = new Rng(21);
    const alpha = 0.05;
    const xs = Array.from({ length: 120 }, () => rng.uniform() ** 2); // mean 1/3, in [0, 1]
    const cs = new BettingMeanSequence({ alpha });
    for (const x of xs) cs.update(x);
    const [lo, hi] = cs.interval(1e-10);
    const inside = (m: number) => {
      const { up, down } = hedgedLogCapitals(xs, m, alpha);
      return Math.max(up, down) < Math.log(2 / alpha);
    };
    expect(inside(lo + 1e-6)).toBe(true);
    expect(inside(lo - 1e-6)).toBe(false);
    expect(inside(hi - 1e-6)).toBe(true);
    expect(inside(hi + 1e-6)).toBe(false);
    expect(lo).toBeLessThan(1 / 3);
    expect(hi).toBeGreaterThan(1 / 3);
  });

  it('covers the mean at every n with probability ≥ 1 − α (1000 streams, peeking at all n ≤ 1000)', () => {
    const rng = new Rng(22);
    const alpha = 0.05;
    // three shapes in [0, 1]: skewed (u², mean 1/3), two-point (Bernoulli 0.1), near-constant
    const shapes: Array<{ mean: number; draw: () => number }> = [
      { mean: 1 / 3, draw: () => rng.uniform() ** 2 },
      { mean: 0.1, draw: () => (rng.uniform() < 0.1 ? 1 : 0) },
      { mean: 0.7, draw: () => 0.7 + 0.02 * (rng.uniform() - 0.5) },
    ];
    for (const { mean, draw } of shapes) {
      let misses = 0;
      for (let s = 0; s < 1000; s++) {
        const cs = new BettingMeanSequence({ alpha, watch: [mean] });
        for (let n = 0; n < 1000; n++) {
          cs.update(draw());
          if (cs.excludes(mean) !== null) { misses++; break; }
        }
      }
      expect(misses / 1000).toBeLessThanOrEqual(alpha);
    }
  });

  it('adapts to the variance: far narrower than Hoeffding when the spread is small, in any units', () => {
    const rng = new Rng(23);
    const alpha = 0.05;
    const cs = new BettingMeanSequence({ alpha, bounds: [-10, 10] });
    for (let i = 0; i < 1000; i++) cs.update(2 + 0.2 * (rng.uniform() - 0.5));
    const [lo, hi] = cs.interval();
    const hoeffding = 20 * Math.sqrt(Math.log(2 / alpha) / (2 * 1000));
    expect(lo).toBeLessThan(2);
    expect(hi).toBeGreaterThan(2);
    expect((hi - lo) / 2).toBeLessThan(hoeffding / 5);
  });

  it('rejects a sample outside its bounds, in one line', () => {
    const cs = new BettingMeanSequence({ alpha: 0.05, bounds: [0, 2] });
    expect(() => cs.update(2.5)).toThrow(/sample 2.5 is outside the declared bounds \[0, 2\]/);
    expect(() => new BettingMeanSequence({ alpha: 0.05, bounds: [1, 1] })).toThrow(/lo < hi/);
  });
});

describe('createMeanTest under optional stopping', () => {
  const alpha = 0.05;
  const run = (claim: Parameters<typeof createMeanTest>[0]['claim'], draw: () => number, resolution: number, streams: number, cap: number) => {
    const counts = { supported: 0, refuted: 0, undecided: 0 };
    let work = 0;
    for (let s = 0; s < streams; s++) {
      const t = createMeanTest({ claim, alpha, bounds: [0, 1], resolution });
      while (t.decision === 'undecided' && t.n < cap) t.update(draw());
      counts[t.decision]++;
      work += t.n;
    }
    return { ...counts, meanWork: work / streams };
  };

  it('a claim "mean ≤ c" true at its boundary is falsely refuted at most α of the time', () => {
    const rng = new Rng(31);
    const sim = run({ atMost: 1 / 3 }, () => rng.uniform() ** 2, 0.05, 1000, 1000);
    expect(sim.refuted / 1000).toBeLessThanOrEqual(alpha);
    expect(sim.supported / 1000).toBeGreaterThan(0.5); // c + r is excluded from above soon enough
  });

  it('a claim "mean ≥ p" false by more than r is falsely supported at most α of the time, and mostly refuted', () => {
    const rng = new Rng(32);
    const sim = run({ atLeast: 0.4 }, () => rng.uniform() ** 2, 0.05, 1000, 1000); // mean 1/3 < 0.35
    expect(sim.supported / 1000).toBeLessThanOrEqual(alpha);
    expect(sim.refuted / 1000).toBeGreaterThan(0.9);
  });

  it('"mean = c": a true claim is supported once the interval fits in c ± r, a claim 2r off refuted', () => {
    const rng = new Rng(33);
    const near = run({ equals: 0.5 }, () => 0.5 + 0.1 * (rng.uniform() - 0.5), 0.02, 200, 4000);
    expect(near.refuted / 200).toBeLessThanOrEqual(alpha);
    expect(near.supported).toBeGreaterThan(190);
    const off = run({ equals: 0.54 }, () => 0.5 + 0.1 * (rng.uniform() - 0.5), 0.02, 200, 4000);
    expect(off.refuted).toBeGreaterThan(190);
    expect(off.supported).toBe(0);
  });

  it('a watched value beyond the bounds is excluded from the start', () => {
    // claim mean ≥ 0.05 with r = 0.1 on [0, 1]: no mean in range is false by more than r
    const t = createMeanTest({ claim: { atLeast: 0.05 }, alpha, bounds: [0, 1], resolution: 0.1 });
    expect(t.update(0)).toBe('supported');
    const u = createMeanTest({ claim: { atMost: 2 }, alpha, bounds: [0, 1], resolution: 0.1 });
    expect(u.update(1)).toBe('supported');
    expect(u.state().pRefute).toBe(1);
  });
});

describe('createVarianceTest (pairs fed to the betting CS)', () => {
  it('covers σ² at every n with probability ≥ 1 − α, and refutes a variance claimed too small', () => {
    const rng = new Rng(51);
    const alpha = 0.05;
    // uniform on [0, 1]: σ² = 1/12 exactly
    let misses = 0;
    for (let s = 0; s < 500; s++) {
      const cs = new PairedVarianceSequence({ alpha, bounds: [0, 1], watch: [1 / 12] });
      for (let n = 0; n < 1000; n++) {
        cs.update(rng.uniform());
        if (cs.excludes(1 / 12) !== null) { misses++; break; }
      }
    }
    expect(misses / 500).toBeLessThanOrEqual(alpha);
    const t = createVarianceTest({ claim: { atMost: 0.05 }, alpha: 5e-4, bounds: [0, 1], resolution: 0.01 });
    while (t.decision === 'undecided' && t.n < 20_000) t.update(rng.uniform());
    expect(t.decision).toBe('refuted');
    const [lo, hi] = t.state().interval;
    expect(lo).toBeGreaterThan(0.05);
    expect(hi).toBeGreaterThan(1 / 12);
  });
});
