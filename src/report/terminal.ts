import type { ClaimResult } from '../claims/result.ts';
import type { Verdict } from '../claims/types.ts';
import { stripAnsi } from './escape.ts';
import { findings, undecidedWhy, VARIANT_MEANING, variantCounts } from './findings.ts';
import { formatDuration, groupByFamily, plural, replayCommand, VERDICTS } from './format.ts';
import type { ClaimsReport } from './schema.ts';
import { nameSides } from './sides.ts';
import { citeSource } from './source_cite.ts';

/**
 * What a person sees in the terminal while claims run and when they end: one line per
 * finished claim, a progress line, and a summary with the report's path and, for every
 * verdict that differs from its expectation, the command that replays it. Pure functions:
 * the caller decides where the text goes and whether colour is on (`useColor`).
 */

export interface ColorOption {
  /** emit ANSI colour sequences; see `useColor` */
  color: boolean;
}

const ANSI = {
  reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m',
  red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', magenta: '\u001b[35m', cyan: '\u001b[36m',
} as const;
type Style = Exclude<keyof typeof ANSI, 'reset'>;

function paint(text: string, color: boolean, ...styles: Style[]): string {
  if (!color || styles.length === 0 || text === '') return text;
  return `${styles.map((s) => ANSI[s]).join('')}${text}${ANSI.reset}`;
}

const VERDICT_STYLE: Record<Verdict, Style> = { supported: 'green', refuted: 'red', inconclusive: 'yellow', error: 'magenta' };
const VERDICT_WIDTH = Math.max(...VERDICTS.map((v) => v.length));

/**
 * Whether to colour output written to `stream`: never when NO_COLOR is set to a non-empty
 * value (no-color.org), always when FORCE_COLOR is set to anything but '0' or 'false', and
 * otherwise only on a TTY (a pipe, a file or a CI log gets plain text).
 */
export function useColor(
  stream: { isTTY?: boolean } | undefined,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return stream?.isTTY === true;
}

/**
 * One finished claim: `✓ supported    balancedness.one-step-identity  412 ms`; a verdict that
 * differs from the expectation gets `✗` and `(expected …)`.
 */
export function formatClaimLine(result: ClaimResult, { color }: ColorOption): string {
  const finding = result.asExpected && result.variant === 'literal' && result.verdict === 'refuted';
  const mark = !result.asExpected ? paint('✗', color, 'red', 'bold') : finding ? paint('✓', color, 'yellow') : paint('✓', color, 'green');
  const verdict = paint(result.verdict.padEnd(VERDICT_WIDTH), color, VERDICT_STYLE[result.verdict] ?? 'bold');
  const expected = result.asExpected ? '' : ` ${paint(`(expected ${result.expect})`, color, 'red')}`;
  const time = paint(formatDuration(result.durationMs), color, 'dim');
  const line = ` ${mark} ${verdict}  ${plain(result.id)}${expected}  ${time}`;
  // a literal statement refuted as expected is a finding, not just a pass: say why
  const indent = `   ${' '.repeat(VERDICT_WIDTH)}  `;
  return finding
    ? `${line}\n${indent}${paint('false as written:', color, 'red')} ${oneLine(nameSides(result.reason, result.sides))}${result.source ? `\n${indent}${paint(`as stated: ${plain(citeSource(result.source))}`, color, 'dim')}` : ''}`
    : line;
}

/** `[ 7/40] ████░░░░ 18% · 12.3 s · ntk.kernel-limit`: for long runs, redrawn in place on a TTY. */
export function formatProgress(
  done: number,
  total: number,
  elapsedMs: number,
  { color, current, barWidth = 20 }: ColorOption & { current?: string; barWidth?: number },
): string {
  const frac = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(frac * barWidth);
  const bar = paint('█'.repeat(filled), color, 'cyan') + paint('░'.repeat(barWidth - filled), color, 'dim');
  const count = `[${String(done).padStart(String(total).length)}/${total}]`;
  return `${count} ${bar} ${String(Math.round(frac * 100)).padStart(3)}% · ${formatDuration(elapsedMs)}${current ? ` · ${plain(current)}` : ''}`;
}

function table(rows: string[][], header: string[], { color, rightAlign }: ColorOption & { rightAlign: Set<number> }): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number) => (rightAlign.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0));
  const line = (cells: string[]) => ` ${cells.map(pad).join('  ')}`.trimEnd();
  return [
    paint(line(header), color, 'bold'),
    paint(` ${widths.map((w) => '─'.repeat(w)).join('  ')}`, color, 'dim'),
    ...rows.map(line),
  ];
}

/**
 * The end-of-run summary: verdict counts per family, the overall result, the report's path,
 * and for each claim whose verdict differs from its expectation the reason and the replay
 * command (copyable: nothing else on its line).
 */
