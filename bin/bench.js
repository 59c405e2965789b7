#!/usr/bin/env node
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

// stdout carries only the bench's JSON lines: anything a library logs goes to stderr.
for (const level of ['log', 'info', 'debug']) console[level] = (...args) => console.error(...args);

// Bench files (and our sources) load through tsx; 'claimcheck' resolves to src/index.ts.
registerTsx();
register('./resolve-claimcheck.mjs', import.meta.url);
const { main } = await import('../bench/run.ts');
process.exitCode = await main(process.argv.slice(2));
