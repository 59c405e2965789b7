// Which OpenBLAS kernel set to ask for on this CPU. Debian's OpenBLAS 0.3.21 (bookworm) does not
// know recent Xeons (e.g. "Intel(R) Xeon(R) Processor" with AVX-512 FP16, as on our CI machines)
// and falls back to its Prescott (SSE3) kernels: dgemm at 14.5 GFLOP/s where the same library
// with OPENBLAS_CORETYPE=Cooperlake does 75–82 (n = 1000, 2 threads, measured 2026-11-30).
// The kernel set is picked from the CPU flags the kernel reports, so it never asks for
// instructions the CPU lacks; an OPENBLAS_CORETYPE the user set is left alone.
import { readFileSync } from 'node:fs';

export type OpenblasCore = 'Cooperlake' | 'SkylakeX' | 'Haswell';

/** OpenBLAS core name for a set of /proc/cpuinfo flags, or undefined to leave detection to OpenBLAS. */
export function coreTypeForFlags(flags: ReadonlySet<string>): OpenblasCore | undefined {
  const has = (...names: string[]) => names.every((n) => flags.has(n));
  if (has('avx512f', 'avx512dq', 'avx512cd', 'avx512bw', 'avx512vl')) return has('avx512_bf16') ? 'Cooperlake' : 'SkylakeX';
  if (has('avx2', 'fma')) return 'Haswell';
  return undefined;
}

/** The CPU's flags (Linux x86-64), or an empty set where they cannot be read. */
export function cpuFlags(): Set<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return new Set<string>();
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('flags'));
    return new Set(line ? line.slice(line.indexOf(':') + 1).trim().split(/\s+/) : []);
  } catch {
    return new Set();
  }
}

/**
 * Set OPENBLAS_CORETYPE in `env` (default process.env) unless it is set already; must run before
 * the addon (and so libopenblas) is loaded, since OpenBLAS reads it once at load.
 * Returns the core type in effect by our choice, or undefined.
 */
export function chooseOpenblasCore(env: NodeJS.ProcessEnv = process.env): OpenblasCore | undefined {
  if (env.OPENBLAS_CORETYPE !== undefined) return undefined;
  const core = coreTypeForFlags(cpuFlags());
  if (core) env.OPENBLAS_CORETYPE = core;
  return core;
}
