import { LinalgError } from './errors.ts';

/** A dense float64 matrix, row-major: entry (i, j) is `data[i * cols + j]`. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function mat(rows: number, cols: number, data?: ArrayLike<number>): Mat {
  const buf = data ? Float64Array.from(data) : new Float64Array(rows * cols);
  if (buf.length !== rows * cols) throw new LinalgError('mat', `expected ${rows * cols} entries, got ${buf.length}`);
  return { rows, cols, data: buf };
}

export function fromRows(rows: ArrayLike<number>[]): Mat {
  const r = rows.length;
  const c = r ? rows[0]!.length : 0;
  const out = mat(r, c);
  rows.forEach((row, i) => {
    if (row.length !== c) throw new LinalgError('fromRows', `row ${i} has ${row.length} entries, expected ${c}`);
    out.data.set(Array.from(row), i * c);
  });
  return out;
}

export function identity(n: number): Mat {
  const out = mat(n, n);
  for (let i = 0; i < n; i++) out.data[i * n + i] = 1;
  return out;
}

export function transpose(a: Mat): Mat {
  const out = mat(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return out;
}

/** C = A·B in float64 (i-k-j loop order, so the inner loop is contiguous). */
export function matmul(a: Mat, b: Mat): Mat {
  if (a.cols !== b.rows) throw new LinalgError('matmul', `shapes ${a.rows}×${a.cols} and ${b.rows}×${b.cols} do not chain`);
  const out = mat(a.rows, b.cols);
  const { data: A } = a;
  const { data: B } = b;
  const C = out.data;
  const n = b.cols;
  for (let i = 0; i < a.rows; i++) {
    const ci = i * n;
    for (let k = 0; k < a.cols; k++) {
      const aik = A[i * a.cols + k]!;
      if (aik === 0) continue;
      const bk = k * n;
      for (let j = 0; j < n; j++) C[ci + j]! += aik * B[bk + j]!;
    }
  }
  return out;
}

function sameShape(op: string, a: Mat, b: Mat): void {
  if (a.rows !== b.rows || a.cols !== b.cols)
    throw new LinalgError(op, `shapes ${a.rows}×${a.cols} and ${b.rows}×${b.cols} differ`);
}

/** αA + βB. */
export function combine(alpha: number, a: Mat, beta: number, b: Mat): Mat {
  sameShape('combine', a, b);
  const out = mat(a.rows, a.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = alpha * a.data[i]! + beta * b.data[i]!;
  return out;
}

export const add = (a: Mat, b: Mat): Mat => combine(1, a, 1, b);
export const sub = (a: Mat, b: Mat): Mat => combine(1, a, -1, b);
export const scale = (alpha: number, a: Mat): Mat => ({ rows: a.rows, cols: a.cols, data: a.data.map((x) => alpha * x) });

export function frobenius(a: Mat): number {
  let s = 0;
  for (const x of a.data) s += x * x;
  return Math.sqrt(s);
}

/** ⟨A, B⟩ = tr(AᵀB). */
export function inner(a: Mat, b: Mat): number {
  sameShape('inner', a, b);
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i]! * b.data[i]!;
  return s;
}

/** Largest |entry|: the magnitude that an identity's rounding error scales with. */
export function maxAbs(a: Mat | ArrayLike<number>): number {
  const d = 'data' in a ? a.data : a;
  let m = 0;
  for (let i = 0; i < d.length; i++) m = Math.max(m, Math.abs(d[i]!));
  return m;
}

/** Stack blocks vertically: [A; B]. */
export function vstack(...blocks: Mat[]): Mat {
  const cols = blocks[0]!.cols;
  const rows = blocks.reduce((r, b) => r + b.rows, 0);
  const out = mat(rows, cols);
  let off = 0;
  for (const b of blocks) {
    if (b.cols !== cols) throw new LinalgError('vstack', `blocks have ${cols} and ${b.cols} columns`);
    out.data.set(b.data, off);
    off += b.data.length;
  }
  return out;
}

/** Throws a LinalgError naming `op` when any entry is NaN or ±Inf. */
export function assertFinite(op: string, a: Mat): void {
  for (let i = 0; i < a.data.length; i++)
    if (!Number.isFinite(a.data[i]!))
      throw new LinalgError(op, `entry (${Math.floor(i / a.cols)}, ${i % a.cols}) is ${a.data[i]}`);
}

/** Entrywise |A|: products of |factors| bound the magnitude of the terms a product sums. */
export function abs(a: Mat): Mat {
  return { rows: a.rows, cols: a.cols, data: a.data.map(Math.abs) };
}
