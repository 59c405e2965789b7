import type { Verdict } from '../claims/types.ts';
import { escapeHtml as esc } from './escape.ts';

/** Small markup helpers shared by the report's sections. */

/** An id or class fragment: anything outside [A-Za-z0-9_.-] becomes '_'. */
export function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** The element id of a claim's card. */
export function anchor(id: string): string {
  return `claim-${slug(id)}`;
}

export function verdictBadge(v: Verdict | string): string {
  return `<span class="badge v-${esc(slug(v))}">${esc(v)}</span>`;
}

/** A verdict as a table column head: the word, or its first three letters on a phone (CSS picks). */
export function columnBadge(v: Verdict | string): string {
  return `<span class="badge v-${esc(slug(v))}" title="${esc(v)}"><span class="long">${esc(v)}</span><span class="short">${esc(v.slice(0, 3))}.</span></span>`;
}
