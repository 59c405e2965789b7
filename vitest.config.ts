import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { claimcheck: new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
