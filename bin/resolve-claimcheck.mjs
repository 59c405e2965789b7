// Resolves `import … from 'claimcheck'` in claim files anywhere on disk to this package's
// public API, so a reviewer's file needs no install or build step of its own.
const INDEX = new URL('../src/index.ts', import.meta.url).href;
export async function resolve(specifier, context, next) {
  return next(specifier === 'claimcheck' ? INDEX : specifier, context);
}
