import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { resolveBudget } from './claims/budgets.ts';
import { BadOptionError, ClaimcheckError } from './claims/errors.ts';
import { DEFAULT_SEED, DEFAULT_STAT_TESTS, parseSeed } from './claims/options.ts';
import { catalogFiles, loadClaims, looksLikeFile, PACKAGE_ROOT, selectClaims, type LoadedClaim } from './cli/load_claims.ts';
import { parseBackendName, preflightBackend } from './tensor/backend.ts';
import { ClaimsReporter } from './report/vitest_reporter.ts';
import type { ClaimsReport } from './report/schema.ts';

interface RunFlags {
  filter?: string;
  budget: string;
  seed: string;
  backend: string;
  out: string;
  json?: boolean;
  path?: string;
}

/** Where the CLI writes the per-file vitest entries (one test file per claim file: both cores get work). */
// one folder per process: two runs in the same checkout must not delete each other's entries
const ENTRY_DIR = join(PACKAGE_ROOT, '.claimcheck', `entries-${process.pid}`);

function writeEntries(selected: LoadedClaim[]): string[] {
  rmSync(ENTRY_DIR, { recursive: true, force: true });
  mkdirSync(ENTRY_DIR, { recursive: true });
  const register = join(PACKAGE_ROOT, 'src/claims/vitest_register.ts');
  const files = [...new Map(selected.map((c) => [c.path, c.file])).entries()];
  return files.map(([path, file], i) => {
    const entry = join(ENTRY_DIR, `${i}-${basename(path).replace(/\.[^.]+$/, '')}.test.ts`);
    writeFileSync(entry, [
      `import { registerClaimTests } from ${JSON.stringify(register)};`,
      `import * as claims from ${JSON.stringify(path)};`,
      `registerClaimTests(${JSON.stringify(file)}, claims);`,
      '',
    ].join('\n'));
    return entry;
  });
}

/** Validate the flags once, at the edge (STYLE.md: parameters in one typed object). */
function checkFlags(flags: RunFlags): { seed: number } {
  resolveBudget(flags.budget);
  parseBackendName(flags.backend);
  return { seed: parseSeed(flags.seed) };
}

/** Run selected claims through vitest (the same path as `npm test`); returns the report. */
async function runThroughVitest(selected: LoadedClaim[], flags: RunFlags, command: string): Promise<{ report: ClaimsReport | undefined; reporter: ClaimsReporter }> {
  const { seed } = checkFlags(flags);
  const budget = resolveBudget(flags.budget);
  // The Bonferroni split is fixed (not the size of the selection), so a claim's verdict does not
  // depend on what else was selected: a replay of one claim judges it exactly as the full run did.
  const statTests = Math.max(DEFAULT_STAT_TESTS, selected.filter((c) => c.claim.kind === 'scaling' || c.claim.kind === 'probability').length);
  Object.assign(process.env, {
    CLAIMCHECK_SEED: String(seed),
    CLAIMCHECK_BUDGET: budget.name,
    CLAIMCHECK_BACKEND: flags.backend,
    CLAIMCHECK_IDS: selected.map((c) => c.claim.id).join(','),
    CLAIMCHECK_STAT_TESTS: String(statTests),
    CLAIMCHECK_PATH: flags.path ?? '',
    OPENBLAS_NUM_THREADS: process.env.OPENBLAS_NUM_THREADS ?? '1',
  });
  // Once here, not in every worker: the no-adapter line, and the adapter for the run metadata.
  await preflightBackend(flags.backend);
  const entries = writeEntries(selected);
  const reporter = new ClaimsReporter({
    outDir: flags.out, stream: flags.json ? process.stderr : process.stdout, total: selected.length, command,
  });
  const { startVitest } = await import('vitest/node');
  const maxTimeout = Math.max(...selected.map((c) => c.claim.timeoutMs ?? budget.timeoutMs));
  const vitest = await startVitest('test', [], {
    config: false,
    root: PACKAGE_ROOT,
    include: entries.map((e) => e.slice(PACKAGE_ROOT.length + 1)),
    watch: false,
    pool: 'forks',
    // two on the two-core machines; a device check sets more (CLAIMCHECK_WORKERS)
    maxWorkers: Number(process.env.CLAIMCHECK_WORKERS) || 2,
    testTimeout: maxTimeout,
    reporters: [reporter],
    silent: 'passed-only',
  }, { resolve: { alias: { claimcheck: join(PACKAGE_ROOT, 'src/index.ts') } }, logLevel: 'error' });
  await vitest.close();
  rmSync(ENTRY_DIR, { recursive: true, force: true });
  if (reporter.loadErrors.length) throw new ClaimcheckError(reporter.loadErrors[0]!);
  return { report: reporter.report, reporter };
}

function splitTargets(targets: string[]): { ids: string[]; files: string[] } {
  const files = targets.filter(looksLikeFile);
  return { files, ids: targets.filter((t) => !looksLikeFile(t)) };
}

const integerOption = (name: string) => (value: string) => {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be an integer`);
  return value;
};

export function buildProgram(): Command {
  const program = new Command('claimcheck')
    .description('Numerical, property-based checks of theorem claims from deep-learning theory')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n').filter(Boolean)[0] + '\n') })
    .showSuggestionAfterError(false);

  const runLike = (cmd: Command) => cmd
    .option('--budget <name>', 'quick | ci | thorough', 'ci')
    .option('--seed <n>', 'global seed (each claim derives its own)', integerOption('--seed'), String(DEFAULT_SEED))
    .option('--backend <name>', 'auto | webgpu | tensorflow | wasm | cpu', process.env.CLAIMCHECK_BACKEND ?? 'auto')
    .option('--out <dir>', 'folder for claims.json, claims.html, claims.junit.xml', 'reports')
    .option('--json', 'print only the claims report as JSON on stdout');

  runLike(program.command('run')
    .description('run the catalog, or the given claim ids/families and claim files')
    .argument('[targets...]', 'claim ids, family names, or claim files (.ts)')
    .option('--filter <text>', 'only claims whose id contains this text'))
    .action(async (targets: string[], flags: RunFlags) => {
      checkFlags(flags);
      const { ids, files } = splitTargets(targets);
      const selected = selectClaims(await loadClaims(files), ids, flags.filter);
      const { report } = await runThroughVitest(selected, flags, `claimcheck ${process.argv.slice(2).join(' ')}`);
      if (!report) throw new ClaimcheckError('the run produced no claim results');
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exitCode = report.summary.unexpected.length ? 1 : 0;
    });

  program.command('list')
    .description('list the claims of the catalog or of the given files')
    .argument('[files...]', 'claim files (default: the catalog)')
    .option('--json', 'as JSON')
    .action(async (files: string[], flags: { json?: boolean }) => {
      const claims = await loadClaims(files);
      const rows = claims.map(({ claim: c, file }) => ({ id: c.id, catalog: c.catalog ?? '', variant: c.variant, kind: c.kind, expect: c.expect, file, title: c.title }));
      if (flags.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else for (const r of rows) process.stdout.write(`${r.id.padEnd(56)} ${r.catalog.padEnd(4)} ${r.variant.padEnd(9)} ${r.kind.padEnd(11)} expect ${r.expect}\n`);
    });

  runLike(program.command('replay')
    .description('rerun one claim exactly as a report recorded it (with --path: straight to its counterexample)')
    .argument('<id>', 'claim id')
    .argument('[files...]', 'the claim file, when the claim is not in the catalog')
    .option('--path <path>', 'fast-check path of the counterexample'))
    .action(async (id: string, files: string[], flags: RunFlags) => {
      checkFlags(flags);
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

export { catalogFiles };
