import { realpathSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { BUDGETS } from './claims/budgets.ts';
import { BadOptionError, ClaimcheckError } from './claims/errors.ts';
import { KINDS } from './claims/kinds/registry.ts';
import { DEFAULT_SEED, DEFAULT_STAT_TESTS, parseRunOptions, type RunOptions } from './claims/options.ts';
import { loadClaims, looksLikeFile, selectClaims, type LoadedClaim } from './cli/load_claims.ts';
import { claimcheckConfig, PACKAGE_ROOT } from './cli/vitest_config.ts';
import { preflightBackend } from './tensor/backend.ts';
import { ClaimsReporter } from './report/vitest_reporter.ts';
import type { ClaimsReport } from './report/schema.ts';
import { formatList, listCount, listRows, type ListFilters } from './cli/list_claims.ts';
import { loadingNotice } from './cli/loading_notice.ts';
import { createRequire } from 'node:module';
import { unfinishedResult } from './claims/run_claim.ts';
import type { ClaimResult } from './claims/result.ts';
import { checkOutDir } from './cli/out_dir.ts';
import { runInRounds, withRunDir } from './cli/rounds.ts';
import { join } from 'node:path';
import { DEFAULT_FAILURE_DIR } from './claims/failure_db.ts';
import { addDbCommand } from './cli/db_command.ts';
import { addMergeCommand, blobFile, parseShard, selectionFacts } from './cli/shard_merge.ts';

interface RunFlags {
  filter?: string;
  budget: string;
  seed: string;
  backend: string;
  /** undefined for a replay without --out: it prints, and writes nothing */
  out?: string;
  json?: boolean;
  path?: string;
  /** `i/n`: run vitest's shard i of n (run only) */
  shard?: string;
  /** false under --no-database */
  database?: boolean;
}

/** The run's options from the flags, validated once, at the edge (STYLE.md: parameters in one typed object). */
function runOptionsOf(flags: RunFlags, selected: LoadedClaim[] = []): RunOptions {
  if (flags.shard !== undefined) parseShard(flags.shard);
  // The Bonferroni split is fixed (not the size of the selection), so a claim's verdict does not
  // depend on what else was selected: a replay of one claim judges it exactly as the full run did.
  const statistical = selected.filter((c) => KINDS[c.claim.kind].statistical).length;
  return parseRunOptions({
    seed: [flags.seed, '--seed'], budget: flags.budget, backend: flags.backend, path: flags.path,
    ids: selected.map((c) => c.claim.id), statTests: [Math.max(DEFAULT_STAT_TESTS, statistical), 'statTests'],
    failureDir: flags.database === false ? false : DEFAULT_FAILURE_DIR,
  });
}

/**
 * Run selected claims through vitest (the same path and configuration as `npm test`: each claim
 * file is a test file, so both cores get work); returns the report. Nothing is written but the
 * reports (none for a replay without --out): the options reach the workers through vitest's
 * provide/inject. A fork killed at a claim's time limit is made up for by a rerun of what it left
 * (cli/rounds.ts).
 */
async function runThroughVitest(selected: LoadedClaim[], flags: RunFlags, command: string): Promise<{ report: ClaimsReport | undefined; reporter: ClaimsReporter }> {
  const options = runOptionsOf(flags, selected);
  const budget = BUDGETS[options.budget];
  // Once here, not in every worker: the no-adapter line, and the adapter for the run metadata.
  await preflightBackend(options.backend);
  // a shard records the whole selection (statTests counts it too), so `merge` can check the shards belong together
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : undefined;
  const { startVitest } = await import('vitest/node');
  return withRunDir(async (runDir) => {
    const reporter = new ClaimsReporter({
      outDir: flags.out, stream: flags.json ? process.stderr : process.stdout, total: shard ? 0 : selected.length, command, statTests: options.statTests, runDir, rounds: true,
      run: {
        selection: selectionFacts(selected.map((c) => c.claim.id)),
        ...(shard ? { shard: `${shard.index}/${shard.count}`, seed: options.seed, budget: options.budget } : {}),
      },
    });
    let round = 0;
    // in a shard, the claims of files vitest gave to other shards are not ours: a rerun is only for
    // the files of this shard (those with a result after the first round) that a killed fork left
    const fileOf = new Map(selected.map((c) => [c.claim.id, c.path]));
    const ours = (id: string) => {
      if (!shard || round === 0) return true;
      const file = fileOf.get(id);
      return [...reporter.results.keys()].some((done) => fileOf.get(done) === file);
    };
    const never = await runInRounds(selected, (id) => reporter.results.has(id) || !ours(id), async (pending) => {
      // a shard's blob comes from its first round; what a rerun settles is in its claims.json, which merge reads too
      const blob = shard && round++ === 0 ? [['blob', { outputFile: blobFile(flags.out!, shard) }] as ['blob', { outputFile: string }]] : [];
      const { test, ...vite } = claimcheckConfig({
        // real paths: vite names a module by its real path, and a claim file registers only as the file vitest collects
        options: { ...options, ids: pending.map((c) => c.claim.id) }, runDir,
        claimFiles: [...new Set(pending.map((c) => realpathSync(c.path)))], reporters: [reporter, ...blob],
        testTimeout: Math.max(...pending.map((c) => c.claim.timeoutMs ?? budget.timeoutMs)),
      });
      // vitest shards by claim file; a shard past the number of files runs nothing and still reports
      const sharding = shard && round === 1 ? { shard: `${shard.index}/${shard.count}`, passWithNoTests: true } : {};
      const vitest = await startVitest('test', [], { ...test, ...sharding, config: false, watch: false, silent: 'passed-only' } as Parameters<typeof startVitest>[2],
        { ...vite, logLevel: 'error' }, { stdout: process.stderr });
      await vitest.close();
      if (reporter.loadErrors.length) throw new ClaimcheckError(reporter.loadErrors[0]!);
    });
    const lost = never.map((c) => unfinishedClaim(c, options, 'its test worker died before it finished'));
    const report = reporter.complete(lost, { write: flags.out !== undefined });
    return { report, reporter };
  });
}

/** The `error` result of a claim that never finished in any worker. */
function unfinishedClaim(c: LoadedClaim, options: RunOptions, reason: string): ClaimResult {
  return unfinishedResult(c.claim, { seed: options.seed, budget: BUDGETS[options.budget], backend: { name: options.backend }, file: c.file, linalg: '' }, reason);
}

function splitTargets(targets: string[]): { ids: string[]; files: string[] } {
  const files = targets.filter(looksLikeFile);
  return { files, ids: targets.filter((t) => !looksLikeFile(t)) };
}

const integerOption = (name: string) => (value: string) => {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be an integer`);
  return value;
};

function packageVersion(): string {
  return (createRequire(import.meta.url)(join(PACKAGE_ROOT, 'package.json')) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command('claimcheck')
    .description('Numerical, property-based checks of theorem claims from deep-learning theory')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n').filter(Boolean)[0] + '\n') })
    .showSuggestionAfterError(false)
    .version(packageVersion(), '-V, --version', 'print the claimcheck version');

  const runLike = (cmd: Command, outHelp = 'folder for claims.json, claims.html, claims.junit.xml', outDefault: string | null = 'reports') => cmd
    .option('--budget <name>', 'quick | ci | thorough', 'ci')
    .option('--seed <n>', 'global seed (each claim derives its own)', integerOption('--seed'), String(DEFAULT_SEED))
    .option('--backend <name>', 'auto | webgpu | tensorflow | wasm | cpu', process.env.CLAIMCHECK_BACKEND ?? 'auto')
    .option('--out <dir>', outHelp, outDefault ?? undefined)
    .option('--json', 'print only the claims report as JSON on stdout')
    .option('--no-database', `neither replay nor store counterexamples (${DEFAULT_FAILURE_DIR})`);

  runLike(program.command('run')
    .description('run the catalog, or the given claim ids/families and claim files')
    .argument('[targets...]', 'claim ids, family names, or claim files (.ts)')
    .option('--filter <text>', 'only claims whose id contains this text')
    .option('--shard <i/n>', "run vitest's shard i of n (by claim file); --out gets its blob and partial claims.json"))
    .action(async (targets: string[], flags: RunFlags) => {
      runOptionsOf(flags);
      checkOutDir(flags.out);
      const { ids, files } = splitTargets(targets);
      const notice = loadingNotice();
      const selected = selectClaims(await loadClaims(files, notice.file), ids, flags.filter);
      notice.say(`claimcheck: ${selected.length === 1 ? '1 claim' : `${selected.length} claims`} loaded; starting vitest (2 workers), first results in a few seconds …\n`);
      const { report } = await runThroughVitest(selected, flags, `claimcheck ${process.argv.slice(2).join(' ')}`);
      if (!report) throw new ClaimcheckError('the run produced no claim results');
      if (flags.shard && report.claims.length === 0) process.stderr.write(`claimcheck: shard ${flags.shard} got none of the ${new Set(selected.map((c) => c.path)).size} claim files (vitest shards by file); its empty report is for \`claimcheck merge\`\n`);
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exitCode = report.summary.unexpected.length ? 1 : 0;
    });

  program.command('list')
    .description('list the claims of the catalog or of the given files, with their titles')
    .argument('[files...]', 'claim files (default: the catalog)')
    .option('--variant <v>', 'only literal | corrected | control')
    .option('--kind <k>', 'only identity | inequality | scaling | probability | existence')
    .option('--family <f>', 'only this family')
    .option('--verdict <v>', "only claims with this verdict in the previous report (--out's claims.json)")
    .option('--out <dir>', 'folder of the previous report', 'reports')
    .option('--json', 'as JSON')
    .action(async (files: string[], flags: ListFilters & { json?: boolean }) => {
      const notice = loadingNotice();
      const claims = await loadClaims(files, notice.file);
      notice.clear();
      const rows = listRows(claims, flags);
      if (flags.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else {
        process.stdout.write(formatList(rows, { width: process.stdout.columns ?? 160 }));
        if (process.stderr.isTTY) process.stderr.write(`${listCount(rows, flags.out)}\n`);
      }
    });

  addMergeCommand(program);
  addDbCommand(program);

  runLike(program.command('replay')
    .description('rerun one claim exactly as a report recorded it (with --path: straight to its counterexample)')
    .argument('<id>', 'claim id')
    .argument('[files...]', 'the claim file, when the claim is not in the catalog')
    .option('--path <path>', 'fast-check path of the counterexample'), 'also write the replay\'s report to this folder (default: print only)', null)
    .action(async (id: string, files: string[], flags: RunFlags) => {
      runOptionsOf(flags);
      checkOutDir(flags.out);
      const selected = selectClaims(await loadClaims(files), [id], undefined).filter((c) => c.claim.id === id);
      if (selected.length !== 1) throw new BadOptionError(`replay needs one exact claim id, '${id}' names ${selected.length}`);
      flags.json = true; // stdout carries only the replay's JSON; the live lines go to stderr
      const { report } = await runThroughVitest(selected, flags, `claimcheck ${process.argv.slice(2).join(' ')}`);
      const result = report?.claims[0];
      if (!result) throw new ClaimcheckError('the replay produced no result');
      const out = { id: result.id, verdict: result.verdict, reason: result.reason, counterexample: result.counterexample ?? null };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      process.exitCode = result.asExpected ? 0 : 1;
    });
  return program;
}

/** Entry point: exit 0 when every verdict is as expected, 1 when not, 2 on bad input. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof ClaimcheckError) {
      process.stderr.write(`claimcheck: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
