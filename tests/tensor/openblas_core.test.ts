import { describe, expect, it } from 'vitest';
import { chooseOpenblasCore, coreTypeForFlags, cpuFlags } from '../../src/tensor/openblas_core.ts';
import { loadNativeLinalg, openblasDetail } from '../../src/tensor/linalg_native.ts';

const AVX512 = ['avx512f', 'avx512dq', 'avx512cd', 'avx512bw', 'avx512vl'];

describe('OpenBLAS kernel set', () => {
  it('asks only for instructions the flags show', () => {
    expect(coreTypeForFlags(new Set(['sse3', 'sse4_2']))).toBeUndefined();
    expect(coreTypeForFlags(new Set(['avx', 'avx2']))).toBeUndefined(); // no FMA: Haswell kernels would fault
    expect(coreTypeForFlags(new Set(['avx', 'avx2', 'fma']))).toBe('Haswell');
    expect(coreTypeForFlags(new Set(['avx2', 'fma', 'avx512f']))).toBe('Haswell'); // avx512f alone is not SkylakeX's set
    expect(coreTypeForFlags(new Set(['avx2', 'fma', ...AVX512]))).toBe('SkylakeX');
    expect(coreTypeForFlags(new Set(['avx2', 'fma', ...AVX512, 'avx512_bf16']))).toBe('Cooperlake');
  });

  it('leaves a core type the user set alone', () => {
    const env: NodeJS.ProcessEnv = { OPENBLAS_CORETYPE: 'Prescott' };
    expect(chooseOpenblasCore(env)).toBeUndefined();
    expect(env.OPENBLAS_CORETYPE).toBe('Prescott');
    const fresh: NodeJS.ProcessEnv = {};
    const chosen = chooseOpenblasCore(fresh);
    expect(fresh.OPENBLAS_CORETYPE).toBe(chosen);
    expect(chosen).toBe(coreTypeForFlags(cpuFlags()));
  });

  it('shortens the OpenBLAS configuration for the run metadata', () => {
    expect(openblasDetail('OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Cooperlake MAX_THREADS=64')).toBe('OpenBLAS 0.3.21, Cooperlake kernels');
    expect(openblasDetail('OpenBLAS 0.3.31.188.0  USE64BITINT DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64')).toBe('OpenBLAS 0.3.31.188.0, Haswell kernels');
    expect(openblasDetail('OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH')).toBe('OpenBLAS 0.3.21');
  });

  const native = loadNativeLinalg();
  it.skipIf(!native.addon)('the loaded library runs the kernel set that was asked for', () => {
    const asked = process.env.OPENBLAS_CORETYPE;
    const config = native.addon!.config();
    if (asked) expect(config.toLowerCase()).toContain(asked.toLowerCase());
    expect(native.impl!.detail).toBe(openblasDetail(config));
  });
});
