#!/usr/bin/env node
// `npm run sweep -- --budget quick --seeds 1-20 [--filter X] [--out DIR]`: see scripts/sweep.ts.
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
const { main } = await import('./sweep.ts');
process.exitCode = main(process.argv.slice(2));
