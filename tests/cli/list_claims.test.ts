import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatList, listCount, listRows } from '../../src/cli/list_claims.ts';
import type { LoadedClaim } from '../../src/cli/load_claims.ts';
import { sampleReport } from '../report/fixtures/sample_report.ts';

/** The fixture report's claims, as `list` would load them (only the fields it reads). */
const loaded = sampleReport.claims.map((c) => ({
  claim: { id: c.id, catalog: c.catalog, variant: c.variant, kind: c.kind, expect: c.expect, title: c.title },
  file: c.file,
  path: c.file,
})) as unknown as LoadedClaim[];
const empty = mkdtempSync(join(tmpdir(), 'claimcheck-list-'));
const previous = mkdtempSync(join(tmpdir(), 'claimcheck-list-'));
writeFileSync(join(previous, 'claims.json'), JSON.stringify(sampleReport));

describe('claimcheck list', () => {
  it('shows each claim with its title, and no verdict column without a previous report', () => {
    const text = formatList(listRows(loaded, { out: empty }), { width: 200 });
    const line = text.split('\n').find((l) => l.startsWith('balancedness.one-step-identity'))!;
    expect(line).toMatch(/A2\s+literal\s+identity\s+expect supported\s+One GD step moves/);
    expect(text.split('\n').filter(Boolean)).toHaveLength(sampleReport.claims.length);
  });

  it('filters by variant, kind and family', () => {
    expect(listRows(loaded, { variant: 'control', out: empty }).map((r) => r.id)).toEqual(['balancedness.control-drift-quadratic', 'balancedness.control-one-step-half-mu']);
    expect(listRows(loaded, { kind: 'scaling', family: 'ntk', out: empty }).map((r) => r.id)).toEqual(['ntk.kernel-limit-rate']);
  });

  it('filters by the verdict of the previous report in --out, and shows it', () => {
    const rows = listRows(loaded, { verdict: 'refuted', out: previous });
    expect(rows.map((r) => r.id)).toEqual(['balancedness.frobenius-drift-lemma', 'balancedness.control-drift-quadratic', 'balancedness.control-one-step-half-mu']);
    expect(formatList(rows)).toMatch(/expect refuted\s+refuted\s+/);
    expect(listCount(rows, previous)).toBe(`3 claims (verdicts from ${join(previous, 'claims.json')})`);
    expect(listCount(rows.slice(0, 1), empty)).toBe('1 claim (verdicts from ' + join(empty, 'claims.json') + ')');
  });

  it('says in one line what is wrong with a filter', () => {
    expect(() => listRows(loaded, { verdict: 'refuted', out: empty })).toThrow(/--verdict needs a previous report: no claims.json in/);
    expect(() => listRows(loaded, { variant: 'literally', out: empty })).toThrow("--variant must be one of literal, corrected, control, not 'literally'");
  });
});
