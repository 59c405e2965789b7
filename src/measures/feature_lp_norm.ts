/**
 * ‖a‖_{L^p(π)} of a random-feature coefficient function a on N atoms (seed 000, slide "Path norm,
 * Barron spaces, RKHS": F_p = {f_a : ‖a‖_{L^p(π)} < 1}, f_a(x) = ∫ a(w) φ(x; w) dπ(w);
 * Bach 2017, "Breaking the curse of dimensionality with convex neural networks", §2).
 * `measure: 'probability'` is π uniform on the atoms: (1/N Σ|a_i|^p)^{1/p} (the random-feature
 * setting, w ~ π); `'counting'` is the sequence norm (Σ|a_i|^p)^{1/p}. p = Infinity gives max|a_i|.
 */
export function featureLpNorm(a: ArrayLike<number>, p: number, { measure = 'probability' }: { measure?: 'probability' | 'counting' } = {}): number {
  const n = a.length;
  if (p === Infinity) { let m = 0; for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(a[i]!)); return m; }
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs(a[i]!) ** p;
  return (measure === 'probability' ? s / n : s) ** (1 / p);
}
