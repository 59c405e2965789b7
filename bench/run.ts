import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../src/tensor/backend.ts';
import { probeWebgpu } from '../src/tensor/webgpu.ts';
import { describeLinalg, linalg } from '../src/tensor/linalg.ts';
import { measureMatmul, type Emit } from './matmul.ts';

/**
 * `npm run bench`: one JSON object per line on stdout (nothing else), progress on stderr.
 * Starts the backend (CLAIMCHECK_BACKEND honoured), measures its own square matmul throughput,
 * then runs every bench/*.bench.ts in turn with ctx.matmulGflops. Every line gets `backend`,
 * `linalg` and, where it has `gflops`, `matmulGflops` and `fractionOfMatmul`. A bench file that
 * throws yields `{ name, error }` and the run goes on; the exit code is then 1.
 *
 * When a WebGPU adapter exists (a GPU, or the lavapipe of scripts/setup-lavapipe.sh) and the first
 * pass ran elsewhere, a second pass on `webgpu` runs the matmul reference and the tensor benches
 * (WEBGPU_BENCHES, unless --only names others), so its lines sit beside wasm's. `--backend NAME`
 * (repeatable) names the passes instead; `--widths 1024,4096` sets the NTK benches' widths.
 */
export interface BenchOptions {
  /** run only bench files whose name contains one of these substrings */
  only: string[];
  skipCatalog: boolean;
  /** backends to run, one pass each; empty: the selected one, plus webgpu when an adapter exists */
  backends: string[];
  /** widths m of the NTK Gram and GD-step benches; empty: their defaults */
  widths: number[];
}

export interface BenchContext {
  matmulGflops: number;
  backend: string;
  linalg: string;
  widths?: number[];
}

/** The bench files of the second, WebGPU pass: the tensor hot paths (Gram, GD step). */
export const WEBGPU_BENCHES = ['ntk'];

type BenchModule = { bench?: (emit: Emit, ctx: BenchContext) => Promise<void> };

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const USAGE = 'usage: npm run bench -- [--only <substring>]… [--skip-catalog] [--backend <name>]… [--widths m1,m2,…]';

export function parseBenchArgs(args: string[]): BenchOptions {
  const options: BenchOptions = { only: [], skipCatalog: false, backends: [], widths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--skip-catalog') options.skipCatalog = true;
    else if (a === '--backend' && args[i + 1] !== undefined) options.backends.push(args[++i]!);
    else if (a === '--widths' && args[i + 1] !== undefined) {
      options.widths = args[++i]!.split(',').map(Number);
      if (options.widths.some((m) => !Number.isInteger(m) || m < 1)) throw new Error(`--widths takes positive integers: '${args[i]}'\n${USAGE}`);
    }
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
  let failed = 0;
  let files = 0;
  const passes: Array<{ backend: string | undefined; only: string[] }> = options.backends.length
    ? options.backends.map((b) => ({ backend: b, only: options.only }))
    : [{ backend: undefined, only: options.only }];
  for (let p = 0; p < passes.length; p++) {
    const pass = passes[p]!;
    const r = await runPass(pass.backend, { ...options, only: pass.only });
    failed += r.failed;
    files += r.files;
    // beside the first pass, WebGPU's lines when an adapter exists (a software one too: it is labelled)
    if (p === 0 && options.backends.length === 0 && r.backend !== 'webgpu' && r.backend !== undefined) {
      const adapter = await probeWebgpu(true);
      if (typeof adapter === 'string') log(`no WebGPU pass: ${adapter}`);
      else passes.push({ backend: 'webgpu', only: options.only.length ? options.only : WEBGPU_BENCHES });
    }
  }
  const ms = performance.now() - t0;
  writeLine({ name: 'bench.total', ms: Math.round(ms), files, failed, passes: passes.map((p) => p.backend ?? 'auto') });
  log(`${files} bench files in ${(ms / 1000).toFixed(1)} s, ${failed} failed`);
  return failed ? 1 : 0;
}

/** One pass of the bench on one backend: the matmul reference, then the selected files. */
async function runPass(requested: string | undefined, options: BenchOptions): Promise<{ backend: string | undefined; failed: number; files: number }> {
  let backend: string;
  let adapter: string | undefined;
  try {
    const info = await initBackend(requested);
    backend = info.name;
    if (info.adapter) adapter = `${info.adapter.vendor} ${info.adapter.device || info.adapter.architecture}${info.adapter.software ? ' (software)' : ''}`;
    if (requested !== undefined && info.name !== requested) throw new Error(`asked for ${requested}, got ${info.name}: ${info.skipped.join('; ')}`);
  } catch (err) {
    writeLine({ name: 'bench.backend', error: message(err) });
    return { backend: undefined, failed: 1, files: 0 };
  }
  let linalgName: string;
  try {
    linalgName = describeLinalg(linalg());
  } catch (err) {
    linalgName = `unavailable (${message(err)})`;
  }
  log(`backend ${backend}${adapter ? ` on ${adapter}` : ''}, linalg ${linalgName}`);

  const ctx: BenchContext = { matmulGflops: 0, backend, linalg: linalgName, ...(options.widths.length ? { widths: options.widths } : {}) };
  const augment = (line: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...line, backend: line.backend ?? backend, ...(adapter ? { adapter } : {}), linalg: line.linalg ?? linalgName };
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
  return { backend, failed, files: files.length };
}
