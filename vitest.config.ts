import { rmSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { runOptionsFromEnv } from './src/claims/options.ts';
import { makeRunDir } from './src/cli/rounds.ts';
import { claimcheckConfig, PACKAGE_ROOT } from './src/cli/vitest_config.ts';
import { ClaimsReporter } from './src/report/vitest_reporter.ts';

// `npm test`: the unit tests, and the catalog (every properties/*.ts) at the ci budget unless
// CLAIMCHECK_BUDGET says otherwise; writes reports/claims.{json,html,junit.xml}. The environment
// is read once, here (the CLI builds the same configuration from its flags). Refuted claims'
// counterexamples are kept in .claimcheck/failures (gitignored) and replayed first next time;
// CLAIMCHECK_DATABASE=off turns that off.
const options = runOptionsFromEnv(process.env, PACKAGE_ROOT);
// the workers' results also go to a temp folder, so a claim killed at its time limit is in the
// report (the CLI also reruns what its fork left; here that file's other claims are missing)
const runDir = makeRunDir();
process.once('exit', () => rmSync(runDir, { recursive: true, force: true }));
export default defineConfig(claimcheckConfig({
  options,
  unitTests: true,
  runDir,
  reporters: ['default', new ClaimsReporter({ outDir: 'reports', quiet: true, statTests: options.statTests, runDir })],
}));
