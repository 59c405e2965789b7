import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { gpuFacts } from '../claims/run_environment.ts';
import type { RunMetadata } from './schema.ts';

const require = createRequire(import.meta.url);

/**
 * A dependency's version, or 'not installed'. A package whose `exports` map hides its
 * package.json (ml-matrix does) is found through its entry point instead: it is installed,
 * and saying otherwise beside "float64 linear algebra: ml-matrix" contradicts the run.
 */
export function versionOf(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    try {
      let dir = dirname(require.resolve(pkg));
      for (;;) {
        const file = join(dir, 'package.json');
        if (existsSync(file)) {
          const meta = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
          if (meta.name === pkg && meta.version) return meta.version;
        }
        const up = dirname(dir);
        if (up === dir) return 'not installed';
        dir = up;
      }
    } catch {
      return 'not installed';
    }
  }
}

/** Versions and machine facts for the report's run metadata. */
export function environmentFacts(): Pick<RunMetadata, 'versions' | 'machine'> {
  const cpus = os.cpus();
  // The WebGPU adapter (vendor, architecture, software or not) when the run could use one.
  const gpu = gpuFacts();
  return {
    versions: {
      claimcheck: (require('../../package.json') as { version: string }).version,
      node: process.version,
      '@tensorflow/tfjs-core': versionOf('@tensorflow/tfjs-core'),
      'fast-check': versionOf('fast-check'),
      vitest: versionOf('vitest'),
      'ml-matrix': versionOf('ml-matrix'),
      mathjs: versionOf('mathjs'),
      webgpu: versionOf('webgpu'),
      '@tensorflow/tfjs-backend-webgpu': versionOf('@tensorflow/tfjs-backend-webgpu'),
    },
    machine: {
      platform: process.platform,
      arch: process.arch,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      ...(gpu ? { gpu } : {}),
    },
  };
}
