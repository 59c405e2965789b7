/**
 * Euclidean projection onto the ℓ1 ball {c : ‖c‖₁ ≤ R} (Duchi, Shalev-Shwartz, Singer & Chandra
 * 2008, "Efficient projections onto the ℓ1-ball", Fig. 1): soft-thresholding at the level θ
 * that makes the ℓ1 norm exactly R.
 */
export function projectL1Ball(c: Float64Array, radius: number): Float64Array {
  let norm = 0;
  for (const v of c) norm += Math.abs(v);
  if (norm <= radius) return Float64Array.from(c);
  const a = Array.from(c, Math.abs).sort((p, q) => q - p);
  let cum = 0, theta = 0;
  for (let i = 0; i < a.length; i++) {
    cum += a[i]!;
    const t = (cum - radius) / (i + 1);
    if (i === a.length - 1 || a[i + 1]! <= t) { theta = t; break; }
  }
  return c.map((v) => Math.sign(v) * Math.max(Math.abs(v) - theta, 0));
}
