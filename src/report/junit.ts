import type { ClaimResult } from '../claims/result.ts';
import { cdata, escapeXml as x, stripAnsi } from './escape.ts';
import { formatDrawn, formatValue, groupByFamily, replayCommand } from './format.ts';
import { nameSides, sidesLegend } from './sides.ts';
import { citeSource, docName } from './source_cite.ts';
import type { ClaimsReport } from './schema.ts';

/**
 * JUnit XML for CI systems (GitHub, GitLab, Jenkins, Buildkite read this dialect): one
 * <testsuite> per family, one <testcase> per claim with classname = family and name = the
 * claim id. A claim whose verdict differs from its expectation is a <failure> whose message
 * carries the verdict, the reason and the replay command; the body carries the details.
 * Times are seconds. All text is escaped (control characters dropped, as XML 1.0 requires).
 */
export function renderJunit(report: ClaimsReport): string {
  const { run, claims } = report;
  const failures = claims.filter((c) => !c.asExpected).length;
  const suites = [...groupByFamily(claims)].map(([family, list]) => renderSuite(report, family, list));
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="claimcheck" tests="${claims.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(run.durationMs)}" timestamp="${x(stamp(run.startedAt))}">
${suites.join('\n')}
</testsuites>
`;
}

function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(3) : '0';
}

/** JUnit's timestamp is ISO 8601 without a zone suffix in the strictest schema. */
function stamp(iso: string): string {
  return iso.replace(/\.\d+Z$|Z$/, '');
}

function renderSuite(report: ClaimsReport, family: string, list: ClaimResult[]): string {
  const { run } = report;
  const failures = list.filter((c) => !c.asExpected).length;
  const time = list.reduce((s, c) => s + (Number.isFinite(c.durationMs) ? c.durationMs : 0), 0);
  const props: Array<[string, unknown]> = [
    ['seed', run.seed], ['budget', run.budget], ['backend', run.backend], ['linalg', run.linalg],
    ['alpha', run.alpha], ['command', run.command],
    ...Object.entries(run.versions ?? {}).map(([k, v]) => [`version.${k}`, v] as [string, unknown]),
  ];
  return `  <testsuite name="${x(family)}" tests="${list.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(time)}" timestamp="${x(stamp(run.startedAt))}">
    <properties>
${props.map(([k, v]) => `      <property name="${x(k)}" value="${x(v)}"/>`).join('\n')}
    </properties>
${list.map(renderCase).join('\n')}
  </testsuite>`;
}

/** One line a CI summary shows: verdict against expectation, why, and how to replay. */
export function failureMessage(c: ClaimResult): string {
  return `expected ${c.expect}, got ${c.verdict}: ${stripAnsi(nameSides(c.reason, c.sides))} | replay: ${replayCommand(c)}`;
}

function renderCase(c: ClaimResult): string {
  const head = `    <testcase classname="${x(c.family)}" name="${x(c.id)}" file="${x(c.file)}" time="${seconds(c.durationMs)}">`;
  const out = `      <system-out>${cdata(`${c.verdict} (expected ${c.expect}): ${stripAnsi(nameSides(c.reason, c.sides))}\n${c.title}${c.source ? `\nas stated: ${citeSource(c.source)}` : ''}`)}</system-out>`;
  if (c.asExpected) return `${head}\n${out}\n    </testcase>`;
  const body = [
    `claim:    ${c.id} (${c.variant} ${c.kind}${c.catalog ? `, catalog ${c.catalog}` : ''})`,
    `title:    ${c.title}`,
    `expected: ${c.expect}`,
    `verdict:  ${c.verdict}`,
    `reason:   ${stripAnsi(nameSides(c.reason, c.sides))}`,
    ...(c.sides ? [`sides:    ${sidesLegend(c.sides)}`] : []),
    ...(c.counterexample ? [
      `counterexample: ${formatValue(c.counterexample.instance)}`,
      ...(c.counterexample.drawn ? [`  drawn from ctx.rng:\n${formatDrawn(c.counterexample.drawn).replace(/^/gm, '    ')}`] : []),
      `  measured: ${formatValue(c.counterexample.evidence)}`,
      `  why: ${stripAnsi(nameSides(c.counterexample.reason, c.sides))}`,
    ] : []),
    ...(c.error ? [`error: ${stripAnsi(c.error)}`] : []),
    `replay:   ${replayCommand(c)}`,
    `source:   ${citeSource(c.source)}${c.source?.doc && docName(c.source.doc) !== c.source.doc ? ` (${c.source.doc})` : ''}`,
  ].join('\n');
  return `${head}
      <failure message="${x(failureMessage(c))}" type="${x(c.verdict)}">${cdata(body)}</failure>
${out}
    </testcase>`;
}
