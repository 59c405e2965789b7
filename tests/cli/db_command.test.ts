import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimsReport } from '../../src/report/schema.ts';

const BIN = new URL('../../bin/claimcheck.js', import.meta.url).pathname;
const exec = promisify(execFile);
/** the CLI run in `cwd` (the user's project): exit code, stdout, stderr */
async function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const project = mkdtempSync(join(tmpdir(), 'claimcheck-project-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const CALLS = join(project, 'calls.log');

// A reviewer's control, x ≤ x/2 + 1 over 1..1000 (false from x = 3 on, so fast-check shrinks to
// x = 3), whose check appends each instance it evaluates to calls.log: the count of evaluations
// is read from outside the engine.
writeFileSync(join(project, 'claims.ts'), `import { appendFileSync } from 'node:fs';
import { defineClaim, fc } from 'claimcheck';
export const half = defineClaim({
  id: 'paper.half-bound-control', family: 'paper', variant: 'control', title: 'x ≤ x/2 + 1',
  source: { doc: 'd', where: 'w', asStated: 'a' }, statement: 'x \\\\le x/2 + 1',
  kind: 'inequality', precision: 'float64', expect: 'refuted',
  instances: fc.record({ x: fc.integer({ min: 1, max: 1000 }) }),
  check: ({ x }) => { appendFileSync(${JSON.stringify(CALLS)}, x + '\\n'); return { lhs: x, rhs: x / 2 + 1 }; },
});
`);
const calls = () => readFileSync(CALLS, 'utf8').trim().split('\n');
const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as ClaimsReport;

describe('the failure database from the command line', () => {
  it("stores a refuted control's counterexample under the project, refutes with it in one evaluation next run, and `db clear` forgets it", async () => {
    const first = await cli(project, ['run', 'claims.ts', '--budget', 'quick', '--out', join(project, 'r1')]);
    expect(first.code, first.stderr).toBe(0);
    expect(calls().length).toBeGreaterThan(1);
    const record = JSON.parse(readFileSync(join(project, '.claimcheck/failures/paper.half-bound-control.json'), 'utf8'));
    expect(record).toMatchObject({ schema: 'claimcheck-failure/1', id: 'paper.half-bound-control', budget: 'quick', instance: { $: 'object', v: { x: 3 } } });

    const listed = await cli(project, ['db', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^paper\.half-bound-control\s+\d{4}-\d\d-\d\d .* lhs 3 > rhs 2\.5/);

    writeFileSync(CALLS, '');
    const second = await cli(project, ['run', 'claims.ts', '--budget', 'quick', '--out', join(project, 'r2')]);
    expect(second.code, second.stderr).toBe(0);
    expect(calls()).toEqual(['3']); // the stored instance, once
    const result = report(join(project, 'r2')).claims[0]!;
    expect(result.verdict).toBe('refuted');
    expect(result.reason).toMatch(/^known counterexample still fails: lhs 3 > rhs 2\.5/);
    expect(result.evidence.notes?.evaluations).toBe(1);
    expect(readFileSync(join(project, 'r2/claims.html'), 'utf8')).toMatch(/evaluations/);

    // --no-database neither replays nor stores
    writeFileSync(CALLS, '');
    const off = await cli(project, ['run', 'claims.ts', '--budget', 'quick', '--no-database', '--out', join(project, 'r3')]);
    expect(off.code, off.stderr).toBe(0);
    expect(calls().length).toBeGreaterThan(1);
    expect(report(join(project, 'r3')).claims[0]!.reason).toMatch(/^violated/);

    const cleared = await cli(project, ['db', 'clear', 'paper.half-bound-control']);
    expect(cleared.stdout.trim()).toBe('cleared 1 stored counterexample');
    expect(existsSync(join(project, '.claimcheck/failures/paper.half-bound-control.json'))).toBe(false);
    expect((await cli(project, ['db', 'list'])).stdout).toMatch(/^no stored counterexamples in /);
    const bad = await cli(project, ['db', 'clear', '../etc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("claimcheck: '../etc' is not a claim id");
  }, 300_000);
});
