/**
 * Evidence shared between claims that measure the same thing (the claim field `sharedDraws`):
 * a literal statement, its corrected form and its controls are often different verdicts on one
 * sweep, and computing the sweep once per claim triples the cost of the family for nothing.
 *
 * An entry is keyed by the check function itself and by everything that determines its output
 * (the draw key, the instance, the budget, the backend): two claims reuse each other's evidence
 * only when they run the very same function on the very same random streams. Entries live for
 * the process (one claim file per worker) and are bounded; a failed evaluation is not kept, so
 * each claim counts its own skipped hypotheses and errors.
 */

const MAX_ENTRIES = 256;

const byCheck = new WeakMap<object, Map<string, Promise<unknown>>>();
let entries: Array<{ check: object; key: string }> = [];

/** the evidence `compute` gives for (check, key), computed at most once while the entry lives */
export async function sharedEvidence(check: object, key: string, compute: () => Promise<unknown>): Promise<unknown> {
  let map = byCheck.get(check);
  if (!map) byCheck.set(check, (map = new Map()));
  let pending = map.get(key);
  if (!pending) {
    pending = compute();
    map.set(key, pending);
    entries.push({ check, key });
    if (entries.length > MAX_ENTRIES) {
      const [oldest] = entries.splice(0, 1);
      byCheck.get(oldest!.check)?.delete(oldest!.key);
    }
    pending.catch(() => map!.delete(key));
  }
  // a copy: a kind may add notes to the evidence it is given
  return structuredClone(await pending);
}

const measurements = new Map<string, never>();
/**
 * A measurement several claims judge differently (one training run, one sweep): computed once per
 * draw when the claims share their draws (`sharedDraws`, which sets ctx.drawId), else each time.
 * `name` tells apart the measurements one check makes; `compute` must draw only from ctx.rng.
 */
export async function measureOnce<T>(ctx: { drawId?: string }, name: string, compute: () => Promise<T> | T): Promise<T> {
  if (ctx.drawId === undefined) return compute();
  return (await sharedEvidence(measurements, `${name}|${ctx.drawId}`, async () => compute())) as T;
}

/** entries held now (for tests) */
export function sharedEvidenceSize(): number {
  entries = entries.filter((e) => byCheck.get(e.check)?.has(e.key));
  return entries.length;
}
