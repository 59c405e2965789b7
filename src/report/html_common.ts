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
