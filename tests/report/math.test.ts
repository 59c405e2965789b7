import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderMixed, renderTex } from '../../src/report/math.ts';

function dom(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('renderTex', () => {
  it('renders a statement as MathML with its TeX kept as the annotation', () => {
    const d = dom(renderTex(String.raw`B_{t+1} = B_t + \mu^2`, { display: true }));
    const math = d.querySelector('math');
    expect(math).not.toBeNull();
    expect(math!.getAttribute('display')).toBe('block');
    expect(d.querySelector('annotation')!.textContent).toBe(String.raw`B_{t+1} = B_t + \mu^2`);
    expect(d.querySelectorAll('msub').length).toBe(2);
  });

  it('shows TeX that does not parse as escaped code, not as a KaTeX error or markup', () => {
    const html = renderTex(String.raw`\frac{1 <b>x</b>`);
    expect(html).toContain('class="tex-raw"');
    expect(html).toContain('&lt;b&gt;');
    expect(dom(html).querySelector('b')).toBeNull();
  });

  it('keeps \\href inert: no link, nothing fetched', () => {
    const d = dom(renderTex(String.raw`\href{https://example.com}{x} + \url{https://example.com} + \includegraphics{https://example.com/a.png}`));
    expect(d.querySelectorAll('[href], [src], img, a').length).toBe(0);
  });
});

describe('renderMixed', () => {
  it('renders delimited fragments and escapes the prose around them', () => {
    const d = dom(renderMixed(String.raw`Lemma: $\|B_t\|_F \leq \|B_0\|_F$ holds <b>here</b> & $$x^2$$`));
    expect(d.querySelectorAll('math').length).toBe(2);
    expect(d.querySelector('b')).toBeNull();
    expect(d.body.textContent).toContain('<b>here</b> &');
  });

  it('renders bare TeX runs in prose (OCR text carries them without delimiters)', () => {
    const d = dom(renderMixed(String.raw`gradient flow conserves U^T U - V^T V, so GD drifts by O(\mu) only`));
    const maths = [...d.querySelectorAll('annotation')].map((a) => a.textContent);
    expect(maths).toEqual([String.raw`O(\mu)`]);
    expect(d.body.textContent).toContain('gradient flow conserves U^T U - V^T V');
    expect(d.body.textContent).toContain(', so GD drifts by');
  });

  it('leaves Unicode notation with bare underscores as text (it would render as italic letters)', () => {
    const text = 'β̄_t = ‖A‖²(max‖U‖²_op + max‖V‖²_op) + ‖A∗r_t‖_op';
    expect(renderMixed(text)).toBe(text);
  });

  it('renders Greek letters with scripts in OCR text (μ^2)', () => {
    const d = dom(renderMixed('B_{t+1} = B_t + μ^2 (…) [altered]'));
    expect([...d.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['B_{t+1} = B_t + μ^2 (…)']);
  });

  it('leaves plain prose, prices and broken fragments as escaped text', () => {
    expect(renderMixed('ReLU network is not smooth')).toBe('ReLU network is not smooth');
    expect(renderMixed('costs $5 and <i>more</i>')).toBe('costs $5 and &lt;i&gt;more&lt;/i&gt;');
    const broken = renderMixed(String.raw`see $\frac{1$ there`);
    expect(broken).toContain('tex-raw');
    expect(dom(broken).querySelector('math')).toBeNull();
  });

  it('keeps a hyphenated English suffix out of the formula: d^{10}-ish is d¹⁰ then "-ish", not d¹⁰ − ish', () => {
    for (const text of [String.raw`below d^{10}-ish samples`, String.raw`below $d^{10}$-ish samples`]) {
      const d = dom(renderMixed(text));
      expect([...d.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['d^{10}']);
      expect(d.body.textContent).toMatch(/-ish samples$/);
      expect(d.querySelector('math')!.textContent).not.toContain('ish');
    }
  });

  it('renders TeX in titles the way it renders statements (m^{-1/2}, α^{21/16})', () => {
    const d = dom(renderMixed('decays at least like α^{21/16} at rate m^{-1/2}'));
    expect([...d.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['α^{21/16}', 'm^{-1/2}']);
  });

  it('cannot be used to close the math element and inject markup', () => {
    const d = dom(renderMixed(String.raw`$</math><img src=y onerror=alert(5)>$ and \(</math><img src=z>\)`));
    expect(d.querySelectorAll('img').length).toBe(0);
  });
});
