import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CLI on bad input (issue 15): a reviewer's claim file is code we did not write. Whatever it
 * does, the run ends by itself, every other claim gets its verdict, and the user gets one clear
 * line; bad options exit 2 before anything runs and write nothing. Few runs, each many cases:
 * every process start costs seconds.
 */

const PACKAGE = new URL('..', import.meta.url).pathname;
// .claimcheck/failures is the failure database (wanted, gitignored); anything else there would be scratch
const scratchInPackage = () => (existsSync(join(PACKAGE, '.claimcheck')) ? readdirSync(join(PACKAGE, '.claimcheck')).filter((n) => n !== 'failures') : []);
const BIN = join(PACKAGE, 'bin/claimcheck.js');

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh folder with its own TMPDIR (so what a run leaves in the temp dir is seen) and a report that must stay as it is. */
function workspace(): { dir: string; tmp: string; reports: string; before: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bad-'));
  const tmp = join(dir, 'tmp');
  const reports = join(dir, 'reports');
  mkdirSync(tmp);
  mkdirSync(reports);
  const before = JSON.stringify({ schema: 'claimcheck/1', note: 'a previous run' });
  writeFileSync(join(reports, 'claims.json'), before);
  return { dir, tmp, reports, before };
}

/** The CLI run from `cwd` (not the package: a reviewer runs it from anywhere). */
function cli(args: string[], cwd: string, tmp: string): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn('node', [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** `main` in this process, its stderr captured (for bad flags, which fail before anything loads). */
async function inProcess(args: string[]): Promise<Ran> {
  const { main } = await import('../src/cli.ts');
  let stderr = '';
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout: '', stderr };
  } finally {
    process.stderr.write = write;
  }
}

/** What a run left in its temp dir (tsx's cache aside). */
const leftIn = (tmp: string) => readdirSync(tmp).filter((f) => f.startsWith('claimcheck'));

/** stderr's lines, without the note a machine without the LAPACK addon prints. */
const stderrLines = (r: Ran) => r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('claimcheck: float64'));

const HEAD = `import { defineClaim, fc, tf } from 'claimcheck';
const base = { variant: 'literal' as const, title: 't', source: { doc: 'd', where: 'w', asStated: 'a' }, statement: 's', expect: 'supported' as const };
const ineq = { ...base, kind: 'inequality' as const, precision: 'float64' as const, instances: fc.record({ x: fc.integer({ min: 0, max: 100 }) }) };
const busy = (ms: number) => { const end = Date.now() + ms; while (Date.now() < end); };
`;

/** One claim file with every misbehaving check, and well-behaved claims before and after the ones that take their fork down. */
const CLAIMS = `${HEAD}
export const a = defineClaim({ ...ineq, id: 'paper.a-fine', check: ({ x }) => ({ lhs: 0, rhs: x * x }) });
export const b = defineClaim({ ...ineq, id: 'paper.b-throws', check: () => { throw new Error('boom'); } });
export const c = defineClaim({ ...ineq, id: 'paper.c-nan', check: () => ({ lhs: NaN, rhs: 1 }) });
export const d = defineClaim({ ...ineq, id: 'paper.d-loop', timeoutMs: 2000, check: ({ x }) => { for (;;) {} return { lhs: 0, rhs: x }; } });
export const e = defineClaim({ ...ineq, id: 'paper.e-fine', check: ({ x }) => ({ lhs: -1, rhs: x }) });
export const f = defineClaim({ ...ineq, id: 'paper.f-hang', timeoutMs: 1500, check: () => new Promise<never>(() => {}) });
export const g = defineClaim({ ...ineq, id: 'paper.g-slow', timeoutMs: 1000, check: ({ x }) => { busy(1500); return { lhs: 0, rhs: x }; } });
export const h = defineClaim({ ...ineq, id: 'paper.h-leak', check: ({ x }) => { tf.scalar(x); return { lhs: 0, rhs: x }; } });
export const i = defineClaim({ ...base, id: 'paper.i-shape', kind: 'identity', precision: 'float64', instances: fc.record({ x: fc.integer() }), check: ({ x }) => ({ x, y: x }) as never });
const sweep = (xs: number[], ys: (x: number) => number) => ({ ...base, kind: 'scaling' as const, scaling: { exponent: 1, relation: 'equal' as const }, instances: fc.record({ s: fc.integer({ min: 1, max: 9 }) }), check: () => ({ x: xs, y: xs.map(ys) }) });
export const j = defineClaim({ ...sweep([-1, 0, 1, 2, 4, 8, 16, 32], (x) => 3 * x), id: 'paper.j-sizes' });
export const k = defineClaim({ ...sweep([1, 2, 4, 8, 16, 32, 64, 128], (x) => (x === 1 ? 0 : 3 * x)), id: 'paper.k-dropped' });
export const l = defineClaim({ ...ineq, id: 'paper.l-hostile', title: '</script><img src=x onerror=alert(1)>', statement: String.raw\`\\frac{1}{ \\notacommand\`, check: ({ x }) => ({ lhs: 0, rhs: x }) });
`;

