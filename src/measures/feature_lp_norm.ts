/**
 * ‖a‖_{L^p(π)} of a random-feature coefficient function a on N atoms (seed 000, slide "Path norm,
 * Barron spaces, RKHS": F_p = {f_a : ‖a‖_{L^p(π)} < 1}, f_a(x) = ∫ a(w) φ(x; w) dπ(w);
 * Bach 2017, "Breaking the curse of dimensionality with convex neural networks", §2).
 * `measure: 'probability'` is π uniform on the atoms: (1/N Σ|a_i|^p)^{1/p} (the random-feature
 * setting, w ~ π); `'counting'` is the sequence norm (Σ|a_i|^p)^{1/p}. p = Infinity gives max|a_i|.
 * `weights` (π_i ≥ 0, summing to 1) gives a non-uniform probability measure: (Σ π_i|a_i|^p)^{1/p},
 * and for p = Infinity the max over the atoms with π_i > 0 (the slide's F_{p,π} for a discrete π).
 * @example featureLpNorm([2, 4], 2, { weights: [0.5, 0.5] }) // √10
 */
export function featureLpNorm(a: ArrayLike<number>, p: number, { measure = 'probability', weights }: { measure?: 'probability' | 'counting'; weights?: ArrayLike<number> } = {}): number {
  const n = a.length;
  if (weights && weights.length !== n) throw new RangeError(`featureLpNorm: ${weights.length} weights for ${n} atoms`);
  if (p === Infinity) { let m = 0; for (let i = 0; i < n; i++) if (!weights || weights[i]! > 0) m = Math.max(m, Math.abs(a[i]!)); return m; }
  let s = 0;
  for (let i = 0; i < n; i++) s += (weights ? weights[i]! : 1) * Math.abs(a[i]!) ** p;
  return (weights || measure === 'counting' ? s : s / n) ** (1 / p);
}
