import { existsSync } from 'node:fs';
import { loadNativeLinalg } from '../../src/tensor/linalg_native.ts';
import { LAVAPIPE_HINT, probeWebgpu } from '../../src/tensor/webgpu.ts';

/**
 * System packages some tests need beyond `npm ci`. `npm test` runs without them and says in one
 * line what it left out; `npm run test:all` (CLAIMCHECK_TEST_ALL=1, what `.ci/run` calls after
 * installing them) refuses to skip: a missing package there is a failed build, not a quiet skip.
 */
export const TEST_ALL = process.env.CLAIMCHECK_TEST_ALL === '1';

export interface SystemRequirement {
  /** What is left out without it. */
  readonly what: string;
  /** Why it is absent on this machine, or undefined when present. */
  readonly missing: string | undefined;
  /** How to get it. */
  readonly install: string;
}

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumRequirement(): SystemRequirement {
  return {
    what: "the report's browser test",
    missing: existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing`,
    install: 'apt-get install chromium',
  };
}

export function lapackRequirement(): SystemRequirement {
  return {
    what: 'the LAPACK float64 tests',
    missing: loadNativeLinalg().reason,
    install: 'apt-get install libopenblas-dev liblapacke-dev && node scripts/build-native.mjs --required',
  };
}

export async function webgpuRequirement(): Promise<SystemRequirement> {
  const adapter = await probeWebgpu(true);
  return {
    what: 'the cross-backend (wasm vs WebGPU) test',
    missing: typeof adapter === 'string' ? `no WebGPU adapter (${adapter.split(';')[0]})` : undefined,
    install: LAVAPIPE_HINT.replace(/ brings .*/, ''),
  };
}

export async function systemRequirements(): Promise<SystemRequirement[]> {
  return [chromiumRequirement(), lapackRequirement(), await webgpuRequirement()];
}
