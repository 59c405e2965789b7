import * as tf from '@tensorflow/tfjs-core';
import { BackendError } from './errors.ts';
import { prepareWebgpu, probeWebgpu, webgpuAdapter, type WebgpuAdapter } from './webgpu.ts';

export type { WebgpuAdapter } from './webgpu.ts';

/**
 * Backends claimcheck knows, best first. `auto` takes `webgpu` only on a hardware adapter (a
 * software one, lavapipe, only when `webgpu` is asked for); `cpu` (plain JS, ~40× slower) is never
 * chosen unless asked for.
 */
export const KNOWN_BACKENDS = ['webgpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof KNOWN_BACKENDS)[number];

export interface BackendInfo {
  name: BackendName;
  /** Mantissa bits of the backend's floats (tfjs: 32 → float32). */
  floatPrecision: number;
  /** Machine epsilon of the backend's floats. */
  epsilon: number;
  /** Why an earlier-preferred backend was skipped, one line each. */
  skipped: string[];
  /** The GPU adapter, when the backend is `webgpu`. */
  adapter?: WebgpuAdapter;
}

let active: BackendInfo | undefined;
/** What the active backend was asked for: an explicit `webgpu` that fell back to wasm is not retried. */
let activeWant: BackendName | 'auto' | undefined;

// Each backend registers itself with tfjs-core as a side effect of its module; the native
// binding downloads libtensorflow at install time and is an optional dependency.
// WebGPU registers only once navigator.gpu exists (prepareWebgpu makes it from Dawn's binding).
const loaders: Record<BackendName, () => Promise<unknown>> = {
  webgpu: async () => {
    const why = await prepareWebgpu(allowSoftwareAdapter);
    if (why !== undefined) throw new NoAdapter(why);
  },
  tensorflow: () => import(/* @vite-ignore */ '@tensorflow/tfjs-node' as string),
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

class NoAdapter extends Error {}
let allowSoftwareAdapter = false;

async function tryStart(name: BackendName): Promise<string | undefined> {
  try {
    await loaders[name]();
  } catch (err) {
    return err instanceof NoAdapter ? `${name}: ${err.message}` : `${name}: not installed (${firstLine(err)})`;
  }
  let ok = false;
  try {
    ok = await tf.setBackend(name);
    await tf.ready();
  } catch (err) {
    return `${name}: failed to start (${firstLine(err)})`;
  }
  // tf.getBackend() can name a backend that failed to start: trust setBackend's answer.
  if (!ok || tf.getBackend() !== name) return `${name}: setBackend returned false`;
  return undefined;
}

// Each vitest worker starts its own backend: the CLI's parent process says it once (CLAIMCHECK_QUIET_BACKEND).
function warnOnce(line: string): void {
  if (process.env.CLAIMCHECK_QUIET_BACKEND === '1') return;
  process.env.CLAIMCHECK_QUIET_BACKEND = '1';
  process.stderr.write(`${line}\n`);
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0]!.slice(0, 160);
}

/** Parse a backend name from a flag or environment variable; `auto` or empty means "best available". */
export function parseBackendName(value: string | undefined): BackendName | 'auto' {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if ((KNOWN_BACKENDS as readonly string[]).includes(value)) return value as BackendName;
  throw new BackendError(`unknown backend '${value}': use one of auto, ${KNOWN_BACKENDS.join(', ')}`);
}

/**
 * Select and start the tensor backend once per process.
 * @param requested `auto` (default: `CLAIMCHECK_BACKEND`, else best available) or a backend name.
 */
export async function initBackend(requested?: string): Promise<BackendInfo> {
  const want = parseBackendName(requested ?? process.env.CLAIMCHECK_BACKEND);
  if (active && (want === 'auto' || want === active.name || want === activeWant)) return active;
  const skipped: string[] = [];
  // An explicit `webgpu` with no adapter falls back to wasm with one line (the run metadata keeps it).
  const order: BackendName[] = want === 'auto' ? ['webgpu', 'tensorflow', 'wasm'] : want === 'webgpu' ? ['webgpu', 'wasm'] : [want];
  allowSoftwareAdapter = want === 'webgpu';
  for (const name of order) {
    const why = await tryStart(name);
    if (why === undefined) {
      // The tolerance policy's ε follows the backend's floats: 32 → float32 (wasm, WebGPU), else 16-bit.
      const floatPrecision = tf.backend().floatPrecision();
      const adapter = name === 'webgpu' ? webgpuAdapter() : undefined;
      activeWant = want;
      active = { name, floatPrecision, epsilon: floatPrecision === 32 ? 2 ** -23 : 2 ** -10, skipped, ...(adapter ? { adapter } : {}) };
      if (want === 'webgpu' && name !== 'webgpu') warnOnce(`claimcheck: ${skipped[0]}; running on ${name}`);
      return active;
    }
    skipped.push(why);
  }
  const hint = want === 'auto' ? ' (plain-JS `cpu` is never chosen silently: pass --backend cpu)' : '';
  throw new BackendError(`no tensor backend could start: ${skipped.join('; ')}${hint}`);
}

/** The started backend; throws if initBackend has not run. */
export function backendInfo(): BackendInfo {
  if (!active) throw new BackendError('tensor backend not initialised: call initBackend() first');
  return active;
}

/**
 * Say once, in the process that starts the workers, what `webgpu`/`auto` will find: the one line
 * when `webgpu` was asked for and no adapter is there (the workers then stay quiet and run on
 * wasm), and the adapter for the run metadata (CLAIMCHECK_WEBGPU_ADAPTER, read by gpuFacts()).
 */
export async function preflightBackend(requested?: string): Promise<void> {
  const want = parseBackendName(requested ?? process.env.CLAIMCHECK_BACKEND);
  if (want !== 'webgpu' && want !== 'auto') return;
  const found = await probeWebgpu(want === 'webgpu');
  if (typeof found !== 'string') process.env.CLAIMCHECK_WEBGPU_ADAPTER = JSON.stringify(found);
  else if (want === 'webgpu') warnOnce(`claimcheck: webgpu: ${found}; running on wasm`);
}

/** The WebGPU adapter of this run, as the backend or the CLI's preflight found it (for the run metadata). */
export function gpuFacts(): WebgpuAdapter | undefined {
  if (active?.adapter) return active.adapter;
  try {
    return process.env.CLAIMCHECK_WEBGPU_ADAPTER ? (JSON.parse(process.env.CLAIMCHECK_WEBGPU_ADAPTER) as WebgpuAdapter) : undefined;
  } catch {
    return undefined;
  }
}
