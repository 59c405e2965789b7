import type { Arbitrary } from 'fast-check';
import type { Rng } from '../tensor/rng.ts';

/**
 * Targeted worst-case search for inequalities (Hypothesis' `target()` and its optimiser,
 * `internal/conjecture/optimiser.py`): a hill-climb that mutates one numeric leaf of the
 * instance at a time and keeps the mutation when the score does not decrease. The caller picks
 * the score: lhs/rhs, or (lhs − rhs)/allowed where instances sit at a bound rhs ≤ 0 and the
 * ratio is +∞ for all of them (run_claim.ts).
 * Mutations stay inside the instance space: `arb.canShrinkWithoutContext` tells whether a
 * value is one the arbitrary could have produced (bounds, lengths, record keys).
 */
export async function hillClimb<I>(
  arb: Arbitrary<I>,
  starts: I[],
  score: (instance: I) => Promise<number | undefined>,
  { steps, rng, stopAbove = Infinity }: { steps: number; rng: Rng; stopAbove?: number },
): Promise<{ best: I | undefined; bestScore: number; startScore: number; evaluations: number }> {
  let best: I | undefined;
  let bestScore = -Infinity;
  let evaluations = 0;
  for (const s of starts) {
    const v = await score(s);
    evaluations++;
    if (v !== undefined && v > bestScore) [best, bestScore] = [s, v];
  }
  const startScore = bestScore;
  if (best === undefined) return { best, bestScore, startScore, evaluations };
  let stale = 0;
  while (evaluations < steps && bestScore <= stopAbove) {
    const candidate: I | undefined = mutate(best as I, rng, stale);
    if (candidate === undefined || !arb.canShrinkWithoutContext(candidate)) {
      stale++;
      if (stale > 4 * steps) break;
      continue;
    }
    const v = await score(candidate);
    evaluations++;
    if (v !== undefined && v >= bestScore) {
      stale = v > bestScore ? 0 : stale + 1;
      [best, bestScore] = [candidate, v];
    } else stale++;
  }
  return { best, bestScore, startScore, evaluations };
}

type Path = Array<string | number>;

function numericLeaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'number') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => numericLeaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numericLeaves(v, [...path, k], out);
  return out;
}

function setAt<T>(value: T, path: Path, leaf: number): T {
  if (path.length === 0) return leaf as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, leaf);
  return copy as T;
}

function getAt(value: unknown, path: Path): number {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as number;
}

/** One random move on one numeric leaf; larger moves as the climb stalls. */
function mutate<I>(instance: I, rng: Rng, stale: number): I | undefined {
  const leaves = numericLeaves(instance);
  if (leaves.length === 0) return undefined;
  const path = leaves[rng.int(leaves.length)]!;
  const x = getAt(instance, path);
  const reach = 1 + Math.min(stale, 20);
  let y: number;
  if (Number.isInteger(x)) {
    const step = 1 + rng.int(Math.max(1, Math.ceil(reach * Math.max(1, Math.abs(x) * 0.05))));
    y = x + (rng.uniform() < 0.5 ? -step : step);
  } else {
    // half the moves Gaussian at 2%·reach (to travel and escape), half log-uniform down to 1e-4
    // relative (to narrow in on a thin band that coarse moves keep jumping over)
    const rel = rng.uniform() < 0.5
      ? 0.02 * reach * rng.normal()
      : Math.sign(rng.normal()) * 10 ** (-4 + rng.uniform() * (4 + Math.log10(0.02 * reach)));
    y = x === 0 ? rel : x * (1 + rel);
  }
  return setAt(instance, path, y);
}