describe('claimcheck on bad input', () => {
  it('ends a run whatever its claims do: every claim has a verdict, the one that hung its fork too', async () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'claims.ts'), CLAIMS);
    const out = join(w.dir, 'out');
    const started = Date.now();
    const r = await cli(['run', join(w.dir, 'claims.ts'), '--budget', 'quick', '--out', out], w.dir, w.tmp);
    const seconds = (Date.now() - started) / 1000;
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8'));
    const verdicts = Object.fromEntries(report.claims.map((c: { id: string; verdict: string; reason: string }) => [c.id, [c.verdict, c.reason]]));
    expect(Object.keys(verdicts).sort()).toEqual(['a-fine', 'b-throws', 'c-nan', 'd-loop', 'e-fine', 'f-hang', 'g-slow', 'h-leak', 'i-shape', 'j-sizes', 'k-dropped', 'l-hostile'].map((n) => `paper.${n}`));
    expect(verdicts['paper.a-fine']![0]).toBe('supported');
    expect(verdicts['paper.e-fine']![0]).toBe('supported');
    expect(verdicts['paper.l-hostile']![0]).toBe('supported');
    expect(verdicts['paper.b-throws']).toEqual(['error', expect.stringMatching(/^check raised an exception on a drawn instance: boom$/)]);
    expect(verdicts['paper.c-nan']).toEqual(['error', expect.stringMatching(/non-finite evidence.*evidence\.lhs is NaN/)]);
    // a synchronous loop: its fork is killed, the file's other claims rerun in a fresh one
    expect(verdicts['paper.d-loop']).toEqual(['error', 'exceeded its 2 s limit while checking instance 1']);
    expect(verdicts['paper.f-hang']).toEqual(['error', 'exceeded its 1.5 s limit while checking instance 1']);
    expect(verdicts['paper.g-slow']).toEqual(['error', 'exceeded its 1 s limit while checking instance 1']);
    expect(verdicts['paper.h-leak']).toEqual(['error', expect.stringMatching(/^\d+ tensors leaked/)]);
    expect(verdicts['paper.i-shape']).toEqual(['error', expect.stringContaining(
      "identity evidence: field 'lhs' is missing (an identity check returns { lhs, rhs, scale?, size?, reference?, notes? }; got { x, y })")]);
    expect(verdicts['paper.j-sizes']).toEqual(['error', expect.stringMatching(/^scaling evidence: x ≤ 0 at \d+ of \d+ points \(x = -1, 0\): a sweep's sizes must be > 0$/)]);
    expect(verdicts['paper.k-dropped']).toEqual(['supported', expect.stringMatching(/; \d+ of \d+ points left out of the log-log fit for y ≤ 0, of at most 25% allowed\)$/)]);
    // the timed-out claim's replay line is complete (its file, seed, budget and backend)
    const loop = report.claims.find((c: { id: string }) => c.id === 'paper.d-loop');
    expect(loop.replay).toMatch(new RegExp(`^npx claimcheck replay paper\\.d-loop ${join(w.dir, 'claims.ts').replace(/[.]/g, '\\.')} --seed 20261123 --budget quick --backend (wasm|tensorflow)$`));
    expect(readFileSync(join(out, 'claims.html'), 'utf8')).not.toContain('<img src=x');
    expect(readFileSync(join(w.reports, 'claims.json'), 'utf8')).toBe(w.before);
    // no scratch files: not in the package, not in the temp dir
    expect(scratchInPackage()).toEqual([]);
    expect(leftIn(w.tmp)).toEqual([]);
    expect(seconds).toBeLessThan(150); // (ends by itself: the loop alone would never end)

    // the printed replay line, run where the report is (the cwd's reports/): it prints, and writes nothing
    const args = report.claims.find((c: { id: string }) => c.id === 'paper.j-sizes').replay.replace(/^npx claimcheck /, '').split(' ');
    const replay = await cli(args, w.dir, w.tmp);
    expect(replay.status, replay.stderr).toBe(1);
    expect(JSON.parse(replay.stdout)).toMatchObject({ id: 'paper.j-sizes', verdict: 'error' });
    expect(readdirSync(w.reports)).toEqual(['claims.json']);
    expect(readFileSync(join(w.reports, 'claims.json'), 'utf8')).toBe(w.before);
  }, 180_000);

  it('exits 2 with one line and writes nothing on bad input', async () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'afile'), 'not a folder');
    writeFileSync(join(w.dir, 'syntax.ts'), `${HEAD}export const a = (;\n`);
    writeFileSync(join(w.dir, 'fc.ts'), `import fc from 'fast-check';\nexport const x = fc;\n`);
    const claim = (variant: string) => `defineClaim({ ...ineq, id: 'paper.dup', variant: '${variant}', check: ({ x }) => ({ lhs: 0, rhs: x }) })`;
    writeFileSync(join(w.dir, 'dup.ts'), `${HEAD}export const a = ${claim('literal')};\nexport const b = ${claim('corrected')};\n`);
    writeFileSync(join(w.dir, 'ok.ts'), `${HEAD}export const a = defineClaim({ ...ineq, id: 'paper.fine', check: ({ x }) => ({ lhs: 0, rhs: x }) });\n`);
    const f = (name: string) => join(w.dir, name);
    // bad flags fail before any file loads: in this process (each CLI process costs seconds)
    const flags: Array<[string[], RegExp]> = [
      [['run', f('ok.ts'), '--budget', 'quick', '--out', join(w.dir, 'afile', 'sub')], new RegExp(`^claimcheck: --out ${f('afile/sub')}: ${f('afile')} is a file, not a folder$`)],
      [['replay', 'paper.fine', f('ok.ts'), '--path', '1;rm -rf'], /^claimcheck: --path must be a replay path as a refutation prints it \(digits separated by ':', as in 3:0:1, or search:3:0\), got '1;rm -rf'$/],
      [['run', '--budget', 'nonsense'], /unknown budget 'nonsense'/],
      [['run', '--backend', 'gpu'], /unknown backend 'gpu'/],
      [['run', '--seed', '1.5'], /--seed must be an integer/],
    ];
    for (const [args, message] of flags) {
      const r = await inProcess(args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(stderrLines(r), args.join(' ')).toEqual([expect.stringMatching(message)]);
    }
    // bad files, through the CLI as a user runs it
    const cases: Array<[string[], RegExp]> = [
      [['run', f('ok.ts'), '--budget', 'quick', '--out', join('afile', 'sub')], /^claimcheck: --out afile\/sub: .*\/afile is a file, not a folder$/],
      [['run', f('syntax.ts')], new RegExp(`^claimcheck: claim file ${f('syntax.ts')} failed to load: ${f('syntax.ts')}:5:19: Unexpected ";"$`)],
      [['run', f('dup.ts')], /^claimcheck: claim 'paper.dup': duplicate id/],
      [['list', f('fc.ts')], /Cannot find module 'fast-check' \(import it from claimcheck: import \{ defineClaim, fc \} from 'claimcheck'\)$/],
      // (a claim file rather than the catalog: loading the catalog costs seconds per process)
      [['run', f('ok.ts'), '--filter', 'no-such-claim'], /^claimcheck: no claim id matches --filter 'no-such-claim'/],
      [['run', 'no-such.claim', f('ok.ts')], /^claimcheck: unknown claim id 'no-such.claim'/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args, w.dir, w.tmp)));
    cases.forEach(([args, message], n) => {
      const r = results[n]!;
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(stderrLines(r), args.join(' ')).toEqual([expect.stringMatching(message)]);
    });
    expect(readdirSync(w.dir).sort()).toEqual(['afile', 'dup.ts', 'fc.ts', 'ok.ts', 'reports', 'syntax.ts', 'tmp']);
    expect(readdirSync(w.reports)).toEqual(['claims.json']);
    expect(readFileSync(join(w.reports, 'claims.json'), 'utf8')).toBe(w.before);
    expect(leftIn(w.tmp)).toEqual([]);
  }, 120_000);

  it('leaves no scratch files when interrupted mid-run (Ctrl-C)', async () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'claims.ts'), `${HEAD}export const a = defineClaim({ ...ineq, id: 'paper.slow', check: ({ x }) => { busy(200); return { lhs: 0, rhs: x }; } });\n`);
    const child = spawn('node', [BIN, 'run', join(w.dir, 'claims.ts'), '--budget', 'quick', '--out', join(w.dir, 'out')], {
      cwd: w.dir, env: { ...process.env, NO_COLOR: '1', TMPDIR: w.tmp }, stdio: 'ignore',
    });
    // interrupt once the run folder exists (vitest is starting or running the claim)
    for (let waited = 0; leftIn(w.tmp).length === 0 && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(leftIn(w.tmp)).not.toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (code, signal) => done([code, signal])));
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect([code, signal]).toEqual([130, null]);
    expect(leftIn(w.tmp)).toEqual([]);
    expect(scratchInPackage()).toEqual([]);
    expect(readFileSync(join(w.reports, 'claims.json'), 'utf8')).toBe(w.before);
  }, 60_000);

  it("resolves 'claimcheck' in a claim file wherever the CLI runs from", () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'ok.ts'), `${HEAD}export const a = defineClaim({ ...ineq, id: 'paper.fine', check: ({ x }) => ({ lhs: 0, rhs: x }) });\n`);
    const r = spawnSync('node', [BIN, 'list', join(w.dir, 'ok.ts')], { cwd: w.tmp, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^paper\.fine\s/);
  });
});
