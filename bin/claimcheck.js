#!/usr/bin/env node
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

// TypeScript claim files (and our sources) load through tsx; 'claimcheck' resolves to src/index.ts.
// tsx reads the cwd's tsconfig unless told: the package's one, whose `paths` resolve 'claimcheck' in
// a claim file tsx loads as CommonJS, whatever folder the command runs in
process.env.TSX_TSCONFIG_PATH = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
registerTsx();
register('./resolve-claimcheck.mjs', import.meta.url);
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
