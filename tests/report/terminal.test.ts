import { describe, expect, it } from 'vitest';
import { formatClaimLine, formatProgress, formatSummary, useColor } from '../../src/report/terminal.ts';
import { allExpectedReport, sampleReport } from './fixtures/sample_report.ts';

const ESC = '\u001b';
const byId = (id: string) => sampleReport.claims.find((c) => c.id === id)!;

describe('useColor', () => {
  it('colours only a TTY, respects NO_COLOR and FORCE_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor(undefined, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true); // no-color.org: empty means unset
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('formatClaimLine', () => {
  it('shows mark, verdict, id and time; plain text without colour', () => {
    const line = formatClaimLine(byId('balancedness.one-step-identity'), { color: false });
    expect(line).toBe(' ✓ supported     balancedness.one-step-identity  412 ms');
    expect(line).not.toContain(ESC);
  });

  it('marks an unexpected verdict with what was expected', () => {
    const line = formatClaimLine(byId('ntk.kernel-limit-rate'), { color: false });
    expect(line).toBe(' ✗ error         ntk.kernel-limit-rate (expected supported)  15.0 s');
  });

  it('says why a literal statement refuted as expected is false: it is a finding, not just a pass', () => {
    const c = byId('balancedness.frobenius-drift-lemma');
    const [head, why, where] = formatClaimLine(c, { color: false }).split('\n');
    expect(head).toBe(' ✓ refuted       balancedness.frobenius-drift-lemma  1.87 s');
    // the sides named by the claim (sides: { lhs, rhs }), and where the source says it (source.line)
    expect(why!.trim()).toBe("false as written: violated: lhs [drift ‖B_t‖_F after t steps] 3.552 > rhs [the lemma's bound] 2.709 by 0.8422 (7.02e+12× the allowed 1.2e-13); beyond ε^⅕ relative and not erratic under perturbation: mathematical");
    expect(where!.trim()).toBe('as stated: seed 003, slide "Balancedness", Lemma, line 412');
    // a control refuted as built stays one line
    expect(formatClaimLine(byId('balancedness.control-one-step-half-mu'), { color: false })).not.toContain('\n');
  });

  it('colours the verdict when asked (green supported, red refuted) and the text reads the same without the codes', () => {
    const c = byId('balancedness.frobenius-drift-lemma');
    const coloured = formatClaimLine(c, { color: true });
    expect(coloured).toContain(`${ESC}[31mrefuted`);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatClaimLine(c, { color: false }));
  });
});

describe('formatProgress', () => {
  it('shows count, bar, percent, elapsed and the claim running', () => {
    expect(formatProgress(5, 20, 3000, { color: false, current: 'ntk.x', barWidth: 10 })).toBe('[ 5/20] ███░░░░░░░  25% · 3.00 s · ntk.x');
    expect(formatProgress(0, 0, 0, { color: false, barWidth: 4 })).toBe('[0/0] ░░░░   0% · 0 ms');
  });
});

describe('formatSummary', () => {
  const text = formatSummary(sampleReport, { color: false, reportPath: 'reports/claims.html' });

  it('has a table of verdicts per family with totals', () => {
    const lines = text.split('\n');
    expect(lines.find((l) => l.trim().startsWith('balancedness'))!.trim().split(/\s+/)).toEqual(['balancedness', '3', '3', '0', '0', '6/6']);
    expect(lines.find((l) => l.trim().startsWith('ntk'))!.trim().split(/\s+/)).toEqual(['ntk', '2', '0', '0', '1', '2/3']);
    expect(lines.find((l) => l.trim().startsWith('all'))!.trim().split(/\s+/)).toEqual(['all', '5', '3', '1', '1', '8/10']);
    expect(text).toContain('2 of 10 claims did not meet their expectation');
  });

  it('splits the counts by variant (literal, corrected, control) with what each means', () => {
    const lines = text.split('\n');
    const row = (v: string) => lines.find((l) => l.trim().startsWith(`${v} `))!.trim().split(/\s{2,}/);
    expect(row('literal')).toEqual(['literal', '4', '1', '1', '1', '5/7', "the source's statements as written"]);
    expect(row('corrected')).toEqual(['corrected', '1', '0', '0', '0', '1/1', 'repaired versions of false statements']);
    expect(row('control')).toEqual(['control', '0', '2', '0', '0', '2/2', 'planted false variants: must be refuted']);
  });

  it('lists the findings: each literal refuted as written with its reason and correction, the undecided with why', () => {
    expect(text).toContain(' Findings: 1 of 7 statements refuted as written, 2 undecided; 2 of 2 controls refuted.');
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('✗ balancedness.frobenius-drift-lemma:'));
    expect(lines[i]).toContain("lhs [drift ‖B_t‖_F after t steps] 3.552 > rhs [the lemma's bound] 2.709");
    expect(lines[i + 1]!.trim()).toBe('as stated: seed 003, slide "Balancedness", Lemma, line 412');
    expect(lines[i + 2]!.trim()).toBe('corrected: balancedness.frobenius-drift-small-step supported');
    expect(lines.some((l) => l.startsWith('  ? ntk.kernel-limit-rate error: '))).toBe(true);
  });

  it('counts in the right number: the 1 claim, both claims, 3 claims', () => {
    const one = { ...allExpectedReport, claims: allExpectedReport.claims.slice(0, 1), summary: { ...allExpectedReport.summary, total: 1, asExpected: 1 } };
    expect(formatSummary(one, { color: false })).toContain('✓ the 1 claim as expected');
    expect(formatSummary(one, { color: false })).not.toContain('1 claims');
    const two = { ...one, claims: allExpectedReport.claims.slice(0, 2), summary: { ...one.summary, total: 2, asExpected: 2 } };
    expect(formatSummary(two, { color: false })).toContain('✓ both claims as expected');
  });

  it('prints the report path and, for each unexpected verdict only, its replay command on a line of its own', () => {
    expect(text).toContain('report: reports/claims.html');
    const commands = text.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('npx claimcheck'));
    expect(commands).toEqual([
      'npx claimcheck replay ntk.kernel-limit-rate --seed 20261123 --budget quick --backend wasm',
      byId('hostile.injection-attempt').counterexample!.replay,
    ]);
  });

  it('lets no escape sequence from claim text reach the terminal', () => {
    expect(text).not.toContain(ESC);
    const coloured = formatSummary(sampleReport, { color: true });
    expect(coloured).not.toContain(`${ESC}[31mred`);
  });

  it('says all is well when every claim met its expectation', () => {
    const ok = formatSummary(allExpectedReport, { color: false });
    expect(ok).toContain('✓ all 8 claims as expected');
    expect(ok).not.toContain('replay');
  });
});

describe('replay commands', () => {
  it("prefer the counterexample's, then the result's own replay, then one built from seed, budget and backend", async () => {
    const { replayCommand } = await import('../../src/report/format.ts');
    const c = byId('ntk.kernel-limit-rate');
    expect(replayCommand(Object.assign({}, c, { replay: 'npx claimcheck replay X --seed 1' }))).toBe('npx claimcheck replay X --seed 1');
    expect(replayCommand({ ...c, replay: '' })).toBe('npx claimcheck replay ntk.kernel-limit-rate --seed 20261123 --budget quick --backend wasm');
    expect(replayCommand(byId('balancedness.frobenius-drift-lemma'))).toBe(byId('balancedness.frobenius-drift-lemma').counterexample!.replay);
  });
});
