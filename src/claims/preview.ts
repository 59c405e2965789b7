/**
 * A bounded, JSON-safe copy of an instance or of what a check measured, for the claims report:
 * typed arrays become plain arrays (JSON.stringify writes a Float64Array as {"0": …, "1": …}),
 * arrays longer than {@link PREVIEW_ITEMS} keep their first entries and end with a marker
 * `… N more (L in all)`, nesting stops at {@link PREVIEW_DEPTH}. Replays never read it: they
 * rebuild the instance from the seed and the path (and the failure database keeps its own copy).
 */

/** Entries kept per array. */
export const PREVIEW_ITEMS = 64;
/** Levels of nesting kept. */
export const PREVIEW_DEPTH = 6;

/** The marker that ends a cut array: `… 936 more (1000 in all)`. */
export function moreMarker(more: number, total: number): string {
  return `… ${more} more (${total} in all)`;
}

export function previewValue(value: unknown, depth = PREVIEW_DEPTH): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? String(value) : typeof value === 'bigint' ? String(value) : value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) value = Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) {
    if (depth <= 0) return moreMarker(value.length, value.length);
    const kept = value.slice(0, PREVIEW_ITEMS).map((v) => previewValue(v, depth - 1));
    return value.length > PREVIEW_ITEMS ? [...kept, moreMarker(value.length - PREVIEW_ITEMS, value.length)] : kept;
  }
  if (depth <= 0) return '{…}';
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = previewValue(v, depth - 1);
  return out;
}
