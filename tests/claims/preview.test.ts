import { describe, expect, it } from 'vitest';
import { moreMarker, PREVIEW_DEPTH, PREVIEW_ITEMS, previewValue } from '../../src/claims/preview.ts';
import { formatValue } from '../../src/report/format.ts';

describe('previewValue', () => {
  it('turns typed arrays into arrays (JSON would write {"0": …}) and keeps small values as they are', () => {
    const ev = { lhs: Float64Array.from([-0.9413]), rhs: Float32Array.from([0.5]), size: 1, notes: { p: 'standard' } };
    expect(JSON.parse(JSON.stringify(previewValue(ev)))).toEqual({ lhs: [-0.9413], rhs: [0.5], size: 1, notes: { p: 'standard' } });
    expect(previewValue({ d: 1, m: 1, seed: 0 })).toEqual({ d: 1, m: 1, seed: 0 });
  });

  it('cuts long arrays to their first entries with a marker of the true length, and deep nesting', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const p = previewValue({ x: long }) as { x: unknown[] };
    expect(p.x).toHaveLength(PREVIEW_ITEMS + 1);
    expect(p.x.at(-1)).toBe(moreMarker(1000 - PREVIEW_ITEMS, 1000));
    expect(JSON.stringify(previewValue(long)).length).toBeLessThan(400);
    let deep: unknown = 1;
    for (let i = 0; i < PREVIEW_DEPTH + 3; i++) deep = [deep];
    expect(JSON.stringify(previewValue(deep))).toContain('in all');
  });

  it('the report reads the marker: the count it prints is the true length', () => {
    expect(formatValue(previewValue(Array.from({ length: 1000 }, () => 1)))).toBe('[1, 1, 1, 1, 1, 1, 1, 1, … 992 more (1000 in all)]');
  });
});
