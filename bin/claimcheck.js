#!/usr/bin/env node
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

// TypeScript claim files (and our sources) load through tsx; 'claimcheck' resolves to src/index.ts.
registerTsx();
register('./resolve-claimcheck.mjs', import.meta.url);
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
