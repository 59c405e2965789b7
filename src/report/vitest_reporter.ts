import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { DEFAULT_STAT_TESTS } from '../claims/engine_constants.ts';
import type { ClaimResult } from '../claims/result.ts';
import type { ClaimStatic } from '../claims/vitest_register.ts';
import { LiveOutput, type LiveStream } from './live.ts';
import { environmentFacts } from './run_metadata.ts';
import { REPORT_SCHEMA, type ClaimsReport, type RunMetadata } from './schema.ts';
import { writeReports, type ReportPaths } from './write_reports.ts';

export interface ClaimsReporterOptions {
  /** folder for claims.json, claims.html, claims.junit.xml @defaultValue 'reports' */
  outDir?: string;
  /** where the live lines go (process.stderr under --json) @defaultValue process.stdout */
  stream?: LiveStream;
  /** claims the run will finish, for the progress line */
  total?: number;
  /** the command line, for the report */
  command?: string;
  /** print nothing (the CLI prints the JSON itself) */
  quiet?: boolean;
  /** statistical verdicts the run's α is split over (RunOptions.statTests) @defaultValue 100 */
  statTests?: number;
  /**
   * Facts the run section records as given (the shard, the selection, and for a shard with no
   * claim file the seed and budget; a merge passes the shards' duration). A shard's report is
   * written even when the shard holds no claims, so `claimcheck merge` can check it.
   */
  run?: Partial<RunMetadata>;
  /**
   * The run folder the workers write each finished claim's result to (`claimcheckRunDir`): it
   * fills in what vitest lost when a fork was killed (a claim past its time limit, and the
   * claims that fork had finished before it).
   */
  runDir?: string | undefined;
  /** keep results over several vitest runs and write only on `complete()` (the CLI reruns what a killed fork left) */
  rounds?: boolean;
}

/**
 * vitest reporter that turns the per-claim results in each test's `task.meta` into the
 * claims report. Writes nothing when a claim file failed to load (an invalid definition is
 * bad input, not a verdict): `loadErrors` then says why, one line each.
 */
export class ClaimsReporter implements Reporter {
  report: ClaimsReport | undefined;
  paths: ReportPaths | undefined;
  loadErrors: string[] = [];
  /** every claim's result so far, by id */
  readonly results = new Map<string, ClaimResult>();
  /** claims whose live line is out (a killed fork's results reach onTestRunEnd only, or the run folder) */
  private readonly printed = new Set<string>();
  private readonly started = Date.now();
  private readonly live: LiveOutput | undefined;

  constructor(private readonly options: ClaimsReporterOptions = {}) {
    this.live = options.quiet ? undefined : new LiveOutput(options.stream ?? process.stdout, { total: options.total ?? 0 });
  }

  onTestCaseReady(test: TestCase): void {
    if (isClaimTest(test)) this.live?.claimStarted(test.name);
  }

  onTestCaseResult(test: TestCase): void {
    const result = claimResultOf(test);
    if (result) this.finished(result);
  }

  private finished(result: ClaimResult): void {
    if (this.printed.has(result.id)) return;
    this.printed.add(result.id);
    this.live?.claimFinished(result);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const fallbacks: ClaimResult[] = [];
    for (const mod of testModules) {
      const errors = mod.errors();
      if (!mod.ok() && errors.length > 0 && [...mod.children.allTests()].length === 0) {
        this.loadErrors.push(`${mod.moduleId}: ${(errors[0]?.message ?? 'failed to load').split('\n')[0]}`);
      }
      for (const test of mod.children.allTests()) {
        const r = claimResultOf(test);
        if (r && test.meta().claimResult) this.results.set(r.id, r);
        else if (r) fallbacks.push(r);
      }
    }
    // a killed fork's results reach us only through the run folder (their live lines never printed)
    for (const r of resultsIn(this.options.runDir)) if (!this.results.has(r.id)) this.results.set(r.id, r);
    for (const r of fallbacks) if (!this.results.has(r.id)) this.results.set(r.id, r);
    for (const r of this.results.values()) this.finished(r);
    if (this.loadErrors.length > 0) {
      if (!this.options.quiet) for (const e of this.loadErrors) process.stderr.write(`claimcheck: ${e} (no report written)\n`);
      return;
    }
    if (!this.options.rounds) this.complete();
  }

