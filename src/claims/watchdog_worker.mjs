// The watchdog of one vitest fork (src/claims/time_limit.ts starts it): a worker thread, so its
// timer runs while the fork's main thread is stuck in a claim's synchronous loop. Past a claim's
// deadline it writes the claim's `error` result (its run folder, <id>.json) and kills its own
// process: vitest replaces the worker, and the CLI reruns the claims that fork had not finished.
// (Plain JavaScript: a worker thread does not go through vite's TypeScript transform.)
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/** [0]: the 1-based index of the instance the claim is checking (0: none yet), written by the main thread */
const instance = new Int32Array(workerData.shared);
/** @type {{ seq: number, deadline: number, started: number, dir: string | undefined, result: Record<string, unknown>, during: string, before: string } | undefined} */
let active;

parentPort.on('message', (m) => {
  if (m.type === 'start') active = m;
  else if (m.type === 'end' && active?.seq === m.seq) active = undefined;
});

setInterval(() => {
  if (!active || Date.now() < active.deadline) return;
  const k = Atomics.load(instance, 0);
  const reason = k > 0 ? `${active.during}${k}` : active.before;
  const result = { ...active.result, reason, error: reason, durationMs: Date.now() - active.started };
  try {
    if (active.dir) {
      const path = join(active.dir, `${result.id}.json`);
      writeFileSync(`${path}.tmp`, JSON.stringify(result));
      renameSync(`${path}.tmp`, path);
    }
  } finally {
    process.kill(process.pid, 'SIGKILL'); // whatever happened to the folder, the loop ends
  }
}, 50);
