import type { ClaimResult } from '../claims/result.ts';
// (types only: the report imports no tensor module, and drawn_data.ts's recorder extends the Rng)
import type { DrawnData } from '../claims/drawn_data.ts';
import type { Verdict } from '../claims/types.ts';

/** Number and value formatting shared by the HTML, terminal and JUnit renderers (numbers: src/claims/format_number.ts, shared with verdict reasons). */
import { formatNumber } from '../claims/format_number.ts';

export { formatNumber };

/** 812 ms, 3.4 s, 2 min 05 s. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms - min * 60_000) / 1000);
  return `${min} min ${String(s).padStart(2, '0')} s`;
}

/**
 * A compact JSON-like rendering of an instance, witness or evidence value: numbers rounded
 * for reading, long arrays cut to their first entries with a count, nesting bounded.
 * Returns plain text; callers escape it.
 */
export function formatValue(value: unknown, { maxItems = 8, depth = 4, indent = '' } = {}): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) value = Array.from(value as unknown as ArrayLike<number>);
  if (depth <= 0) return Array.isArray(value) ? `[… ${value.length} items]` : '{…}';
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    // an array the engine cut (src/claims/preview.ts) ends with `… N more (L in all)`: L is its true length
    const last = value[value.length - 1];
    const cut = typeof last === 'string' ? /^… \d+ more \((\d+) in all\)$/.exec(last) : null;
    const entries = cut ? value.slice(0, -1) : value;
    const total = cut ? Number(cut[1]) : value.length;
    const shown = entries.slice(0, maxItems).map((v) => formatValue(v, { maxItems, depth: depth - 1, indent: inner }));
    const more = total > shown.length ? [`… ${total - shown.length} more (${total} in all)`] : [];
    const flat = `[${[...shown, ...more].join(', ')}]`;
    if (flat.length <= 90 && !flat.includes('\n')) return flat;
    return `[\n${[...shown, ...more].map((s) => inner + s).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${formatValue(v, { maxItems, depth: depth - 1, indent: inner })}`,
    );
    if (entries.length === 0) return '{}';
    const flat = `{ ${entries.join(', ')} }`;
    if (flat.length <= 90 && !flat.includes('\n')) return flat;
    return `{\n${entries.map((s) => inner + s).join(',\n')}\n${indent}}`;
  }
  return String(value);
}

/**
 * The command that reproduces a claim's outcome: the counterexample's exact replay when there
 * is one, else the result's own `replay` (the engine records it), else a replay built from the
 * result's seed, budget and backend in the engine's format.
 */
export function replayCommand(result: ClaimResult): string {
  if (result.counterexample?.replay) return result.counterexample.replay;
  if (typeof result.replay === 'string' && result.replay !== '') return result.replay;
  return `npx claimcheck replay ${result.id} --seed ${result.seed} --budget ${result.budget} --backend ${result.backend}`;
}

export const VERDICTS: readonly Verdict[] = ['supported', 'refuted', 'inconclusive', 'error'];

/** The families in first-seen order, with their claims. */
export function groupByFamily(claims: readonly ClaimResult[]): Map<string, ClaimResult[]> {
  const families = new Map<string, ClaimResult[]>();
  for (const c of claims) families.set(c.family, [...(families.get(c.family) ?? []), c]);
  return families;
}

/** `1 claim`, `2 claims`, `0 claims`: a count with its noun in the right number. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/**
 * What a check drew from ctx.rng on an instance (src/claims/drawn_data.ts), one line per draw:
 * `X: 12 normals (σ 0.5) [0.4121, -1.203, 0.0371, …]`, `init: 2×3 tensor [...]`. The
 * stream is the fork label the check gave it (`ctx.rng` itself when it did not fork).
 */
export function formatDrawn(drawn: DrawnData | undefined, { maxItems = 6 } = {}): string {
  if (!drawn || drawn.draws.length === 0) return '';
  const lines = drawn.draws.map((d) => {
    const head = d.head.slice(0, maxItems).map((v) => formatNumber(v));
    const values = `[${head.join(', ')}${d.count > head.length ? ', …' : ''}]`;
    const std = d.std !== undefined ? ` (σ ${formatNumber(d.std)})` : '';
    const what = d.call === 'normalTensor' ? `${(d.shape ?? [d.count]).join('×')} tensor${std}`
      : d.call === 'normals' ? `${plural(d.count, 'normal')}${std}`
        : d.call === 'sphere' ? `unit vector in R^${d.count}`
          : `${plural(d.count, `${d.call} draw`)}`;
    return `${d.stream === '' ? 'ctx.rng' : d.stream}: ${what} ${values}`;
  });
  if (drawn.more > 0) lines.push(`… ${plural(drawn.more, 'more draw')} (${drawn.total} numbers drawn in all)`);
  return lines.join('\n');
}
