import type { ClaimResult } from '../claims/result.ts';

/**
 * Axis titles for a scaling claim's plot, from the most to the least explicit source:
 *
 * 1. the claim's own `scaling.axes: { x, y }` (plain text, `$…$` TeX allowed), from its
 *    evidence's `spec` (the engine copies the claim's scaling spec there, scaling.ts);
 * 2. the evidence notes `xLabel` / `yLabel`;
 * 3. the tested statement itself: its left-hand side is the measured quantity, and the base
 *    of the power (or of Θ(·), O(·)) on its right-hand side is the swept variable;
 * 4. 'swept size' / 'measured quantity'.
 *
 * `x` and `y` are plain text for the SVG; `xTex` and `yTex`, when known, are TeX for the
 * caption under the plot, rendered through the same KaTeX path as statements.
 */
export interface AxisTitles {
  x: string;
  y: string;
  xTex?: string;
  yTex?: string;
  from: 'claim' | 'notes' | 'statement' | 'generic';
}

export function scalingAxes(c: Pick<ClaimResult, 'statement' | 'evidence'>): AxisTitles {
  const declared = c.evidence?.kind === 'scaling' ? c.evidence.spec?.axes : undefined;
  if (declared) {
    return { x: texToPlain(declared.x), y: texToPlain(declared.y), xTex: textAsTex(declared.x), yTex: textAsTex(declared.y), from: 'claim' };
  }
  const notes = c.evidence?.notes;
  if (typeof notes?.xLabel === 'string' && typeof notes.yLabel === 'string') return { x: notes.xLabel, y: notes.yLabel, from: 'notes' };
  const guess = fromStatement(c.statement ?? '');
  if (guess) return { x: texToPlain(guess.x), y: texToPlain(guess.y), xTex: guess.x, yTex: guess.y, from: 'statement' };
  return { x: 'swept size', y: 'measured quantity', from: 'generic' };
}

/** A label with `$…$` becomes TeX with \text around the prose; pure TeX stays as it is. */
function textAsTex(label: string): string | undefined {
  if (!label.includes('$')) return undefined;
  return label.split(/(\$[^$]+\$)/).filter(Boolean)
    .map((part) => (part.startsWith('$') ? part.slice(1, -1) : `\\text{${part.replace(/[\\{}]/g, '')}}`)).join('');
}

const RELATION = /\\asymp|\\lesssim|\\gtrsim|\\leq?(?![a-zA-Z])|\\geq?(?![a-zA-Z])|\\sim(?![a-zA-Z])|\\propto|=|\\approx/;

/** Splits `lhs REL rhs` at the first relation outside braces and parentheses. */
function splitRelation(tex: string): [string, string] | undefined {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i]!;
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if (depth === 0) {
      const m = RELATION.exec(tex.slice(i));
      if (m && m.index === 0) return [tex.slice(0, i), tex.slice(i + m[0].length)];
    }
  }
  return undefined;
}

