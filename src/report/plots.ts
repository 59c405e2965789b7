import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { FitSummary } from '../claims/result.ts';
import type { ScalingSpec } from '../claims/types.ts';

/**
 * The report's plots: SVG drawn at report time by Observable Plot into a linkedom document
 * (Plot takes the document as an option, so no browser is needed). Each function returns
 * self-contained markup (the SVG and Plot's own scoped <style>), or '' when there is nothing
 * to draw.
 */

/**
 * Drawn at 440 px with 13 px text: on a 390 px phone the SVG scales to about 340 px, and its
 * text stays about 10 px (at 560 px it shrank to 7 px).
 */
const WIDTH = 440;
/** two trajectory plots fit side by side in the report's column */
const SERIES_WIDTH = 440;
const FONT = '13px';
/** Colours of the fixed marks; seeds use Plot's categorical scheme. */
const FIT = '#1f4e9c';
const CLAIMED = '#c2410c';

function newDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

function markup(node: Element): string {
  return node.outerHTML;
}

/**
 * Tick labels without SI prefixes: Plot's default writes 0.01 as "10m", which a reader of a
 * sweep over widths m takes for a width.
 */
function tick(d: number): string {
  if (!Number.isFinite(d)) return '';
  const a = Math.abs(d);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return d.toExponential(0).replace('e+', 'e');
  return String(Number(d.toPrecision(3)));
}

