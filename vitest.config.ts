import { defineConfig } from 'vitest/config';
import { ClaimsReporter } from './src/report/vitest_reporter.ts';

export default defineConfig({
  resolve: { alias: { claimcheck: new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    setupFiles: ['tests/setup/fast_check_seed.ts'],
    // npm test runs without Debian's extras and names what it left out; test:all refuses to skip
    globalSetup: ['tests/setup/report_skipped.ts'],
    // two forks on two cores: more BLAS threads per fork would only contend
    env: { OPENBLAS_NUM_THREADS: '1' },
    // `npm test` runs the catalog at the ci budget and writes reports/claims.{json,html,junit.xml}
    reporters: ['default', new ClaimsReporter({ outDir: 'reports', quiet: true })],
  },
});
