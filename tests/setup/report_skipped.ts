import { systemRequirements, TEST_ALL } from './system_requirements.ts';

/**
 * vitest globalSetup: under `npm run test:all` a missing system package fails the run before any
 * test starts; under `npm test` the run goes on and ends with one line naming what it left out.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  const missing = (await systemRequirements()).filter((r) => r.missing);
  if (missing.length === 0) return undefined;
  if (TEST_ALL) {
    throw new Error(`npm run test:all refuses to skip: ${missing.map((r) => `${r.what} needs ${r.missing?.replace(/ is missing$/, '')} (${r.install})`).join('; ')}`);
  }
  return () => {
    process.stdout.write(`npm test left out ${missing.map((r) => `${r.what} (${r.missing}; ${r.install})`).join(' and ')}; npm run test:all runs everything and refuses to skip\n`);
  };
}
