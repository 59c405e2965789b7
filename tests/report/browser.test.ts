import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.ts';
import { renderJunit } from '../../src/report/junit.ts';
import { sampleReport } from './fixtures/sample_report.ts';
import { CHROMIUM, chromiumRequirement } from '../setup/system_requirements.ts';

/**
 * The report as a reviewer sees it: Debian's chromium (never a downloaded browser) opens the
 * fixture report from a file:// URL. Checks that every claim id is visible, that math and
 * plots are laid out with a size, that the page makes no request besides its own file and
 * logs no error, and saves a full-page screenshot to reports/report-screenshot.png.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = fileURLToPath(new URL('../../reports/report-screenshot.png', import.meta.url));

let dir: string;
let context: BrowserContext;
let page: Page;
let fileUrl: string;
const requests: string[] = [];
const consoleErrors: string[] = [];
const dialogs: string[] = [];

// Without chromium `npm test` skips this file and says so in its last line; `npm run test:all`
// (what CI runs) fails before any test starts (tests/setup/report_skipped.ts).
const chromiumMissing = chromiumRequirement().missing;

beforeAll(async () => {
  if (chromiumMissing) return;
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-report-'));
  const file = join(dir, 'claims.html');
  writeFileSync(file, renderHtml(sampleReport));
  fileUrl = pathToFileURL(file).href;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    offline: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(fileUrl, { waitUntil: 'load' });
}, 90_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(chromiumMissing !== undefined)(`the HTML report in chromium${chromiumMissing ? ` [skipped: ${chromiumMissing}]` : ''}`, () => {
  it('shows every claim id', async () => {
    for (const c of sampleReport.claims) {
      const id = page.locator(`[id="claim-${c.id}"] .claim-id`);
      expect(await id.isVisible(), c.id).toBe(true);
      expect(await id.textContent()).toBe(c.id);
      // and in the index table at the top
      expect(await page.locator('table.index code', { hasText: c.id }).first().isVisible(), c.id).toBe(true);
    }
  });

  it('lays out the math (MathML) and the plots (SVG) with non-zero size', async () => {
    const sizes = await page.evaluate(() => {
      const box = (el: Element) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height }; };
      return {
        math: [...document.querySelectorAll('.tested math')].map(box),
        sourceMath: [...document.querySelectorAll('.source math')].map(box),
        plots: [...document.querySelectorAll('.evidence svg[viewBox]')].map(box),
        // a laid-out fraction is taller than a line of text: MathML, not a fallback string
        fraction: [...document.querySelectorAll('.tested mfrac')].map(box),
      };
    });
    expect(sizes.math.length).toBeGreaterThanOrEqual(sampleReport.claims.length - 1);
    expect(sizes.sourceMath.length).toBeGreaterThan(0);
    expect(sizes.plots.length).toBeGreaterThanOrEqual(6);
    for (const s of [...sizes.math, ...sizes.sourceMath, ...sizes.plots]) {
      expect(s.w).toBeGreaterThan(0);
      expect(s.h).toBeGreaterThan(0);
    }
    expect(sizes.fraction.length).toBeGreaterThan(0);
    for (const f of sizes.fraction) expect(f.h).toBeGreaterThan(12);
  });

  it('runs nothing from the hostile claim: no <img> in the live DOM, no dialog', async () => {
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[id="claim-hostile.injection-attempt"] .claim-title').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
  });

  it('makes no request besides its own file and logs no console error', async () => {
    expect(requests).toEqual([fileUrl]);
    expect(consoleErrors).toEqual([]);
  });

  it('saves a full-page screenshot to reports/report-screenshot.png', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it("parses the JUnit XML with the browser's strict XML parser", async () => {
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, cases: doc.getElementsByTagName('testcase').length };
    }, renderJunit(sampleReport));
    expect(result).toEqual({ errors: 0, cases: sampleReport.claims.length });
  });
});
