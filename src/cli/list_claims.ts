import { existsSync, readFileSync } from 'node:fs';
import { BadOptionError } from '../claims/errors.ts';
import { CLAIM_KINDS, VARIANTS } from '../claims/types.ts';
import type { ClaimsReport } from '../report/schema.ts';
import { reportPaths } from '../report/write_reports.ts';
import type { LoadedClaim } from './load_claims.ts';

/** `claimcheck list`: the claims with their titles, filtered by variant, kind, family or a previous verdict. */

export interface ListFilters {
  variant?: string;
  kind?: string;
  family?: string;
  /** a verdict of the report in `out` (a previous run) */
  verdict?: string;
  /** folder of the previous report, for `verdict` and the verdict column @defaultValue 'reports' */
  out?: string;
}

export interface ListRow {
  id: string;
  catalog: string;
  variant: string;
  kind: string;
  expect: string;
  /** the verdict in the previous report, when there is one */
  verdict?: string;
  file: string;
  title: string;
}

const VERDICT_NAMES = ['supported', 'refuted', 'inconclusive', 'error'];

function oneOf(flag: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) throw new BadOptionError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
}

/** The previous run's verdicts by claim id, or undefined when `out` holds no readable report. */
export function previousVerdicts(out: string): Map<string, string> | undefined {
  const { json } = reportPaths(out);
  if (!existsSync(json)) return undefined;
  try {
    const report = JSON.parse(readFileSync(json, 'utf8')) as ClaimsReport;
    return new Map(report.claims.map((c) => [c.id, c.verdict]));
  } catch {
    return undefined;
  }
}

export function listRows(claims: readonly LoadedClaim[], filters: ListFilters = {}): ListRow[] {
  const { variant, kind, family, verdict, out = 'reports' } = filters;
  oneOf('--variant', variant, VARIANTS);
  oneOf('--kind', kind, CLAIM_KINDS);
  oneOf('--verdict', verdict, VERDICT_NAMES);
  const verdicts = previousVerdicts(out);
  if (verdict && !verdicts) throw new BadOptionError(`--verdict needs a previous report: no claims.json in '${out}' (run claimcheck run --out ${out} first, or pass --out)`);
  return claims
    .map(({ claim: c, file }) => ({
      id: c.id, catalog: c.catalog ?? '', variant: c.variant, kind: c.kind, expect: c.expect,
      ...(verdicts?.has(c.id) ? { verdict: verdicts.get(c.id)! } : {}), file, title: c.title,
    }))
    .filter((r) => (!variant || r.variant === variant) && (!kind || r.kind === kind) && (!family || r.id.split('.')[0] === family)
      && (!verdict || r.verdict === verdict));
}

/** One claim a line: id, catalog id, variant, kind, expectation, last verdict when known, then the title. */
export function formatList(rows: readonly ListRow[], { width = 160 }: { width?: number } = {}): string {
  const hasVerdict = rows.some((r) => r.verdict !== undefined);
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const lines = rows.map((r) => {
    const head = `${r.id.padEnd(idWidth)}  ${r.catalog.padEnd(3)}  ${r.variant.padEnd(9)}  ${r.kind.padEnd(11)}  expect ${r.expect.padEnd(12)}${hasVerdict ? `  ${(r.verdict ?? '—').padEnd(12)}` : ''}`;
    const room = Math.max(20, width - head.length - 2);
    return `${head}  ${r.title.length > room ? `${r.title.slice(0, room - 1)}…` : r.title}`.trimEnd();
  });
  return lines.map((l) => `${l}\n`).join('');
}

/** `12 claims (verdicts from reports/claims.json)`: the count, for stderr (stdout stays one claim a line). */
export function listCount(rows: readonly ListRow[], out = 'reports'): string {
  const hasVerdict = rows.some((r) => r.verdict !== undefined);
  return `${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}${hasVerdict ? ` (verdicts from ${reportPaths(out).json})` : ''}`;
}
