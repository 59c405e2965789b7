import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BadOptionError, ClaimcheckError } from '../claims/errors.ts';
import { parseRunOptions } from '../claims/options.ts';
import type { ClaimsReport, RunMetadata, SelectionFacts } from '../report/schema.ts';
import { ClaimsReporter } from '../report/vitest_reporter.ts';
import { claimcheckConfig } from './vitest_config.ts';

/**
 * Sharding on vitest's own machinery (DESIGN.md: no scheduler, pool or merger of our own):
 * `claimcheck run --shard i/n` hands `--shard` to vitest, which runs its share of the claim files
 * and writes its blob report (vitest's `blob` reporter) beside the shard's partial claims.json;
 * `claimcheck merge` replays the blobs through vitest's `mergeReports` into the ClaimsReporter,
 * which reads each claim's result from the task metadata the blob carries. What is ours is the
 * check that the shards belong to one run.
 */

/** A parsed `--shard i/n`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `--shard i/n` (1 ≤ i ≤ n), at the edge. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new BadOptionError(`--shard must be i/n with 1 ≤ i ≤ n, got '${value}'`);
  return { index, count };
}

/** The blob file of a shard inside its --out folder. */
export function blobFile(outDir: string, shard: Shard): string {
  return resolve(outDir, `blob-${shard.index}-${shard.count}.json`);
}

/** The facts every shard of a run records about the whole selection (before vitest shards it). */
export function selectionFacts(ids: readonly string[]): SelectionFacts {
  const digest = createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 16);
  return { claims: ids.length, digest };
}

export interface ShardDir {
  dir: string;
  report: ClaimsReport;
  shard: Shard;
  blob: string;
}

function readShardDir(dir: string): ShardDir {
  const path = join(dir, 'claims.json');
  let report: ClaimsReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as ClaimsReport;
  } catch {
    throw new BadOptionError(`${dir}: no readable claims.json (the --out folder of a \`claimcheck run --shard i/n\`)`);
  }
  if (report.run?.shard === undefined) throw new BadOptionError(`${path} is not a shard's report (it was not written by \`claimcheck run --shard i/n\`)`);
  const shard = parseShard(report.run.shard);
  const blob = blobFile(dir, shard);
  if (!existsSync(blob)) throw new BadOptionError(`${dir}: blob-${shard.index}-${shard.count}.json is missing beside its claims.json`);
  return { dir, report, shard, blob };
}

/** The run facts the shards must share, as text, for the refusal message. */
const AGREED: Array<[string, (r: RunMetadata) => unknown]> = [
  ['seed', (r) => r.seed],
  ['budget', (r) => r.budget],
  ['statTests', (r) => r.statTests],
  ['selection', (r) => (r.selection ? `${r.selection.claims} claims ${r.selection.digest}` : undefined)],
  ['shard count', (r) => parseShard(r.shard!).count],
];

/**
 * Check that the shard folders are the n shards of one run: the same seed, budget, statTests
 * and selection, each index once, none missing. Throws BadOptionError (exit 2) naming the first
 * disagreement.
 */
export function checkShards(dirs: ShardDir[]): void {
  const [first, ...rest] = dirs;
  if (!first) throw new BadOptionError('merge needs the --out folders of the shards');
  for (const [name, get] of AGREED) {
    const want = get(first.report.run);
    if (want === undefined) throw new BadOptionError(`${first.dir}: the shard's report records no ${name}`);
    const other = rest.find((d) => get(d.report.run) !== want);
    if (other) throw new BadOptionError(`shards disagree on ${name}: ${first.dir} has ${String(want)}, ${other.dir} has ${String(get(other.report.run))}`);
  }
  const seen = new Map<number, string>();
  for (const d of dirs) {
    const again = seen.get(d.shard.index);
    if (again) throw new BadOptionError(`shard ${d.shard.index}/${d.shard.count} given twice: ${again} and ${d.dir}`);
    seen.set(d.shard.index, d.dir);
  }
  const { count } = first.shard;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new BadOptionError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs all ${count}`);
}

export interface MergeOptions {
  outDir: string;
  /** print only the merged report as JSON on stdout (the live lines go to stderr) */
  json?: boolean;
  command: string;
}

/**
 * Merge the shards' blob reports with vitest's `mergeReports` into one claims report
 * (claims.json, claims.html, claims.junit.xml in `outDir`). The Bonferroni split and the
 * selection are the shards' own (recorded from the whole selection); the merged report must
 * hold every claim of that selection.
 */
export async function mergeShards(dirs: string[], { outDir, json = false, command }: MergeOptions): Promise<ClaimsReport> {
  const shards = dirs.map((d) => readShardDir(resolve(d)));
  checkShards(shards);
  const run = shards[0]!.report.run;
  const blobs = mkdtempSync(join(tmpdir(), 'claimcheck-merge-'));
  try {
    // vitest merges every blob of one folder; each shard's blob has its own name
    for (const s of shards) copyFileSync(s.blob, join(blobs, `blob-${s.shard.index}-${s.shard.count}.json`));
    const reporter = new ClaimsReporter({
      outDir, stream: json ? process.stderr : process.stdout, total: run.selection!.claims, command, statTests: run.statTests, rounds: true,
      run: {
        selection: run.selection!,
        // the run took as long as its slowest shard, from the first one's start
        startedAt: shards.map((s) => s.report.run.startedAt).sort()[0]!,
        durationMs: Math.max(...shards.map((s) => s.report.run.durationMs)),
      },
    });
    const options = parseRunOptions({ seed: [String(run.seed), 'seed'], budget: run.budget, statTests: [run.statTests, 'statTests'] });
    const { test, ...vite } = claimcheckConfig({ options, claimFiles: [], reporters: [reporter] });
    const { startVitest } = await import('vitest/node');
    const vitest = await startVitest('test', [], { ...test, config: false, watch: false, mergeReports: blobs } as Parameters<typeof startVitest>[2],
      { ...vite, logLevel: 'error' }, { stdout: process.stderr });
    await vitest.close();
    if (reporter.loadErrors.length) throw new ClaimcheckError(reporter.loadErrors[0]!);
    // a claim killed at its time limit, and what a shard's rerun settled, are in its claims.json, not its blob
    const settledOutsideBlobs = shards.flatMap((s) => s.report.claims).filter((c) => !reporter.results.has(c.id));
    const report = reporter.complete(settledOutsideBlobs);
    if (!report) throw new ClaimcheckError('the merge produced no claims report');
    if (report.claims.length !== run.selection!.claims)
      throw new ClaimcheckError(`the merged shards hold ${report.claims.length} claims, their selection ${run.selection!.claims}`);
    return report;
  } finally {
    rmSync(blobs, { recursive: true, force: true });
  }
}

/** `claimcheck merge DIR… --out DIR [--json]`: exit 0 every merged verdict as expected, 1 not, 2 shards that do not fit. */
export function addMergeCommand(program: Command): void {
  program.command('merge')
    .description('merge the --out folders of `run --shard i/n` into one report')
    .argument('<dirs...>', "the shards' --out folders")
    .option('--out <dir>', 'folder for the merged claims.json, claims.html, claims.junit.xml', 'reports')
    .option('--json', 'print only the merged claims report as JSON on stdout')
    .action(async (dirs: string[], flags: { out: string; json?: boolean }) => {
      const report = await mergeShards(dirs, { outDir: flags.out, json: flags.json ?? false, command: `claimcheck ${process.argv.slice(2).join(' ')}` });
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exitCode = report.summary.unexpected.length ? 1 : 0;
    });
}
