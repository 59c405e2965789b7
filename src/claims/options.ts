import { parseBackendName } from '../tensor/backend.ts';
import { resolveBudget, type Budget } from './budgets.ts';
import { BadOptionError } from './errors.ts';

/** The run's global seed when none is given: fixed, so CI runs are reproducible. */
export const DEFAULT_SEED = 20261123;
/**
 * Statistical verdicts a run is assumed to contain when the CLI has not counted them: the
 * Bonferroni split uses max(actual, this), which only makes each test more conservative.
 */
export const DEFAULT_STAT_TESTS = 100;

export interface RunOptions {
  seed: number;
  budget: Budget;
  backend: string;
  /** claim ids to run (undefined: all) */
  ids: Set<string> | undefined;
  /** fast-check replay path for a single-claim replay */
  path: string | undefined;
  /** number of statistical verdicts sharing the run's α */
  statTests: number;
}

export function parseSeed(value: string | undefined, origin = '--seed'): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (!/^-?\d+$/.test(value.trim())) throw new BadOptionError(`${origin} must be an integer, got '${value}'`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 31 - 1) throw new BadOptionError(`${origin} must fit in 32 bits, got '${value}'`);
  return n;
}

/** Options from the environment (what the CLI sets for its vitest workers, or what a user exports). */
export function runOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RunOptions {
  const budget = resolveBudget(env.CLAIMCHECK_BUDGET || undefined);
  const backend = env.CLAIMCHECK_BACKEND ?? 'auto';
  parseBackendName(backend);
  const ids = env.CLAIMCHECK_IDS ? new Set(env.CLAIMCHECK_IDS.split(',').filter(Boolean)) : undefined;
  const stat = env.CLAIMCHECK_STAT_TESTS;
  if (stat !== undefined && !/^\d+$/.test(stat)) throw new BadOptionError(`CLAIMCHECK_STAT_TESTS must be a positive integer, got '${stat}'`);
  return {
    seed: parseSeed(env.CLAIMCHECK_SEED, 'CLAIMCHECK_SEED'),
    budget,
    backend,
    ids,
    path: env.CLAIMCHECK_PATH || undefined,
    statTests: Math.max(1, stat ? Number(stat) : DEFAULT_STAT_TESTS),
  };
}
