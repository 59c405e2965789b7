import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import type { ClaimsReport } from './schema.ts';

export interface ReportPaths {
  json: string;
  html: string;
  junit: string;
}

export function reportPaths(outDir: string): ReportPaths {
  return { json: join(outDir, 'claims.json'), html: join(outDir, 'claims.html'), junit: join(outDir, 'claims.junit.xml') };
}

/**
 * Write claims.json, claims.html and claims.junit.xml. Everything is rendered first and each
 * file is written to a temporary name and renamed, so a reader never sees half a report and a
 * rendering failure leaves the previous report untouched.
 */
export function writeReports(report: ClaimsReport, outDir: string): ReportPaths {
  const paths = reportPaths(outDir);
  const contents: Array<[string, string]> = [
    [paths.json, `${JSON.stringify(report, null, 2)}\n`],
    [paths.html, renderHtml(report)],
    [paths.junit, renderJunit(report)],
  ];
  mkdirSync(outDir, { recursive: true });
  const temps = contents.map(([path, text]) => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    return [tmp, path] as const;
  });
  try {
    for (const [tmp, path] of temps) renameSync(tmp, path);
  } finally {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
  }
  return paths;
}
