import { lgamma } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { BetaBinomialSequence, createRateTest, defaultRateResolution } from '../../src/stats/sequential/index.ts';
import { Rng } from '../../src/tensor/rng.ts';

/** log of the binomial coefficient, from log-gamma (independent of the code's running product) */
const logChoose = (n: number, k: number) => lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);

/** Feed Bernoulli(θ) draws until decided or the cap; the work and verdict of each stream. */
function simulate(streams: number, theta: number, p: number, alpha: number, cap: number, seed: number, resolution?: number) {
  const rng = new Rng(seed);
  const counts = { supported: 0, refuted: 0, undecided: 0 };
  const work: number[] = [];
  const pRefute: number[] = [];
  for (let s = 0; s < streams; s++) {
    const t = createRateTest({ p, alpha, ...(resolution !== undefined ? { resolution } : {}) });
    while (t.decision === 'undecided' && t.n < cap) t.update(rng.uniform() < theta);
    counts[t.decision]++;
    work.push(t.n);
    pRefute.push(t.state().pRefute);
  }
  return { ...counts, meanWork: work.reduce((a, b) => a + b, 0) / streams, work, pRefute };
}

describe('BetaBinomialSequence', () => {
  it('with a uniform prior, matches the closed form M_n(θ) = 1 / ((n+1)·C(n,S)·θ^S (1−θ)^F)', () => {
    // ∫ t^S (1−t)^F dt = S! F! / (n+1)!  =  1 / ((n+1) C(n,S)): the uniform-prior mixture in closed form
    const alpha = 0.01;
    for (const [s, f] of [[0, 20], [20, 0], [7, 13], [180, 20], [1, 999]] as const) {
      const cs = new BetaBinomialSequence({ alpha, prior: [1, 1] });
      for (let i = 0; i < s; i++) cs.update(true);
      for (let i = 0; i < f; i++) cs.update(false);
      const n = s + f;
      const logM = (t: number) => -(Math.log(n + 1) + logChoose(n, s) + (s ? s * Math.log(t) : 0) + (f ? f * Math.log1p(-t) : 0));
      for (const t of [0.01, 0.3, 0.5, 0.9, 0.999]) expect(cs.logM(t)).toBeCloseTo(logM(t), 9);
      const [lo, hi] = cs.interval(1e-12);
      // the ends solve M = 1/α (or sit at 0 / 1 when there are no successes / failures)
      if (s === 0) expect(lo).toBe(0);
      else expect(logM(lo)).toBeCloseTo(Math.log(1 / alpha), 6);
      if (f === 0) expect(hi).toBe(1);
      else expect(logM(hi)).toBeCloseTo(Math.log(1 / alpha), 6);
      expect(lo).toBeLessThanOrEqual(s / n);
      expect(hi).toBeGreaterThanOrEqual(s / n);
    }
    // n successes in a row: the lower end is (α/(n+1))^{1/n} in closed form
    const cs = new BetaBinomialSequence({ alpha, prior: [1, 1] });
    for (let i = 0; i < 500; i++) cs.update(1);
    expect(cs.interval(1e-13)[0]).toBeCloseTo((alpha / 501) ** (1 / 500), 10);
  });

  it('with the default Jeffreys prior, matches B(S+½, F+½)/B(½, ½) from log-gamma', () => {
    const cs = new BetaBinomialSequence({ alpha: 0.05 });
    const [s, f] = [37, 5];
    for (let i = 0; i < s; i++) cs.update(1);
    for (let i = 0; i < f; i++) cs.update(0);
    const logB = (a: number, b: number) => lgamma(a) + lgamma(b) - lgamma(a + b);
    const t = 0.6;
    expect(cs.logM(t)).toBeCloseTo(logB(s + 0.5, f + 0.5) - logB(0.5, 0.5) - s * Math.log(t) - f * Math.log(1 - t), 9);
  });

  it('covers the true rate at every n with probability ≥ 1 − α (500 streams, peeking at all n ≤ 2000)', () => {
    const rng = new Rng(11);
    const alpha = 0.05;
    for (const theta of [0.5, 0.95]) {
      let misses = 0;
      for (let s = 0; s < 500; s++) {
        const cs = new BetaBinomialSequence({ alpha, watch: [theta] });
        for (let n = 0; n < 2000; n++) {
          cs.update(rng.uniform() < theta);
          if (cs.excludes(theta) !== null) { misses++; break; }
        }
      }
      expect(misses / 500).toBeLessThanOrEqual(alpha);
    }
  });

  it('rejects what it cannot use, in one line', () => {
    expect(() => new BetaBinomialSequence({ alpha: 0 })).toThrow(/alpha must be in \(0, 1\)/);
    expect(() => new BetaBinomialSequence({ alpha: 0.05, prior: [0, 1] })).toThrow(/prior/);
    expect(() => new BetaBinomialSequence({ alpha: 0.05 }).update(2)).toThrow(/must be 0 or 1/);
    expect(() => new BetaBinomialSequence({ alpha: 0.05 }).pValue(0.3, 'atLeast')).toThrow(/watched/);
  });
});

