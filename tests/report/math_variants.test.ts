import { describe, expect, it } from 'vitest';
import { unicodeMathVariants } from '../../src/report/math_variants.ts';
import { renderTex } from '../../src/report/math.ts';

describe('unicodeMathVariants', () => {
  it('maps script, double-struck, bold, fraktur letters to Unicode math letters, holes included', () => {
    // code points from the Unicode charts (Mathematical Alphanumeric Symbols, Letterlike Symbols)
    expect(unicodeMathVariants('<mi mathvariant="script">L</mi>')).toBe('<mi>\u2112</mi>'); // ℒ
    expect(unicodeMathVariants('<mi mathvariant="script">A</mi>')).toBe('<mi>\u{1D49C}</mi>'); // 𝒜
    expect(unicodeMathVariants('<mi mathvariant="double-struck">R</mi>')).toBe('<mi>\u211D</mi>'); // ℝ
    expect(unicodeMathVariants('<mi mathvariant="double-struck">E</mi>')).toBe('<mi>\u{1D53C}</mi>'); // 𝔼
    expect(unicodeMathVariants('<mi mathvariant="bold">x</mi>')).toBe('<mi>\u{1D431}</mi>'); // 𝐱
    expect(unicodeMathVariants('<mn mathvariant="double-struck">1</mn>')).toBe('<mn>\u{1D7D9}</mn>'); // 𝟙
    expect(unicodeMathVariants('<mi mathvariant="fraktur">g</mi>')).toBe('<mi>\u{1D524}</mi>'); // 𝔤
  });

  it('leaves normal text, Greek and unknown variants as they were', () => {
    for (const s of ['<mi mathvariant="normal">d</mi>', '<mi mathvariant="bold-italic">ν</mi>', '<mi>x</mi>', '<mi mathvariant="weird">x</mi>']) {
      expect(unicodeMathVariants(s)).toBe(s);
    }
  });

  it('is applied to rendered TeX, and the annotation keeps the TeX', () => {
    const html = renderTex(String.raw`\mathcal{L}(\theta) \in \mathbb{R}`);
    expect(html).toContain('<mi>\u2112</mi>');
    expect(html).toContain('<mi>\u211D</mi>');
    expect(html).toContain(String.raw`\mathcal{L}(\theta) \in \mathbb{R}`);
    expect(html).not.toContain('mathvariant="script"');
  });
});