  /**
   * Build and write the report from every result so far, and `extra` (claims that never ran);
   * `write: false` builds it only (a replay prints, and writes nothing unless asked).
   */
  complete(extra: ClaimResult[] = [], { write = true }: { write?: boolean } = {}): ClaimsReport | undefined {
    for (const r of extra) {
      this.results.set(r.id, r);
      this.finished(r);
    }
    const claims = [...this.results.values()];
    // (an empty shard's report is still written, for `claimcheck merge`)
    if (claims.length === 0 && this.options.run?.shard === undefined) return undefined;
    claims.sort((a, b) => a.id.localeCompare(b.id));
    this.report = buildReport(claims, Date.now() - this.started, this.options.command ?? process.argv.slice(1).join(' '), this.options.statTests, this.options.run);
    if (write) this.paths = writeReports(this.report, this.options.outDir ?? 'reports');
    if (claims.length) this.live?.finish(this.report, this.paths?.html);
    return this.report;
  }
}

/** The results the workers wrote to the run folder (time_limit.ts). */
function resultsIn(dir: string | undefined): ClaimResult[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ClaimResult);
}

function isClaimTest(test: TestCase): boolean {
  return test.meta().claim !== undefined || /^[a-z0-9-]+\.[a-z0-9-]+$/.test(test.name);
}

/** The claim's result, or an `error` result when the test never produced one (timeout, crash). */
function claimResultOf(test: TestCase): ClaimResult | undefined {
  const meta = test.meta();
  if (meta.claimResult) return meta.claimResult;
  const info: ClaimStatic | undefined = meta.claim;
  if (!info) return undefined;
  const state = test.result();
  const message = state.state === 'failed' ? (state.errors?.[0]?.message ?? 'failed').split('\n')[0]! : 'did not finish';
  const durationMs = Math.round(test.diagnostic()?.duration ?? 0);
  // the stub the test set before it ran the claim carries the run's seed, budget and replay line
  if (meta.claimStub) return { ...meta.claimStub, reason: message, error: message, durationMs };
  return {
    ...info, hypotheses: [...(info.hypotheses ?? [])], verdict: 'error', asExpected: false, reason: message, error: message,
    evidence: { kind: info.kind, drawn: 0, met: 0 }, seed: 0, claimSeed: 0, budget: '', backend: '', linalg: '',
    durationMs: Math.round(test.diagnostic()?.duration ?? 0), replay: '',
  };
}

export function buildReport(claims: ClaimResult[], durationMs: number, command: string, statTests = DEFAULT_STAT_TESTS, given: Partial<RunMetadata> = {}): ClaimsReport {
  // (an empty shard has no claim to read the run's seed and budget from: `given` carries them)
  const first: Pick<ClaimResult, 'seed' | 'budget' | 'backend' | 'linalg'> = claims.find((c) => c.budget !== '') ?? claims[0] ?? { seed: 0, budget: '', backend: '', linalg: '' };
  const byVerdict: Record<string, number> = { supported: 0, refuted: 0, inconclusive: 0, error: 0 };
  for (const c of claims) byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1;
  const alphas = claims.map((c) => (c.evidence as { alpha?: number }).alpha).filter((a): a is number => a !== undefined);
  return {
    schema: REPORT_SCHEMA,
    run: {
      seed: first.seed,
      budget: first.budget,
      backend: first.backend,
      linalg: first.linalg,
      alpha: alphas.length ? Math.max(...alphas) * statTests : 0,
      ...environmentFacts(),
      startedAt: new Date(Date.now() - durationMs).toISOString(),
      durationMs,
      command,
      statTests,
      ...given,
    },
    summary: {
      total: claims.length,
      asExpected: claims.filter((c) => c.asExpected).length,
      byVerdict,
      unexpected: claims.filter((c) => !c.asExpected).map((c) => c.id),
    },
    claims,
  };
}
