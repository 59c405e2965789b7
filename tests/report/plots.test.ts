import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { rateIntervalPlot, scalingPlot, seriesPlots, tightnessPlot } from '../../src/report/plots.ts';

function dom(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** y = 2 x^-1 on 3 seeds: a planted power law. */
const points = [1, 3].flatMap((seed) => [10, 20, 40, 80].map((x) => ({ x, y: 2 / x, seed })));

describe('scalingPlot', () => {
  const fit = { exponent: -1, interval: [-1.1, -0.9] as [number, number], level: 0.99, constant: 2, r2: 1, drifting: false };

  it('draws one dot per point on log-log axes, the fit, the interval band and the claimed slope', () => {
    const d = dom(scalingPlot({ points, fit, spec: { exponent: -0.5, relation: 'equal' }, xLabel: 'width m', yLabel: 'error' }));
    const svg = d.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(d.querySelectorAll('circle').length).toBe(points.length);
    expect(d.querySelectorAll('[stroke-dasharray]').length).toBe(1); // the claimed slope
    expect(d.querySelectorAll('[aria-label="area"] path').length).toBe(1); // the band
    expect(d.querySelectorAll('[aria-label="line"] path').length).toBe(2); // claimed + fit
    expect(d.body.textContent).toContain('width m (log)');
    expect(d.body.textContent).toContain('error (log)');
  });

  it('draws the resolution band around the claimed exponent when the claim gives one', () => {
    const d = dom(scalingPlot({ points, fit, spec: { exponent: -1, relation: 'equal', resolution: 0.1 } }));
    expect(d.querySelectorAll('[aria-label="area"] path').length).toBe(2); // the fit's interval and claimed ± resolution
    expect(dom(scalingPlot({ points, fit, spec: { exponent: -1, relation: 'equal' }, resolution: 0.2 })).querySelectorAll('[aria-label="area"] path').length).toBe(2);
  });

  it('draws a sweep over α on log axes with tick labels written out (no SI prefixes)', () => {
    const alphas = [0.001, 0.003, 0.01, 0.03, 0.1].map((x) => ({ x, y: x ** 1.3, seed: 0 }));
    const text = dom(scalingPlot({ points: alphas, xLabel: 'init scale α', yLabel: 'final error' })).body.textContent!;
    expect(text).toContain('init scale α (log)');
    expect(text).toMatch(/0\.01/);
    expect(text).not.toMatch(/\d+m\b/);
  });

  it('places the points on the fitted line (same pixel height at the same x)', () => {
    const d = dom(scalingPlot({ points, fit }));
    const fitPath = [...d.querySelectorAll('[aria-label="line"] path')].at(-1)!.getAttribute('d')!;
    const nums = fitPath.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const [x0, y0] = [nums[0]!, nums[1]!];
    const [x1, y1] = [nums.at(-2)!, nums.at(-1)!];
    for (const c of d.querySelectorAll('circle')) {
      const cx = Number(c.getAttribute('cx'));
      const cy = Number(c.getAttribute('cy'));
      const onLine = y0 + ((cx - x0) / (x1 - x0)) * (y1 - y0);
      expect(Math.abs(cy - onLine)).toBeLessThan(1);
    }
  });

  it('drops non-positive points (log axes) and draws nothing without data', () => {
    const d = dom(scalingPlot({ points: [...points, { x: 5, y: 0, seed: 1 }, { x: -1, y: 1, seed: 1 }] }));
    expect(d.querySelectorAll('circle').length).toBe(points.length);
    expect(scalingPlot({ points: [] })).toBe('');
  });
});

describe('seriesPlots', () => {
  it('makes one plot per series name with one line per seed, log y for a decaying loss', () => {
    const x = [0, 1, 2, 3, 4];
    const plots = seriesPlots([
      { name: 'loss', seed: 1, x, y: x.map((t) => 10 ** -t) },
      { name: 'loss', seed: 2, x, y: x.map((t) => 2 * 10 ** -t) },
      { name: 'drift', seed: 1, x, y: x.map((t) => t * 0.1) },
    ]);
    expect(plots.map((p) => p.name)).toEqual(['loss', 'drift']);
    expect(dom(plots[0]!.svg).querySelectorAll('[aria-label="line"] path').length).toBe(2);
    expect(plots[0]!.svg).toContain('loss (log)');
    expect(plots[1]!.svg).not.toContain('(log)');
  });
});

describe('rateIntervalPlot and tightnessPlot', () => {
  it('draw SVG for finite inputs and nothing otherwise', () => {
    expect(dom(rateIntervalPlot({ rate: 0.97, interval: [0.94, 0.99], atLeast: 0.9 })).querySelector('svg')).not.toBeNull();
    expect(rateIntervalPlot({ rate: NaN, interval: [0, 1], atLeast: 0.9 })).toBe('');
    const t = dom(tightnessPlot({ ratio: 0.8 }));
    expect(t.querySelector('svg')).not.toBeNull();
    expect(t.body.textContent).toContain('bound');
    expect(tightnessPlot({ ratio: Infinity })).toBe('');
  });
});

describe('seriesPlots on long trajectories', () => {
  it('thins a 20 000-step line to a few hundred points', () => {
    const x = Array.from({ length: 20_000 }, (_, i) => i);
    const [plot] = seriesPlots([{ name: 'loss', seed: 1, x, y: x.map((t) => Math.exp(-t / 5000)) }]);
    const d = dom(plot!.svg).querySelector('[aria-label="line"] path')!.getAttribute('d')!;
    expect(d.split(/[ML]/).length - 1).toBeLessThanOrEqual(400);
    expect(plot!.svg.length).toBeLessThan(30_000);
  });
});