/** An axis title that fits its side of the plot (the caption under it has the whole formula). */
function cut(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function finite(v: number): boolean {
  return Number.isFinite(v);
}

export interface ScalingPlotInput {
  points: ReadonlyArray<{ x: number; y: number; seed: number }>;
  fit?: FitSummary;
  spec?: ScalingSpec;
  /** half-width of the band drawn around the claimed exponent @defaultValue spec.resolution */
  resolution?: number;
  xLabel?: string;
  yLabel?: string;
}

/**
 * Log-log plot of a scaling sweep: the measured points coloured by seed, the fitted power law
 * y = C·x^k, the band swept by exponents in the fit's interval (pivoting at the centroid of the
 * log data, where the least-squares line passes), and the claimed exponent through the same
 * centroid, dashed, for comparison.
 */
export function scalingPlot({ points, fit, spec, resolution = spec?.resolution, xLabel = 'x', yLabel = 'y' }: ScalingPlotInput): string {
  const data = points.filter((p) => p.x > 0 && p.y > 0 && finite(p.x) && finite(p.y));
  if (data.length === 0) return '';
  const xs = data.map((p) => p.x);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const grid = Array.from({ length: 25 }, (_, i) => xMin * (xMax / xMin) ** (i / 24));
  // centroid of the log data: the least-squares line goes through it
  const xc = Math.exp(data.reduce((s, p) => s + Math.log(p.x), 0) / data.length);
  const yc = fit && finite(fit.constant) && finite(fit.exponent)
    ? fit.constant * xc ** fit.exponent
    : Math.exp(data.reduce((s, p) => s + Math.log(p.y), 0) / data.length);
  const through = (k: number) => (x: number) => yc * (x / xc) ** k;
  const marks: Plot.Markish[] = [Plot.gridX({ strokeOpacity: 0.08 }), Plot.gridY({ strokeOpacity: 0.08 })];
  if (fit && fit.interval.every(finite)) {
    const [lo, hi] = fit.interval;
    const band = grid.map((x) => {
      const a = through(lo)(x);
      const b = through(hi)(x);
      return { x, y1: Math.min(a, b), y2: Math.max(a, b) };
    });
    marks.push(Plot.areaY(band, { x: 'x', y1: 'y1', y2: 'y2', fill: FIT, fillOpacity: 0.14 }));
  }
  if (spec && finite(spec.exponent) && resolution !== undefined && finite(resolution)) {
    // the resolution band: exponents the verdict cannot tell from the claimed one (claimed ± resolution)
    const res = resolution;
    marks.push(Plot.areaY(grid.map((x) => {
      const a = through(spec.exponent - res)(x);
      const b = through(spec.exponent + res)(x);
      return { x, y1: Math.min(a, b), y2: Math.max(a, b) };
    }), { x: 'x', y1: 'y1', y2: 'y2', fill: CLAIMED, fillOpacity: 0.1 }));
  }
  if (spec && finite(spec.exponent)) {
    marks.push(Plot.line(grid.map((x) => ({ x, y: through(spec.exponent)(x) })), {
      x: 'x', y: 'y', stroke: CLAIMED, strokeWidth: 1.5, strokeDasharray: '6,4',
    }));
  }
  if (fit && finite(fit.exponent) && finite(fit.constant)) {
    marks.push(Plot.line(grid.map((x) => ({ x, y: fit.constant * x ** fit.exponent })), {
      x: 'x', y: 'y', stroke: FIT, strokeWidth: 2,
    }));
  }
  const seeds = [...new Set(data.map((p) => p.seed))];
  marks.push(Plot.dot(data, {
    x: 'x', y: 'y', stroke: (p: { seed: number }) => `sweep seed ${p.seed}`, r: 3.5, strokeWidth: 1.5, fill: 'white',
    title: (p: { x: number; y: number; seed: number }) => `sweep seed ${p.seed}\n${xLabel} = ${p.x}\n${yLabel} = ${p.y.toPrecision(4)}`,
  }));
  return markup(Plot.plot({
    document: newDocument(),
    width: WIDTH,
    height: 300,
    marginLeft: 60,
    marginRight: 16,
    marginBottom: 44,
    style: { fontSize: FONT, background: 'transparent' },
    x: { type: 'log', ticks: 4, tickFormat: tick, label: `${cut(xLabel, 50)} (log)`, labelAnchor: 'center', labelArrow: 'none' },
    y: { type: 'log', ticks: 5, tickFormat: tick, label: `${cut(yLabel, 30)} (log)`, labelAnchor: 'center', labelArrow: 'none' },
    color: { type: 'ordinal', domain: seeds.map((s) => `sweep seed ${s}`), scheme: 'tableau10', legend: seeds.length > 1 },
    marks,
  }) as unknown as Element);
}

export interface SeriesInput {
  name: string;
  seed: number;
  x: readonly number[];
  y: readonly number[];
}

/**
 * Trajectory plots, one per series name (a loss curve and a drift curve have unrelated
 * scales), one line per seed. The y axis is logarithmic when every value is positive and the
 * values span more than two decades (a loss decaying to zero), linear otherwise.
 */
export function seriesPlots(
  series: readonly SeriesInput[],
  { sweepX, sweepLabel }: { sweepX?: readonly number[]; sweepLabel?: string } = {},
): Array<{ name: string; svg: string }> {
  const byName = new Map<string, SeriesInput[]>();
  for (const s of series) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const out: Array<{ name: string; svg: string }> = [];
  for (const [name, group] of byName) {
    const rows = group.flatMap((s) =>
      thin(s.x.map((x, i) => ({ x, y: s.y[i] ?? NaN, seed: `sweep seed ${s.seed}` })).filter((r) => finite(r.x) && finite(r.y)), MAX_LINE_POINTS),
    );
    if (rows.length === 0) continue;
    const ys = rows.map((r) => r.y);
    const positive = ys.every((y) => y > 0);
    const logY = positive && Math.max(...ys) / Math.min(...ys) > 100;
    const xs = rows.map((r) => r.x);
    const axis = seriesXAxis(group, xs, sweepX, sweepLabel);
    const seeds = [...new Set(rows.map((r) => r.seed))];
    out.push({
      name,
      svg: markup(Plot.plot({
        document: newDocument(),
        width: SERIES_WIDTH,
        height: 240,
        marginLeft: 60,
        marginRight: 16,
        marginBottom: 42,
        style: { fontSize: FONT, background: 'transparent' },
        x: { type: axis.log ? 'log' : 'linear', ticks: 4, tickFormat: tick, label: axis.log ? `${axis.label} (log)` : axis.label, labelAnchor: 'center', labelArrow: 'none' },
        y: { type: logY ? 'log' : 'linear', ticks: 4, tickFormat: tick, label: logY ? `${name} (log)` : name, labelAnchor: 'center', labelArrow: 'none', grid: true },
        color: { type: 'ordinal', domain: seeds, scheme: 'tableau10', legend: seeds.length > 1 },
        marks: [
          ...(logY ? [] : [Plot.ruleY([0], { strokeOpacity: 0.3 })]),
          Plot.line(rows, { x: 'x', y: 'y', z: 'seed', stroke: 'seed', strokeWidth: 1.5 }),
        ],
      }) as unknown as Element),
    });
  }
  return out;
}

/**
 * A trajectory's x axis: the series' own label when it gives one (`xLabel`), the sweep's x
 * when the series runs over the sweep's values (a curve per seed of n* against d), 'step'
 * for 0, 1, 2, …; logarithmic when every x is positive and they span more than a decade
 * (sample sizes 256 … 4096, step sizes α = 0.001 … 0.1).
 */
function seriesXAxis(group: readonly SeriesInput[], xs: readonly number[], sweepX?: readonly number[], sweepLabel?: string): { label: string; log: boolean } {
  const own = group.map((s) => (s as { xLabel?: unknown }).xLabel).find((l): l is string => typeof l === 'string');
  const positive = xs.length > 0 && xs.every((x) => x > 0);
  const log = positive && Math.max(...xs) / Math.min(...xs) > 10;
  if (own) return { label: own, log };
  const sweep = new Set(sweepX ?? []);
  if (sweep.size > 0 && xs.every((x) => sweep.has(x))) return { label: sweepLabel ?? 'x', log };
  const steps = group.every((s) => s.x.every((x, i) => x === i || (i > 0 && Number.isInteger(x) && x > (s.x[i - 1] ?? -1) && s.x[0] === 0)));
  return { label: steps ? 'step' : 'x', log: steps ? false : log };
}

/** Points kept per trajectory line: more adds bytes to the report, not detail a reader sees. */
const MAX_LINE_POINTS = 400;

/** Every k-th point (first and last kept) so a long trajectory stays a small SVG. */
function thin<T>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  const step = (rows.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => rows[Math.round(i * step)]!);
}

