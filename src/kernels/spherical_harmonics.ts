/** Exact binomial coefficient C(n, k) as a BigInt (0 when k < 0 or k > n). */
export function binomial(n: number, k: number): bigint {
  if (k < 0 || n < 0 || k > n) return 0n;
  const kk = Math.min(k, n - k);
  let r = 1n;
  for (let i = 1; i <= kk; i++) r = (r * BigInt(n - kk + i)) / BigInt(i);
  return r;
}

/**
 * Dimension of the space of degree-p spherical harmonics on S^{d−1} ⊂ ℝ^d:
 * `N(d,p) = C(d+p−1, p) − C(d+p−3, p−2)` (homogeneous polynomials of degree p modulo
 * ‖x‖²·(degree p−2); Stein & Weiss, Fourier Analysis on Euclidean Spaces, ch. IV).
 * Exact, as a BigInt.
 */
export function harmonicDimension(d: number, p: number): bigint {
  if (d < 2 || p < 0 || !Number.isInteger(d) || !Number.isInteger(p)) throw new RangeError(`harmonicDimension needs integers d ≥ 2, p ≥ 0, got d=${d}, p=${p}`);
  return binomial(d + p - 1, p) - binomial(d + p - 3, p - 2);
}

/** Dimension of polynomials of degree ≤ p restricted to S^{d−1}: `Σ_{k≤p} N(d,k) = C(d+p−1,p) + C(d+p−2,p−1)`. */
export function sphericalPolyDimension(d: number, p: number): bigint {
  let s = 0n;
  for (let k = 0; k <= p; k++) s += harmonicDimension(d, k);
  return s;
}

/**
 * Gegenbauer (Legendre) polynomial of S^{d−1}, normalized `P_k(1) = 1`:
 * `P_{k+1}(t) = ((2k+d−2) t P_k(t) − k P_{k−1}(t)) / (k+d−2)`, `P_0 = 1`, `P_1 = t`.
 * Addition theorem: `Σ_j Y_{kj}(x) Y_{kj}(y) = N(d,k) P_k(⟨x,y⟩)` for an orthonormal basis of
 * degree-k harmonics in L²(uniform probability on the sphere). Returns `[P_0(t), …, P_K(t)]`.
 */
export function gegenbauerAll(d: number, kMax: number, t: number): Float64Array {
  const out = new Float64Array(kMax + 1);
  out[0] = 1;
  if (kMax >= 1) out[1] = t;
  for (let k = 1; k < kMax; k++) out[k + 1] = ((2 * k + d - 2) * t * out[k]! - k * out[k - 1]!) / (k + d - 2);
  return out;
}
