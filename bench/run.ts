import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../src/tensor/backend.ts';
import { describeLinalg, linalg } from '../src/tensor/linalg.ts';
import { measureMatmul, type Emit } from './matmul.ts';

/**
 * `npm run bench`: one JSON object per line on stdout (nothing else), progress on stderr.
 * Starts the backend (CLAIMCHECK_BACKEND honoured), measures its own square matmul throughput,
 * then runs every bench/*.bench.ts in turn with ctx.matmulGflops. Every line gets `backend`,
 * `linalg` and, where it has `gflops`, `matmulGflops` and `fractionOfMatmul`. A bench file that
 * throws yields `{ name, error }` and the run goes on; the exit code is then 1.
 */
export interface BenchOptions {
  /** run only bench files whose name contains one of these substrings */
  only: string[];
  skipCatalog: boolean;
}

export interface BenchContext {
  matmulGflops: number;
  backend: string;
  linalg: string;
}

type BenchModule = { bench?: (emit: Emit, ctx: BenchContext) => Promise<void> };

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const USAGE = 'usage: npm run bench -- [--only <substring>]… [--skip-catalog]';

export function parseBenchArgs(args: string[]): BenchOptions {
  const options: BenchOptions = { only: [], skipCatalog: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--skip-catalog') options.skipCatalog = true;
    else if (a === '--only' && args[i + 1] !== undefined) options.only.push(args[++i]!);
    else if (a.startsWith('--only=')) options.only.push(a.slice('--only='.length));
    else throw new Error(`unknown argument '${a}'\n${USAGE}`);
  }
  return options;
}

/** bench/*.bench.ts, sorted, the catalog last (it is the slowest and least specific). */
export function benchFiles(options: BenchOptions): string[] {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort();
  const ordered = [...files.filter((f) => f !== 'catalog.bench.ts'), ...files.filter((f) => f === 'catalog.bench.ts')];
  return ordered.filter((f) => (!options.skipCatalog || f !== 'catalog.bench.ts') && (options.only.length === 0 || options.only.some((s) => f.includes(s))));
}

function writeLine(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

export async function main(args: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(args);
  } catch (err) {
    process.stderr.write(`${message(err)}\n`);
    return 2;
  }
  const t0 = performance.now();
  let backend: string;
  try {
    backend = (await initBackend()).name;
  } catch (err) {
    writeLine({ name: 'bench.backend', error: message(err) });
    return 1;
  }
  let linalgName: string;
  try {
    linalgName = describeLinalg(linalg());
  } catch (err) {
    linalgName = `unavailable (${message(err)})`;
  }
  log(`backend ${backend}, linalg ${linalgName}`);

  const ctx: BenchContext = { matmulGflops: 0, backend, linalg: linalgName };
  const augment = (line: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...line, backend: line.backend ?? backend, linalg: line.linalg ?? linalgName };
    if (typeof line.gflops === 'number' && ctx.matmulGflops > 0) {
      out.matmulGflops = +ctx.matmulGflops.toFixed(2);
      out.fractionOfMatmul = line.fractionOfMatmul ?? +(line.gflops / ctx.matmulGflops).toFixed(3);
    }
    return out;
  };

  let failed = 0;
  log('matmul reference');
  try {
    const matmulLines: Record<string, unknown>[] = [];
    ctx.matmulGflops = await measureMatmul((l) => matmulLines.push(l));
    // emitted once the best is known, so they carry their own fractionOfMatmul
    for (const l of matmulLines) writeLine(augment(l));
  } catch (err) {
    failed++;
    writeLine(augment({ name: 'matmul', error: message(err) }));
  }

  const files = benchFiles(options);
  for (const file of files) {
    const stem = file.replace(/\.bench\.ts$/, '');
    const started = performance.now();
    const tensorsBefore = tf.memory().numTensors;
    log(`${stem} …`);
    try {
      const mod = (await import(pathToFileURL(`${BENCH_DIR}${file}`).href)) as BenchModule;
      if (typeof mod.bench !== 'function') throw new Error(`${file} exports no bench(emit, ctx)`);
      await mod.bench((line) => writeLine(augment(line)), ctx);
    } catch (err) {
      failed++;
      writeLine(augment({ name: stem, error: message(err) }));
      log(`${stem} failed: ${err instanceof Error && err.stack ? err.stack : message(err)}`);
    }
    const leaked = tf.memory().numTensors - tensorsBefore;
    log(`${stem} done in ${((performance.now() - started) / 1000).toFixed(1)} s${leaked ? ` (${leaked} tensors left allocated)` : ''}`);
  }
  const ms = performance.now() - t0;
  writeLine(augment({ name: 'bench.total', ms: Math.round(ms), files: files.length, failed }));
  log(`${files.length} bench files in ${(ms / 1000).toFixed(1)} s, ${failed} failed`);
  return failed ? 1 : 0;
}
