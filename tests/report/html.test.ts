import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import type { InequalitySummary } from '../../src/claims/kinds/inequality.ts';
import type { ScalingSummary } from '../../src/claims/kinds/scaling.ts';
import { renderHtml } from '../../src/report/html.ts';
import { NAV_SCRIPT } from '../../src/report/nav_script.ts';
import { scalingAxes, texToPlain } from '../../src/report/plot_axes.ts';
import { nameSides } from '../../src/report/sides.ts';
import { allExpectedReport, HOSTILE_TITLE, sampleReport } from './fixtures/sample_report.ts';

const html = renderHtml(sampleReport);
const { document } = parseHTML(html);

/** Attributes through which a page can fetch something or run script. */
const FETCHING = ['src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping', 'manifest'];

describe('renderHtml: self-contained', () => {
  it('fetches nothing: no link, img, iframe, object; one inline script (the navigation), no src-like attribute; links are in-page anchors', () => {
    expect(document.querySelectorAll('link, img, iframe, object, embed, audio, video, source, base, form').length).toBe(0);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.length).toBe(1);
    expect(scripts[0]!.textContent).toBe(NAV_SCRIPT);
    for (const el of document.querySelectorAll('*')) {
      for (const name of FETCHING) expect(el.hasAttribute(name), `${el.tagName} has ${name}`).toBe(false);
      const href = el.getAttribute('href');
      if (href !== null) expect(href.startsWith('#'), `${el.tagName} href=${href}`).toBe(true);
    }
  });

  it('has no external URL in its CSS (no @import, no url(), no @font-face)', () => {
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).not.toMatch(/@import|url\(|@font-face/i);
    for (const el of document.querySelectorAll('[style]')) expect(el.getAttribute('style')).not.toMatch(/url\(/i);
  });

  it('forbids fetching with a Content-Security-Policy as a second line of defence', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    // script: only the navigation script, by the sha256 of its exact text (computed here independently)
    const hash = createHash('sha256').update(document.querySelector('script')!.textContent!, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe/);
    expect(html.split('<script').length - 1).toBe(1);
  });
});

