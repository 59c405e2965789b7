import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { defineClaim } from '../../src/claims/define.ts';
import { DRAW_HEAD, DrawLog, MAX_DRAWS, RecordingRng } from '../../src/claims/drawn_data.ts';
import type { InequalitySummary } from '../../src/claims/kinds/inequality.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { ClaimDefinition } from '../../src/claims/types.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

/** the draws a typical check makes: matrices from named forks, a vector and scalars from the stream itself */
function drawSome(rng: Rng): number[] {
  const X = rng.fork('X').normals(12, 0.5);
  const w = rng.fork('w').sphere(3);
  const x = rng.normals(4);
  const u = [rng.uniform(), rng.uniform(), rng.int(10)];
  const t = rng.fork('init').normalTensor([2, 3]);
  const tv = Array.from(t.dataSync());
  t.dispose();
  return [...X, ...w, ...x, ...u, ...tv];
}

describe('RecordingRng', () => {
  it('draws exactly what Rng draws from the same seed', () => {
    const plain = drawSome(new Rng(42));
    const recorded = drawSome(new RecordingRng(42, new DrawLog()));
    expect(recorded).toEqual(plain);
  });

  it('records each draw once, under its fork path, with its shape and first entries', () => {
    const log = new DrawLog();
    const values = drawSome(new RecordingRng(42, log));
    const d = log.result();
    expect(d.draws.map((x) => [x.stream, x.call, x.count])).toEqual([
      ['X', 'normals', 12], ['w', 'sphere', 3], ['', 'normals', 4], ['', 'uniform', 2], ['', 'int', 1], ['init', 'normalTensor', 6],
    ]);
    expect(d.draws[0]!.std).toBe(0.5);
    expect(d.draws[0]!.head).toEqual(values.slice(0, DRAW_HEAD));
    expect(d.draws[5]!.shape).toEqual([2, 3]);
    // a float32 tensor holds its float64 draws rounded
    expect(d.draws[5]!.head.map(Math.fround)).toEqual(values.slice(-6));
    expect(d.total).toBe(12 + 3 + 4 + 3 + 6);
    expect(tf.memory().numTensors).toBe(0);
  });

  it('keeps at most MAX_DRAWS draws and counts the rest', () => {
    const log = new DrawLog();
    const rng = new RecordingRng(1, log);
    for (let i = 0; i < MAX_DRAWS + 5; i++) rng.fork(`s${i}`).normals(100);
    const d = log.result();
    expect(d.draws).toHaveLength(MAX_DRAWS);
    expect(d.more).toBe(5);
    expect(d.draws.every((x) => x.head.length === DRAW_HEAD)).toBe(true);
  });
});

describe('a refutation shows what the check drew', () => {
  it('the counterexample and the worst violation carry the drawn data, bounded', async () => {
    const claim = defineClaim<{ n: number }, 'inequality'>({
      id: 'engine.drawn-preview', family: 'engine', variant: 'control', title: 'max of n normals ≤ 1',
      source: { doc: 'tests/claims/drawn_data.test.ts', where: 'planted', asStated: 'max ≤ 1' }, statement: '\\max_i g_i \\le 1',
      kind: 'inequality', precision: 'float64', expect: 'refuted',
      instances: fc.record({ n: fc.integer({ min: 1, max: 40 }) }),
      check: ({ n }, ctx) => ({ lhs: Math.max(...ctx.rng.fork('g').normals(n)), rhs: 1 }),
    } as ClaimDefinition<{ n: number }, 'inequality'>);
    const r = await runClaim(claim, { seed: 7, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'js' });
    expect(r.verdict).toBe('refuted');
    const n = (r.counterexample!.instance as { n: number }).n;
    const drawn = r.counterexample!.drawn!;
    expect(drawn.draws).toEqual([expect.objectContaining({ stream: 'g', call: 'normals', count: n })]);
    // the drawn numbers are the ones the check measured: lhs is their max
    expect(Math.max(...drawn.draws[0]!.head)).toBeLessThanOrEqual((r.counterexample!.evidence as { lhs: number }).lhs);
    const sev = (r.evidence as InequalitySummary).severity!;
    expect(sev.shrunk.drawn).toEqual(drawn);
    expect(sev.worst.drawn?.draws[0]?.stream).toBe('g');
  });

  it('an error verdict shows what the check drew before it raised', async () => {
    const claim = defineClaim<{ n: number }, 'inequality'>({
      id: 'engine.drawn-before-error', family: 'engine', variant: 'control', title: 'raises on large draws',
      source: { doc: 'tests/claims/drawn_data.test.ts', where: 'planted', asStated: 'x' }, statement: 'x',
      kind: 'inequality', precision: 'float64', expect: 'supported',
      instances: fc.record({ n: fc.integer({ min: 1, max: 40 }) }),
      check: ({ n }, ctx) => {
        const g = ctx.rng.fork('g').normals(n);
        if (Math.max(...g) > 1) throw new RangeError('a draw above 1');
        return { lhs: 0, rhs: 1 };
      },
    } as ClaimDefinition<{ n: number }, 'inequality'>);
    const r = await runClaim(claim, { seed: 7, budget: BUDGETS.quick, backend, statTests: 1, file: 'tests/x.ts', linalg: 'js' });
    expect(r.verdict).toBe('error');
    expect(r.counterexample!.drawn!.draws[0]).toMatchObject({ stream: 'g', call: 'normals', count: (r.counterexample!.instance as { n: number }).n });
  });
});
