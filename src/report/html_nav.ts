import type { ClaimResult } from '../claims/result.ts';
import { escapeHtml as esc } from './escape.ts';
import { VARIANT_ORDER } from './findings.ts';
import { groupByFamily, VERDICTS } from './format.ts';
import { CLAIM_KINDS } from '../claims/types.ts';

/**
 * The toolbar the navigation script (nav_script.ts) drives: a search box, one toggle button
 * per verdict, variant, family and kind present in the run (with its count), and expand /
 * collapse for the cards. `hidden` until the script runs: with scripts off nothing dead shows.
 */
export function renderToolbar(claims: readonly ClaimResult[]): string {
  const group = (name: string, values: readonly string[], of: (c: ClaimResult) => string) => {
    const present = values.map((v) => [v, claims.filter((c) => of(c) === v).length] as const).filter(([, n]) => n > 0);
    return `<div class="fgroup" role="group" aria-label="filter by ${esc(name)}"><span class="flabel">${esc(name)}</span>${present
      .map(([v, n]) => `<button type="button" class="fbtn fbtn-${esc(name)}-${esc(v)}" data-group="${esc(name)}" data-value="${esc(v)}" aria-pressed="false">${esc(v)} <span class="n">${n}</span></button>`)
      .join('')}</div>`;
  };
  return `<div class="toolbar card" id="nav" hidden>
<div class="search-row"><input type="search" id="nav-search" placeholder="Search ids, titles, statements, sources, reasons…" aria-label="search the claims" autocomplete="off" spellcheck="false">
<span id="nav-count" class="muted small" aria-live="polite"></span>
<span class="spacer"></span><button type="button" id="nav-reset" class="tbtn">clear filters</button><button type="button" id="nav-expand" class="tbtn">expand all</button><button type="button" id="nav-collapse" class="tbtn">collapse all</button></div>
<div class="filters">
${group('verdict', VERDICTS, (c) => c.verdict)}
${group('variant', VARIANT_ORDER, (c) => c.variant)}
${group('kind', CLAIM_KINDS, (c) => c.kind)}
${group('family', [...groupByFamily(claims).keys()], (c) => c.family)}
</div>
<p class="muted small hint">Buttons in one row widen the selection (or); rows narrow it (and). A link to a card opens it.</p>
</div>`;
}
