import { descendArray } from './gd64.ts';

/**
 * Population gradient descent for the student–teacher problem of seed 000 (slide "How does
 * student(s) become teacher(s)"; Zhu, Liu & Cevher 2024; Xu & Du 2023):
 * L(W) = ½ E_{x~N(0,I_d)} (Σ_i relu(w_i·x) − Σ_j relu(v_j·x))², in float64 with the closed form
 * κ(u, v) = E[relu(u·x) relu(v·x)] = ‖u‖‖v‖ (sin θ + (π − θ) cos θ)/(2π) (Cho & Saul 2009,
 * arc-cosine kernel of degree 1) and ∇_u κ(u, v) = ((π − θ) v + ‖v‖ sin θ u/‖u‖)/(2π).
 */
export function reluCorrelation(u: Float64Array, v: Float64Array): number {
  const nu = norm(u), nv = norm(v);
  if (nu === 0 || nv === 0) return 0;
  const c = clampCos(dot(u, v) / (nu * nv));
  const t = Math.acos(c);
  return (nu * nv * (Math.sin(t) + (Math.PI - t) * c)) / (2 * Math.PI);
}

/** Adds sign · ∇_u κ(u, v) to out. */
function addGrad(u: Float64Array, v: Float64Array, out: Float64Array, sign: number): void {
  const nu = norm(u), nv = norm(v);
  if (nu === 0 || nv === 0) return;
  const t = Math.acos(clampCos(dot(u, v) / (nu * nv)));
  const s = Math.sin(t);
  for (let i = 0; i < u.length; i++) out[i]! += (sign * ((Math.PI - t) * v[i]! + (s * nv * u[i]!) / nu)) / (2 * Math.PI);
}

/** The population loss L(W). */
export function studentTeacherLoss(W: readonly Float64Array[], V: readonly Float64Array[]): number {
  let s = 0;
  for (const a of W) for (const b of W) s += reluCorrelation(a, b);
  for (const a of W) for (const b of V) s -= 2 * reluCorrelation(a, b);
  for (const a of V) for (const b of V) s += reluCorrelation(a, b);
  return s / 2;
}

/** ∇_{w_i} L = Σ_k ∇κ(w_i, w_k) − Σ_j ∇κ(w_i, v_j) (the k = i term gives w_i/2 = ½∇(‖w_i‖²/2)·2). */
export function studentTeacherGradient(W: readonly Float64Array[], V: readonly Float64Array[]): Float64Array[] {
  return W.map((w) => {
    const g = new Float64Array(w.length);
    for (const u of W) addGrad(w, u, g, 1);
    for (const v of V) addGrad(w, v, g, -1);
    return g;
  });
}

/**
 * Run GD with step η for the largest of `checkpoints` steps; returns L at each checkpoint.
 * The students are updated in place.
 */
export function runStudentTeacherGd(W: Float64Array[], V: readonly Float64Array[], lr: number, checkpoints: readonly number[]): number[] {
  const out: number[] = [];
  const last = Math.max(...checkpoints);
  for (let t = 0; t <= last; t++) {
    if (checkpoints.includes(t)) out.push(studentTeacherLoss(W, V));
    const G = studentTeacherGradient(W, V);
    W.forEach((w, i) => w.set(descendArray(w, G[i]!, lr)));
  }
  return out;
}

const dot = (a: Float64Array, b: Float64Array): number => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; };
const norm = (a: Float64Array): number => Math.sqrt(dot(a, a));
const clampCos = (c: number): number => Math.max(-1, Math.min(1, c));
