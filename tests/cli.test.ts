import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../bin/claimcheck.js', import.meta.url).pathname;
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('claimcheck CLI', () => {
  it('runs the balancedness family through vitest and writes a complete claims.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'cc-'));
    // --no-database: what is checked here is the run's own search and its replay command
    const r = run(['run', '--filter', 'balancedness', '--budget', 'quick', '--json', '--out', out, '--no-database']);
    expect(r.status, r.stderr).toBe(0);
    const stdout = JSON.parse(r.stdout); // --json: stdout is only JSON
    const report = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8'));
    expect(stdout.summary).toEqual(report.summary);
    expect(report.schema).toBe('claimcheck/1');
    const catalog = new Set(report.claims.map((c: { catalog: string }) => c.catalog));
    for (const id of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']) expect(catalog).toContain(id);
    for (const c of report.claims) expect(c.verdict, c.id).toBe(c.expect);
    expect(report.claims.filter((c: { variant: string; verdict: string }) => c.variant === 'control' && c.verdict === 'refuted').length).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(out, 'claims.html'))).toBe(true);
    expect(existsSync(join(out, 'claims.junit.xml'))).toBe(true);

    // the replay command of a refuted control reproduces its counterexample exactly
    const control = report.claims.find((c: { id: string }) => c.id === 'balancedness.nuclear-norm-quarter-control');
    const args = control.counterexample.replay.replace(/^npx claimcheck /, '').split(' ');
    const replay = run([...args, '--out', mkdtempSync(join(tmpdir(), 'cc-'))]);
    expect(replay.status, replay.stderr).toBe(0);
    const replayed = JSON.parse(replay.stdout);
    expect(replayed.verdict).toBe('refuted');
    expect(replayed.counterexample.instance).toEqual(control.counterexample.instance);
    expect(replayed.counterexample.evidence).toEqual(control.counterexample.evidence);
  }, 120_000);

  // bad input (unknown ids, bad options, duplicate ids, …): tests/cli_bad_input.test.ts

  it("loads a reviewer's claim file from anywhere, with nothing on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'claims.ts'), `import { defineClaim, fc } from 'claimcheck';\nexport const a = defineClaim({ id: 'paper.am-gm', family: 'paper', variant: 'literal', title: 't', source: { doc: 'd', where: 'w', asStated: 'a' }, statement: 's', kind: 'inequality', precision: 'float64', expect: 'supported', instances: fc.record({ x: fc.double({ min: 0, max: 9, noNaN: true }) }), check: ({ x }) => ({ lhs: x, rhs: x + 1 }) });\n`);
    const r = run(['list', join(dir, 'claims.ts')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^paper\.am-gm\s/);
    // (tsx loads such a file as CommonJS with its own tfjs-core copy; its platform warning is dropped)
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('claimcheck: float64'))).toEqual([]);
  });

  it("runs a reviewer's tensor claim on the engine's tfjs instance and backend (tf from 'claimcheck')", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'claims.ts'), [
      `import { defineClaim, fc, tf } from 'claimcheck';`,
      `const def = (id: string, factor: number, expect: 'supported' | 'refuted') => defineClaim({`,
      `  id, family: 'paper', variant: factor === 1 ? 'literal' : 'control', title: id, statement: 's', source: { doc: 'd', where: 'w', asStated: 'a' },`,
      `  kind: 'inequality', precision: 'float32', expect,`,
      `  instances: fc.record({ n: fc.integer({ min: 2, max: 12 }), seed: fc.integer({ min: 0, max: 1e6 }) }),`,
      `  check: async ({ n, seed }) => {`,
      `    const [l, r] = tf.tidy(() => { const A = tf.randomNormal([n, n], 0, 1, 'float32', seed), B = tf.randomNormal([n, n], 0, 1, 'float32', seed + 1);`,
      `      return [tf.norm(tf.matMul(A, B)), tf.mul(tf.norm(A), tf.norm(B))]; });`,
      `    const out = { lhs: (await l.data())[0]!, rhs: factor * (await r.data())[0]!, size: n * n }; tf.dispose([l, r]); return out; },`,
      `});`,
      `export const holds = def('paper.frobenius-submultiplicative', 1, 'supported');`,
      `export const control = def('paper.frobenius-submultiplicative-tenth', 0.1, 'refuted');`,
    ].join('\n'));
    const r = run(['run', join(dir, 'claims.ts'), '--budget', 'quick', '--json', '--out', join(dir, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.claims.map((c: { id: string; verdict: string }) => [c.id, c.verdict]).sort()).toEqual([
      ['paper.frobenius-submultiplicative', 'supported'], ['paper.frobenius-submultiplicative-tenth', 'refuted'],
    ]);
    expect(['wasm', 'tensorflow']).toContain(report.run.backend); // never plain JS unless asked
  });

  it('prints its version', () => {
    const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    expect(execFileSync('node', [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  it('lists the catalog', () => {
    const rows = JSON.parse(execFileSync('node', [BIN, 'list', '--json'], { encoding: 'utf8' }));
    expect(rows.length).toBeGreaterThan(19);
    expect(new Set(rows.map((r: { id: string }) => r.id)).size).toBe(rows.length);
  });
});
