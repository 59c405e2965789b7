import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { collectClaims } from '../claims/define.ts';
import { ClaimDefinitionError, UnknownClaimError } from '../claims/errors.ts';
import type { Claim } from '../claims/claim_schema.ts';
import { CATALOG_DIR, claimFileLabel, isCatalogFile, PACKAGE_ROOT } from './vitest_config.ts';

/**
 * tsx reads the tsconfig of the cwd unless told; ours maps 'claimcheck' to src/index.ts (its
 * `paths`), so a reviewer's file resolves 'claimcheck' to this package wherever the CLI runs from.
 * (tsImport passes its `tsconfig` option to its ESM loader only; its CommonJS loader, the one a
 * file outside an ESM package gets, reads TSX_TSCONFIG_PATH.)
 */
const TSCONFIG = join(PACKAGE_ROOT, 'tsconfig.json');


export interface LoadedClaim {
  claim: Claim;
  /** absolute path of the claim file */
  path: string;
  /** how reports name the file: relative to the package for the catalog, else as given */
  file: string;
}

/** The catalog's families: the .ts files directly in properties/. */
function catalogFiles(): string[] {
  return readdirSync(CATALOG_DIR).map((f) => join(CATALOG_DIR, f)).filter(isCatalogFile).sort();
}

/** A target that names a file (rather than a claim id). */
export function looksLikeFile(target: string): boolean {
  return /\.(ts|mts|js|mjs)$/.test(target) || target.includes('/') || existsSync(target);
}

/**
 * Import claim files (the catalog when `files` is empty) and validate every definition.
 * `onFile` hears of each file before it loads (the first loads take seconds: the CLI says so).
 */
export async function loadClaims(files: string[], onFile?: (file: string, index: number, count: number) => void): Promise<LoadedClaim[]> {
  const paths = files.length ? files.map((f) => resolve(f)) : catalogFiles();
  const modules: Array<readonly [string, Record<string, unknown>]> = [];
  const pathOf = new Map<string, string>();
  for (const path of paths) {
    if (!existsSync(path) || !statSync(path).isFile()) throw new UnknownClaimError(`claim file not found: ${path}`);
    const file = claimFileLabel(path);
    onFile?.(file, modules.length, paths.length);
    let mod: Record<string, unknown>;
    process.env.TSX_TSCONFIG_PATH = TSCONFIG;
    try {
      // tsImport loads a .ts file wherever it lives (outside an ESM package as CommonJS, in its own
      // namespace: see withoutDuplicatePlatformWarning); native import() cannot load those
      mod = (await withoutDuplicatePlatformWarning(() => tsImport(path, { parentURL: import.meta.url, tsconfig: TSCONFIG }))) as Record<string, unknown>;
    } catch (err) {
      if (err instanceof ClaimDefinitionError) throw err;
      const msg = loadError(err);
      throw new ClaimDefinitionError(`claim file ${file} failed to load: ${msg}${importHint(msg)}`);
    }
    modules.push([file, mod]);
    pathOf.set(file, path);
  }
  return collectClaims(modules).map(({ claim, file }) => ({ claim, file, path: pathOf.get(file)! }));
}

/**
 * Select claims by exact id, id prefix (a family or `family.`) or `--filter` substring.
 * Unknown ids and empty selections are bad input.
 */
export function selectClaims(all: LoadedClaim[], ids: string[], filter: string | undefined): LoadedClaim[] {
  let selected = all;
  if (ids.length) {
    for (const id of ids)
      if (!all.some((c) => c.claim.id === id || c.claim.id.startsWith(`${id}.`) || c.claim.family === id))
        throw new UnknownClaimError(`unknown claim id '${id}' (see \`claimcheck list\`)`);
    selected = selected.filter((c) => ids.some((id) => c.claim.id === id || c.claim.id.startsWith(`${id}.`) || c.claim.family === id));
  }
  if (filter !== undefined) {
    selected = selected.filter((c) => c.claim.id.includes(filter));
    if (selected.length === 0) throw new UnknownClaimError(`no claim id matches --filter '${filter}' (see \`claimcheck list\`)`);
  }
  return selected;
}

/**
 * Why a file failed to load, in one line. esbuild's syntax errors put the place and the parser's
 * message on the second line ("Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <msg>"):
 * that line is the one that says something.
 */
function loadError(err: unknown): string {
  const lines = (err instanceof Error ? err.message : String(err)).split('\n').filter((l) => l.trim());
  const place = /^Transform failed with \d+ errors?:?$/.test(lines[0] ?? '') ? /^(.*):(\d+):(\d+): ERROR: (.*)$/.exec(lines[1] ?? '') : null;
  // (esbuild counts columns from 0; editors and tsc from 1)
  if (place) return `${place[1]}:${place[2]}:${Number(place[3]) + 1}: ${place[4]}`;
  return lines[0] ?? 'unknown error';
}

/**
 * A claim file outside this package sees only 'claimcheck' (bin/resolve-claimcheck.mjs), which
 * re-exports what a claim needs: say so when it reached for fast-check itself.
 */
function importHint(message: string): string {
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1];
  if (missing === 'fast-check') return ` (import it from claimcheck: import { defineClaim, fc } from 'claimcheck')`;
  if (missing?.startsWith('@tensorflow/tfjs')) return ` (import it from claimcheck: import { tf } from 'claimcheck')`;
  return '';
}

const DUPLICATE_PLATFORM = 'Platform node has already been set. Overwriting the platform with node.';

/**
 * A .ts claim file outside an ESM package loads as CommonJS in tsx's namespaced require (native
 * import() refuses the require(esm) cycle), which brings its own copy of tfjs-core; that copy
 * re-registers the shared 'node' platform and tfjs warns. This process only validates claims
 * (the vitest workers compute), so that one line is noise in the reviewer's terminal: drop it,
 * and nothing else.
 */
async function withoutDuplicatePlatformWarning<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(args.length === 1 && args[0] === DUPLICATE_PLATFORM)) warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
