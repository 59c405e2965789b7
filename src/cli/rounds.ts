import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedClaim } from './load_claims.ts';

/**
 * Run claims in vitest runs until each has a result. A fork killed for a claim's time limit
 * (src/claims/time_limit.ts) takes the rest of its file with it; the next run gets the claims
 * still without a result, in fresh workers. Bounded: every run that ends in a kill settles at
 * least the claim that caused it, and a run that settles nothing ends the loop. Returns the
 * claims that never got a result (their worker died for some other reason).
 */
export async function runInRounds(
  selected: LoadedClaim[],
  hasResult: (id: string) => boolean,
  runOnce: (pending: LoadedClaim[]) => Promise<void>,
): Promise<LoadedClaim[]> {
  let pending = selected;
  while (pending.length > 0) {
    await runOnce(pending);
    const left = pending.filter((c) => !hasResult(c.claim.id));
    if (left.length === pending.length) return left;
    pending = left;
  }
  return [];
}

const PREFIX = 'claimcheck-run-';

/**
 * A fresh run folder in the temp dir, named after this process; those of runs that were killed
 * outright (SIGKILL: no handler runs) are swept away here, once their process is gone.
 */
export function makeRunDir(): string {
  for (const name of readdirSync(tmpdir())) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
  return mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A temp folder for one CLI run's worker results, removed when the run ends, however it ends
 * (Ctrl-C included: nothing is left behind in the package or in the temp dir).
 */
export async function withRunDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = makeRunDir();
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    // end here, as Node would without a listener (vitest's own listener would only cancel the run)
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', remove);
  try {
    return await body(dir);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', remove);
    remove();
  }
}
