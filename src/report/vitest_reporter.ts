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
    if (result) this.live?.claimFinished(result);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const claims: ClaimResult[] = [];
    for (const mod of testModules) {
      const errors = mod.errors();
      if (!mod.ok() && errors.length > 0 && [...mod.children.allTests()].length === 0) {
        this.loadErrors.push(`${mod.moduleId}: ${(errors[0]?.message ?? 'failed to load').split('\n')[0]}`);
      }
      for (const test of mod.children.allTests()) {
        const r = claimResultOf(test);
        if (r) claims.push(r);
      }
    }
    if (this.loadErrors.length > 0) {
      if (!this.options.quiet) for (const e of this.loadErrors) process.stderr.write(`claimcheck: ${e} (no report written)\n`);
      return;
    }
    if (claims.length === 0 && this.options.run?.shard === undefined) return;
    claims.sort((a, b) => a.id.localeCompare(b.id));
    this.report = buildReport(claims, Date.now() - this.started, this.options.command ?? process.argv.slice(1).join(' '), this.options.statTests, this.options.run);
    this.paths = writeReports(this.report, this.options.outDir ?? 'reports');
    // (an empty shard's report is for `claimcheck merge`: no summary table of nothing)
    if (claims.length) this.live?.finish(this.report, this.paths.html);
  }
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
