import * as tf from '@tensorflow/tfjs-core';
import { BackendError } from './errors.ts';

/** Backends claimcheck knows, best first. `cpu` (plain JS, ~40× slower) is never chosen unless asked for. */
export const KNOWN_BACKENDS = ['tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof KNOWN_BACKENDS)[number];

export interface BackendInfo {
  name: BackendName;
  /** Mantissa bits of the backend's floats (tfjs: 32 → float32). */
  floatPrecision: number;
  /** Machine epsilon of the backend's floats. */
  epsilon: number;
  /** Why an earlier-preferred backend was skipped, one line each. */
  skipped: string[];
}

let active: BackendInfo | undefined;

// Each backend registers itself with tfjs-core as a side effect of its module; the native
// binding downloads libtensorflow at install time and is an optional dependency.
const loaders: Record<BackendName, () => Promise<unknown>> = {
  tensorflow: () => import(/* @vite-ignore */ '@tensorflow/tfjs-node' as string),
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

async function tryStart(name: BackendName): Promise<string | undefined> {
  try {
    await loaders[name]();
  } catch (err) {
    return `${name}: not installed (${firstLine(err)})`;
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
  if (active && (want === 'auto' || want === active.name)) return active;
  const skipped: string[] = [];
  const order: BackendName[] = want === 'auto' ? ['tensorflow', 'wasm'] : [want];
  for (const name of order) {
    const why = await tryStart(name);
    if (why === undefined) {
      const floatPrecision = tf.backend().floatPrecision();
      active = { name, floatPrecision, epsilon: floatPrecision === 32 ? 2 ** -23 : 2 ** -10, skipped };
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
