import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Claims must run on every backend: tfjs's WebGPU backend has no synchronous read-back in Node
// (dataSync throws "OffscreenCanvas is not defined"), and on a GPU a sync read stalls the queue.
// Read tensors with `await t.data()` / `await t.array()`.
const ROOTS = ['src', 'properties'].map((d) => new URL(`../../${d}/`, import.meta.url).pathname);
const SYNC = /\.(dataSync|arraySync|bufferSync)\s*\(/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

test('no synchronous tensor read-back in src/ or properties/', () => {
  const hits = ROOTS.flatMap(files).flatMap((f) =>
    fs.readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (SYNC.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${path.relative(process.cwd(), f)}:${i + 1}`] : [])));
  expect(hits).toEqual([]);
});
