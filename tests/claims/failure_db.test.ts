import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInstance, encodeInstance, FailureDb, UnencodableValueError } from '../../src/claims/failure_db.ts';

const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(join(tmpdir(), 'claimcheck-db-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

// What claim instances hold: records of numbers (any double, -0, NaN), integers, nested arrays,
// typed arrays, bigints, undefined fields.
const instanceValue = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.constant(undefined), fc.bigInt(),
    fc.float64Array({ maxLength: 5 }), fc.float32Array({ maxLength: 5 }), fc.int32Array({ maxLength: 5 })),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4, noNullPrototype: true })),
})).node;

describe('instance encoding', () => {
  it('round-trips what instances hold through JSON (Object.is on every number, typed array types kept)', () => {
    fc.assert(fc.property(instanceValue, (v) => {
      const back = decodeInstance(JSON.parse(JSON.stringify(encodeInstance(v))));
      expect(back).toStrictEqual(v);
    }), { numRuns: 300 });
  });

  it('keeps -0 and NaN apart from 0 (toStrictEqual alone would not tell -0 from 0 inside typed arrays)', () => {
    const back = decodeInstance(JSON.parse(JSON.stringify(encodeInstance({ a: -0, b: NaN, t: new Float64Array([-0, Infinity]) })))) as { a: number; b: number; t: Float64Array };
    expect(Object.is(back.a, -0)).toBe(true);
    expect(Number.isNaN(back.b)).toBe(true);
    expect(Object.is(back.t[0], -0)).toBe(true);
    expect(back.t[1]).toBe(Infinity);
  });

  it('refuses values JSON cannot bring back', () => {
    expect(() => encodeInstance({ f: () => 1 })).toThrow(UnencodableValueError);
    expect(() => encodeInstance(new Map())).toThrow(UnencodableValueError);
  });
});

describe('FailureDb', () => {
  const fields = { id: 'paper.am-gm', seed: 7, budget: 'quick', backend: 'wasm', path: '3:1', reason: 'lhs 2 > rhs 1', instance: { x: 1.5, v: new Float64Array([1, 2]) } };

  it('stores, reads back, lists and clears', () => {
    const db = new FailureDb(join(freshDir(), 'failures'));
    expect(db.list()).toEqual([]);
    db.put(fields);
    db.put({ ...fields, id: 'paper.other', instance: 3 });
    expect(db.list().map((r) => r.id)).toEqual(['paper.am-gm', 'paper.other']);
    expect(db.instanceOf('paper.am-gm')).toEqual({ instance: { x: 1.5, v: new Float64Array([1, 2]) } });
    expect(db.get('paper.am-gm')).toMatchObject({ seed: 7, path: '3:1', reason: 'lhs 2 > rhs 1' });
    expect(db.clear(['paper.other'])).toBe(1);
    expect(db.clear()).toBe(1);
    expect(db.list()).toEqual([]);
  });

  it('writes atomically (no temp file left) and ignores a corrupt or foreign record', () => {
    const dir = freshDir();
    const db = new FailureDb(dir);
    db.put(fields);
    expect(readdirSync(dir)).toEqual(['paper.am-gm.json']);
    writeFileSync(join(dir, 'paper.broken.json'), '{ not json');
    writeFileSync(join(dir, 'paper.foreign.json'), JSON.stringify({ schema: 'something-else', id: 'paper.foreign' }));
    expect(db.list().map((r) => r.id)).toEqual(['paper.am-gm']);
    expect(db.get('paper.broken')).toBeUndefined();
  });

  it('stores a record without its instance when the instance cannot be encoded (seed and path still replay it)', () => {
    const db = new FailureDb(freshDir());
    const rec = db.put({ ...fields, instance: { f: () => 0 } });
    expect(rec.instance).toBeUndefined();
    expect(db.instanceOf(fields.id)).toBeUndefined();
    expect(db.get(fields.id)?.path).toBe('3:1');
  });

  it('refuses a name that is not a claim id (no path escapes the folder)', () => {
    const db = new FailureDb(freshDir());
    expect(() => db.put({ ...fields, id: '../etc/passwd' })).toThrow(/not a claim id/);
  });
});
