import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The catalog is the first user of the public API: every `properties/*.ts` imports only from
 * 'claimcheck', so a copy outside the package (where nothing but 'claimcheck' resolves) must
 * load and give the same verdicts as in place.
 *
 * Cost: the whole catalog at quick takes minutes, so this test
 * 1. loads every copied family file (`claimcheck list`): each file's imports resolve from
 *    outside and it defines the same claims as in place;
 * 2. runs a subset from the copies, a few seconds of claims per family that together call the
 *    models, kernels, training loops, measures, float64 linear algebra, mathjs, tensors and the
 *    golden-JSON import of every family file, and compares each verdict with the claim's
 *    `expect` and, verdict and evidence, with an in-place run of the same subset (same seed:
 *    a claim's seed derives from its id, not its path, so the numbers are bit-identical).
 * Claims outside the subset reuse the same toolkit functions; their in-place verdicts are
 * checked by `npm test`'s catalog run.
 */
const BIN = new URL('../bin/claimcheck.js', import.meta.url).pathname;
const PROPERTIES = new URL('../properties/', import.meta.url).pathname;
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** One family whole (the cheapest) and a few claims of each other family. */
const SUBSET = [
  'balancedness',
  'kernels.composition-complexity-exact',
  'kernels.dimension-counting-bound',
  'lowrank.ls-closest-minimizer',
  'lowrank.power-method-small-init',
  'lowrank.stein-hermite',
  'norms.table1-golden',
  'norms.barron-path-sandwich-literal',
  'norms.rate-exact-identities',
  'ntk.empirical-kernel-psd',
  'ntk.gradient-with-output-weight',
  'ntk.lazy-loss-converges',
];

interface Row {
  id: string;
  expect: string;
  verdict: string;
  evidence: unknown;
}

function copyCatalog(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cc-catalog-'));
  cpSync(PROPERTIES, dir, { recursive: true }); // golden/ comes along: norms.ts imports its JSON
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => join(dir, f));
}

function claimsOf(args: string[]): Row[] {
  const r = run([...args, '--budget', 'quick', '--json', '--out', mkdtempSync(join(tmpdir(), 'cc-out-'))]);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout).claims as Row[]).sort((a, b) => a.id.localeCompare(b.id));
}

describe('the catalog copied outside the package', () => {
  const files = copyCatalog();

  it('loads every family file and defines the same claims as in place', () => {
    const list = (args: string[]) => {
      const r = run(['list', ...args, '--json']);
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as Array<{ id: string }>).map((c) => c.id).sort();
    };
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(list(files)).toEqual(list([]));
  }, 180_000);

  it('gives the same verdicts and evidence as in place, and the expected verdicts', () => {
    // --no-database: each run judges its own draws (the first would otherwise hand the second its counterexamples)
    const copied = claimsOf(['run', '--no-database', ...files, ...SUBSET]);
    const inPlace = claimsOf(['run', '--no-database', ...SUBSET]);
    expect(copied.length).toBeGreaterThan(SUBSET.length);
    for (const c of copied) expect(c.verdict, c.id).toBe(c.expect);
    expect(copied.map((c) => [c.id, c.verdict, c.evidence])).toEqual(inPlace.map((c) => [c.id, c.verdict, c.evidence]));
  }, 420_000);
});
