import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatValue } from '../../src/report/format.ts';

describe('formatNumber', () => {
  it('keeps integers exact (seeds are copied into replays) and rounds the rest to 4 digits', () => {
    expect(formatNumber(-1845026511)).toBe('-1845026511');
    expect(formatNumber(220800000)).toBe('220800000');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(3.1e-15)).toBe('3.1e-15');
    expect(formatNumber(2.68e12)).toBe('2.68e+12');
    expect(formatNumber(NaN)).toBe('NaN');
  });
});

describe('formatDuration', () => {
  it('reads as ms, s, or min', () => {
    expect(formatDuration(412)).toBe('412 ms');
    expect(formatDuration(1873)).toBe('1.87 s');
    expect(formatDuration(15022)).toBe('15.0 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
  });
});

describe('formatValue', () => {
  it('prints objects compactly, cuts long arrays with a count, and typed arrays like arrays', () => {
    expect(formatValue({ d: 3, mu: 0.9, seed: -18 })).toBe('{ d: 3, mu: 0.9, seed: -18 }');
    expect(formatValue(Array.from({ length: 20 }, (_, i) => i))).toBe('[0, 1, 2, 3, 4, 5, 6, 7, … 12 more (20 in all)]');
    expect(formatValue(new Float64Array([0.5, 0.25]))).toBe('[0.5, 0.25]');
    expect(formatValue({ 'odd key': 'x' })).toBe('{ "odd key": "x" }');
    expect(formatValue(null)).toBe('null');
  });
});