/**
 * A one-line interval plot on [0, 1]: the observed success rate with its Clopper–Pearson
 * interval, against the claimed minimum probability p (a probability claim is supported when
 * the whole interval clears p).
 */
export function rateIntervalPlot(input: { rate: number; interval: [number, number]; atLeast: number }): string {
  const { rate, interval, atLeast } = input;
  if (![rate, ...interval, atLeast].every(finite)) return '';
  const lo = Math.max(0, Math.min(interval[0], atLeast) - 0.1);
  return markup(Plot.plot({
    document: newDocument(),
    width: WIDTH,
    height: 78,
    marginLeft: 20,
    marginRight: 20,
    marginBottom: 34,
    style: { fontSize: FONT, background: 'transparent' },
    x: { domain: [lo, 1], label: 'success rate', labelAnchor: 'center', labelArrow: 'none', grid: true },
    marks: [
      Plot.ruleX([atLeast], { stroke: CLAIMED, strokeWidth: 2, strokeDasharray: '5,3' }),
      Plot.text([atLeast], { x: (d: number) => d, text: () => `claimed ≥ ${atLeast}`, frameAnchor: 'top', dy: 2, fill: CLAIMED, textAnchor: 'end', dx: -4 }),
      Plot.link([interval], { x1: (d: number[]) => d[0], x2: (d: number[]) => d[1], y1: () => 0, y2: () => 0, stroke: FIT, strokeWidth: 6, strokeLinecap: 'round', strokeOpacity: 0.45 }),
      Plot.dot([rate], { x: (d: number) => d, y: () => 0, r: 5, fill: FIT }),
    ],
    y: { axis: null, domain: [-1, 1] },
  }) as unknown as Element);
}

/**
 * Tightness of an inequality lhs ≤ rhs: the largest ratio lhs/rhs seen, as a bar against the
 * bound at 1 (a bar past the line is a violation). Only meaningful for rhs > 0.
 */
export function tightnessPlot(input: { ratio: number; label?: string }): string {
  const { ratio, label = 'largest lhs / rhs seen' } = input;
  if (!finite(ratio)) return '';
  const top = Math.max(1.1, ratio * 1.05);
  return markup(Plot.plot({
    document: newDocument(),
    width: WIDTH,
    height: 76,
    marginTop: 18,
    marginLeft: 20,
    marginRight: 20,
    marginBottom: 34,
    style: { fontSize: FONT, background: 'transparent' },
    x: { domain: [Math.min(0, ratio), top], label, labelAnchor: 'center', labelArrow: 'none', grid: true },
    y: { axis: null },
    marks: [
      Plot.barX([ratio], { x1: 0, x2: (d: number) => d, fill: ratio <= 1 ? FIT : CLAIMED, fillOpacity: 0.7, insetTop: 6, insetBottom: 6 }),
      Plot.ruleX([1], { stroke: '#111', strokeWidth: 2 }),
      Plot.text([1], { x: (d: number) => d, text: () => 'bound', frameAnchor: 'top', dy: -2, dx: 4, textAnchor: 'start' }),
    ],
  }) as unknown as Element);
}
