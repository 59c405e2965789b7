/**
 * Seed-stability tables (issue 14, item 7): given the claims reports of one budget at several
 * seeds, how often each claim came out as expected and what it said when it did not.
 * Pure functions over the report JSON, so they are tested without running the catalog.
 */
import type { ClaimsReport } from '../src/report/schema.ts';

/** Parse a seed list: "1-20", "101-110", "1,5,9", "1-3,7". */
export function parseSeeds(text: string): number[] {
  const seeds: number[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const range = /^(-?\d+)(?:-(-?\d+))?$/.exec(part);
    if (!range) throw new RangeError(`--seeds: '${part}' is not an integer or a range a-b (e.g. --seeds 1-20 or 1,5,9)`);
    const a = Number(range[1]);
    const b = range[2] === undefined ? a : Number(range[2]);
    if (b < a) throw new RangeError(`--seeds: range '${part}' runs backwards`);
    if (b - a >= 10_000) throw new RangeError(`--seeds: range '${part}' has more than 10000 seeds`);
    for (let s = a; s <= b; s++) if (!seeds.includes(s)) seeds.push(s);
  }
  if (!seeds.length) throw new RangeError('--seeds: no seeds given (e.g. --seeds 1-20)');
  return seeds;
}

/** One claim's verdict at one seed where it was not the expected one. */
export interface Miss {
  seed: number;
  verdict: string;
  reason: string;
}

export interface ClaimRow {
  id: string;
  kind: string;
  expect: string;
  /** seeds at which the claim ran */
  seeds: number;
  asExpected: number;
  misses: Miss[];
}

export interface SeedRow {
  seed: number;
  /** the run finished and produced a report */
  ran: boolean;
  total: number;
  asExpected: number;
  unexpected: string[];
  wallSeconds: number;
  /** why there is no report (crash, bad exit) */
  failure?: string;
}

export interface SweepSummary {
  budget: string;
  filter: string | undefined;
  seeds: number[];
  claims: ClaimRow[];
  perSeed: SeedRow[];
  /** seeds whose whole run was as expected */
  fullyAsExpected: number;
  /** claims expected supported that were refuted at some seed: the worst kind of miss */
  trueClaimsRefuted: Array<{ id: string; seeds: number[] }>;
}

/** One seed's outcome: its report, or why there is none. */
export interface SeedOutcome {
  seed: number;
  report: ClaimsReport | undefined;
  wallSeconds: number;
  failure?: string;
}

/** Gather the per-claim and per-seed tables from the seeds' reports. */
export function summarize(outcomes: SeedOutcome[], budget: string, filter?: string): SweepSummary {
  const rows = new Map<string, ClaimRow>();
  const perSeed: SeedRow[] = [];
  for (const { seed, report, wallSeconds, failure } of outcomes) {
    if (!report) {
      perSeed.push({ seed, ran: false, total: 0, asExpected: 0, unexpected: [], wallSeconds, failure: failure ?? 'no report' });
      continue;
    }
    for (const c of report.claims) {
      let row = rows.get(c.id);
      if (!row) rows.set(c.id, (row = { id: c.id, kind: c.kind, expect: c.expect, seeds: 0, asExpected: 0, misses: [] }));
      row.seeds++;
      if (c.asExpected) row.asExpected++;
      else row.misses.push({ seed, verdict: c.verdict, reason: c.reason });
    }
    const unexpected = report.claims.filter((c) => !c.asExpected).map((c) => c.id);
    perSeed.push({ seed, ran: true, total: report.claims.length, asExpected: report.claims.length - unexpected.length, unexpected, wallSeconds });
  }
  // the least stable first, then by id
  const claims = [...rows.values()].sort((a, b) => b.misses.length - a.misses.length || a.id.localeCompare(b.id));
  const trueClaimsRefuted = claims
    .filter((r) => r.expect === 'supported' && r.misses.some((m) => m.verdict === 'refuted'))
    .map((r) => ({ id: r.id, seeds: r.misses.filter((m) => m.verdict === 'refuted').map((m) => m.seed) }));
  return {
    budget,
    filter,
    seeds: outcomes.map((o) => o.seed),
    claims,
    perSeed,
    fullyAsExpected: perSeed.filter((s) => s.ran && s.unexpected.length === 0).length,
    trueClaimsRefuted,
  };
}

/** The closing line: "k of N seeds fully as expected". */
export function summaryLine(s: SweepSummary): string {
  const ran = s.perSeed.filter((p) => p.ran).length;
  const failed = s.perSeed.length - ran;
  return `${s.fullyAsExpected} of ${s.perSeed.length} seeds fully as expected (budget ${s.budget}${s.filter ? `, filter '${s.filter}'` : ''})`
    + (failed ? `; ${failed} seed${failed > 1 ? 's' : ''} produced no report` : '');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const short = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Markdown: the summary, true claims refuted, the per-claim table, the per-seed table. */
export function toMarkdown(s: SweepSummary): string {
  const out: string[] = [];
  out.push(`# Seed sweep: budget ${s.budget}, seeds ${compactSeeds(s.seeds)}${s.filter ? `, filter '${s.filter}'` : ''}`, '');
  out.push(`**${summaryLine(s)}**`, '');
  if (s.trueClaimsRefuted.length) {
    out.push('True claims refuted (expected supported):', '');
    for (const t of s.trueClaimsRefuted) out.push(`- \`${t.id}\` at seed${t.seeds.length > 1 ? 's' : ''} ${t.seeds.join(', ')}`);
    out.push('');
  }
  out.push('| claim | kind | expect | as expected | verdicts at the other seeds |', '|---|---|---|---|---|');
  for (const r of s.claims) {
    const byVerdict = new Map<string, number[]>();
    for (const m of r.misses) byVerdict.set(m.verdict, [...(byVerdict.get(m.verdict) ?? []), m.seed]);
    const seen = [...byVerdict].map(([v, seeds]) => `${v} (${seeds.length}): seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')}`).join('; ');
    out.push(`| \`${r.id}\` | ${r.kind} | ${r.expect} | ${r.asExpected}/${r.seeds} | ${cell(seen || '—')} |`);
  }
  const missed = s.claims.filter((r) => r.misses.length);
  if (missed.length) {
    out.push('', 'Why, at each unexpected seed:', '');
    for (const r of missed) for (const m of r.misses) out.push(`- \`${r.id}\` seed ${m.seed}: ${m.verdict}: ${cell(short(m.reason))}`);
  }
  out.push('', '| seed | as expected | unexpected | wall (s) |', '|---|---|---|---|');
  for (const p of s.perSeed) {
    const what = p.ran ? (p.unexpected.length ? p.unexpected.map((id) => `\`${id}\``).join(', ') : '—') : `no report: ${cell(short(p.failure ?? ''))}`;
    out.push(`| ${p.seed} | ${p.ran ? `${p.asExpected}/${p.total}` : '—'} | ${what} | ${p.wallSeconds.toFixed(1)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** "1-20" for consecutive seeds, else a comma list. */
export function compactSeeds(seeds: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < seeds.length; ) {
    let j = i;
    while (j + 1 < seeds.length && seeds[j + 1] === seeds[j]! + 1) j++;
    parts.push(j > i ? `${seeds[i]}-${seeds[j]}` : String(seeds[i]));
    i = j + 1;
  }
  return parts.join(',');
}
