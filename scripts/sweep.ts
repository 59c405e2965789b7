/**
 * `npm run sweep -- --budget quick --seeds 1-20 [--filter X] [--out DIR] [--backend B]`
 *
 * Runs the catalog (or the claims matching --filter) once per seed through the CLI, one seed
 * at a time (each run already uses both cores), and prints a markdown table per claim: how many
 * seeds gave the expected verdict and what the others said; then per seed whether the whole run
 * was as expected, and the line "k of N seeds fully as expected". With --out, writes DIR/sweep.md,
 * DIR/sweep.json and each seed's reports under DIR/seed-<s>/.
 * Exit 0 when every seed was fully as expected, 1 when not, 2 on bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ClaimsReport } from '../src/report/schema.ts';
import { parseSeeds, summarize, summaryLine, toMarkdown, type SeedOutcome } from './sweep_table.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'claimcheck.js');

/** Run one seed; the report from its claims.json, or the CLI's own one-line complaint. */
function runSeed(seed: number, budget: string, outDir: string, filter: string | undefined, backend: string | undefined): SeedOutcome & { badInput: boolean } {
  // --no-database: a counterexample stored at one seed would be replayed at the next, and the sweep measures each seed's own draws
  const args = [CLI, 'run', '--budget', budget, '--seed', String(seed), '--json', '--out', outDir, '--no-database'];
  if (filter) args.push('--filter', filter);
  if (backend) args.push('--backend', backend);
  const started = Date.now();
  // stdout carries the report JSON (also written to outDir); stderr carries the live lines
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const wallSeconds = (Date.now() - started) / 1000;
  const file = join(outDir, 'claims.json');
  // exit 2: bad input (unknown budget, nothing matches the filter), the same at every seed
  if (child.status === 2) return { seed, report: undefined, wallSeconds, failure: lastLine(child.stderr) || 'exit 2', badInput: true };
  if (!existsSync(file)) return { seed, report: undefined, wallSeconds, failure: `exit ${child.status ?? child.signal}: ${lastLine(child.stderr)}`, badInput: false };
  return { seed, report: JSON.parse(readFileSync(file, 'utf8')) as ClaimsReport, wallSeconds, badInput: false };
}

const lastLine = (text: string | null) => (text ?? '').trim().split('\n').filter(Boolean).pop() ?? '';

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        budget: { type: 'string', default: 'quick' },
        seeds: { type: 'string', default: '1-20' },
        filter: { type: 'string' },
        out: { type: 'string' },
        backend: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`sweep: ${(err as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  let seeds: number[];
  try {
    seeds = parseSeeds(values.seeds!);
  } catch (err) {
    process.stderr.write(`sweep: ${(err as Error).message}\n`);
    return 2;
  }
  const outRoot = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'claimcheck-sweep-'));
  mkdirSync(outRoot, { recursive: true });
  const outcomes: SeedOutcome[] = [];
  for (const seed of seeds) {
    const dir = join(outRoot, `seed-${seed}`);
    rmSync(dir, { recursive: true, force: true });
    const { badInput, ...outcome } = runSeed(seed, values.budget!, dir, values.filter, values.backend);
    if (badInput) {
      process.stderr.write(`sweep: ${outcome.failure}\n`);
      if (!values.out) rmSync(outRoot, { recursive: true, force: true });
      return 2;
    }
    outcomes.push(outcome);
    const r = outcome.report;
    process.stderr.write(r
      ? `sweep: seed ${seed}: ${r.summary.asExpected}/${r.summary.total} as expected${r.summary.unexpected.length ? ` (unexpected: ${r.summary.unexpected.join(', ')})` : ''} in ${outcome.wallSeconds.toFixed(1)} s\n`
      : `sweep: seed ${seed}: no report: ${outcome.failure}\n`);
  }
  const summary = summarize(outcomes, values.budget!, values.filter);
  const markdown = toMarkdown(summary);
  process.stdout.write(markdown);
  if (values.out) {
    writeFileSync(join(outRoot, 'sweep.md'), markdown);
    writeFileSync(join(outRoot, 'sweep.json'), `${JSON.stringify(summary, null, 2)}\n`);
    process.stderr.write(`sweep: wrote ${join(outRoot, 'sweep.md')} and sweep.json\n`);
  } else {
    rmSync(outRoot, { recursive: true, force: true });
  }
  process.stderr.write(`sweep: ${summaryLine(summary)}\n`);
  return summary.fullyAsExpected === seeds.length ? 0 : 1;
}
