import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectClaims, defineClaim, isClaim } from '../../src/claims/define.ts';
import { ClaimDefinitionError } from '../../src/claims/errors.ts';

/** a valid identity claim; each test breaks one field */
const base = () => ({
  id: 'engine.some-identity',
  family: 'engine',
  variant: 'literal' as const,
  title: 'a valid claim',
  source: { doc: 'unit test', where: 'here', asStated: 'x = x' },
  statement: 'x = x',
  kind: 'identity' as const,
  precision: 'float64' as const,
  expect: 'supported' as const,
  instances: fc.record({ x: fc.integer() }),
  check: ({ x }: { x: number }) => ({ lhs: x, rhs: x }),
});

/** the one-line message defineClaim throws for a definition */
function rejection(def: unknown): string {
  try {
    defineClaim(def as any);
  } catch (err) {
    expect(err).toBeInstanceOf(ClaimDefinitionError);
    return (err as Error).message;
  }
  throw new Error('defineClaim accepted the definition');
}

describe('defineClaim', () => {
  it('accepts a valid definition and marks it as a claim', () => {
    const c = defineClaim(base());
    expect(isClaim(c)).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
    expect(c.id).toBe('engine.some-identity');
  });

  it('derives the family from the id when the definition leaves it out', () => {
    const { family: _family, ...rest } = base();
    expect(defineClaim(rest).family).toBe('engine');
  });

  it.each([
    ['a bad id', { id: 'Engine.Some Identity' }, /^claim 'Engine\.Some Identity': field 'id' must be <family>\.<kebab-name>/],
    ['an id without a family', { id: 'identity' }, /^claim 'identity': field 'id' /],
    ['a missing source.asStated', { source: { doc: 'd', where: 'w' } }, /^claim 'engine\.some-identity': field 'source\.asStated' is missing$/],
    ['an empty source.asStated', { source: { doc: 'd', where: 'w', asStated: '  ' } }, /^claim 'engine\.some-identity': field 'source\.asStated' must be a non-empty string$/],
    ['a missing source', { source: undefined }, /^claim 'engine\.some-identity': field 'source' is missing$/],
    ['an unknown kind', { kind: 'theorem' }, /^claim 'engine\.some-identity': field 'kind' /],
    // (a missing custom field reads 'must be a fast-check arbitrary', not 'is missing': zod reports it as a custom issue)
    ['no instances', { instances: undefined }, /^claim 'engine\.some-identity': field 'instances' (is missing|must be a fast-check arbitrary)$/],
    ['instances that are not an arbitrary', { instances: [1, 2, 3] }, /^claim 'engine\.some-identity': field 'instances' must be a fast-check arbitrary$/],
    ['a check that is not a function', { check: 42 }, /^claim 'engine\.some-identity': field 'check' must be a function$/],
    ['a family other than the id prefix', { family: 'other' }, /^claim 'engine\.some-identity': field 'family' must equal the id's prefix 'engine'$/],
    ['an identity without precision', { precision: undefined }, /^claim 'engine\.some-identity': field 'precision' is missing/],
    ['a scaling claim without its spec', { kind: 'scaling' }, /^claim 'engine\.some-identity': field 'scaling' is missing/],
    ['a scaling spec on an identity', { scaling: { exponent: 1, relation: 'equal' } }, /^claim 'engine\.some-identity': field 'scaling' is only for scaling claims/],
    ['a scaling spec with a bad relation', { kind: 'scaling', scaling: { exponent: 1, relation: 'roughly' } }, /^claim 'engine\.some-identity': field 'scaling\.relation' /],
    ['a probability claim without atLeast', { kind: 'probability' }, /^claim 'engine\.some-identity': field 'probability' is missing/],
    ['a probability of 1', { kind: 'probability', probability: { atLeast: 1 } }, /^claim 'engine\.some-identity': field 'probability\.atLeast' /],
    ['an unknown field', { expected: 'supported' }, /^claim 'engine\.some-identity': field '\(root\)' /],
    ['an expect of inconclusive without outOfReach', { expect: 'inconclusive' }, /^claim 'engine\.some-identity': field 'outOfReach' is missing/],
    ['a malformed catalog entry', { catalog: 'a1' }, /^claim 'engine\.some-identity': field 'catalog' must look like 'A1'$/],
  ])('rejects %s with a one-line message naming the claim and the field', (_what, patch, message) => {
    const def: Record<string, unknown> = { ...base(), ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete def[k];
    const msg = rejection(def);
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
  });

  it('checks a mean claim states one relation, ordered bounds and a resolution per stream, and a probability resolution below p', () => {
    const mean = (spec: unknown) => ({ ...base(), kind: 'mean', precision: undefined, mean: spec, check: () => ({ samples: { u: 0 } }) });
    expect(rejection(mean({ u: { equals: 0, atMost: 1, bounds: [0, 1], resolution: 0.1 } }))).toBe("claim 'engine.some-identity': field 'mean.u' must state exactly one of equals, atMost, atLeast");
    expect(rejection(mean({ u: { equals: 0, bounds: [1, 0], resolution: 0.1 } }))).toBe("claim 'engine.some-identity': field 'mean.u.bounds' must be [lo, hi] with lo < hi");
    expect(rejection(mean({}))).toBe("claim 'engine.some-identity': field 'mean' must name at least one stream");
    expect(isClaim(defineClaim(mean({ u: { atMost: 1, bounds: [0, 2], resolution: 0.1 } }) as any))).toBe(true);
    const rate = { ...base(), kind: 'probability', precision: undefined, probability: { atLeast: 0.5, resolution: 0.6 }, check: () => ({ holds: true }) };
    expect(rejection(rate)).toBe("claim 'engine.some-identity': field 'probability.resolution' must be below atLeast");
  });

  it('names the claim as (no id) when there is no id', () => {
    const { id: _id, ...rest } = base();
    expect(rejection(rest)).toBe("claim '(no id)': field 'id' is missing");
  });
});

describe('collectClaims', () => {
  const a = defineClaim(base());
  const b = defineClaim({ ...base(), id: 'engine.other', title: 'another' });

  it('collects claims in export order, from values and arrays, ignoring other exports', () => {
    const got = collectClaims([['f1.ts', { a, helper: () => 1, list: [b, 3] }]]);
    expect(got.map((c) => [c.claim.id, c.file])).toEqual([['engine.some-identity', 'f1.ts'], ['engine.other', 'f1.ts']]);
  });

  it('rejects the same id defined twice, naming both files', () => {
    const twin = defineClaim({ ...base(), title: 'a twin with the same id' });
    expect(() => collectClaims([['f1.ts', { a }], ['f2.ts', { twin }]])).toThrow(ClaimDefinitionError);
    expect(() => collectClaims([['f1.ts', { a }], ['f2.ts', { twin }]])).toThrow("claim 'engine.some-identity': duplicate id (defined in f1.ts and f2.ts)");
    expect(() => collectClaims([['f1.ts', { a, twin }]])).toThrow(/duplicate id/);
  });

  it('counts one claim exported under two names once', () => {
    expect(collectClaims([['f1.ts', { a, alias: a, all: [a, b] }]]).map((c) => c.claim.id)).toEqual(['engine.some-identity', 'engine.other']);
  });

  it('rejects a module that exports no claims', () => {
    expect(() => collectClaims([['empty.ts', { x: 1 }]])).toThrow('claim file empty.ts: exports no claims');
  });
});
