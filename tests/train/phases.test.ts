import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/tensor/rng.ts';
import { mat, matmul, transpose } from '../../src/tensor/dense.ts';
import { gaussianSensing, measure } from '../../src/nets/factorized_sensing.ts';
import { scaledInit, sensingGd64 } from '../../src/train/sensing_gd.ts';
import { columnBasis, detectPhases, phasePoint, type PhasePoint } from '../../src/train/phases.ts';

describe('phase detector', () => {
  it('hand case: signal and noise of U = [[3, 0], [0, 1], [0, 0]] against X = e₁', () => {
    // Q = e₁, QᵀU = [3, 0] → σ_min = 3; (I − QQᵀ)U = [[0,0],[0,1],[0,0]] → ‖·‖ = 1;
    // UUᵀ − XXᵀ = diag(8, 1, 0) → relative error √65 / 1
    const X = mat(3, 1, [1, 0, 0]);
    const p = phasePoint(0, 0, mat(3, 2, [3, 0, 0, 1, 0, 0]), columnBasis(X), matmul(X, transpose(X)));
    expect(p.signal).toBeCloseTo(3, 12);
    expect(p.noise).toBeCloseTo(1, 12);
    expect(p.relError).toBeCloseTo(Math.sqrt(65), 12);
  });

  it('interpolates the alignment crossing in log ratio and orders the three phases', () => {
    const pt = (t: number, signal: number, noise: number, relError: number): PhasePoint => ({ t, loss: relError, signal, noise, relError });
    // log(signal/noise): −1 at t = 0, +1 at t = 2 → crossing at t = 1; signal² = 0.074 < ½ there
    const ph = detectPhases([pt(0, 0.1 * Math.exp(-1), 0.1, 1), pt(2, 0.1 * Math.E, 0.1, 1), pt(4, 0.8, 0.1, 0.5), pt(6, 1, 0.01, 1e-4)], { sigmaMinX: 1, relTol: 1e-3 });
    expect(ph.alignmentEnd).toBeCloseTo(1, 12);
    expect(ph.escapeEnd).toBe(4); // 0.8² ≥ ½
    expect(ph.refinementEnd).toBe(6);
  });

  it('finds all three phases, in order, on a small-init sensing run', () => {
    const rng = new Rng(4);
    const d = 10;
    const op = gaussianSensing(rng, { d1: d, d2: d, n: 300, symmetric: true });
    const X = scaledInit(rng, d, 1, 1);
    const s = Math.hypot(...X.data);
    const Xn = mat(d, 1, X.data.map((v) => v / s));
    const M = matmul(Xn, transpose(Xn));
    const Q = columnBasis(Xn);
    const pts: PhasePoint[] = [];
    sensingGd64(op, measure(op, M), scaledInit(rng, d, 4, 1e-3), undefined, {
      lr: 0.2, steps: 400, observe: (t, U, _V, l) => { pts.push(phasePoint(t, l, U, Q, M)); },
    });
    const ph = detectPhases(pts, { sigmaMinX: 1, relTol: 1e-2 });
    expect(ph.alignmentEnd).not.toBeNull();
    expect(ph.escapeEnd!).toBeGreaterThan(ph.alignmentEnd!);
    expect(ph.refinementEnd!).toBeGreaterThan(ph.escapeEnd!);
    expect(ph.series.loss!.x.length).toBe(pts.length);
  });
});
