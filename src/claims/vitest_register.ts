import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend, type BackendInfo } from '../tensor/backend.ts';
import { describeLinalg, linalg } from '../tensor/linalg.ts';
import { collectClaims } from './define.ts';
import { runOptionsFromEnv } from './options.ts';
import type { ClaimResult } from './result.ts';
import { runClaim } from './run_claim.ts';
import type { Claim } from './types.ts';

/** Static facts about a claim, in task.meta before it runs (so a timeout still names the claim). */
export type ClaimStatic = Pick<Claim, 'id' | 'family' | 'catalog' | 'variant' | 'kind' | 'expect' | 'title' | 'statement' | 'source' | 'hypotheses' | 'note' | 'precision' | 'outOfReach'> & { file: string };

declare module 'vitest' {
  interface TaskMeta {
    claim?: ClaimStatic;
    claimResult?: ClaimResult;
  }
}

/**
 * Register every claim a module exports as one vitest test (DESIGN.md: vitest is the engine).
 * The test passes when the verdict equals the claim's `expect` and no tensor leaked.
 * Options come from the environment (CLAIMCHECK_SEED, _BUDGET, _IDS, _PATH, _BACKEND,
 * _STAT_TESTS), which the CLI sets for its workers.
 */
export function registerClaimTests(file: string, mod: Record<string, unknown>): void {
  const opts = runOptionsFromEnv();
  const claims = collectClaims([[file, mod]]).map((c) => c.claim).filter((c) => !opts.ids || opts.ids.has(c.id));
  let backend: BackendInfo;
  beforeAll(async () => {
    backend = await initBackend(opts.backend);
  });
  describe(file, () => {
    if (claims.length === 0) test.skip('no selected claims in this file', () => {});
    for (const claim of claims) {
      const timeout = claim.timeoutMs ?? opts.budget.timeoutMs;
      test(claim.id, async ({ task }) => {
        task.meta.claim = staticOf(claim, file);
        const before = tf.memory().numTensors;
        const result = await runClaim(claim, {
          seed: opts.seed, budget: opts.budget, backend, statTests: opts.statTests, path: opts.path, file, linalg: describeLinalg(linalg()),
        });
        task.meta.claimResult = result;
        expect(tf.memory().numTensors - before, 'tensors leaked by the claim').toBe(0);
        expect(result.verdict, `${claim.id}: ${result.reason}${result.counterexample ? `\nreplay: ${result.replay}` : ''}`).toBe(claim.expect);
      }, timeout);
    }
  });
}

function staticOf(c: Claim, file: string): ClaimStatic {
  return {
    id: c.id, family: c.family, catalog: c.catalog, variant: c.variant, kind: c.kind, expect: c.expect, title: c.title,
    statement: c.statement, source: c.source, hypotheses: c.hypotheses, note: c.note, precision: c.precision, outOfReach: c.outOfReach, file,
  };
}
