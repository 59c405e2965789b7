import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { initBackend, type BackendInfo } from '../tensor/backend.ts';
import { describeLinalg, linalg } from '../tensor/linalg.ts';
import { BUDGETS } from './budgets.ts';
import { staticOf, type ClaimStatic } from './claim_schema.ts';
import { collectClaims } from './define.ts';
import type { ClaimResult } from './result.ts';
import { runClaim, unfinishedResult, type RunClaimOptions } from './run_claim.ts';
import { KILL_GRACE_MS, runWithin } from './time_limit.ts';

export type { ClaimStatic };

declare module 'vitest' {
  interface TaskMeta {
    claim?: ClaimStatic;
    claimResult?: ClaimResult;
    /** the `error` result the claim has until it finishes (a crash or a timeout leaves this one) */
    claimStub?: ClaimResult;
  }
}

/**
 * Register every claim a module exports as one vitest test (DESIGN.md: vitest is the engine).
 * The test passes when the verdict equals the claim's `expect` and no tensor leaked. The run's
 * options arrive through vitest's `inject('claimcheck')` (the CLI or vitest.config.ts provides
 * them). The claim-file plugin (src/cli/vitest_config.ts) appends this call to each claim file
 * vitest runs as a test file; `entry` is that file's absolute path, and a claim file that is
 * merely imported by another test registers nothing.
 */
export function registerClaimTests(file: string, mod: Record<string, unknown>, entry?: string): void {
  if (entry !== undefined && expect.getState().testPath !== entry) return;
  const opts = inject('claimcheck');
  const runDir = inject('claimcheckRunDir');
  const budget = BUDGETS[opts.budget];
  const ids = opts.ids ? new Set(opts.ids) : undefined;
  const claims = collectClaims([[file, mod]]).map((c) => c.claim).filter((c) => !ids || ids.has(c.id));
  let backend: BackendInfo;
  beforeAll(async () => {
    backend = await initBackend(opts.backend);
  });
  describe(file, () => {
    if (claims.length === 0) test.skip('no selected claims in this file', () => {});
    for (const claim of claims) {
      const timeout = claim.timeoutMs ?? budget.timeoutMs;
      test(claim.id, async ({ task }) => {
        task.meta.claim = staticOf(claim, file);
        const before = tf.memory().numTensors;
        const run: RunClaimOptions = {
          seed: opts.seed, budget, backend, statTests: opts.statTests, path: opts.path, file, linalg: describeLinalg(linalg()), failureDir: opts.failureDir,
        };
        const started = Date.now();
        task.meta.claimStub = unfinishedResult(claim, run, 'did not finish');
        const result = await runWithin(timeout, runDir, (reason) => unfinishedResult(claim, run, reason, Date.now() - started),
          (limit) => runClaim(claim, { ...run, limit }));
        task.meta.claimResult = result;
        // (a claim abandoned at its limit may still hold tensors: its verdict says why already)
        if (result.verdict !== 'error') expect(tf.memory().numTensors - before, 'tensors leaked by the claim').toBe(0);
        expect(result.verdict, `${claim.id}: ${result.reason}${result.counterexample ? `\nreplay: ${result.replay}` : ''}`).toBe(claim.expect);
      }, timeout + 2 * KILL_GRACE_MS); // the limit is runWithin's; vitest's timeout is only a backstop
    }
  });
}
