import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/claims/budgets.ts';
import { collectClaims } from '../../src/claims/define.ts';
import { DEFAULT_SEED, DEFAULT_STAT_TESTS } from '../../src/claims/options.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import { initBackend, type BackendInfo } from '../../src/tensor/backend.ts';
import { linalg } from '../../src/tensor/linalg.ts';
import * as balancedness from '../../properties/balancedness.ts';
import * as ntk from '../../properties/ntk.ts';

/**
 * Tensor hygiene of whole families: every claim of the two families that use the tensor backend
 * most, run through the engine at the quick budget, leaves tf.memory().numTensors where it was.
 */
const claims = collectClaims([['properties/balancedness.ts', balancedness], ['properties/ntk.ts', ntk]]);

let backend: BackendInfo;
beforeAll(async () => {
  backend = await initBackend();
});

describe('tensor count across the balancedness and ntk families at quick', () => {
  const start: { count?: number } = {};

  it.each(claims.map(({ claim, file }) => [claim.id, claim, file] as const))('%s leaves no tensor behind', async (_id, claim, file) => {
    start.count ??= tf.memory().numTensors;
    const before = tf.memory().numTensors;
    const result = await runClaim(claim, {
      seed: DEFAULT_SEED, budget: BUDGETS.quick, backend, statTests: DEFAULT_STAT_TESTS, file, linalg: linalg().name,
    });
    expect(tf.memory().numTensors - before, result.reason).toBe(0);
    expect(result.error ?? '').not.toMatch(/leaked/);
  }, 60_000);

  it('ends with the tensor count it started with', () => {
    expect(claims.length).toBeGreaterThan(30);
    expect(tf.memory().numTensors).toBe(start.count);
  });
});
