/**
 * What the run ran on (the GPU adapter, when WebGPU was used), for the report's run section:
 * src/report may import claims but not tensor (STYLE.md folder map), so the facts pass here.
 */
export { gpuFacts, type WebgpuAdapter } from '../tensor/backend.ts';
