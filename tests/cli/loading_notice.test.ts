import { describe, expect, it } from 'vitest';
import { loadingNotice } from '../../src/cli/loading_notice.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, write: (s: string) => chunks.push(s) };
}

describe('loadingNotice', () => {
  it('on a TTY, redraws one line per claim file and erases it before real output', () => {
    const s = stream(true);
    const n = loadingNotice(s);
    n.file('properties/ntk.ts', 0, 2);
    n.file('properties/norms.ts', 1, 2);
    n.clear();
    expect(s.chunks).toEqual([
      '\r\u001b[2Kclaimcheck: loading claim file 1/2: properties/ntk.ts …',
      '\r\u001b[2Kclaimcheck: loading claim file 2/2: properties/norms.ts …',
      '\r\u001b[2K',
    ]);
  });

  it('keeps a line that ends in a newline (nothing to erase after it)', () => {
    const s = stream(true);
    const n = loadingNotice(s);
    n.say('claimcheck: 3 claims loaded\n');
    n.clear();
    expect(s.chunks).toEqual(['\r\u001b[2Kclaimcheck: 3 claims loaded\n']);
  });

  it('writes nothing to a pipe, a file or a CI log', () => {
    const s = stream(false);
    const n = loadingNotice(s);
    n.file('properties/ntk.ts', 0, 1);
    n.say('x\n');
    n.clear();
    expect(s.chunks).toEqual([]);
  });
});
