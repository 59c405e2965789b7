import { formatPercent as percentOf } from '../claims/format_number.ts';
import type { Cell, EvidenceBlock, PlotSpec } from '../claims/kinds/kind.ts';
import { SEVERITY_BLOCK } from '../claims/kinds/pointwise.ts';
import { reportSection } from '../claims/kinds/registry.ts';
import { defaultScalingResolution } from '../claims/kinds/scaling.ts';
import type { ClaimResult } from '../claims/result.ts';
import { fewMet } from '../claims/vacuity.ts';
import { escapeHtml as esc } from './escape.ts';
import { formatNumber as num, formatValue } from './format.ts';
import { renderMixed, renderTex } from './math.ts';
import { sidesLegend } from './sides.ts';
import { scalingAxes, type AxisTitles } from './plot_axes.ts';
import { rateIntervalPlot, scalingPlot, seriesPlots, tightnessPlot } from './plots.ts';

/** What a block's drawing needs from the claim beyond the block itself: a scaling claim's axis titles and resolution. */
interface DrawContext {
  axes?: AxisTitles | undefined;
  resolution?: number | undefined;
  sweepX?: readonly number[] | undefined;
}

/**
 * A claim's evidence in the HTML report. What to show is the kind's business (its module's
 * `report`, src/claims/kinds/*.ts, gives blocks of labelled values and plot specs as plain
 * data); how to draw it is this file's. So a new kind needs no change here, and src/claims
 * never imports src/report.
 */
export function renderEvidence(c: ClaimResult): string {
  const ev = c.evidence ?? { kind: c.kind, drawn: 0, met: 0 };
  const parts: string[] = [];
  const few = fewMet(ev);
  if (Number.isFinite(ev.drawn) && Number.isFinite(ev.met)) parts.push(`<p class="${few ? 'warn' : 'muted'} small">${esc(ev.drawn)} instance${ev.drawn === 1 ? '' : 's'} drawn, ${esc(ev.met)} met the hypotheses${few ? ' — few instances met the hypotheses: the verdict says little' : ''}.</p>`);
  const section = reportSection(ev, c.kind);
  const ctx: DrawContext = ev.kind === 'scaling'
    ? { axes: scalingAxes(c), resolution: claimedResolution(ev), sweepX: ev.points?.map((p) => p.x) }
    : {};
  // the sides' names, once, before the numbers that compare them
  if (c.sides && (ev.kind === 'identity' || ev.kind === 'inequality')) parts.push(`<p class="sides small">${esc(sidesLegend(c.sides))}</p>`);
  // a counterexample block shows the severity itself, worst and shrunk side by side (html.ts)
  const blocks = c.counterexample ? section.blocks.filter((b) => b.className !== SEVERITY_BLOCK) : section.blocks;
  parts.push(...blocks.map((b) => renderBlock(b, ctx)));
  const extra: Array<[string, string]> = section.details.map(([k, v]) => [k, esc(v)]);
  for (const [k, v] of Object.entries(ev.notes ?? {})) {
    if (k === 'xLabel' || k === 'yLabel') continue; // a scaling plot's axis labels
    extra.push([k, esc(typeof v === 'number' ? num(v) : v)]);
  }
  if (extra.length) parts.push(`<details class="more"><summary>Details</summary>${kv(extra)}</details>`);
  return `<div class="evidence">${parts.join('\n')}</div>`;
}

