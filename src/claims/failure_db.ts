import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BadOptionError } from './errors.ts';

/**
 * The failure database: every refutation's counterexample, kept under the user's project
 * (`.claimcheck/failures/<claim-id>.json`, never inside the package) and tried first the next
 * time that claim runs, as Hypothesis's example database does (fast-check has none: its issue
 * #3399). The instance itself is stored, not only fast-check's seed and path: a seed and path
 * replay only while the arbitrary, the run seed and the engine's draw order stay the same, the
 * stored value survives all three (it is handed to fast-check as an explicit `examples` entry).
 */
export const FAILURE_SCHEMA = 'claimcheck-failure/1';

/** Where the database lives by default: under the current working directory (the user's project). */
export const DEFAULT_FAILURE_DIR = join('.claimcheck', 'failures');

export interface FailureRecord {
  readonly schema: typeof FAILURE_SCHEMA;
  readonly id: string;
  /** ISO time of the refutation that stored it. */
  readonly storedAt: string;
  /** The run that found it: enough to replay it with `claimcheck replay`. */
  readonly seed: number;
  readonly budget: string;
  readonly backend: string;
  readonly path?: string | undefined;
  /** The verdict's one-line reason when it was stored. */
  readonly reason: string;
  /** The shrunk counterexample, encoded by {@link encodeInstance}; absent when it holds values JSON cannot carry. */
  readonly instance?: EncodedValue | undefined;
}

/** JSON with tags for the values claim instances hold that plain JSON loses. */
export type EncodedValue =
  | null | boolean | string | number
  | EncodedValue[]
  | { readonly $: 'num'; readonly v: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { readonly $: 'undefined' }
  | { readonly $: 'bigint'; readonly v: string }
  | { readonly $: 'typed'; readonly type: TypedName; readonly v: EncodedValue[] }
  | { readonly $: 'object'; readonly v: { readonly [k: string]: EncodedValue } };

const TYPED = { Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array, Uint8ClampedArray } as const;
type TypedName = keyof typeof TYPED;

/** A value the database cannot store faithfully (a function, a class instance, a symbol…). */
export class UnencodableValueError extends Error {
  override name = 'UnencodableValueError';
}

function encodeNumber(x: number): EncodedValue {
  if (Number.isNaN(x)) return { $: 'num', v: 'NaN' };
  if (x === Infinity) return { $: 'num', v: 'Infinity' };
  if (x === -Infinity) return { $: 'num', v: '-Infinity' };
  if (Object.is(x, -0)) return { $: 'num', v: '-0' };
  return x;
}

/** Encode an instance as JSON-safe data; throws {@link UnencodableValueError} for what JSON cannot carry back. */
export function encodeInstance(value: unknown): EncodedValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return encodeNumber(value);
  if (value === undefined) return { $: 'undefined' };
  if (typeof value === 'bigint') return { $: 'bigint', v: value.toString() };
  if (Array.isArray(value)) {
    // holes would come back as null: encode them as undefined explicitly
    return Array.from({ length: value.length }, (_, i) => encodeInstance(value[i]));
  }
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name as TypedName;
    if (!(name in TYPED)) throw new UnencodableValueError(`cannot store a ${value.constructor.name}`);
    return { $: 'typed', type: name, v: Array.from(value as unknown as ArrayLike<number>, encodeNumber) };
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new UnencodableValueError(`cannot store an instance of ${(value as object).constructor?.name ?? 'an unknown class'}`);
    }
    // fromEntries defines own properties: a key named __proto__ stays a key
    return { $: 'object', v: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeInstance(v)])) };
  }
  throw new UnencodableValueError(`cannot store a ${typeof value}`);
}

/** Inverse of {@link encodeInstance}. */
export function decodeInstance(e: EncodedValue): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map(decodeInstance);
  switch (e.$) {
    case 'num': return e.v === '-0' ? -0 : Number(e.v);
    case 'undefined': return undefined;
    case 'bigint': return BigInt(e.v);
    case 'typed': return TYPED[e.type].from(e.v.map((x) => decodeInstance(x) as number));
    case 'object': return Object.fromEntries(Object.entries(e.v).map(([k, v]) => [k, decodeInstance(v)]));
  }
}

/** The file of one claim: ids are `<family>.<kebab-name>`, safe as file names as they are. */
function fileOf(dir: string, id: string): string {
  if (!/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/.test(id)) throw new BadOptionError(`'${id}' is not a claim id`);
  return join(dir, `${id}.json`);
}

/** The failure database in one folder: one JSON file per claim, written atomically. */
export class FailureDb {
  constructor(readonly dir: string) {}

  /** The stored counterexample of a claim, or undefined (a missing or unreadable record is no record). */
  get(id: string): FailureRecord | undefined {
    try {
      const rec = JSON.parse(readFileSync(fileOf(this.dir, id), 'utf8')) as FailureRecord;
      return rec.schema === FAILURE_SCHEMA && rec.id === id ? rec : undefined;
    } catch {
      return undefined;
    }
  }

  /** Store (or replace) a claim's counterexample; returns the record written. */
  put(fields: Omit<FailureRecord, 'schema' | 'storedAt' | 'instance'> & { instance: unknown }): FailureRecord {
    let instance: EncodedValue | undefined;
    try {
      instance = encodeInstance(fields.instance);
    } catch (err) {
      if (!(err instanceof UnencodableValueError)) throw err;
      instance = undefined; // seed and path still replay it
    }
    const rec: FailureRecord = { ...fields, schema: FAILURE_SCHEMA, storedAt: new Date().toISOString(), instance };
    mkdirSync(this.dir, { recursive: true });
    const file = fileOf(this.dir, fields.id);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(rec, null, 1)}\n`);
    renameSync(tmp, file);
    return rec;
  }

  /** The stored instance, decoded; undefined when none was stored. */
  instanceOf(id: string): { instance: unknown } | undefined {
    const rec = this.get(id);
    return rec?.instance === undefined ? undefined : { instance: decodeInstance(rec.instance) };
  }

  /** Forget one claim's counterexample (it no longer fails). */
  remove(id: string): boolean {
    const file = fileOf(this.dir, id);
    try {
      rmSync(file);
      return true;
    } catch {
      return false;
    }
  }

  /** Every record, sorted by claim id. */
  list(): FailureRecord[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith('.json')).map((n) => this.get(n.slice(0, -'.json'.length)))
      .filter((r): r is FailureRecord => r !== undefined).sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Remove every record (of the given ids, or all); returns how many were removed. */
  clear(ids?: readonly string[]): number {
    return (ids ?? this.list().map((r) => r.id)).filter((id) => this.remove(id)).length;
  }
}
