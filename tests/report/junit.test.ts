import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { renderJunit } from '../../src/report/junit.ts';
import { allExpectedReport, HOSTILE_TITLE, sampleReport } from './fixtures/sample_report.ts';
import { xmlProblems } from './helpers/xml_wellformed.ts';

/** linkedom's XML mode leaves entities in attribute values as written: decode them here. */
function attr(el: Element, name: string): string | null {
  const raw = el.getAttribute(name);
  return raw === null ? null : raw
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(lt|gt|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[e as 'lt'])
    .replace(/&amp;/g, '&');
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

describe('xmlProblems (the strict checker the JUnit tests rely on)', () => {
  it('accepts well-formed XML and rejects what a CI parser rejects', () => {
    expect(xmlProblems('<?xml version="1.0"?><a x="1&amp;2"><b/><![CDATA[<&]]></a>')).toEqual([]);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a x="<">t</a>')).not.toEqual([]);
    expect(xmlProblems('<a>Tom & Jerry</a>')).not.toEqual([]);
    expect(xmlProblems('<a>\u001b[31m</a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1" x="2"/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a><![CDATA[x]]>]]></a>')).not.toEqual([]);
  });
});

describe('renderJunit', () => {
  const xml = renderJunit(sampleReport);
  const doc = parse(xml);

  it('is well-formed XML, hostile text and ANSI escapes included', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('\u001b');
  });

  it('has one testcase per claim, classname = family, name = claim id', () => {
    const cases = [...doc.querySelectorAll('testcase')];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(sampleReport.claims.map((c) => c.id));
    expect(cases.map((c) => c.getAttribute('classname'))).toEqual(sampleReport.claims.map((c) => c.family));
    for (const [k, c] of cases.entries()) {
      expect(Number(c.getAttribute('time'))).toBeCloseTo(sampleReport.claims[k]!.durationMs / 1000, 3);
    }
  });

  it('counts tests and failures on the root and on each family suite', () => {
    const root = doc.querySelector('testsuites')!;
    expect(root.getAttribute('tests')).toBe(String(sampleReport.claims.length));
    expect(root.getAttribute('failures')).toBe(String(sampleReport.summary.unexpected.length));
    for (const suite of doc.querySelectorAll('testsuite')) {
      const family = suite.getAttribute('name');
      const claims = sampleReport.claims.filter((c) => c.family === family);
      expect(suite.getAttribute('tests')).toBe(String(claims.length));
      expect(suite.getAttribute('failures')).toBe(String(claims.filter((c) => !c.asExpected).length));
      expect(suite.querySelector('property[name="seed"]')?.getAttribute('value')).toBe(String(sampleReport.run.seed));
    }
  });

  it('fails exactly the claims whose verdict differs from the expectation, with verdict and replay in the message', () => {
    for (const c of doc.querySelectorAll('testcase')) {
      const claim = sampleReport.claims.find((r) => r.id === c.getAttribute('name'))!;
      const failure = c.querySelector('failure');
      if (claim.asExpected) {
        expect(failure).toBeNull();
        continue;
      }
      expect(failure).not.toBeNull();
      const message = attr(failure!, 'message')!;
      expect(message).toContain(`expected ${claim.expect}, got ${claim.verdict}`);
      expect(failure!.getAttribute('type')).toBe(claim.verdict);
      const replay = claim.counterexample?.replay ?? `npx claimcheck replay ${claim.id} --seed ${claim.seed}`;
      expect(message).toContain(replay);
      expect(failure!.textContent).toContain(replay);
    }
  });

  it('keeps hostile text as text: the title survives the round trip, no element is injected', () => {
    const hostile = [...doc.querySelectorAll('testcase')].find((c) => c.getAttribute('classname') === 'hostile')!;
    expect(hostile.querySelector('failure')!.textContent).toContain(HOSTILE_TITLE);
    expect(doc.querySelectorAll('img, script, svg, iframe').length).toBe(0);
  });

  it('names the sides and cites the source line; a failure shows what the check drew', () => {
    const lemma = [...doc.querySelectorAll('testcase')].find((c) => c.getAttribute('name') === 'balancedness.frobenius-drift-lemma')!;
    const out = lemma.querySelector('system-out')!.textContent!;
    expect(out).toContain("lhs [drift ‖B_t‖_F after t steps] 3.552 > rhs [the lemma's bound] 2.709");
    expect(out).toContain('as stated: seed 003, slide "Balancedness", Lemma, line 412');
    // the same claim failing its expectation: the failure's body carries the details
    const failing = { ...sampleReport, claims: sampleReport.claims.map((c) => (c.id === 'balancedness.frobenius-drift-lemma' ? { ...c, asExpected: false, expect: 'supported' as const } : c)) };
    const f = [...parse(renderJunit(failing)).querySelectorAll('testcase')].find((c) => c.getAttribute('name') === 'balancedness.frobenius-drift-lemma')!.querySelector('failure')!;
    expect(attr(f, 'message')).toContain("lhs [drift ‖B_t‖_F after t steps] 3.552");
    const body = f.textContent!;
    expect(body).toContain("sides:    lhs = drift ‖B_t‖_F after t steps · rhs = the lemma's bound");
    expect(body).toContain('source:   seed 003, slide "Balancedness", Lemma, line 412 (003_e1a41577358f3c93.txt)');
    expect(body).toContain('drawn from ctx.rng:\n    U0: 6 normals [0.4121, -1.203, 0.0371, 0.9912, -0.5076, 0.2208]\n    V0: 3×2 tensor (σ 0.5) [0.1187,');
  });

  it('has no failure when every claim met its expectation', () => {
    const ok = renderJunit(allExpectedReport);
    expect(xmlProblems(ok)).toEqual([]);
    expect(parse(ok).querySelectorAll('failure').length).toBe(0);
    expect(parse(ok).querySelector('testsuites')!.getAttribute('failures')).toBe('0');
  });
});
