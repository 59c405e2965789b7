import { describe, expect, it } from 'vitest';
import type { ClaimsReport } from '../../src/report/schema.ts';
import { compactSeeds, parseSeeds, summarize, summaryLine, toMarkdown } from '../../scripts/sweep_table.ts';

/** A report with only the fields the sweep reads, written out by hand. */
function report(claims: Array<{ id: string; expect: string; verdict: string; reason?: string }>): ClaimsReport {
  return {
    claims: claims.map((c) => ({ ...c, kind: 'inequality', asExpected: c.expect === c.verdict, reason: c.reason ?? '' })),
  } as unknown as ClaimsReport;
}

describe('parseSeeds', () => {
  it('reads ranges and lists, once each, in order', () => {
    expect(parseSeeds('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds('101-103,7, 2')).toEqual([101, 102, 103, 7, 2]);
    expect(parseSeeds('3,3,1-3')).toEqual([3, 1, 2]);
    expect(compactSeeds([1, 2, 3, 7, 9, 10])).toBe('1-3,7,9-10');
  });
  it('says what is wrong in one line', () => {
    expect(() => parseSeeds('5-1')).toThrow(/runs backwards/);
    expect(() => parseSeeds('a')).toThrow(/not an integer or a range/);
    expect(() => parseSeeds('')).toThrow(/no seeds given/);
  });
});

describe('summarize', () => {
  const outcomes = [
    { seed: 1, wallSeconds: 10, report: report([{ id: 'f.a', expect: 'supported', verdict: 'supported' }, { id: 'f.b', expect: 'refuted', verdict: 'refuted' }]) },
    { seed: 2, wallSeconds: 11, report: report([{ id: 'f.a', expect: 'supported', verdict: 'refuted', reason: 'lhs | rhs' }, { id: 'f.b', expect: 'refuted', verdict: 'inconclusive' }]) },
    { seed: 3, wallSeconds: 12, report: report([{ id: 'f.a', expect: 'supported', verdict: 'inconclusive' }, { id: 'f.b', expect: 'refuted', verdict: 'refuted' }]) },
    { seed: 4, wallSeconds: 1, report: undefined, failure: 'exit 1: crashed' },
  ];
  const s = summarize(outcomes, 'quick', 'f.');

  it('counts expected verdicts per claim and keeps the others with their seeds', () => {
    expect(s.claims.map((r) => [r.id, r.asExpected, r.seeds])).toEqual([['f.a', 1, 3], ['f.b', 2, 3]]);
    expect(s.claims[0]!.misses.map((m) => [m.seed, m.verdict])).toEqual([[2, 'refuted'], [3, 'inconclusive']]);
    expect(s.trueClaimsRefuted).toEqual([{ id: 'f.a', seeds: [2] }]);
  });

  it('says per seed whether the whole run was as expected, and counts a seed without a report as not', () => {
    expect(s.perSeed.map((p) => [p.seed, p.ran, p.unexpected])).toEqual([[1, true, []], [2, true, ['f.a', 'f.b']], [3, true, ['f.a']], [4, false, []]]);
    expect(s.fullyAsExpected).toBe(1);
    expect(summaryLine(s)).toBe("1 of 4 seeds fully as expected (budget quick, filter 'f.'); 1 seed produced no report");
  });

  it('renders markdown with escaped cells', () => {
    const md = toMarkdown(s);
    expect(md).toContain('| `f.a` | inequality | supported | 1/3 | refuted (1): seed 2; inconclusive (1): seed 3 |');
    expect(md).toContain('seed 2: refuted: lhs \\| rhs');
    expect(md).toContain('| 4 | — | no report: exit 1: crashed | 1.0 |');
    expect(md).toContain('- `f.a` at seed 2');
  });
});