function fromStatement(statement: string): { x: string; y: string } | undefined {
  const parts = splitRelation(statement);
  if (!parts) return undefined;
  const y = parts[0].trim();
  // a lone symbol before '=' is a setting (d = 8), not the measured quantity
  if (y === '' || /^\\?[A-Za-z]+$/.test(y) || y.length > 140) return undefined;
  const rhs = parts[1];
  const power = /(\\[a-zA-Z]+|[A-Za-z](?:_\{?[0-9A-Za-z]+\}?)?|\(([^()]*)\))\s*\^\s*(?:\{[^}]*\}|-?\d)/.exec(rhs);
  const order = /\\(?:Theta|Omega|Omicron)\s*\(\s*(\\[a-zA-Z]+|[A-Za-z])|\bO\s*\(\s*(\\[a-zA-Z]+|[A-Za-z])/.exec(rhs);
  let x: string | undefined;
  if (power) x = power[2] !== undefined ? /\\[a-zA-Z]+|[A-Za-z]/.exec(power[2])?.[0] : power[1];
  if (order && (!power || order.index < power.index)) x = order[1] ?? order[2];
  if (!x || /^\\(?:text|mathrm|big|Big|left|right|frac|tfrac|sqrt|quad|mathbb)/.test(x)) return undefined;
  return { x, y };
}

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', kappa: 'κ',
  lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ', chi: 'χ',
  psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  top: 'ᵀ', infty: '∞', le: '≤', leq: '≤', ge: '≥', geq: '≥', cdot: '·', times: '×', sum: 'Σ', langle: '⟨', rangle: '⟩',
  star: '*', ast: '*', partial: '∂', nabla: '∇', approx: '≈', sim: '~', asymp: '≍', ne: '≠', neq: '≠', in: '∈', lesssim: '≲', gtrsim: '≳', star_: '⋆',
  max: 'max', min: 'min', sup: 'sup', inf: 'inf', log: 'log', exp: 'exp', mathcal: '', mathbf: '', mathrm: '', text: '',
  operatorname: '', mathbb: '', hat: '', tilde: '', bar: '', left: '', right: '', big: '', Big: '', bigl: '', bigr: '',
  Bigl: '', Bigr: '', displaystyle: '', textstyle: '', quad: ' ', qquad: ' ', lVert: '‖', rVert: '‖', Vert: '‖', mid: '|',
};
const SUP: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '-': '⁻', '+': '⁺', '/': 'ᐟ', '*': '*', T: 'ᵀ', '(': '⁽', ')': '⁾' };
const SUB: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '-': '₋', '+': '₊', '(': '₍', ')': '₎' };

function script(body: string, table: Record<string, string>, mark: string): string {
  const chars = [...body];
  return chars.every((ch) => table[ch] !== undefined) ? chars.map((ch) => table[ch]).join('') : `${mark}${body.length > 1 ? `(${body})` : body}`;
}

/**
 * TeX to a readable one-line plain-text approximation for SVG text (an axis title cannot hold
 * MathML): ‖B_T − B₀‖_F, m⁻ᐟ², √m. Cut at 56 characters.
 */
export function texToPlain(tex: string): string {
  let s = tex.replace(/\$/g, '').replace(/\\\|/g, '‖').replace(/\\([#{}%&_])/g, '$1').replace(/\\[,;:! ]/g, ' ');
  // innermost braces first: scripts, then fractions and roots, three levels deep
  for (let k = 0; k < 3; k++) {
    s = s.replace(/\^\{([^{}]*)\}/g, (_, b: string) => script(b, SUP, '^')).replace(/_\{([^{}]*)\}/g, (_, b: string) => script(b, SUB, '_'));
    s = s.replace(/\\[td]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_, a: string, b: string) => `${wrap(a)}/${wrap(b)}`);
    s = s.replace(/\\sqrt\s*\{([^{}]*)\}/g, (_, a: string) => `√${wrap(a)}`);
  }
  s = s.replace(/\\[td]?frac\s*([0-9A-Za-z])\s*([0-9A-Za-z])/g, '$1/$2').replace(/\\sqrt\s*/g, '√');
  s = s.replace(/\\([a-zA-Z]+)/g, (_, name: string) => SYMBOLS[name] ?? name);
  s = s.replace(/\^ᵀ/g, 'ᵀ');
  s = s.replace(/\^([0-9A-Za-z*])/g, (_, b: string) => script(b, SUP, '^')).replace(/_([0-9])/g, (_, b: string) => script(b, SUB, '_'));
  s = s.replace(/[{}]/g, '').replace(/ - /g, ' − ').replace(/\s+/g, ' ').trim();
  return s.length > 56 ? `${s.slice(0, 55)}…` : s;
}

/** Parentheses only where a fraction's part has more than one symbol. */
function wrap(part: string): string {
  const t = part.trim();
  return /^(?:\\?[A-Za-z]+|[0-9.]+|‖[^‖]*‖(?:_[A-Za-z]+|[₀-₉]+)?)$/u.test(t) ? t : `(${t})`;
}