/** A definition list of already-escaped values. */
export function kv(rows: Array<[string, string]>): string {
  return `<dl class="kv">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function cell(c: Cell): string {
  if (typeof c === 'string') return esc(c);
  return c.map((s) => {
    if (typeof s === 'string') return esc(s);
    if ('value' in s) return s.code ? `<code>${esc(formatValue(s.value))}</code>` : esc(formatValue(s.value));
    let html = esc(s.text);
    if (s.code) html = `<code>${html}</code>`;
    const tone = s.tone === 'ok' ? 'ok' : s.tone === 'bad' ? 'bad-mark' : s.tone === 'warn' ? 'warn' : '';
    if (s.strong || tone) html = `<b${tone ? ` class="${tone}"` : ''}>${html}</b>`;
    return html;
  }).join('');
}

function renderBlock(b: EvidenceBlock, ctx: DrawContext): string {
  const rows = b.rows?.length ? kv(b.rows.map(([k, v]) => [k, cell(v)])) : '';
  // a title may carry the claim's axis titles, `$…$` TeX included
  const label = `<div class="label">${b.title.includes('$') ? renderMixed(b.title) : esc(b.title)}</div>`;
  const cls = `ev-block${b.className ? ` ${esc(b.className)}` : ''}`;
  const p = b.plot;
  if (b.value !== undefined) return `<div class="${cls}">${label}<pre class="value">${esc(formatValue(b.value))}</pre></div>`;
  if (p?.type === 'meter')
    return `<div class="${cls}">${label}${rows}<div class="meter" title="fraction of the tolerance used"><span style="width:${Math.max(1, Math.min(100, p.fraction * 100)).toFixed(1)}%"></span></div></div>`;
  if (p?.type === 'loglog') {
    const axes = ctx.axes ?? { x: p.xLabel, y: p.yLabel, from: 'notes' as const };
    const res = ctx.resolution;
    return `<div class="${cls}">${label}
<div class="plot-row"><div class="plot">${plot(p, ctx)}
${renderAxesCaption(axes)}
<p class="legend small"><span class="sw pts"></span> one sweep seed at one ${esc(axes.x)} (one colour per sweep seed) <span class="sw fit"></span> fitted y = C·x<sup>k</sup> <span class="sw band"></span> ${p.fit ? esc(percentOf(p.fit.level)) : ''} interval of k <span class="sw claimed"></span> claimed exponent${p.spec ? ` (${esc({ equal: '=', atMost: '≤', atLeast: '≥' }[p.spec.relation])} ${esc(num(p.spec.exponent))})` : ''}${res !== undefined ? ` <span class="sw res"></span> claimed ± resolution (${esc(num(res))})` : ''}</p></div>
${rows}</div></div>`;
  }
  if (p?.type === 'series') {
    const svg = plot(p, ctx);
    return svg ? `<div class="${cls}">${label}${svg}</div>` : '';
  }
  return `<div class="${cls}">${label}${p ? `\n${plot(p, ctx)}\n` : ''}${rows}</div>`;
}

function plot(p: PlotSpec, ctx: DrawContext): string {
  switch (p.type) {
    case 'tightness': return tightnessPlot({ ratio: p.ratio });
    case 'rate': return rateIntervalPlot({ rate: p.rate, interval: p.interval, atLeast: p.atLeast });
    case 'loglog': return p.points.length
      ? scalingPlot({ points: p.points, fit: p.fit, spec: p.spec, resolution: ctx.resolution, xLabel: ctx.axes?.x ?? p.xLabel, yLabel: ctx.axes?.y ?? p.yLabel })
      : '';
    case 'series': {
      const plots = seriesPlots(p.series, { sweepX: ctx.sweepX, sweepLabel: ctx.axes?.x });
      return plots.length ? `<div class="series">${plots.map((s) => `<figure><figcaption>${esc(s.name)}</figcaption>${s.svg}</figure>`).join('')}</div>` : '';
    }
    case 'meter': return '';
  }
}

/**
 * The half-width around the claimed exponent that the verdict resolves: the claim's own
 * `scaling.resolution`, else the engine's (a number or `{ target }` under `evidence.resolution`),
 * else the default the engine applies (20% of the exponent, scaling.ts).
 */
function claimedResolution(ev: { spec?: { exponent?: number; resolution?: number | undefined } | undefined }): number | undefined {
  const own = ev.spec?.resolution;
  if (own !== undefined && Number.isFinite(own)) return own;
  const engine = (ev as { resolution?: number | { target?: number } }).resolution;
  const r = typeof engine === 'number' ? engine : engine?.target;
  if (r !== undefined && Number.isFinite(r) && r > 0) return r;
  // a summary from before the engine recorded its target: the default rule it applies
  const e = ev.spec?.exponent;
  return e !== undefined && Number.isFinite(e) ? defaultScalingResolution(e) : undefined;
}

function renderAxesCaption(axes: AxisTitles): string {
  const side = (name: string, tex: string | undefined, plain: string) => `${name}: ${tex ? renderTex(tex) : esc(plain)}`;
  return `<p class="plot-caption">${side('y', axes.yTex, axes.y)} · ${side('x', axes.xTex, axes.x)} <span class="muted">(both axes logarithmic${axes.from === 'statement' ? '; read from the tested statement' : axes.from === 'generic' ? '; the claim names neither axis' : ''})</span></p>`;
}
