import { BUDGETS, type Budget } from '../claims/budgets.ts';

/**
 * What a budget's name means in numbers, for the report's Run section: a reader of "budget
 * quick" must not have to open the source to learn how many instances that is. Read from the
 * report when the run recorded its sizes (`run.budgetSizes`), else from this version's table
 * in src/claims/budgets.ts.
 */
export const BUDGET_FIELDS: ReadonlyArray<{ key: keyof Budget & string; meaning: string; unit?: string }> = [
  { key: 'runs', meaning: 'instances drawn per identity, inequality or existence claim' },
  { key: 'searchSteps', meaning: 'evaluations of the targeted worst-case search per inequality' },
  { key: 'maxProbabilityRuns', meaning: 'independent seeds per probability or mean claim, at most (each draws until decided)' },
  { key: 'maxSweepSeeds', meaning: 'independent sweeps (sweep seeds) per scaling claim, at most (each adds seeds until decided)' },
  { key: 'bootstrap', meaning: 'bootstrap resamples per fitted exponent' },
  { key: 'timeoutMs', meaning: 'per-claim timeout: a claim that runs longer is an error', unit: 'ms' },
  { key: 'alpha', meaning: 'family-wise false-alarm rate of the statistical verdicts' },
];

export interface BudgetSizes {
  /** where the numbers come from: the run's own record, or this version's budget table */
  recorded: boolean;
  rows: Array<{ key: string; value: number | string; meaning: string; unit?: string }>;
}

export function budgetSizes(name: string, recorded?: Record<string, number | string>): BudgetSizes | undefined {
  const table = recorded ?? (BUDGETS as Record<string, Budget | undefined>)[name];
  if (!table) return undefined;
  const rows = BUDGET_FIELDS.flatMap(({ key, meaning, unit }) => {
    const value = (table as Record<string, unknown>)[key];
    return typeof value === 'number' || typeof value === 'string' ? [{ key, value, meaning, ...(unit ? { unit } : {}) }] : [];
  });
  return { recorded: recorded !== undefined, rows };
}
