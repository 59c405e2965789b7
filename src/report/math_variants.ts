/**
 * MathML Core (what Chromium implements) ignores `mathvariant` except "normal", so KaTeX's
 * `<mi mathvariant="script">L</mi>` for \mathcal{L} shows a plain L. The portable form is the
 * Unicode Mathematical Alphanumeric Symbols (𝓛 → ℒ, ℝ, 𝐱): this rewrites KaTeX's output to
 * them for Latin letters and digits, leaving anything else (bold Greek, say) as it was.
 */

/** Start code points of A, a and 0 per variant (Unicode 15, block U+1D400). */
const STARTS: Record<string, { upper: number; lower: number; digit?: number }> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce },
  italic: { upper: 0x1d434, lower: 0x1d44e },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482 },
  script: { upper: 0x1d49c, lower: 0x1d4b6 },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e },
  'double-struck': { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8 },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

/** Letters that were encoded before the block and are holes in it (Letterlike Symbols). */
const HOLES: Record<string, Record<string, number>> = {
  italic: { h: 0x210e },
  script: { B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b, e: 0x212f, g: 0x210a, o: 0x2134 },
  fraktur: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 },
  'double-struck': { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
};

function mapChar(c: string, variant: string): string | undefined {
  const start = STARTS[variant];
  if (!start) return undefined;
  const hole = HOLES[variant]?.[c];
  if (hole) return String.fromCodePoint(hole);
  const code = c.charCodeAt(0);
  if (c >= 'A' && c <= 'Z') return String.fromCodePoint(start.upper + code - 65);
  if (c >= 'a' && c <= 'z') return String.fromCodePoint(start.lower + code - 97);
  if (c >= '0' && c <= '9' && start.digit) return String.fromCodePoint(start.digit + code - 48);
  return undefined;
}

/** Rewrites `<mi|mn|mtext mathvariant="…">ASCII</…>` in KaTeX MathML to Unicode math letters. */
export function unicodeMathVariants(mathml: string): string {
  return mathml.replace(/<(mi|mn|mtext) mathvariant="([a-z-]+)">([A-Za-z0-9]+)<\/\1>/g, (whole, tag: string, variant: string, text: string) => {
    const mapped = [...text].map((c) => mapChar(c, variant));
    if (mapped.some((m) => m === undefined)) return whole;
    return `<${tag}>${mapped.join('')}</${tag}>`;
  });
}
