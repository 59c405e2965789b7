/**
 * A strict XML 1.0 well-formedness check for the JUnit tests (linkedom's XML mode is lenient
 * and repairs what a CI system's parser would reject). Covers what our writer can produce:
 * the declaration, elements, attributes, text, entities, CDATA and comments. Returns the
 * problems found; [] means well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(xml);
  if (bad) problems.push(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const NAME = /^[A-Za-z_:][\w.:-]*/;
  const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
  const checkText = (text: string, at: number, inAttr: boolean) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '<') problems.push(`raw '<' in ${inAttr ? 'attribute' : 'text'} at ${at + i}`);
      if (c === '&' && !ENTITY.test(text.slice(i))) problems.push(`bad entity at ${at + i}: ${text.slice(i, i + 12)}`);
    }
    if (!inAttr && text.includes(']]>')) problems.push(`']]>' in text at ${at}`);
  };
  let i = 0;
  const decl = /^<\?xml[^?]*\?>/.exec(xml);
  if (decl) i = decl[0].length;
  const stack: string[] = [];
  let roots = 0;
  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${i}`);
    checkText(text, i, false);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end === -1) { problems.push(`unterminated CDATA at ${i}`); break; }
      if (stack.length === 0) problems.push(`CDATA outside the root at ${i}`);
      i = end + 3;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) { problems.push(`unterminated comment at ${i}`); break; }
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(xml.slice(i));
      if (!m) { problems.push(`bad end tag at ${i}`); break; }
      const open = stack.pop();
      if (open !== m[1]) problems.push(`</${m[1]}> closes <${open}> at ${i}`);
      i += m[0].length;
    } else {
      const name = NAME.exec(xml.slice(i + 1));
      if (!name) { problems.push(`bad tag at ${i}`); break; }
      let j = i + 1 + name[0].length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(j))![0];
        j += ws.length;
        if (xml.startsWith('/>', j) || xml[j] === '>') break;
        if (ws === '') { problems.push(`missing space before attribute at ${j}`); break; }
        const attr = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(j));
        if (!attr) { problems.push(`bad attribute at ${j}: ${xml.slice(j, j + 20)}`); break; }
        if (seen.has(attr[1]!)) problems.push(`duplicate attribute ${attr[1]} at ${j}`);
        seen.add(attr[1]!);
        checkText(attr[3] ?? attr[4] ?? '', j, true);
        j += attr[0].length;
      }
      if (problems.length) break;
      if (stack.length === 0) roots++;
      if (xml.startsWith('/>', j)) i = j + 2;
      else { stack.push(name[0]); i = j + 1; }
    }
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
