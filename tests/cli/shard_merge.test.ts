import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BadOptionError } from '../../src/claims/errors.ts';
import { checkShards, parseShard, selectionFacts, type ShardDir } from '../../src/cli/shard_merge.ts';
import type { ClaimsReport, RunMetadata } from '../../src/report/schema.ts';

const BIN = new URL('../../bin/claimcheck.js', import.meta.url).pathname;
const exec = promisify(execFile);
/** the CLI's exit code, stdout and stderr (a non-zero exit is a result here, not a throw) */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const root = mkdtempSync(join(tmpdir(), 'claimcheck-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const read = (dir: string): ClaimsReport => JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as ClaimsReport;
/** a claim's result with what legitimately differs between two runs (wall time) left out */
const comparable = (r: ClaimsReport) => r.claims.map(({ durationMs: _t, ...rest }) => rest);

// A subset, not the whole catalog: the catalog at quick is 1–2 minutes per run on two idle cores
// and this test makes four runs (three shards and the unsharded one). The subset spans four of the
// five claim files, so vitest's file sharding really splits it over the three shards, and it holds
// refuted identities and inequalities (counterexamples, shrinking) and a probability control
// (whose Bonferroni level depends on statTests: a shard that counted only its own claims would
// judge it at a different α).
const SUBSET = [
  'balancedness.one-step-identity', 'balancedness.nuclear-norm-quarter-control',
  'norms.path-norm-rescaling-invariance', 'norms.frobenius-rescaling-control',
  'kernels.composition-complexity-slide',
  'ntk.init-output-variance-half',
];
const common = [...SUBSET, '--budget', 'quick', '--seed', '7', '--no-database'];

describe('what merge checks', () => {
  const selection = selectionFacts(['a.x', 'b.y', 'c.z']);
  const shard = (i: number, n: number, run: Partial<RunMetadata> = {}): ShardDir => ({
    dir: `/s${i}`, shard: { index: i, count: n }, blob: `/s${i}/blob-${i}-${n}.json`,
    report: { run: { seed: 1, budget: 'quick', statTests: 100, selection, shard: `${i}/${n}`, ...run } } as ClaimsReport,
  });

  it('parses i/n with 1 ≤ i ≤ n, else bad input', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad), bad).toThrow(BadOptionError);
  });

  it('the selection digest ignores order and tells selections apart', () => {
    expect(selectionFacts(['c.z', 'a.x', 'b.y'])).toEqual(selection);
    expect(selectionFacts(['a.x', 'b.y']).digest).not.toBe(selection.digest);
  });

  it('accepts the n shards of one run in any order', () => {
    expect(() => checkShards([shard(3, 3), shard(1, 3), shard(2, 3)])).not.toThrow();
  });

  it.each([
    ['seed', { seed: 2 }, /shards disagree on seed: \/s1 has 1, \/s2 has 2/],
    ['budget', { budget: 'ci' }, /disagree on budget/],
    ['statTests (a shard that counted only its own claims)', { statTests: 3 }, /disagree on statTests: \/s1 has 100, \/s2 has 3/],
    ['selection', { selection: selectionFacts(['a.x']) }, /disagree on selection/],
  ])('refuses shards that disagree on %s', (_what, run, message) => {
    expect(() => checkShards([shard(1, 2), shard(2, 2, run)])).toThrow(message);
  });

  it('refuses a missing, repeated or foreign-count shard', () => {
    expect(() => checkShards([shard(1, 3), shard(3, 3)])).toThrow('shard 2/3 missing: merge needs all 3');
    expect(() => checkShards([shard(1, 2), shard(1, 2)])).toThrow(/shard 1\/2 given twice/);
    expect(() => checkShards([shard(1, 2), shard(2, 3)])).toThrow(/disagree on shard count/);
    expect(() => checkShards([shard(1, 1, { statTests: undefined })])).toThrow(/records no statTests/);
  });
});

describe('claimcheck run --shard i/n and claimcheck merge', () => {
  it('merges 3 shards of a 4-file selection into the unsharded run, verdict for verdict and field for field', async () => {
    const whole = await cli(['run', ...common, '--out', join(root, 'whole')]);
    expect(whole.code, whole.stderr).toBe(0);
    const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    for (const [i, dir] of shards.entries()) {
      const r = await cli(['run', ...common, '--shard', `${i + 1}/3`, '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(dir, `blob-${i + 1}-3.json`))).toBe(true);
    }
    const parts = shards.map(read);
    // vitest sharded by file: every shard got some, none twice, each records the whole selection
    expect(parts.map((p) => p.claims.length).every((n) => n > 0)).toBe(true);
    expect(parts.flatMap((p) => p.claims.map((c) => c.id)).sort()).toEqual([...SUBSET].sort());
    for (const p of parts) expect(p.run).toMatchObject({ seed: 7, budget: 'quick', statTests: read(join(root, 'whole')).run.statTests, selection: { claims: SUBSET.length } });

    const merged = await cli(['merge', ...shards, '--out', join(root, 'merged'), '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    const report = read(join(root, 'merged'));
    expect(JSON.parse(merged.stdout).summary).toEqual(report.summary);
    const unsharded = read(join(root, 'whole'));
    expect(comparable(report)).toEqual(comparable(unsharded));
    expect(report.summary).toEqual(unsharded.summary);
    expect(report.run).toMatchObject({ seed: 7, budget: 'quick', statTests: unsharded.run.statTests, selection: unsharded.run.selection, alpha: unsharded.run.alpha });
    expect(report.run.shard).toBeUndefined();
    for (const f of ['claims.html', 'claims.junit.xml']) expect(existsSync(join(root, 'merged', f))).toBe(true);

    // shards of different runs, or an incomplete set, are refused in one line (exit 2)
    const missing = await cli(['merge', shards[0]!, shards[1]!, '--out', join(root, 'bad')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('claimcheck: shard 3/3 missing: merge needs all 3');
    const notShard = await cli(['merge', join(root, 'whole'), '--out', join(root, 'bad')]);
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toMatch(/is not a shard's report/);
    expect(existsSync(join(root, 'bad'))).toBe(false);
  }, 600_000);

  it('refuses shards run with different seeds, exit 2 and one line', async () => {
    const dirs = [join(root, 'seed-a'), join(root, 'seed-b')];
    // one cheap claim file, two shards: shard 2 of 2 runs nothing and still reports
    const base = ['norms.frobenius-rescaling-control', '--budget', 'quick', '--no-database'];
    expect((await cli(['run', ...base, '--seed', '1', '--shard', '1/2', '--out', dirs[0]!])).code).toBe(0);
    const empty = await cli(['run', ...base, '--seed', '2', '--shard', '2/2', '--out', dirs[1]!]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(read(dirs[1]!).claims).toEqual([]);
    const r = await cli(['merge', ...dirs, '--out', join(root, 'bad-seed')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/shards disagree on seed: .*seed-a has 1, .*seed-b has 2/);
  }, 300_000);
});
