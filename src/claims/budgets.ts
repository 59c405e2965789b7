import { BadOptionError } from './errors.ts';

export const BUDGET_NAMES = ['quick', 'ci', 'thorough'] as const;
export type BudgetName = (typeof BUDGET_NAMES)[number];

/** Everything a budget sets, in one typed object (fast-check's Parameters, Hypothesis profiles). */
export interface Budget {
  readonly name: BudgetName;
  /** instances drawn for identity, inequality and existence claims */
  readonly runs: number;
  /**
   * most independent seeds a probability or mean claim may draw: it draws until its sequential
   * test decides (kinds/probability.ts, kinds/mean.ts), and at the cap it is inconclusive
   */
  readonly maxProbabilityRuns: number;
  /**
   * most independent sweeps (seeds) a scaling claim may draw: it adds seeds until its interval
   * decides (kinds/scaling.ts), and at the cap it is inconclusive with the resolution reached
   */
  readonly maxSweepSeeds: number;
  /** evaluations the targeted worst-case search of an inequality may spend */
  readonly searchSteps: number;
  /** bootstrap resamples for a fitted exponent's interval */
  readonly bootstrap: number;
  /** per-claim timeout (ms): a claim that runs longer is `error` and the run goes on */
  readonly timeoutMs: number;
  /** family-wise false-alarm rate of the run's statistical verdicts (Bonferroni-split) */
  readonly alpha: number;
  /** choose a size, sweep or count by budget */
  pick<T>(choices: { quick: T; ci: T; thorough: T }): T;
}

function budget(name: BudgetName, fields: Omit<Budget, 'name' | 'pick'>): Budget {
  return Object.freeze({ name, ...fields, pick: <T,>(c: { quick: T; ci: T; thorough: T }) => c[name] });
}

export const BUDGETS: Readonly<Record<BudgetName, Budget>> = {
  quick: budget('quick', { runs: 25, maxProbabilityRuns: 1000, maxSweepSeeds: 8, searchSteps: 60, bootstrap: 2000, timeoutMs: 60_000, alpha: 0.05 }),
  ci: budget('ci', { runs: 60, maxProbabilityRuns: 2000, maxSweepSeeds: 12, searchSteps: 150, bootstrap: 4000, timeoutMs: 120_000, alpha: 0.05 }),
  thorough: budget('thorough', { runs: 300, maxProbabilityRuns: 5000, maxSweepSeeds: 24, searchSteps: 1000, bootstrap: 10000, timeoutMs: 900_000, alpha: 0.05 }),
};

export function resolveBudget(name: string | undefined): Budget {
  const key = name ?? 'ci';
  if (!(BUDGET_NAMES as readonly string[]).includes(key))
    throw new BadOptionError(`unknown budget '${key}': use one of ${BUDGET_NAMES.join(', ')}`);
  return BUDGETS[key as BudgetName];
}