export function formatSummary(report: ClaimsReport, { color, reportPath }: ColorOption & { reportPath?: string }): string {
  const { summary, claims, run } = report;
  const families = [...groupByFamily(claims)];
  const header = ['family', ...VERDICTS, 'as expected'];
  const rows = families.map(([family, list]) => [
    plain(family),
    ...VERDICTS.map((v) => String(list.filter((c) => c.verdict === v).length)),
    `${list.filter((c) => c.asExpected).length}/${list.length}`,
  ]);
  rows.push(['all', ...VERDICTS.map((v) => String(summary.byVerdict[v] ?? 0)), `${summary.asExpected}/${summary.total}`]);
  const lines = table(rows, header, { color, rightAlign: new Set(header.map((_, i) => i).filter((i) => i > 0)) });
  // the totals row reads as a footer
  const last = lines.pop() ?? '';
  lines.push(paint(` ${'─'.repeat(Math.max(0, last.length - 1))}`, color, 'dim'), paint(last, color, 'bold'));

  const out: string[] = ['', ...lines, '', ...formatVariantTable(claims, { color }), '', ...formatFindings(claims, { color }), ''];
  const unexpected = claims.filter((c) => !c.asExpected);
  const meta = `budget ${run.budget} · seed ${run.seed} · ${run.backend} · ${formatDuration(run.durationMs)}`;
  if (unexpected.length === 0) {
    const all = summary.total === 1 ? ' ✓ the 1 claim as expected' : summary.total === 2 ? ' ✓ both claims as expected' : ` ✓ all ${summary.total} claims as expected`;
    out.push(paint(all, color, 'green', 'bold') + paint(`  (${meta})`, color, 'dim'));
  } else {
    out.push(paint(` ✗ ${unexpected.length} of ${plural(summary.total, 'claim')} did not meet their expectation`, color, 'red', 'bold') + paint(`  (${meta})`, color, 'dim'));
    out.push('');
    for (const c of unexpected) out.push(...formatUnexpected(c, { color }));
  }
  if (reportPath) out.push('', ` report: ${paint(reportPath, color, 'cyan')}`);
  out.push('');
  return out.join('\n');
}

/** Verdict counts per variant: literal statements, their corrections, and the controls. */
function formatVariantTable(claims: readonly ClaimResult[], { color }: ColorOption): string[] {
  const header = ['variant', ...VERDICTS, 'as expected', 'meaning'];
  const rows = variantCounts(claims).filter((v) => v.total > 0).map((v) => [
    v.variant, ...VERDICTS.map((k) => String(v.byVerdict[k])), `${v.asExpected}/${v.total}`, VARIANT_MEANING[v.variant],
  ]);
  return table(rows, header, { color, rightAlign: new Set(header.map((_, i) => i).filter((i) => i > 0 && i < header.length - 1)) });
}

/**
 * What the run found: the literal statements refuted as written (one line each, with the
 * reason and the corrected version's verdict), the undecided ones and why, and the controls.
 */
function formatFindings(claims: readonly ClaimResult[], { color }: ColorOption): string[] {
  const f = findings(claims);
  const lit = f.byVariant[0]!;
  const out = [paint(` Findings: ${lit.byVerdict.refuted} of ${plural(lit.total, 'statement')} refuted as written, ${lit.byVerdict.inconclusive + lit.byVerdict.error} undecided; ${f.controls.refuted} of ${plural(f.controls.total, 'control')} refuted.`, color, 'bold')];
  for (const { claim, corrections } of f.refuted) {
    out.push(`  ${paint('✗', color, 'red')} ${plain(claim.id)}: ${oneLine(nameSides(claim.reason, claim.sides))}`);
    if (claim.source) out.push(`      ${paint(`as stated: ${plain(citeSource(claim.source))}`, color, 'dim')}`);
    for (const c of corrections) out.push(`      corrected: ${plain(c.id)} ${paint(c.verdict, color, VERDICT_STYLE[c.verdict] ?? 'bold')}`);
  }
  for (const c of f.undecided) out.push(`  ${paint('?', color, 'yellow')} ${plain(c.id)} ${paint(c.verdict, color, VERDICT_STYLE[c.verdict] ?? 'bold')}: ${clip(oneLine(undecidedWhy(c)), 180)}`);
  return out;
}

function formatUnexpected(c: ClaimResult, { color }: ColorOption): string[] {
  return [
    ` ${paint('✗', color, 'red', 'bold')} ${paint(plain(c.id), color, 'bold')}: expected ${c.expect}, got ${paint(c.verdict, color, VERDICT_STYLE[c.verdict] ?? 'bold')}`,
    `   ${oneLine(nameSides(c.reason, c.sides))}`,
    ...(c.source ? [`   ${paint(`as stated: ${plain(citeSource(c.source))}`, color, 'dim')}`] : []),
    ...(c.error ? [`   ${paint(oneLine(c.error), color, 'dim')}`] : []),
    `   replay:`,
    `     ${plain(replayCommand(c))}`,
    '',
  ];
}

/**
 * First line of a possibly multi-line message (a stack trace stays in the report), with ANSI
 * sequences and control characters removed: text that came from a claim must not be able to
 * move the cursor, recolour or retitle the reader's terminal.
 */
function oneLine(text: string): string {
  return plain(text.split('\n')[0] ?? '');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return stripAnsi(String(text)).replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}
