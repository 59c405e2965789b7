import type { ClaimResult } from '../claims/result.ts';
import { escapeHtml as esc } from './escape.ts';
import { findings, undecidedWhy, VARIANT_MEANING, type Findings } from './findings.ts';
import { plural, VERDICTS } from './format.ts';
import { anchor, columnBadge, verdictBadge } from './html_common.ts';
import { renderMixed } from './math.ts';
import { nameSides } from './sides.ts';
import { citeSource } from './source_cite.ts';
import type { ClaimsReport } from './schema.ts';

/**
 * The report's first screen: the answer to "which statements of the source are false, and
 * why?" (the literal statements refuted as written, each with the reason and the catalog's
 * corrected version), what stayed undecided and why, and whether the checker is sound (its
 * controls refuted). Anchored at #findings so a review can link to it.
 */
export function renderFindings(report: ClaimsReport): string {
  const f = findings(report.claims);
  return `<section class="card findings" id="findings">
<h2>Findings <a class="anchor" href="#findings" title="link to the findings">#</a></h2>
<p class="lead">${findingsSentence(f)}</p>
${f.unexpected.length ? `<p class="alarm">✗ ${esc(plural(f.unexpected.length, 'verdict'))} differ from the expectation: the run needs attention before its findings can be trusted (<a href="#attention">what and why</a>).</p>` : ''}
<div class="findings-grid">
<div class="findings-main">
<h3>False as written <span class="muted">· ${f.refuted.length}</span></h3>
${f.refuted.length ? `<ol class="finding-list">${f.refuted.map(({ claim, corrections }) => `<li>${claimLink(claim)}${where(claim)}
<div class="why">${renderMixed(nameSides(claim.reason, claim.sides))}</div>
${corrections.length
    ? corrections.map((c) => `<div class="fix">corrected: ${claimLink(c)} ${verdictBadge(c.verdict)}</div>`).join('')
    : '<div class="fix muted">no corrected version in this run</div>'}</li>`).join('\n')}</ol>` : '<p class="muted">No statement of the source was refuted as written.</p>'}
</div>
<div class="findings-side">
<h3>Undecided <span class="muted">· ${f.undecided.length}</span></h3>
${f.undecided.length ? `<ul class="finding-list">${f.undecided.map((c) => `<li>${claimLink(c)} ${verdictBadge(c.verdict)}${c.variant === 'corrected' ? ' <span class="chip variant-corrected">corrected</span>' : ''}
<div class="why" title="${esc(undecidedWhy(c))}">${renderMixed(undecidedWhy(c))}</div></li>`).join('\n')}</ul>` : '<p class="muted">Every tested statement was decided.</p>'}
<h3>Checker</h3>
<p class="${f.controls.refuted === f.controls.total ? '' : 'bad-mark'}">${f.controls.total
    ? `${f.controls.refuted} of ${esc(plural(f.controls.total, 'control'))} refuted, as built: ${f.controls.refuted === f.controls.total ? 'the checker catches the planted errors' : 'a control that is not refuted means the checker is broken'}.`
    : 'No controls in this run: nothing shows the checker can refute a false statement here.'}</p>
</div>
</div>
</section>`;
}

/** `53 statements … tested as written: 10 refuted, 40 supported, 3 undecided. …` */
export function findingsSentence(f: Findings): string {
  const [lit, cor] = [f.byVariant[0]!, f.byVariant[1]!];
  const undecided = (v: typeof lit) => v.byVerdict.inconclusive + v.byVerdict.error;
  const parts = [`<b>${esc(plural(lit.total, 'statement'))}</b> of the sources tested as written: <b class="v-refuted-text">${lit.byVerdict.refuted} refuted</b>, ${lit.byVerdict.supported} supported, ${undecided(lit)} undecided.`];
  if (cor.total) parts.push(`${esc(plural(cor.total, 'corrected version'))}: ${cor.byVerdict.supported} supported, ${cor.byVerdict.refuted} refuted, ${undecided(cor)} undecided.`);
  return parts.join(' ');
}

function claimLink(c: ClaimResult): string {
  return `<a class="finding-title" href="#${esc(anchor(c.id))}">${renderMixed(c.title)}</a>`;
}

/** The claim id and where the source says it: `seed 003, slide "Balancedness", line 412` (the slide title cut at 72 characters). */
function where(c: ClaimResult): string {
  const w = c.source?.where ?? '';
  const src = citeSource(c.source && { ...c.source, where: w.length > 72 ? `${w.slice(0, 71)}…` : w });
  return ` <span class="muted small">· <code>${esc(c.id)}</code>${src ? ` · <span class="cite" title="${esc(c.source?.doc ?? '')}">${esc(src)}</span>` : ''}</span>`;
}

/** Verdict counts per variant, each variant with what it means. */
export function renderVariantSummary(report: ClaimsReport): string {
  const f = findings(report.claims);
  return `<div class="table-scroll"><table class="variants">
<thead><tr><th>variant</th>${VERDICTS.map((v) => `<th>${columnBadge(v)}</th>`).join('')}<th><span class="long">as expected</span><span class="short">ok</span></th></tr></thead>
<tbody>${f.byVariant.map((v) => `<tr><th scope="row">${esc(v.variant)} <span class="muted small">${esc(VARIANT_MEANING[v.variant])}</span></th>${VERDICTS.map((k) => {
    const n = v.byVerdict[k];
    return `<td class="${n ? `n v-${k}-text` : 'zero'}">${n}</td>`;
  }).join('')}<td class="${v.asExpected === v.total ? 'ok' : 'bad-mark'}">${v.asExpected}/${v.total}</td></tr>`).join('\n')}</tbody>
</table></div>`;
}
