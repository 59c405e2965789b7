import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../src/claims/options.ts';
import { CATALOG_DIR, claimcheckConfig, claimFilePlugin, isCatalogFile, PACKAGE_ROOT } from '../../src/cli/vitest_config.ts';

const options = parseRunOptions({ budget: 'quick' });

describe('the one vitest configuration', () => {
  it('runs the catalog files themselves as test files, with the unit tests for npm test', () => {
    const npmTest = claimcheckConfig({ options, unitTests: true, reporters: [] });
    expect(npmTest.test!.include).toEqual(['tests/**/*.test.ts', 'properties/*.ts']);
    expect(npmTest.test!.provide).toEqual({ claimcheck: options });
    const cli = claimcheckConfig({ options, claimFiles: ['/tmp/paper/claims.ts'], reporters: [] });
    expect(cli.test!.include).toEqual(['/tmp/paper/claims.ts']);
  });

  it('registers a family by its existing: any .ts file directly in properties/', () => {
    expect(isCatalogFile(join(CATALOG_DIR, 'new_family.ts'))).toBe(true);
    expect(isCatalogFile(join(CATALOG_DIR, 'golden', 'x.ts'))).toBe(false);
    expect(isCatalogFile(join(PACKAGE_ROOT, 'tests', 'x.test.ts'))).toBe(false);
  });

  it('appends the registration to a claim file, naming it as reports do, and leaves other modules alone', () => {
    const transform = claimFilePlugin(isCatalogFile).transform as (code: string, id: string) => { code: string } | undefined;
    const file = join(CATALOG_DIR, 'ntk.ts');
    const out = transform('export const a = 1;\n', `${file}?v=1`)!.code;
    expect(out.startsWith('export const a = 1;\n')).toBe(true);
    expect(out).toContain(`__claimcheckRegister("properties/ntk.ts", __claimcheckClaims, ${JSON.stringify(file)});`);
    expect(out).toContain(`import * as __claimcheckClaims from ${JSON.stringify(file)};`);
    expect(transform('export const b = 2;\n', join(PACKAGE_ROOT, 'src', 'index.ts'))).toBeUndefined();
    // outside the package a claim file is named by its absolute path
    const outside = claimFilePlugin((p) => p === '/tmp/paper/claims.ts').transform as typeof transform;
    expect(outside('', '/tmp/paper/claims.ts')!.code).toContain('__claimcheckRegister("/tmp/paper/claims.ts"');
  });
});

describe('run options', () => {
  it('parse once, with one-line errors naming their origin', () => {
    expect(parseRunOptions({})).toEqual({ seed: 20261123, budget: 'ci', backend: 'auto', ids: undefined, path: undefined, statTests: 100 });
    expect(() => parseRunOptions({ seed: ['x', 'CLAIMCHECK_SEED'] })).toThrow(/^CLAIMCHECK_SEED must be an integer, got 'x'$/);
    expect(() => parseRunOptions({ budget: 'huge' })).toThrow(/unknown budget 'huge'/);
    expect(() => parseRunOptions({ statTests: ['-1', 'CLAIMCHECK_STAT_TESTS'] })).toThrow(/CLAIMCHECK_STAT_TESTS must be a positive integer/);
    // structured-cloneable: it crosses to the workers through provide/inject
    expect(structuredClone(parseRunOptions({ ids: ['a.b'] }))).toEqual(parseRunOptions({ ids: ['a.b'] }));
  });
});
