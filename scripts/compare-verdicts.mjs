#!/usr/bin/env node
// Compares the verdicts of two claims.json reports of the same catalog, seed and budget (one per
// backend): prints one line per claim whose verdict differs, or that only one report has, and a
// summary line with each run's wall time and backend. Exit 0 when every verdict matches, 1 if not.
// Usage: node scripts/compare-verdicts.mjs A/claims.json B/claims.json
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2).map((f) => {
  try {
    return { file: f, report: JSON.parse(readFileSync(f, 'utf8')) };
  } catch (err) {
    process.stderr.write(`compare-verdicts: cannot read ${f}: ${err.message.split('\n')[0]}\n`);
    process.exit(2);
  }
});
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-verdicts.mjs A/claims.json B/claims.json\n');
  process.exit(2);
}
const label = (r) => `${r.report.run.backend}${r.report.run.machine?.gpu ? ` (${r.report.run.machine.gpu.vendor} ${r.report.run.machine.gpu.device || r.report.run.machine.gpu.architecture})` : ''}`;
const byId = (r) => new Map(r.report.claims.map((c) => [c.id, c]));
const A = byId(a), B = byId(b);
let differ = 0;
const timedOut = { a: 0, b: 0 };
const isTimeout = (c) => c?.verdict === 'error' && /timed out/i.test(c.reason ?? '');
for (const id of [...new Set([...A.keys(), ...B.keys()])].sort()) {
  const x = A.get(id), y = B.get(id);
  if (x && y && x.verdict === y.verdict) continue;
  differ++;
  if (isTimeout(x)) timedOut.a++;
  if (isTimeout(y)) timedOut.b++;
  const show = (c) => (c ? `${c.verdict} (${c.reason.split('\n')[0].slice(0, 100)})` : 'absent');
  process.stdout.write(`differs ${id}: ${a.report.run.backend} ${show(x)} | ${b.report.run.backend} ${show(y)}\n`);
}
const secs = (r) => `${(r.report.run.durationMs / 1000).toFixed(0)} s`;
const counts = (r) => Object.entries(r.report.summary.byVerdict).map(([k, v]) => `${v} ${k}`).join(', ');
// a claim that outran its timeout on one backend (a software adapter is slow) is named as such
const why = [timedOut.a ? `${timedOut.a} timed out on ${a.report.run.backend}` : '', timedOut.b ? `${timedOut.b} timed out on ${b.report.run.backend}` : ''].filter(Boolean).join(', ');
process.stdout.write(`verdicts: ${differ === 0 ? 'identical' : `${differ} differ${why ? ` (${why})` : ''}`} over ${A.size} claims (budget ${a.report.run.budget}, seed ${a.report.run.seed}); `
  + `${label(a)} ${secs(a)} [${counts(a)}]; ${label(b)} ${secs(b)} [${counts(b)}]\n`);
process.exit(differ === 0 ? 0 : 1);
