import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatNumber as fmt } from './format_number.ts';
import type { ClaimResult } from './result.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /**
     * The run's folder (a temp dir the CLI or vitest.config.ts makes): each claim's result is
     * written there as it finishes (<id>.json), so a fork killed for a time limit loses none.
     */
    claimcheckRunDir?: string;
  }
}

/**
 * How long past its limit a claim stuck in synchronous code runs before the watchdog kills its
 * fork. A claim whose event loop is free ends exactly at its limit (the race in `runWithin`);
 * the grace is for the watchdog's view of a busy thread only.
 */
export const KILL_GRACE_MS = 1000;

/** Thrown at the next instance once a claim is past its limit: its run stops there. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

/** Why a claim that ran out of time is `error`, in one line. */
export function limitReason(limitMs: number, instance: number): string {
  return limitMessages(limitMs)[instance > 0 ? 'during' : 'before'] + (instance > 0 ? String(instance) : '');
}

function limitMessages(limitMs: number): { during: string; before: string } {
  const limit = `exceeded its ${fmt(limitMs / 1000)} s limit`;
  return { during: `${limit} while checking instance `, before: `${limit} before checking its first instance` };
}

/** What the driver (run_claim.ts) sees of a claim's limit. */
export interface ClaimLimit {
  /** a new instance starts: counts it; throws TimeLimitError when the claim is past its limit */
  nextInstance(): void;
  /** the limit's reason when the claim ran out of time, else undefined */
  exceeded(): string | undefined;
}

let watchdog: { worker: Worker; instance: Int32Array } | undefined;
let seq = 0;

function startWatchdog(): { worker: Worker; instance: Int32Array } {
  if (watchdog) return watchdog;
  const shared = new SharedArrayBuffer(4);
  const worker = new Worker(new URL('./watchdog_worker.mjs', import.meta.url), { workerData: { shared } });
  worker.unref(); // the fork ends when its tests do
  watchdog = { worker, instance: new Int32Array(shared) };
  return watchdog;
}

/**
 * Run one claim within its time limit, however it spends the time:
 * - between instances, the driver stops it (`ClaimLimit.nextInstance`);
 * - awaiting (a promise that never resolves), the race here ends it at the limit;
 * - busy in synchronous code (a loop, one huge instance), the fork's watchdog thread writes
 *   `timedOut`'s result to the run folder and kills the fork (`KILL_GRACE_MS` later); the CLI
 *   reruns that file's unfinished claims in a fresh worker.
 * `timedOut(reason)` builds the claim's `error` result.
 */
export async function runWithin(
  limitMs: number,
  runDir: string | undefined,
  timedOut: (reason: string) => ClaimResult,
  run: (limit: ClaimLimit) => Promise<ClaimResult>,
): Promise<ClaimResult> {
  const { worker, instance } = startWatchdog();
  const started = Date.now();
  const deadline = started + limitMs;
  const mine = ++seq;
  Atomics.store(instance, 0, 0);
  let k = 0;
  let late = false;
  const messages = limitMessages(limitMs);
  worker.postMessage({ type: 'start', seq: mine, started, deadline: deadline + KILL_GRACE_MS, dir: runDir, result: timedOut(messages.before), ...messages });
  const limit: ClaimLimit = {
    nextInstance() {
      if (late || Date.now() > deadline) {
        late = true;
        throw new TimeLimitError(limitReason(limitMs, k));
      }
      Atomics.store(instance, 0, ++k);
    },
    // (a run that returns after its deadline by itself, one slow instance, is out of time too)
    exceeded: () => (late || Date.now() > deadline ? limitReason(limitMs, k) : undefined),
  };
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<ClaimResult>((resolve) => {
    timer = setTimeout(() => {
      late = true; // the abandoned run stops at its next instance
      resolve(timedOut(limitReason(limitMs, k)));
    }, limitMs);
  });
  try {
    const result = await Promise.race([run(limit), expired]);
    if (runDir) writeResult(runDir, result);
    return result;
  } finally {
    clearTimeout(timer);
    worker.postMessage({ type: 'end', seq: mine });
  }
}

/** A finished claim's result in the run folder (atomically: a kill never leaves half a file). */
function writeResult(dir: string, result: ClaimResult): void {
  const path = join(dir, `${result.id}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(result));
  renameSync(`${path}.tmp`, path);
}