describe('renderHtml: escaping', () => {
  const hostile = document.getElementById('claim-hostile.injection-attempt')!;

  it('renders the hostile title as text: no <img> element anywhere in the DOM', () => {
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(hostile.querySelector('.claim-title')!.textContent).toBe(HOSTILE_TITLE);
  });

  it('injects no element and no event handler from any claim field', () => {
    expect(document.querySelectorAll('script:not(:last-of-type), iframe, b[onmouseover], i').length).toBe(0);
    expect(document.querySelector('script')!.textContent).toBe(NAV_SCRIPT);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName}[${attr.name}]`).toBe(false);
    }
    // the counterexample, error and reason appear as text
    expect(hostile.textContent).toContain('</pre><script>alert(11)</script>');
    expect(hostile.textContent).toContain('<img src=q onerror=alert(9)>');
    expect(hostile.textContent).toContain('<script>alert(8)</script>');
    expect(hostile.textContent).not.toContain('\u001b');
  });
});

describe('renderHtml: content a reviewer needs', () => {
  it('has a section for every claim, with its id visible and a rendered tested statement', () => {
    for (const c of sampleReport.claims) {
      const el = document.getElementById(`claim-${c.id}`);
      expect(el, c.id).not.toBeNull();
      expect(el!.querySelector('.claim-id')!.textContent).toBe(c.id);
      expect(el!.querySelector('.badge')!.textContent).toBe(c.verdict);
      if (c.family !== 'hostile') expect(el!.querySelector('.tested math'), c.id).not.toBeNull();
    }
  });

  it('shows the source words as math where they carry TeX', () => {
    const el = document.getElementById('claim-balancedness.frobenius-drift-lemma')!;
    expect(el.querySelector('.source blockquote math')).not.toBeNull();
    expect(el.querySelector('.source blockquote')!.textContent).toContain('Lemma:');
  });

  it('summarises verdict counts per family and expected vs actual', () => {
    const rows = [...document.querySelectorAll('table.summary tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['balancedness', '3', '3', '0', '0', '6/6'],
      ['ntk', '2', '0', '0', '1', '2/3'],
      ['hostile', '0', '0', '1', '0', '0/1'],
    ]);
    const foot = [...document.querySelectorAll('table.summary tfoot td')].map((td) => td.textContent);
    expect(foot).toEqual(['5', '3', '1', '1', '8/10']);
  });

  it('lists run metadata: seed, budget, backend, linalg, versions, durations', () => {
    const run = document.getElementById('run')!.textContent!;
    for (const s of ['20261123', 'quick', 'wasm', 'ml-matrix', '4.22.0', '4.10.2', 'v20.20.2', '37.5 s', 'AMD EPYC 7B13']) expect(run).toContain(s);
  });

  it('gives every unexpected verdict its replay command in a code block, and the counterexamples theirs', () => {
    const attention = document.querySelector('.attention')!;
    expect(attention.querySelectorAll('li').length).toBe(sampleReport.summary.unexpected.length);
    const commands = [...document.querySelectorAll('pre.cmd code')].map((c) => c.textContent);
    for (const c of sampleReport.claims.filter((r) => r.counterexample)) expect(commands).toContain(c.counterexample!.replay);
    expect(commands).toContain('npx claimcheck replay ntk.kernel-limit-rate --seed 20261123 --budget quick --backend wasm');
  });

  it('draws a log-log plot for each scaling claim with points, and trajectories for series', () => {
    const drift = document.getElementById('claim-balancedness.gradient-flow-drift-rate')!;
    expect(drift.querySelectorAll('.scaling g[aria-label="dot"] circle').length).toBe((sampleReport.claims[3]!.evidence as ScalingSummary).points!.length);
    expect(drift.querySelectorAll('.series figure g[aria-label="line"]').length).toBe(2);
    expect(drift.textContent).toContain('1.01');
    expect(drift.textContent).toContain('[0.93, 1.09]');
  });

  it('shows tightness for inequalities, the rate interval for probabilities and the witness for existence', () => {
    expect(document.getElementById('claim-balancedness.frobenius-drift-small-step')!.textContent).toContain('0.934');
    expect(document.getElementById('claim-balancedness.frobenius-drift-small-step')!.querySelector('svg')).not.toBeNull();
    const prob = document.getElementById('claim-ntk.init-output-variance')!;
    expect(prob.textContent).toContain('197 of 200');
    expect(prob.querySelector('svg')).not.toBeNull();
    expect(document.getElementById('claim-ntk.relu-not-smooth')!.querySelector('pre.value')!.textContent).toContain('delta: 1.2e-6');
  });

  it('never rounds a Bonferroni-adjusted level up to 100%', () => {
    const c = sampleReport.claims[3]!;
    const adjusted = { ...c, evidence: { ...c.evidence, fit: { ...(c.evidence as ScalingSummary).fit!, level: 0.999474 } } };
    const text = parseHTML(renderHtml({ ...sampleReport, claims: [adjusted] })).document.querySelector('.scaling')!.textContent!;
    expect(text).toContain('99.95% interval');
    expect(text).not.toMatch(/100% interval/);
  });

  it('shows the error message of an error verdict', () => {
    expect(document.getElementById('claim-ntk.kernel-limit-rate')!.querySelector('.error-block pre')!.textContent).toContain('NonFiniteEvidenceError');
  });

  it('says when every claim met its expectation', () => {
    const ok = parseHTML(renderHtml(allExpectedReport)).document;
    expect(ok.querySelector('header')!.className).toContain('good');
    expect(ok.querySelector('.attention')).toBeNull();
  });
});

describe('renderHtml: findings first', () => {
  const findingsEl = document.getElementById('findings')!;

  it('opens with the findings, anchored at #findings, before the summary and the claims', () => {
    expect(findingsEl).not.toBeNull();
    const order = ['findings', 'summary', 'nav', 'claims'].map((id) => html.indexOf(`id="${id}"`));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(document.querySelector('header a[href="#findings"]')).not.toBeNull();
    // the headline is the finding; verdicts off their expectation follow it, linked, and their section comes after the findings
    expect(document.querySelector('header .headline')!.textContent).toBe('1 of 7 statements refuted as written · 2 undecided');
    expect(document.querySelector('header .alarm-line a[href="#attention"]')!.textContent).toBe('✗ 2 of 10 claims did not meet their expectation');
    expect(html.indexOf('id="attention"')).toBeGreaterThan(html.indexOf('id="findings"'));
  });

  it('names the literal statements refuted as written with their reason and their corrected version', () => {
    const items = [...findingsEl.querySelectorAll('.findings-main li')];
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(['#claim-balancedness.frobenius-drift-lemma']);
    // the reason, its sides named by the claim (sides: { lhs, rhs })
    expect(items[0]!.querySelector('.why')!.textContent).toBe(nameSides(sampleReport.claims[1]!.reason, sampleReport.claims[1]!.sides));
    const fix = items[0]!.querySelector('.fix')!;
    expect(fix.querySelector('a')!.getAttribute('href')).toBe('#claim-balancedness.frobenius-drift-small-step');
    expect(fix.querySelector('.badge')!.textContent).toBe('supported');
  });

  it('lists the undecided statements with why, and the controls as the checker\'s health', () => {
    const undecided = [...findingsEl.querySelectorAll('.findings-side li')].map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(undecided).toEqual(['#claim-ntk.kernel-limit-rate', '#claim-hostile.injection-attempt']);
    expect(findingsEl.textContent).toContain('2 of 2 controls refuted');
    // 7 literal statements in the fixture: 4 supported, 1 refuted, 1 error, 1 inconclusive
    expect(findingsEl.querySelector('.lead')!.textContent).toBe('7 statements of the sources tested as written: 1 refuted, 4 supported, 2 undecided. 1 corrected version: 1 supported, 0 refuted, 0 undecided.');
  });

  it('splits the summary by variant, each with what it means', () => {
    const rows = [...document.querySelectorAll('table.variants tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).toEqual([['4', '1', '1', '1', '5/7'], ['1', '0', '0', '0', '1/1'], ['0', '2', '0', '0', '2/2']]);
    expect(document.querySelector('table.variants tbody th')!.textContent).toContain("the source's statements as written");
  });

  it('renders titles through KaTeX, in the cards, the index and the findings', () => {
    const card = document.getElementById('claim-ntk.kernel-limit-rate')!;
    expect(card.querySelector('.claim-title annotation')!.textContent).toBe('m^{-1/2}');
    expect(document.querySelector('tr[data-claim="ntk.kernel-limit-rate"] .ix-title math')).not.toBeNull();
    expect(findingsEl.querySelector('a[href="#claim-ntk.kernel-limit-rate"] math')).not.toBeNull();
  });

  it('carries what the filters need on every card and index row, and a toolbar hidden until the script runs', () => {
    for (const c of sampleReport.claims) {
      const el = document.getElementById(`claim-${c.id}`)!;
      expect([el.dataset.verdict, el.dataset.variant, el.dataset.family, el.dataset.kind]).toEqual([c.verdict, c.variant, c.family, c.kind]);
      expect(el.querySelector('details.card > summary .claim-title')).not.toBeNull();
      expect(document.querySelector(`tr[data-claim="${c.id}"]`)).not.toBeNull();
    }
    const nav = document.getElementById('nav')!;
    expect(nav.hasAttribute('hidden')).toBe(true);
    expect(nav.querySelectorAll('button[data-group="verdict"]').length).toBe(4);
    expect(nav.querySelector('button[data-group="variant"][data-value="control"]')!.textContent).toBe('control 2');
    expect(document.querySelectorAll('a[href="#top"]').length).toBeGreaterThan(sampleReport.claims.length);
  });

  it('names each seed on a card', () => {
    const meta = document.getElementById('claim-balancedness.one-step-identity')!.querySelector('.meta')!.textContent!;
    expect(meta).toContain('run seed 20261123');
    expect(meta).toContain('claim seed 1795843019');
    expect(document.getElementById('claim-balancedness.frobenius-drift-lemma')!.querySelector('.counterexample .label')!.textContent).toContain('replay seed 918273645');
  });

  it('gives the command that reproduces the run and defines the budget in numbers', () => {
    const run = document.getElementById('run')!;
    expect(run.querySelector('pre.cmd code')!.textContent).toBe('npx claimcheck run --budget quick --seed 20261123 --backend wasm');
    const vitestRun = parseHTML(renderHtml({ ...sampleReport, run: { ...sampleReport.run, command: '/usr/bin/node node_modules/vitest/vitest.mjs run' } })).document.getElementById('run')!;
    expect(vitestRun.querySelector('pre.cmd code')!.textContent).toBe('npx claimcheck run --budget quick --seed 20261123 --backend wasm');
    expect(vitestRun.textContent).toContain('Recorded invocation (not a claimcheck command)');
    const budget = [...run.querySelectorAll('table.budget tr')].map((tr) => tr.textContent!);
    // src/claims/budgets.ts: quick draws 25 instances and searches 60 steps
    expect(budget.find((r) => r.startsWith('runs'))).toContain('25');
    expect(budget.find((r) => r.startsWith('searchSteps'))).toContain('60');
  });
});

describe('counterexamples that convince', () => {
  const card = () => document.getElementById('claim-balancedness.frobenius-drift-lemma')!;

  it('shows the worst violation and the shrunk counterexample side by side, each with its instance and what was drawn', () => {
    const cases = [...card().querySelectorAll('.counterexample .cx-severity .cx-case')];
    expect(cases.map((c) => c.className)).toEqual(['cx-case worst', 'cx-case shrunk']);
    expect(cases[0]!.querySelector('.sublabel')!.textContent).toBe('worst violation seen · 4.1e+13× the allowance');
    expect(cases[1]!.querySelector('.sublabel')!.textContent).toBe('shown counterexample (shrunk) · 7.02e+12× the allowance');
    expect(cases[0]!.querySelector('pre.value')!.textContent).toBe('{ d: 7, r: 3, mu: 0.97, steps: 6, seed: 1204 }');
    expect(cases[1]!.querySelector('pre.drawn')!.textContent).toBe('U0: 6 normals [0.4121, -1.203, 0.0371, 0.9912, -0.5076, 0.2208]\nV0: 3×2 tensor (σ 0.5) [0.1187, -0.6204, 0.3398, 0.0561, -0.2743, 0.4435]');
    expect(cases[0]!.querySelector('pre.drawn')!.textContent).toContain('U0: 21 normals [0.2315, -1.204, 0.6611, 0.0472, -0.3381, 1.877, …]');
    // shown once: the kind's severity rows are not repeated in the evidence above
    expect(card().querySelector('.evidence .ev-block.severity')).toBeNull();
  });

  it('shows one column when the worst violation seen is the shown counterexample itself', () => {
    const lemma = sampleReport.claims[1]!;
    const sev = (lemma.evidence as InequalitySummary).severity!;
    const same = { ...lemma, evidence: { ...lemma.evidence, severity: { ...sev, worst: { ...sev.shrunk } } } as InequalitySummary };
    const el = parseHTML(renderHtml({ ...sampleReport, claims: [same] })).document.getElementById('claim-balancedness.frobenius-drift-lemma')!;
    expect(el.querySelectorAll('.cx-case')).toHaveLength(1);
    expect(el.querySelector('.cx-case .sublabel')!.textContent).toBe('shown counterexample (shrunk) · 7.02e+12× the allowance · also the worst violation seen');
  });

  it('names the sides in the evidence, the reason, the counterexample and the findings', () => {
    expect(card().querySelector('.evidence .sides')!.textContent).toBe("lhs = drift ‖B_t‖_F after t steps · rhs = the lemma's bound");
    expect(card().querySelector('.counterexample .sides')!.textContent).toBe("lhs = drift ‖B_t‖_F after t steps · rhs = the lemma's bound");
    expect(card().querySelector('.counterexample .cx-case.shrunk .cx-why')!.textContent).toBe("lhs [drift ‖B_t‖_F after t steps] 3.552 > rhs [the lemma's bound] 2.709 by 0.8422 (7.02e+12× the allowed 1.2e-13)");
    expect(card().querySelector('.reason')!.textContent).toContain("rhs [the lemma's bound] 2.709");
    expect(document.querySelector('#findings .findings-main li .why')!.textContent).toContain("lhs [drift ‖B_t‖_F after t steps] 3.552");
  });

  it('cites the source as seed, slide and line in the card and the findings', () => {
    expect(card().querySelector('.stmt.source .label .muted')!.textContent).toBe('· seed 003, slide "Balancedness", Lemma, line 412');
    expect(card().querySelector('.stmt.source .label .muted')!.getAttribute('title')).toBe('003_e1a41577358f3c93.txt');
    expect(document.querySelector('#findings .findings-main li .cite')!.textContent).toBe('seed 003, slide "Balancedness", Lemma, line 412');
  });
});

describe('plot axis titles', () => {
  it('come from the claim when it names them, else from the tested statement', () => {
    const fixture = sampleReport.claims[3]!;
    expect(scalingAxes(fixture)).toMatchObject({ x: 'step size μ', y: '‖B_T − B_0‖_F', from: 'notes' });
    const c = { ...fixture, evidence: { ...fixture.evidence, notes: {} } };
    expect(scalingAxes(c)).toMatchObject({ x: 'μ', y: '‖B_T − B₀‖_F', xTex: String.raw`\mu`, from: 'statement' });
    const named = { ...c, evidence: { ...c.evidence, spec: { ...(c.evidence as ScalingSummary).spec!, axes: { x: 'step size $\\mu$', y: 'drift' } } } };
    expect(scalingAxes(named)).toMatchObject({ x: 'step size μ', y: 'drift', from: 'claim' });
    expect(scalingAxes({ ...c, statement: 'd=8:\\ \\text{fitted exponent} \\le -1' }).from).toBe('generic');
    expect(texToPlain(String.raw`\|W_T - W_0\|_F`)).toBe('‖W_T − W₀‖_F');
    const text = document.getElementById('claim-balancedness.gradient-flow-drift-rate')!.querySelector('.scaling')!.textContent!;
    expect(text).toContain('‖B_T − B_0‖_F (log)');
    expect(text).toContain('step size μ (log)');
    expect(text).not.toContain('x (log)');
  });
});

describe('renderHtml: sparse or odd results', () => {
  it('renders a claim with the bare minimum of evidence, and non-finite fit numbers, without throwing', () => {
    const base = sampleReport.claims[0]!;
    const sparse = {
      ...base, id: 'odd.sparse', family: 'odd', kind: 'scaling' as const, statement: '', hypotheses: [], note: undefined,
      evidence: { kind: 'scaling' as const, drawn: 0, met: 0, fit: { exponent: NaN, interval: [NaN, Infinity] as [number, number], level: 0.99, constant: NaN, r2: NaN, drifting: true }, points: [{ x: 0, y: 0, seed: 1 }] },
    };
    const out = parseHTML(renderHtml({ ...sampleReport, claims: [sparse] })).document;
    expect(out.getElementById('claim-odd.sparse')!.querySelector('.claim-id')!.textContent).toBe('odd.sparse');
    expect(out.body.textContent).toContain('NaN');
  });

  it('shows the gap and its allowance, not an infinite ratio, when rhs ≤ 0 (0 ≤ λ_min of a singular matrix)', () => {
    const ineq = sampleReport.claims.find((c) => c.kind === 'inequality' && c.verdict === 'supported')!;
    const atBound = {
      ...ineq, id: 'odd.rhs-zero',
      evidence: {
        ...ineq.evidence,
        tightest: { ratio: Infinity, lhs: 0, rhs: -2.5e-16, allowed: 5.1e-13, instance: { n: 12 }, foundBy: 'sampling' as const },
        search: { steps: 150, start: 0.49, best: 0.81, objective: 'gap' as const },
      },
    };
    const el = parseHTML(renderHtml({ ...sampleReport, claims: [atBound] })).document.getElementById('claim-odd.rhs-zero')!;
    const text = el.textContent!;
    expect(text).toContain('tightest lhs − rhs');
    expect(text).toContain('2.5e-16');
    expect(text).toContain('allowed 5.1e-13, rhs ≤ 0 so no ratio');
    expect(text).toContain('150 steps, (lhs − rhs)/allowed 0.49 → 0.81 (rhs ≤ 0: no ratio to climb)');
    expect(text).not.toContain('Infinity');
  });
});

describe('renderHtml: claims judged on the same draws', () => {
  const card = (id: string) => document.querySelector(`article[data-claim="${id}"]`)!;
  it('each card of a sharedDraws group lists the group, with the claimed exponents and verdicts', () => {
    const block = card('balancedness.control-drift-quadratic').querySelector('details.same-draws')!;
    expect(block).toBeTruthy();
    const rows = [...block.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('balancedness.gradient-flow-drift-rate');
    expect(rows[0]).toContain('exponent = 1');
    expect(rows[0]).toContain('supported');
    expect(rows[1]).toContain('(this card)');
    expect(rows[1]).toContain('exponent = 2');
    expect(block.querySelector('a[href="#claim-balancedness-gradient-flow-drift-rate"], a[href^="#"]')!.getAttribute('href')).toMatch(/gradient-flow-drift-rate/);
  });
  it('a claim that shares no draws gets no such block', () => {
    expect(card(sampleReport.claims.find((c) => c.sharedDraws === undefined)!.id).querySelector('details.same-draws')).toBeNull();
  });
});
