import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ViteUserConfig } from 'vitest/config';
import type { RunOptions } from '../claims/options.ts';

/** The package root (where package.json and properties/ are). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CATALOG_DIR = resolve(PACKAGE_ROOT, 'properties');
const REGISTER = resolve(PACKAGE_ROOT, 'src/claims/vitest_register.ts');

/** How reports name a claim file: relative to the package for the catalog, else its absolute path. */
export function claimFileLabel(path: string): string {
  return path.startsWith(PACKAGE_ROOT + '/') ? relative(PACKAGE_ROOT, path) : path;
}

/** A family of the catalog: a .ts file directly in properties/. */
export function isCatalogFile(path: string): boolean {
  return dirname(path) === CATALOG_DIR && path.endsWith('.ts');
}

/**
 * A claim file runs as a vitest test file by itself: this plugin appends to it the call that
 * registers its exports as tests (src/claims/vitest_register.ts), so a new `properties/<family>.ts`
 * runs under `npm test` with no test file of its own, and the CLI runs a reviewer's file from
 * anywhere with no scratch entry file. A claim file imported by another test registers nothing
 * (registerClaimTests checks it is the file vitest is collecting).
 */
export function claimFilePlugin(isClaimFile: (path: string) => boolean): Plugin {
  return {
    name: 'claimcheck:claim-files',
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!isClaimFile(path)) return undefined;
      return {
        code: `${code}
;import { registerClaimTests as __claimcheckRegister } from ${JSON.stringify(REGISTER)};
import * as __claimcheckClaims from ${JSON.stringify(path)};
__claimcheckRegister(${JSON.stringify(claimFileLabel(path))}, __claimcheckClaims, ${JSON.stringify(path)});
`,
        map: null,
      };
    },
  };
}

export interface ClaimcheckConfigOptions {
  /** the run's settings, provided to every worker */
  options: RunOptions;
  /** absolute paths of the claim files to run; undefined: the catalog, properties/*.ts */
  claimFiles?: string[] | undefined;
  /** also run the unit tests, tests/**\/*.test.ts (what `npm test` does) @defaultValue false */
  unitTests?: boolean;
  reporters: NonNullable<NonNullable<ViteUserConfig['test']>['reporters']>;
  /** the run folder the workers write each claim's result to (src/claims/time_limit.ts) */
  runDir?: string | undefined;
  /** per-test timeout (ms); each claim sets its own too @defaultValue 60000 */
  testTimeout?: number;
}

/** The one vitest configuration: vitest.config.ts (`npm test`) and the CLI both build theirs here. */
export function claimcheckConfig({ options, claimFiles, unitTests = false, reporters, runDir, testTimeout = 60_000 }: ClaimcheckConfigOptions): ViteUserConfig {
  const files = claimFiles ? new Set(claimFiles) : undefined;
  return {
    root: PACKAGE_ROOT,
    plugins: [claimFilePlugin(files ? (p) => files.has(p) : isCatalogFile)],
    resolve: { alias: { claimcheck: resolve(PACKAGE_ROOT, 'src/index.ts') } },
    test: {
      root: PACKAGE_ROOT,
      include: [...(unitTests ? ['tests/**/*.test.ts'] : []), ...(claimFiles ?? ['properties/*.ts'])],
      pool: 'forks',
      // two forks on the two-core machines; a device check sets more (CLAIMCHECK_WORKERS)
      maxWorkers: Number(process.env.CLAIMCHECK_WORKERS) || 2,
      testTimeout,
      setupFiles: [resolve(PACKAGE_ROOT, 'tests/setup/fast_check_seed.ts')],
      // npm test runs without Debian's extras and names what it left out; test:all refuses to skip
      ...(unitTests ? { globalSetup: [resolve(PACKAGE_ROOT, 'tests/setup/report_skipped.ts')] } : {}),
      // two forks on two cores: more BLAS threads per fork would only contend
      env: { OPENBLAS_NUM_THREADS: process.env.OPENBLAS_NUM_THREADS ?? '1' },
      provide: { claimcheck: options, ...(runDir !== undefined ? { claimcheckRunDir: runDir } : {}) },
      reporters,
    },
  };
}
