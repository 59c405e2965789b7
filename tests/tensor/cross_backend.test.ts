import { describe, expect, test } from 'vitest';
import * as ntk from '../../properties/ntk.ts';
import { BUDGETS, type Budget } from '../../src/claims/budgets.ts';
import { runClaim } from '../../src/claims/run_claim.ts';
import type { Claim } from '../../src/claims/types.ts';
import { initBackend } from '../../src/tensor/backend.ts';
import { describeLinalg, linalg } from '../../src/tensor/linalg.ts';
import { LAVAPIPE_HINT, probeWebgpu } from '../../src/tensor/webgpu.ts';

// tfjs runs one suite on every backend; claimcheck's claims must be as backend-agnostic: the same
// claims, seed and budget give the same verdicts on wasm and on WebGPU. The claims cover the tensor
// paths: the empirical NTK Gram and its infinite-width limit (a scaling fit and its control, which
// must still be refuted), the closed-form gradient identity, and GD steps on the tensor net.
const CLAIMS: Array<{ claim: Claim; budget: Budget }> = [
  { claim: ntk.correctedGradient as Claim, budget: { ...BUDGETS.quick, runs: 8, searchSteps: 0 } },
  { claim: ntk.kernelLimitRate as Claim, budget: BUDGETS.quick },
  { claim: ntk.kernelRateWrongExponent as Claim, budget: BUDGETS.quick },
  { claim: ntk.lazyLossConverges as Claim, budget: { ...BUDGETS.quick, runs: 2, searchSteps: 0 } },
];
const SEED = 20261123;

// An explicit `webgpu` takes a software adapter (lavapipe from scripts/setup-lavapipe.sh) too.
const adapter = await probeWebgpu(true);
const absent = typeof adapter === 'string' ? adapter : undefined;
if (absent) process.stderr.write(`cross-backend test skipped: no WebGPU adapter: ${absent}${absent.includes(LAVAPIPE_HINT) ? '' : `; ${LAVAPIPE_HINT}`}\n`);

const timings: string[] = [];

async function verdicts(backend: 'wasm' | 'webgpu'): Promise<Record<string, string>> {
  const info = await initBackend(backend);
  expect(info.name, info.skipped.join('; ')).toBe(backend);
  const out: Record<string, string> = {};
  for (const { claim, budget } of CLAIMS) {
    const r = await runClaim(claim, { seed: SEED, budget, backend: info, statTests: 100, file: 'properties/ntk.ts', linalg: describeLinalg(linalg()) });
    out[claim.id] = r.verdict;
    timings.push(`${backend} ${claim.id} ${r.verdict} ${(r.durationMs / 1000).toFixed(1)} s`);
  }
  return out;
}

describe.skipIf(absent !== undefined)('the same claims give the same verdicts on wasm and WebGPU', () => {
  test('NTK Gram, kernel limit, gradient identity and GD steps', async () => {
    const wasm = await verdicts('wasm');
    // each claim's verdict is its expectation on wasm: a disagreement below is WebGPU's, not a flaky claim
    for (const { claim } of CLAIMS) expect(wasm[claim.id], claim.id).toBe(claim.expect);
    const gpu = await verdicts('webgpu');
    process.stdout.write(`${timings.join('\n')}\n`);
    expect(gpu).toEqual(wasm);
  }, 600_000);
});
