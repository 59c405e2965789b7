import { abs, add, fraction, multiply, type Fraction } from 'mathjs';

/** A polynomial φ(z) = Σ_i a_i zⁱ with exact rational coefficients; index i holds a_i. */
export type Poly = Fraction[];

/** Exact rational from an integer or a pair (numerator, denominator). */
export const q = (n: number, d = 1): Fraction => fraction(n, d) as Fraction;

function trim(p: Poly): Poly {
  const out = [...p];
  while (out.length > 1 && Number(out.at(-1)!.n) === 0) out.pop();
  return out;
}

/** Sum of two polynomials, exactly. */
export function polyAdd(a: Poly, b: Poly): Poly {
  const n = Math.max(a.length, b.length);
  return trim(Array.from({ length: n }, (_, i) => add(a[i] ?? q(0), b[i] ?? q(0)) as Fraction));
}

/** Product of two polynomials, exactly. */
export function polyMul(a: Poly, b: Poly): Poly {
  const out: Poly = Array.from({ length: a.length + b.length - 1 }, () => q(0));
  a.forEach((ai, i) => b.forEach((bj, j) => (out[i + j] = add(out[i + j]!, multiply(ai, bj)) as Fraction)));
  return trim(out);
}

/** Composition (g ∘ f)(z) = g(f(z)) by Horner's rule, exactly. */
export function polyCompose(g: Poly, f: Poly): Poly {
  let acc: Poly = [q(0)];
  for (let i = g.length - 1; i >= 0; i--) acc = polyAdd(polyMul(acc, f), [g[i]!]);
  return acc;
}

/** φ_abs(z) = Σ_i |a_i| zⁱ: the majorant series. */
export function polyAbs(p: Poly): Poly {
  return p.map((a) => abs(a) as Fraction);
}

/** Value at a rational point, exactly. */
export function polyEval(p: Poly, z: Fraction): Fraction {
  let acc = q(0);
  for (let i = p.length - 1; i >= 0; i--) acc = add(multiply(acc, z), p[i]!) as Fraction;
  return acc;
}

/** Derivative, exactly. */
export function polyDerivative(p: Poly): Poly {
  return p.length <= 1 ? [q(0)] : p.slice(1).map((a, i) => multiply(a, q(i + 1)) as Fraction);
}

/**
 * Complexity of a power series as the slide defines it (Allen-Zhu & Li 2019, seed 001,
 * "Complexity measure of the functions"): `C(φ) = Σ_i |a_i|·i` for `φ(z) = Σ_i a_i zⁱ`.
 * It equals `φ_abs'(1)`, the derivative of the majorant series at 1.
 */
export function complexity(p: Poly): Fraction {
  return p.reduce((acc, a, i) => add(acc, multiply(abs(a), q(i))) as Fraction, q(0));
}

/**
 * The chain-rule bound for the complexity of a composition:
 * `C(g∘f) ≤ g_abs'(f_abs(1)) · C(f)`, with equality when every coefficient is ≥ 0
 * (the coefficients of g∘f are dominated entrywise by those of g_abs∘f_abs, whose
 * derivative at 1 is the right-hand side).
 */
export function compositionBound(g: Poly, f: Poly): Fraction {
  const fAbs = polyAbs(f);
  return multiply(polyEval(polyDerivative(polyAbs(g)), polyEval(fAbs, q(1))), complexity(f)) as Fraction;
}

/** A Fraction as a JS number (exact for integers below 2⁵³). */
export function toNumber(x: Fraction): number {
  return Number(x.s) * Number(x.n) / Number(x.d);
}
