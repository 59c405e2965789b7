import { describe, expect, it } from 'vitest';
import { cdata, escapeHtml, escapeXml, stripAnsi } from '../../src/report/escape.ts';

describe('escapeHtml', () => {
  it('escapes the five markup characters and leaves other text alone', () => {
    expect(escapeHtml(`<img src="x" onerror='a'>&`)).toBe('&lt;img src=&quot;x&quot; onerror=&#39;a&#39;&gt;&amp;');
    expect(escapeHtml('‖B_t‖ ≤ μ²')).toBe('‖B_t‖ ≤ μ²');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('escapeXml', () => {
  it('escapes entities, keeps tabs and newlines as references, drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(escapeXml('x\ty\nz')).toBe('x&#9;y&#10;z');
    expect(escapeXml('bell\u0007 nul\u0000')).toBe('bell nul');
    expect(escapeXml('\u001b[31mred\u001b[39m')).toBe('red');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });
});

describe('cdata', () => {
  it('splits a ]]> so the section cannot be closed early', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});

describe('stripAnsi', () => {
  it('removes colour and cursor sequences', () => {
    expect(stripAnsi('\u001b[1m\u001b[31mbold red\u001b[0m \u001b[2K')).toBe('bold red ');
  });
});
