import { spawnSync } from 'node:child_process';
import { mat, matmul, transpose, type Mat } from '../src/tensor/dense.ts';
import type { Linalg } from '../src/tensor/linalg.ts';
import { availableLinalgs, loadNativeLinalg } from '../src/tensor/linalg_native.ts';
import { Rng } from '../src/tensor/rng.ts';

/**
 * Float64 linear algebra on every implementation at n = 200, 500, 1000, 2000 (issue 10).
 * numpy references from issue 10 (measured on the machine it was written on): SVD 10.4 ms (200),
 * 70 ms (500); symmetric eig 5.9 ms, 26 ms. Goal: LAPACK within 1.5× of them. Machines differ,
 * so where python3 has numpy the same operations are also timed with numpy in this run
 * (`numpyHereMs`, `vsNumpyHere`): the comparison that does not depend on the machine.
 */
const SIZES = [200, 500, 1000, 2000];
const NUMPY_MS: Record<string, Record<number, number>> = {
  svd: { 200: 10.4, 500: 70 },
  symEig: { 200: 5.9, 500: 26 },
};
/** ml-matrix is O(n³) in JS: skip a size whose time, extrapolated from the last one, exceeds this. */
const SLOW_LIMIT_MS = 8000;

type Op = 'svd' | 'symEig' | 'cholesky' | 'solveSpd' | 'pinv' | 'matmul';
const OPS: Op[] = ['matmul', 'cholesky', 'solveSpd', 'symEig', 'svd', 'pinv'];

interface Inputs {
  general: Mat;
  other: Mat;
  symmetric: Mat;
  spd: Mat;
  rhs: Mat;
}

function inputs(n: number): Inputs {
  const rng = new Rng(n);
  const general = mat(n, n, rng.normals(n * n));
  const other = mat(n, n, rng.normals(n * n));
  const symmetric = mat(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) symmetric.data[i * n + j] = 0.5 * (general.data[i * n + j]! + general.data[j * n + i]!);
  const spd = matmul(transpose(general), general);
  for (let i = 0; i < n; i++) spd.data[i * n + i]! += n;
  return { general, other, symmetric, spd, rhs: mat(n, n, rng.normals(n * n)) };
}

function run(la: Linalg, op: Op, x: Inputs): void {
  switch (op) {
    case 'svd': la.svd(x.general); break;
    case 'symEig': la.symEig(x.symmetric); break;
    case 'cholesky': la.cholesky(x.spd); break;
    case 'solveSpd': la.solveSpd(x.spd, x.rhs); break;
    case 'pinv': la.pinv(x.general); break;
    case 'matmul': la.matmul(x.general, x.other); break;
  }
}

/** Median of up to 5 timed runs (after one warm-up when a run is short), stopping after ~1.5 s. */
function time(f: () => void): { ms: number; reps: number } {
  let t0 = performance.now();
  f();
  const first = performance.now() - t0;
  if (first > 1500) return { ms: first, reps: 1 };
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 && (times.length < 2 || performance.now() - start < 1500)) {
    t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, reps: times.length };
}

// numpy's counterparts of OPS (solveSpd: scipy is not assumed, so LU solve, which does more work)
const NUMPY_SCRIPT = `
import json, sys, time
import numpy as np
out = {}
for n in ${JSON.stringify(SIZES)}:
    rng = np.random.default_rng(n)
    g = rng.standard_normal((n, n)); o = rng.standard_normal((n, n)); s = 0.5 * (g + g.T)
    spd = g.T @ g + n * np.eye(n); rhs = rng.standard_normal((n, n))
    ops = {'matmul': lambda: g @ o, 'cholesky': lambda: np.linalg.cholesky(spd), 'solveSpd': lambda: np.linalg.solve(spd, rhs),
           'symEig': lambda: np.linalg.eigh(s), 'svd': lambda: np.linalg.svd(g, full_matrices=False), 'pinv': lambda: np.linalg.pinv(g)}
    for op, f in ops.items():
        f(); ts = []
        start = time.perf_counter()
        while len(ts) < 5 and (len(ts) < 2 or time.perf_counter() - start < 1.5):
            t0 = time.perf_counter(); f(); ts.append((time.perf_counter() - t0) * 1e3)
        out[op + ':' + str(n)] = sorted(ts)[len(ts) // 2]
print(json.dumps({'version': np.__version__, 'ms': out}))
`;

/** numpy's times on this machine with the addon's thread count, or why there are none. */
function numpyHere(threads: number | undefined): { version: string; ms: Record<string, number> } | { reason: string } {
  const env = { ...process.env, ...(threads ? { OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) } : {}) };
  const r = spawnSync('python3', ['-c', NUMPY_SCRIPT], { encoding: 'utf8', env, timeout: 120_000 });
  if (r.error) return { reason: `python3 not runnable (${r.error.message})` };
  if (r.status !== 0) return { reason: `numpy unavailable (${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 120)})` };
  return JSON.parse(r.stdout) as { version: string; ms: Record<string, number> };
}

export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number }): Promise<void> {
  const native = loadNativeLinalg();
  const threads = native.addon ? native.addon.getThreads() : undefined;
  const numpy = numpyHere(threads);
  emit({ name: 'linalg.numpy-here', ...('reason' in numpy ? { skipped: numpy.reason } : { version: numpy.version, threads }) });
  for (const { name, impl, reason } of availableLinalgs()) {
    if (!impl) {
      emit({ name: 'linalg.skipped', impl: name, reason });
      continue;
    }
    const last: Partial<Record<Op, { n: number; ms: number }>> = {};
    for (const n of SIZES) {
      const x = inputs(n);
      for (const op of OPS) {
        const prev = last[op];
        const projected = prev ? prev.ms * (n / prev.n) ** 3 : 0;
        if (projected > SLOW_LIMIT_MS) {
          emit({ name: `linalg.${op}`, impl: name, n, skipped: `projected ${Math.round(projected)} ms from n = ${prev!.n} (over ${SLOW_LIMIT_MS} ms)` });
          continue;
        }
        const { ms, reps } = time(() => run(impl, op, x));
        last[op] = { n, ms };
        const line: Record<string, unknown> = { name: `linalg.${op}`, impl: name, n, ms: +ms.toFixed(2), reps };
        if (name === 'lapack') line.threads = threads;
        if (op === 'matmul') {
          line.gflops = +((2 * n ** 3) / (ms * 1e6)).toFixed(2);
          if (ctx.matmulGflops > 0) line.fractionOfMatmul = +((line.gflops as number) / ctx.matmulGflops).toFixed(3);
        }
        const ref = NUMPY_MS[op]?.[n];
        if (ref) {
          line.numpyMs = ref;
          line.vsNumpy = +(ms / ref).toFixed(2);
        }
        const here = 'ms' in numpy ? numpy.ms[`${op}:${n}`] : undefined;
        if (here) {
          line.numpyHereMs = +here.toFixed(2);
          line.vsNumpyHere = +(ms / here).toFixed(2);
        }
        emit(line);
      }
    }
  }
}
