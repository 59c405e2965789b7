import { defineConfig } from 'vitest/config';
import { runOptionsFromEnv } from './src/claims/options.ts';
import { claimcheckConfig, PACKAGE_ROOT } from './src/cli/vitest_config.ts';
import { ClaimsReporter } from './src/report/vitest_reporter.ts';

// `npm test`: the unit tests, and the catalog (every properties/*.ts) at the ci budget unless
// CLAIMCHECK_BUDGET says otherwise; writes reports/claims.{json,html,junit.xml}. The environment
// is read once, here (the CLI builds the same configuration from its flags). Refuted claims'
// counterexamples are kept in .claimcheck/failures (gitignored) and replayed first next time;
// CLAIMCHECK_DATABASE=off turns that off.
const options = runOptionsFromEnv(process.env, PACKAGE_ROOT);
export default defineConfig(claimcheckConfig({
  options,
  unitTests: true,
  reporters: ['default', new ClaimsReporter({ outDir: 'reports', quiet: true, statTests: options.statTests })],
}));
