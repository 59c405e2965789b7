import { describe, expect, it } from 'vitest';
import { formatDrawn } from '../../src/report/format.ts';
import { nameSides, sidesLegend } from '../../src/report/sides.ts';
import { citeSource, docName } from '../../src/report/source_cite.ts';

const sides = { lhs: "slide's formula", rhs: 'autodiff' };

describe('nameSides', () => {
  it('names the first value of each side, and nothing else', () => {
    expect(nameSides('violated: |lhs − rhs| = 1.938 (lhs -0.9413, rhs 0.9968) > allowed 3.803e-6 (5.1e+5×)', sides))
      .toBe("violated: |lhs − rhs| = 1.938 (lhs [slide's formula] -0.9413, rhs [autodiff] 0.9968) > allowed 3.803e-6 (5.1e+5×)");
    expect(nameSides('lhs 1.046 > rhs -8.203 by 9.249', sides)).toBe("lhs [slide's formula] 1.046 > rhs [autodiff] -8.203 by 9.249");
    expect(nameSides('tightest lhs/rhs 0.93; lhs − rhs within', sides)).toBe('tightest lhs/rhs 0.93; lhs − rhs within');
    expect(nameSides('lhs 1 > rhs 0', undefined)).toBe('lhs 1 > rhs 0');
    expect(sidesLegend(sides)).toBe("lhs = slide's formula · rhs = autodiff");
  });
});

describe('citeSource', () => {
  it('cites a seed file by its number, then the slide and the line', () => {
    expect(citeSource({ doc: '001_08cb02c438334e9c.txt', where: 'slide "Two layer network"', asStated: 'x', line: 412 })).toBe('seed 001, slide "Two layer network", line 412');
    expect(citeSource({ doc: '001_08cb02c438334e9c.txt', where: 'slide "Two layer network"', asStated: 'x' })).toBe('seed 001, slide "Two layer network"');
    expect(docName('Bach (2017), JMLR 18')).toBe('Bach (2017), JMLR 18');
    expect(citeSource(undefined)).toBe('');
  });
});

describe('formatDrawn', () => {
  it('one line per draw: stream, what, first entries; the rest counted', () => {
    expect(formatDrawn({ draws: [
      { stream: '', call: 'normals', count: 2, head: [0.5, -1] },
      { stream: 'w', call: 'sphere', count: 8, head: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] },
      { stream: 'k', call: 'int', count: 1, head: [3] },
    ], more: 2, total: 40 })).toBe('ctx.rng: 2 normals [0.5, -1]\nw: unit vector in R^8 [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, …]\nk: 1 int draw [3]\n… 2 more draws (40 numbers drawn in all)');
    expect(formatDrawn(undefined)).toBe('');
  });
});
