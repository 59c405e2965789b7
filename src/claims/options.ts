import { isAbsolute, resolve } from 'node:path';
import { parseBackendName } from '../tensor/backend.ts';
import { resolveBudget, type BudgetName } from './budgets.ts';
import { DEFAULT_STAT_TESTS } from './engine_constants.ts';
import { DEFAULT_FAILURE_DIR } from './failure_db.ts';
import { BadOptionError } from './errors.ts';

export { DEFAULT_STAT_TESTS };

/** The run's global seed when none is given: fixed, so CI runs are reproducible. */
export const DEFAULT_SEED = 20261123;

/**
 * The settings of one run, parsed once at the edge (the CLI's flags, or the environment for
 * `npm test`) and handed to the vitest workers as one value (vitest's `provide`/`inject`, key
 * `claimcheck`): plain data, so it survives the trip to a worker.
 */
export interface RunOptions {
  seed: number;
  budget: BudgetName;
  /** tensor backend to start: auto, tensorflow, wasm or cpu */
  backend: string;
  /** claim ids to run (undefined: all) */
  ids: string[] | undefined;
  /** fast-check replay path for a single-claim replay */
  path: string | undefined;
  /** number of statistical verdicts sharing the run's α */
  statTests: number;
  /** absolute path of the failure database (failure_db.ts); undefined: off (`--no-database`) */
  failureDir: string | undefined;
}

declare module 'vitest' {
  interface ProvidedContext {
    claimcheck: RunOptions;
  }
}

/** Raw settings as text, with the name each came from (for the error message). */
export interface RawRunOptions {
  seed?: [string | undefined, string];
  budget?: string | undefined;
  backend?: string | undefined;
  ids?: string[] | undefined;
  path?: string | undefined;
  /** where the path came from, for the error message @defaultValue '--path' */
  pathOrigin?: string;
  statTests?: [string | number | undefined, string];
  /** folder of the failure database, resolved against the cwd; false or undefined: off */
  failureDir?: string | false | undefined;
}

/** A replay path as a report prints it: fast-check's (digits separated by ':'), `search:`-prefixed for the targeted search. */
const REPLAY_PATH = /^(search:)?\d+(:\d+)*$/;

export function parseSeed(value: string | undefined, origin = '--seed'): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (!/^-?\d+$/.test(value.trim())) throw new BadOptionError(`${origin} must be an integer, got '${value}'`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 31 - 1) throw new BadOptionError(`${origin} must fit in 32 bits, got '${value}'`);
  return n;
}

/** Validate raw settings into the run's options: the one parser behind the CLI and the environment. */
export function parseRunOptions(raw: RawRunOptions): RunOptions {
  const budget = resolveBudget(raw.budget || undefined).name;
  const backend = raw.backend || 'auto';
  parseBackendName(backend);
  const [stat, statOrigin] = raw.statTests ?? [undefined, 'statTests'];
  if (raw.path && !REPLAY_PATH.test(raw.path))
    throw new BadOptionError(`${raw.pathOrigin ?? '--path'} must be a replay path as a refutation prints it (digits separated by ':', as in 3:0:1, or search:3:0), got '${raw.path}'`);
  if (stat !== undefined && stat !== '' && !/^\d+$/.test(String(stat))) throw new BadOptionError(`${statOrigin} must be a positive integer, got '${stat}'`);
  return {
    seed: parseSeed(raw.seed?.[0], raw.seed?.[1]),
    budget,
    backend,
    ids: raw.ids?.length ? [...raw.ids] : undefined,
    path: raw.path || undefined,
    statTests: Math.max(1, stat !== undefined && stat !== '' ? Number(stat) : DEFAULT_STAT_TESTS),
    // absolute: the workers resolve nothing against a cwd of their own
    failureDir: raw.failureDir ? (isAbsolute(raw.failureDir) ? raw.failureDir : resolve(raw.failureDir)) : undefined,
  };
}

/**
 * Options from the environment, for `npm test` (vitest.config.ts): CLAIMCHECK_SEED, _BUDGET,
 * _BACKEND, _IDS (comma-separated), _PATH, _STAT_TESTS, and CLAIMCHECK_DATABASE: the failure
 * database's folder, `off` for none; by default `.claimcheck/failures` under `root`.
 */
export function runOptionsFromEnv(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): RunOptions {
  const db = env.CLAIMCHECK_DATABASE;
  return parseRunOptions({
    seed: [env.CLAIMCHECK_SEED, 'CLAIMCHECK_SEED'],
    budget: env.CLAIMCHECK_BUDGET,
    backend: env.CLAIMCHECK_BACKEND,
    ids: env.CLAIMCHECK_IDS?.split(',').filter(Boolean),
    path: env.CLAIMCHECK_PATH,
    pathOrigin: 'CLAIMCHECK_PATH',
    statTests: [env.CLAIMCHECK_STAT_TESTS, 'CLAIMCHECK_STAT_TESTS'],
    failureDir: db === 'off' ? false : resolve(root, db || DEFAULT_FAILURE_DIR),
  });
}
