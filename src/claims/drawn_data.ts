import { Rng } from '../tensor/rng.ts';

/**
 * What a check drew from `ctx.rng` on one instance, kept as a bounded preview for the report.
 * Most catalog instances are sizes and a seed (`{ d: 1, m: 1, seed: 0 }`) from which the
 * check draws its matrices and vectors; a counterexample that shows only the sizes does not
 * show what was computed. The engine evaluates the instances it reports once more with a
 * {@link RecordingRng} (the same stream, so the same numbers) and keeps, per draw, its stream,
 * its shape and its first entries.
 */

/** One draw: `normals(6)` on the stream forked as 'X', a 2×3 tensor, or a run of scalar draws. */
export interface Draw {
  /** the fork path ('X', 'init/W'); '' for ctx.rng itself */
  stream: string;
  /** the Rng method: normals, normalTensor, sphere, or a run of uniform / normal / int */
  call: 'normals' | 'normalTensor' | 'sphere' | 'uniform' | 'normal' | 'int';
  /** entries drawn (for scalar runs: how many calls) */
  count: number;
  /** a tensor's shape */
  shape?: number[];
  /** the standard deviation asked for, when not 1 */
  std?: number;
  /** the first entries, in draw order */
  head: number[];
}

/** Everything a check drew on one instance, bounded. */
export interface DrawnData {
  draws: Draw[];
  /** draws beyond the ones kept */
  more: number;
  /** numbers drawn in all */
  total: number;
}

/** Entries kept per draw. */
export const DRAW_HEAD = 6;
/** Draws kept per instance. */
export const MAX_DRAWS = 12;

/** Collects the draws of one evaluation (shared by a stream and its forks). */
export class DrawLog {
  private readonly draws: Draw[] = [];
  private more = 0;
  private total = 0;
  /** > 0 while inside a recorded call (normals() calls normal(): that is one draw, not n) */
  depth = 0;

  add(stream: string, call: Draw['call'], values: ArrayLike<number>, extra: { shape?: number[]; std?: number } = {}): void {
    this.total += values.length;
    const scalar = call === 'uniform' || call === 'normal' || call === 'int';
    const last = this.draws[this.draws.length - 1];
    // consecutive scalar draws of one kind on one stream are one run
    if (scalar && last && last.stream === stream && last.call === call && this.more === 0) {
      last.count += values.length;
      for (let i = 0; i < values.length && last.head.length < DRAW_HEAD; i++) last.head.push(values[i]!);
      return;
    }
    if (this.draws.length >= MAX_DRAWS) {
      this.more++;
      return;
    }
    const head: number[] = [];
    for (let i = 0; i < Math.min(DRAW_HEAD, values.length); i++) head.push(values[i]!);
    this.draws.push({ stream, call, count: values.length, ...(extra.shape ? { shape: extra.shape } : {}), ...(extra.std !== undefined && extra.std !== 1 ? { std: extra.std } : {}), head });
  }

  result(): DrawnData {
    return { draws: this.draws.map((d) => ({ ...d, head: [...d.head] })), more: this.more, total: this.total };
  }
}

/**
 * An Rng that draws exactly what `new Rng(seed)` draws and records each draw in `log`; its
 * forks record too, under their fork path.
 */
export class RecordingRng extends Rng {
  constructor(seed: number, private readonly log: DrawLog, private readonly stream = '') {
    super(seed);
  }

  override fork(label: string): Rng {
    return new RecordingRng(super.fork(label).seed, this.log, this.stream ? `${this.stream}/${label}` : label);
  }

  private recorded<T>(draw: () => T, record: (v: T) => void): T {
    this.log.depth++;
    let v: T;
    try {
      v = draw();
    } finally {
      this.log.depth--;
    }
    if (this.log.depth === 0) record(v);
    return v;
  }

  override uniform(): number {
    return this.recorded(() => super.uniform(), (v) => this.log.add(this.stream, 'uniform', [v]));
  }

  override normal(): number {
    return this.recorded(() => super.normal(), (v) => this.log.add(this.stream, 'normal', [v]));
  }

  override int(n: number): number {
    return this.recorded(() => super.int(n), (v) => this.log.add(this.stream, 'int', [v]));
  }

  /** set while normalTensor runs: its one normals() call is recorded as the tensor, with its shape */
  private tensorShape: number[] | undefined;

  override normals(n: number, std = 1): Float64Array {
    const shape = this.tensorShape;
    this.tensorShape = undefined;
    return this.recorded(() => super.normals(n, std), (v) => this.log.add(this.stream, shape ? 'normalTensor' : 'normals', v, { std, ...(shape ? { shape: [...shape] } : {}) }));
  }

  override sphere(d: number): Float64Array {
    return this.recorded(() => super.sphere(d), (v) => this.log.add(this.stream, 'sphere', v));
  }

  override normalTensor(shape: number[], std = 1): ReturnType<Rng['normalTensor']> {
    this.tensorShape = shape;
    try {
      return super.normalTensor(shape, std);
    } finally {
      this.tensorShape = undefined;
    }
  }
}
