import katex from 'katex';
import { escapeHtml } from './escape.ts';
import { unicodeMathVariants } from './math_variants.ts';

/**
 * Math for the report, rendered at report time to MathML with KaTeX: the browser draws
 * MathML natively (Chromium ≥ 109, Firefox, Safari), so the page needs no KaTeX CSS, fonts
 * or script. `trust: false` keeps `\href`, `\includegraphics` and `\htmlClass` inert: a
 * claim's TeX cannot make the page fetch anything.
 */
const KATEX_OPTIONS = { output: 'mathml', throwOnError: true, trust: false, strict: 'ignore' } as const;

/** Renders one TeX string (a claim's `statement`) as MathML; unparsable TeX is shown escaped. */
export function renderTex(tex: string, { display = false }: { display?: boolean } = {}): string {
  const rendered = tryTex(tex, display);
  return rendered ?? `<code class="tex-raw" title="not valid TeX: shown as written">${escapeHtml(tex)}</code>`;
}

function tryTex(tex: string, display: boolean): string | undefined {
  if (tex.trim() === '') return undefined;
  try {
    return unicodeMathVariants(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }));
  } catch {
    return undefined;
  }
}

/** `$$…$$`, `\[…\]`, `$…$`, `\(…\)`; a `\$` is a literal dollar. */
const DELIMITED = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|(?<!\\)\$((?:\\\$|[^$])+?)\$|\\\(([\s\S]+?)\\\)/g;

/**
 * Renders prose that carries TeX fragments (a source's own words, OCR included): delimited
 * fragments (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) and bare runs with a TeX command or a braced
 * script such as `B_{t+1} = B_t` or `O(\mu)` become
 * MathML where KaTeX parses them; everything else, and every fragment that does not parse,
 * is escaped text. The result is always safe HTML.
 */
export function renderMixed(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(DELIMITED)) {
    out += renderBare(text.slice(last, m.index));
    const display = m[1] !== undefined || m[2] !== undefined;
    const tex = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    out += tryTex(tex, display) ?? `<code class="tex-raw">${escapeHtml(m[0])}</code>`;
    last = m.index + m[0].length;
  }
  return out + renderBare(text.slice(last));
}

/** A word that is unmistakably TeX: a command, a sub/superscript, or braces. */
const TEXISH = /\\[a-zA-Z]+|[A-Za-z0-9α-ωΑ-Ω)}\]|'][_^]|^[_^]|[{}]/;
/**
 * A run is rendered only when it is unmistakably TeX (a command or a braced script): prose in
 * Unicode notation such as ‖U‖²_op would come out as italic letters.
 */
const STRONG_TEX = /\\[a-zA-Z]+|[_^]\{/;
/** Words that may sit inside a formula run: operators, single symbols, numbers. */
const MATHY = /^(?:[=<>≤≥≠≈~+\-−*/·×|()[\],.:;…‖∇]+|[A-Za-z]|[0-9.]+|[α-ωΑ-Ω∇∑∏∫‖…]+|\\[,;!]?)$/;

/**
 * `d^{10}-ish` is a formula and an English suffix: KaTeX would read the hyphen as a minus
 * (d¹⁰ − ish). The suffix becomes its own prose word ('' between them reads as a space that is
 * not there, so the formula run ends before it).
 */
function splitSuffix(word: string): string[] {
  const m = /^(.*[}\d)])(-[A-Za-z]{2,}[,.;:]*)$/.exec(word);
  return m && TEXISH.test(m[1]!) ? [m[1]!, '', m[2]!] : [word];
}

/** Finds bare TeX runs in plain prose and renders those that parse; escapes the rest. */
function renderBare(text: string): string {
  if (text === '' || !TEXISH.test(text)) return escapeHtml(text);
  const parts = text.split(/(\s+)/).flatMap(splitSuffix);
  let out = '';
  let i = 0;
  while (i < parts.length) {
    const word = parts[i] ?? '';
    const head = word.replace(/[,.;:]+$/, '');
    if (head === '' || !(TEXISH.test(head) || MATHY.test(head))) {
      out += escapeHtml(word);
      i++;
      continue;
    }
    // grow a run of formula words (with the spaces between them); prose punctuation after a
    // word ends the run there
    let j = i;
    let hasTex = false;
    while (j < parts.length) {
      const w = parts[j] ?? '';
      if (w.trim() === '') { j++; continue; }
      const core = w.replace(/[,.;:]+$/, '');
      if (core === '' || !(TEXISH.test(core) || MATHY.test(core))) break;
      hasTex ||= TEXISH.test(core);
      j++;
      if (core !== w) break;
    }
    while (j > i && (parts[j - 1] ?? '').trim() === '') j--;
    const run = parts.slice(i, j).join('');
    // trailing prose punctuation stays outside the formula
    const trail = /[,.;:]+$/.exec(run)?.[0] ?? '';
    const body = run.slice(0, run.length - trail.length);
    const rendered = hasTex && STRONG_TEX.test(body) ? tryTex(body, false) : undefined;
    out += (rendered ?? escapeHtml(body)) + escapeHtml(trail);
    i = j;
  }
  return out;
}
