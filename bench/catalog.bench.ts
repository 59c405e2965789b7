import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Wall time of the whole catalog at the quick budget, the way a user runs it:
 * `node bin/claimcheck.js run --budget quick --out <tmp> --json` as a child process (vitest,
 * two workers, so it measures the machine's cores, not this process). The JSON report on stdout
 * gives the claim count and how many met their expectation; the child's live lines go to our
 * stderr. A run with unexpected verdicts still counts (exit code 1 with a report); no report
 * is an error.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = 'quick';

export async function bench(emit: (line: Record<string, unknown>) => void): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  try {
    const t0 = performance.now();
    // --no-database: stored counterexamples would refute in one evaluation and time nothing
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/claimcheck.js'), 'run', '--budget', BUDGET, '--out', out, '--json', '--no-database'], {
        cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'inherit'],
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: Buffer.concat(chunks).toString('utf8') }));
    });
    const ms = performance.now() - t0;
    let report: { summary: { total: number; asExpected: number; byVerdict: Record<string, number>; unexpected: string[] }; run?: { durationMs?: number } };
    try {
      report = JSON.parse(stdout);
    } catch {
      throw new Error(`claimcheck run exited ${code} without a JSON report (stdout: ${JSON.stringify(stdout.slice(0, 200))})`);
    }
    const { summary } = report;
    emit({
      name: `catalog.${BUDGET}`, ms: Math.round(ms), claims: summary.total, asExpected: summary.asExpected,
      byVerdict: summary.byVerdict, unexpected: summary.unexpected, reportDurationMs: report.run?.durationMs, exitCode: code,
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
