import * as tf from '@tensorflow/tfjs-core';

/** 32-bit FNV-1a: stable seeds derived from strings (claim ids, stream labels). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seed of one claim's fast-check run, derived from the run's global seed and the claim id. */
export function deriveSeed(globalSeed: number, label: string): number {
  return (hashString(`${globalSeed >>> 0}:${label}`) ^ Math.imul(globalSeed | 0, 0x9e3779b1)) | 0;
}

/**
 * Seeded generator (xoshiro128**, Blackman & Vigna) from which every random draw of a claim
 * derives: numbers are made in JS, so the same seed gives the same inputs on every backend.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare: number | undefined;

  constructor(readonly seed: number) {
    // splitmix32 to spread a small integer seed over the 128-bit state
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** An independent stream for a named purpose (`rng.fork('init')`), so adding draws elsewhere does not shift it. */
  fork(label: string): Rng {
    return new Rng(deriveSeed(this.seed, label));
  }

  private nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal (Marsaglia polar method). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const k = Math.sqrt((-2 * Math.log(s)) / s);
        this.spare = v * k;
        return u * k;
      }
    }
  }

  /** Integer uniform on [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** `n` i.i.d. N(0, std²) draws in float64. */
  normals(n: number, std = 1): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = std * this.normal();
    return out;
  }

  /** A float32 tensor of i.i.d. N(0, std²) entries, drawn from this stream. */
  normalTensor(shape: number[], std = 1): tf.Tensor {
    const size = shape.reduce((a, b) => a * b, 1);
    return tf.tensor(Float32Array.from(this.normals(size, std)), shape, 'float32');
  }

  /** Uniform random point on the unit sphere in R^d. */
  sphere(d: number): Float64Array {
    const v = this.normals(d);
    let n = 0;
    for (const x of v) n += x * x;
    n = Math.sqrt(n);
    return v.map((x) => x / n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
