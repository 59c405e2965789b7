import { describe, expect, it } from 'vitest';
import { LiveOutput } from '../../src/report/live.ts';
import { sampleReport } from './fixtures/sample_report.ts';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (c: string) => chunks.push(c) } };
}

describe('LiveOutput', () => {
  const [a, b] = sampleReport.claims;

  it('writes plain claim lines and the summary to a pipe: no progress, no escapes, no carriage returns', () => {
    const { chunks, stream } = sink(false);
    const live = new LiveOutput(stream, { total: 2, now: () => 0 });
    live.claimStarted(a!.id);
    live.claimFinished(a!);
    live.claimFinished(b!);
    live.finish(sampleReport, 'reports/claims.html');
    const text = chunks.join('');
    expect(text).not.toMatch(/[\r\u001b]/);
    expect(text.split('\n').slice(0, 2)).toEqual([
      ' ✓ supported     balancedness.one-step-identity  412 ms',
      ' ✓ refuted       balancedness.frobenius-drift-lemma  1.87 s',
    ]);
    expect(text).toContain('report: reports/claims.html');
  });

  it('keeps a progress line at the bottom of a TTY, erasing it before each claim line', () => {
    const { chunks, stream } = sink(true);
    let t = 0;
    const live = new LiveOutput(stream, { total: 2, color: false, now: () => t });
    live.claimStarted(a!.id);
    expect(chunks.at(-1)).toBe(`[0/2] ░░░░░░░░░░░░░░░░░░░░   0% · 0 ms · ${a!.id}`);
    t = 1500;
    live.claimFinished(a!);
    expect(chunks.slice(-3)).toEqual([
      '\r\u001b[2K',
      ' ✓ supported     balancedness.one-step-identity  412 ms\n',
      '[1/2] ██████████░░░░░░░░░░  50% · 1.50 s',
    ]);
    live.finish(sampleReport);
    expect(chunks.at(-2)).toBe('\r\u001b[2K');
    expect(chunks.at(-1)).toContain('claims did not meet their expectation');
  });
});