describe('createRateTest: "P(event) ≥ p" under optional stopping', () => {
  it('a claim whose rate is exactly p is falsely refuted at most α of the time, peeking after every draw', () => {
    // 2000 streams at the null's boundary, the hardest true case, α = 0.05, up to 1000 draws each
    const alpha = 0.05;
    const sim = simulate(2000, 0.9, 0.9, alpha, 1000, 1);
    expect(sim.refuted / 2000).toBeLessThanOrEqual(alpha);
    // the anytime p-value is valid at other levels too: P(p ≤ a) ≤ a
    for (const a of [0.01, 0.02, 0.1, 0.2]) expect(sim.pRefute.filter((p) => p <= a).length / 2000).toBeLessThanOrEqual(a);
    // and refuted exactly when p ≤ α
    expect(sim.pRefute.filter((p) => p <= alpha).length).toBe(sim.refuted);
  });

  it('the same peeking with a fixed-n (Wald) interval errs far more often than α: the simulation has teeth', () => {
    const rng = new Rng(2);
    const [p, z] = [0.9, 1.6449]; // one-sided 5%
    let refuted = 0;
    for (let s = 0; s < 500; s++) {
      let k = 0;
      for (let n = 1; n <= 1000; n++) {
        k += rng.uniform() < p ? 1 : 0;
        const hat = k / n;
        if (n >= 20 && hat + z * Math.sqrt((hat * (1 - hat)) / n) < p) { refuted++; break; }
      }
    }
    expect(refuted / 500).toBeGreaterThan(0.15);
  });

  it('a claim false by more than the resolution is falsely supported at most α of the time', () => {
    // p = 0.9, r = 0.02: the true rate 0.875 < p − r; supports must stay ≤ α even at α = 0.1
    const alpha = 0.1;
    const sim = simulate(2000, 0.875, 0.9, alpha, 2500, 3);
    expect(defaultRateResolution(0.9)).toBeCloseTo(0.02, 15);
    expect(sim.supported / 2000).toBeLessThanOrEqual(alpha);
    expect(sim.refuted / 2000).toBeGreaterThan(0.5);
  });

  it('3% failing against a claimed ≤ 1% (97% vs ≥ 99%) is refuted within 5000 trials at α = 5e-4', () => {
    const sim = simulate(400, 0.97, 0.99, 5e-4, 5000, 4);
    expect(sim.refuted).toBeGreaterThanOrEqual(398);
    expect(sim.supported).toBe(0);
    // about 900 trials on average (KL(0.97‖0.99) ≈ 0.0132 nats per trial against log(1/α) + ½ log n)
    expect(sim.meanWork).toBeGreaterThan(600);
    expect(sim.meanWork).toBeLessThan(1300);
  });

  it('a rate of 1.0 against a claimed 0.99 is supported after the n where the Jeffreys mixture first excludes 0.988', () => {
    // all draws succeed, so the work is deterministic: the first n with
    // log[Γ(n+½)/(Γ(n+1)·√π)] − n·log(0.988) ≥ log(1/α), computed here from log-gamma
    const alpha = 5e-4;
    const t = createRateTest({ p: 0.99, alpha });
    while (t.decision === 'undecided' && t.n < 10_000) t.update(true);
    let n = 1;
    while (lgamma(n + 0.5) - lgamma(n + 1) - 0.5 * Math.log(Math.PI) - n * Math.log(0.988) < Math.log(1 / alpha)) n++;
    expect(t.decision).toBe('supported');
    expect(t.state().decidedAt).toBe(n);
    expect(n).toBeGreaterThan(900);
    expect(n).toBeLessThan(1000);
  });

  it('catalog-sized claims decide in a few hundred draws: 0.9 vs ≥ 0.8 supported, 0.7 vs ≥ 0.8 refuted', () => {
    const hi = simulate(200, 0.9, 0.8, 5e-4, 5000, 5);
    expect(hi.supported).toBe(200);
    expect(hi.meanWork).toBeLessThan(250);
    const lo = simulate(200, 0.7, 0.8, 5e-4, 5000, 6);
    expect(lo.refuted).toBe(200);
    expect(lo.meanWork).toBeLessThan(600);
  });

  it('reports its state: interval, work, decision frozen after the first crossing', () => {
    const t = createRateTest({ p: 0.5, alpha: 0.05 });
    for (let i = 0; i < 30; i++) t.update(false);
    const s = t.state();
    expect(s.decision).toBe('refuted');
    expect(s.decidedAt).toBeLessThan(30);
    expect(s.interval[1]).toBeLessThan(0.5);
    expect(s.resolution).toBeCloseTo(0.1, 15);
    for (let i = 0; i < 300; i++) t.update(true);
    expect(t.state().decision).toBe('refuted');
    expect(t.state().n).toBe(330);
  });

  it('rejects claims it cannot decide, in one line', () => {
    expect(() => createRateTest({ p: 1, alpha: 0.05 })).toThrow(/pass resolution explicitly/);
    expect(() => createRateTest({ p: 0.9, alpha: 0.05, resolution: 0.95 })).toThrow(/resolution must be in \(0, p\)/);
    expect(() => createRateTest({ p: 0, alpha: 0.05 })).toThrow(/p must be in/);
    expect(createRateTest({ p: 1, alpha: 0.05, resolution: 0.01 }).decision).toBe('undecided');
  });
});
