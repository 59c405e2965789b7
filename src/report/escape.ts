/**
 * Escaping for the report's HTML and the JUnit XML: every string that came from a claim
 * (title, statement, source words, counterexample values, error messages) passes through
 * here before it reaches markup. One place, so a hostile claim cannot slip past one renderer.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for XML 1.0 (text or attribute): the five entities, and the control
 * characters XML 1.0 forbids are dropped (an ANSI escape in an error message would make a CI
 * system reject the whole file). Tabs and newlines in attributes become character references
 * so a parser keeps them instead of normalising them to spaces.
 */
export function escapeXml(text: unknown): string {
  return xmlChars(String(text)).replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Removes ANSI colour sequences (error messages captured from a terminal carry them). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001B\[[0-9;?]*[ -/]*[@-~]/g, '');
}

/** Text inside an XML CDATA section: `]]>` is split so it cannot close the section early. */
export function cdata(text: string): string {
  return `<![CDATA[${escapeCdataBody(text)}]]>`;
}

function escapeCdataBody(text: string): string {
  return xmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>');
}

/** Keeps only characters XML 1.0 allows: ANSI sequences and control characters dropped, lone surrogates replaced. */
function xmlChars(text: string): string {
  return stripAnsi(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
