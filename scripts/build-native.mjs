#!/usr/bin/env node
// Build the optional LAPACK addon (native/) for src/tensor/linalg_native.ts.
//
// Run by package.json's "install" script (npm runs the ROOT package's own lifecycle scripts on
// `npm ci` / `npm install` regardless of the allowScripts policy, which only gates
// dependencies) and by .ci/run. The addon is optional: when the compiler, LAPACKE/OpenBLAS,
// node-gyp or the build is missing or fails, this prints ONE line and exits 0, and the suite
// uses the ml-matrix path. `--required` (or CLAIMCHECK_NATIVE=required) makes a failure exit 1;
// CLAIMCHECK_NATIVE=skip skips the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nativeDir = join(root, 'native');
const addonPath = join(nativeDir, 'build', 'Release', 'claimcheck_linalg.node');
const logPath = join(nativeDir, 'build-native.log');
const mode = process.argv.includes('--required') ? 'required' : (process.env.CLAIMCHECK_NATIVE ?? 'auto');
const HINT = 'apt-get install libopenblas-dev liblapacke-dev';

/** The one line this script prints; exit 1 only when the addon was required. */
function finish(ok, text) {
  const line = `claimcheck: ${text}`;
  if (ok) console.log(line);
  else console.error(line);
  process.exit(ok || mode !== 'required' ? 0 : 1);
}

if (mode === 'skip') finish(true, 'native float64 linalg build skipped (CLAIMCHECK_NATIVE=skip); the slow ml-matrix path will be used');

// 1. Do the headers and libraries link? A 10-line probe answers faster and more clearly than node-gyp.
const cxx = process.env.CXX || 'c++';
const probeDir = mkdtempSync(join(tmpdir(), 'claimcheck-probe-'));
try {
  const src = join(probeDir, 'probe.cc');
  writeFileSync(
    src,
    [
      '#include <lapacke.h>',
      '#include <cblas.h>',
      'int main() { double a = 4; openblas_set_num_threads(1);',
      '  return LAPACKE_dpotrf(LAPACK_COL_MAJOR, \'U\', 1, &a, 1); }',
      '',
    ].join('\n'),
  );
  const probe = spawnSync(cxx, [src, '-o', join(probeDir, 'probe'), '-llapacke', '-lopenblas'], { encoding: 'utf8' });
  if (probe.error) finish(false, `native float64 linalg not built: no C++ compiler (${cxx}); the slow ml-matrix path will be used`);
  if (probe.status !== 0)
    finish(false, `native float64 linalg not built: LAPACKE/OpenBLAS headers or libraries not found (${HINT}); the slow ml-matrix path will be used`);
} finally {
  rmSync(probeDir, { recursive: true, force: true });
}

// 2. node-gyp: npm's own copy (npm exports its path to lifecycle scripts; otherwise it sits next
//    to npm), or one in node_modules. Never `npx node-gyp`, which would download.
const candidates = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
];
try {
  candidates.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
} catch {
  /* not a dependency: fine */
}
const nodeGyp = candidates.find((p) => p && existsSync(p));
if (!nodeGyp) finish(false, 'native float64 linalg not built: node-gyp not found (it ships with npm); the slow ml-matrix path will be used');

// 3. Node headers: use the installed ones when Node was installed with them (Debian/NodeSource
//    put them in /usr/include/node), so the build needs no network; else node-gyp's cache/download.
const args = ['rebuild'];
const prefix = resolve(dirname(process.execPath), '..');
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h')) && existsSync(join(prefix, 'include', 'node', 'common.gypi')))
  args.push(`--nodedir=${prefix}`);

const build = spawnSync(process.execPath, [nodeGyp, ...args], { cwd: nativeDir, encoding: 'utf8', env: process.env });
writeFileSync(logPath, `${build.stdout ?? ''}\n${build.stderr ?? ''}`);
if (build.status !== 0 || !existsSync(addonPath)) {
  const lastError = `${build.stderr ?? ''}`.split('\n').filter((l) => /error/i.test(l)).pop() ?? String(build.error ?? 'unknown error');
  finish(false, `native float64 linalg build failed (${lastError.trim().slice(0, 160)}; log: ${logPath}); the slow ml-matrix path will be used`);
}

// 4. Does it load (shared libraries resolvable at run time, same Node ABI)?
// Loaded the way the suite loads it (src/tensor/linalg_native.ts, through tsx, which npm has
// installed by now), so the line below names the OpenBLAS kernel set runs will use.
const LOAD = `import('./src/tensor/linalg_native.ts').then((m) => { const l = m.loadNativeLinalg(); if (l.addon) process.stdout.write(l.addon.config()); else { process.stderr.write(l.reason); process.exitCode = 1; } })`;
const check = spawnSync(process.execPath, ['--import', 'tsx', '-e', LOAD], { cwd: root, encoding: 'utf8' });
if (check.status !== 0) {
  const why = `${check.stderr}`.split('\n').find((l) => l.trim()) ?? 'unknown error';
  finish(false, `native float64 linalg built but does not load (${why.trim().slice(0, 160)}); the slow ml-matrix path will be used`);
}
finish(true, `native float64 linalg built (LAPACKE over ${check.stdout.trim()}) at native/build/Release/claimcheck_linalg.node`);
